package org.newsdigest.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageContent;

/**
 * Updates a site in place, writing only the pages whose bytes changed, in an order that keeps
 * every link of the site's existing pages working at every instant, should the process be killed
 * at any point:
 *
 * <ol>
 *   <li>while pages come in, each new or changed page is written to a hidden temporary file in
 *       its folder; an unchanged page costs nothing;
 *   <li>at commit, the new pages' paths are added to the marker's list, so that whatever happens
 *       next they count as newsdigest's own files, never as someone else's to keep;
 *   <li>the new pages are renamed into place, one after the other, before any existing page
 *       changes: an existing page never links to a page not there yet. New pages link to each
 *       other (an event and its articles), so a kill inside this pass of renames, which takes
 *       milliseconds, can leave a new page whose link to another new page does not resolve yet;
 *       no existing page links to either, and the next build finishes the site;
 *   <li>each changed page is renamed over the old one (atomic);
 *   <li>then pages no longer in the site are deleted, and folders left empty. No page of the new
 *       site links to them; two of them may link to each other, so a kill inside this pass can
 *       leave one whose link to another, deleted an instant before, does not resolve, until the
 *       next build deletes it too;
 *   <li>then the marker is replaced by the new site's and the manifest is saved.
 * </ol>
 *
 * <p>The pending flag is written before the first change and cleared after the manifest: a
 * killed update leaves it, and the next build then writes the site afresh, which also drops any
 * hidden temporary file. A page at a path the old site holds as a folder (or under a path it
 * holds as a file) cannot exist before the old one goes: it is placed after the deletions, the
 * one case where a link of an existing page may briefly not resolve. Files the manifest does not
 * know were not written by newsdigest: they are kept, and a new page that needs their place
 * fails the update before anything changed.
 */
final class InPlaceSiteWriter implements SiteWriter {
  private static final FileStamp WRITING = FileStamp.WRITING;

  private final Path root;
  private final ManifestFiles manifestFiles;
  private final Manifest old;
  private final String madeBy;
  /** Whether the old site was made by what makes this one, so its pages' inputs can be trusted. */
  private final boolean sameMaker;
  private final Set<String> oldFolders;
  private final Map<String, FileStamp> pages = new ConcurrentHashMap<>();
  /** Changed pages: path to the hidden file beside it that replaces it at commit. */
  private final Map<String, Path> replacements = new ConcurrentHashMap<>();
  /** New pages at free paths: path to the hidden file in its folder, renamed in at commit. */
  private final Map<String, Path> additions = new ConcurrentHashMap<>();
  /** New pages whose place the old site holds: path to the hidden file at the root. */
  private final Map<String, Path> deferred = new ConcurrentHashMap<>();
  private final Set<Path> temporaries = ConcurrentHashMap.newKeySet();
  private final Object pendingLock = new Object();
  private boolean pending;
  private volatile boolean failed;
  private volatile boolean finished;
  private boolean commitStarted;
  private boolean committed;
  private int changed;

  /** What the folder holds that newsdigest did not write; kept, and never written over. */
  private final List<String> foreign;
  private final Set<String> foreignPaths = new HashSet<>();

  private InPlaceSiteWriter(SiteFolder folder, ManifestFiles manifestFiles, Manifest old,
      String madeBy, Set<String> oldFolders, List<String> foreign) {
    this.root = folder.target();
    this.manifestFiles = manifestFiles;
    this.old = old;
    this.madeBy = madeBy;
    this.sameMaker = !madeBy.isEmpty() && madeBy.equals(old.madeBy());
    this.oldFolders = oldFolders;
    this.foreign = foreign;
    foreign.forEach(entry -> foreignPaths.add(ForeignFiles.path(entry)));
  }

  /**
   * An in-place writer when the manifest describes the site exactly and no update is pending.
   *
   * @param madeBy what makes the new pages (see {@link Manifest#madeBy()}); "" when unknown
   */
  static Optional<SiteWriter> open(SiteFolder folder, ManifestFiles manifestFiles, String madeBy) {
    if (!folder.isSite() || manifestFiles.updatePending()) {
      return Optional.empty();
    }
    Optional<Manifest> manifest = Manifest.read(manifestFiles.manifest());
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    Set<String> folders = manifest.get().folders();
    Optional<List<String>> foreign = ManifestMatch.describes(manifest.get(), folders, folder.target());
    if (foreign.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new InPlaceSiteWriter(folder, manifestFiles, manifest.get(), madeBy, folders,
            foreign.get()));
  }

  @Override
  public void accept(Page page) {
    Objects.requireNonNull(page, "A page must not be null.");
    String path = page.path();
    claim(path);
    FileStamp stamp = FileStamp.of(page);
    FileStamp before = old.files().get(path);
    if (before != null && before.sameContent(stamp)) {
      // The file stays; what it was made from may be new (a new newsdigest, the same bytes).
      pages.put(path, before.withInputs(stamp.inputs()));
      return;
    }
    if (before == null && !foreignPaths.isEmpty()) {
      refuseForeignPlace(path);
    }
    try {
      markPending();
      Path file = root.resolve(path);
      if (before != null) {
        Path staged = stage(file, page.content());
        replacements.put(path, staged);
        pages.put(path, stamp.modifiedAt(SiteFiles.modifiedNanos(staged)));
      } else if (placeHeldByOldSite(path)) {
        // Staged at the root, the one folder sure to exist whatever the old site holds.
        Path staged = stage(root.resolve(Publisher.MARKER), page.content());
        deferred.put(path, staged);
        pages.put(path, stamp.modifiedAt(SiteFiles.modifiedNanos(staged)));
      } else {
        Files.createDirectories(file.getParent());
        Path staged = stage(file, page.content());
        additions.put(path, staged);
        pages.put(path, stamp.modifiedAt(SiteFiles.modifiedNanos(staged)));
      }
    } catch (IOException e) {
      throw writeFailed(path, e);
    }
  }

  /** Takes {@code path} for a page being written, once. */
  private void claim(String path) {
    PagePaths.check(path);
    if (finished) {
      throw new IllegalStateException("The site '" + root + "' is already committed or abandoned.");
    }
    if (pages.putIfAbsent(path, WRITING) != null) {
      throw new IllegalArgumentException("The page path '" + path + "' appears twice.");
    }
  }

  private UncheckedIOException writeFailed(String path, IOException e) {
    failed = true;
    return new UncheckedIOException("Could not write the site for '" + root
        + "': could not write " + path + ": " + SiteFiles.reason(e), e);
  }

  /**
   * Makes the page's bytes once only to hash them when the site has a file at its path: a page
   * that turns out the same keeps the old file and touches nothing, so a build that changes
   * nothing never writes into the site, even if killed. A changed or new page is then streamed to
   * a hidden file at the site's root and goes where {@link #accept(Page)} would put it.
   */
  @Override
  public void accept(String path, PageContent content, byte[] inputs) {
    Objects.requireNonNull(content, "A page's content must not be null.");
    claim(path);
    FileStamp before = old.files().get(path);
    if (before == null && !foreignPaths.isEmpty()) {
      refuseForeignPlace(path);
    }
    try {
      if (before != null) {
        FileStamp same = FileStamp.measure(content, inputs);
        if (before.sameContent(same)) {
          pages.put(path, before.withInputs(same.inputs()));
          return;
        }
      }
      markPending(); // before the first hidden file, as for every change
      Path staged = SiteFiles.temporarySibling(root.resolve(Publisher.MARKER));
      temporaries.add(staged);
      FileStamp stamp = FileStamp.write(staged, content, inputs);
      if (before != null) {
        replacements.put(path, staged);
      } else if (placeHeldByOldSite(path)) {
        deferred.put(path, staged);
      } else {
        Files.createDirectories(root.resolve(path).getParent());
        additions.put(path, staged);
      }
      pages.put(path, stamp.modifiedAt(SiteFiles.modifiedNanos(staged)));
    } catch (IOException e) {
      throw writeFailed(path, e);
    }
  }

  @Override
  public boolean remembersInputs() {
    return !madeBy.isEmpty();
  }

  /**
   * Keeps the file at {@code path} as it is when the old site's page there was made from {@code
   * inputs} by the same maker: the manifest matched the folder when this writer opened, so the
   * file holds what that page was.
   */
  @Override
  public boolean keep(String path, byte[] inputs) {
    PagePaths.check(path);
    FileStamp before = old.files().get(path);
    if (!sameMaker || before == null || !before.madeFrom(inputs)) {
      return false;
    }
    if (finished) {
      throw new IllegalStateException("The site '" + root + "' is already committed or abandoned.");
    }
    if (pages.putIfAbsent(path, before) != null) {
      throw new IllegalArgumentException("The page path '" + path + "' appears twice.");
    }
    return true;
  }

  /** Fails when a file newsdigest did not write stands at {@code path} or where its folders go. */
  private void refuseForeignPlace(String path) {
    for (int end = path.indexOf('/'); ; end = path.indexOf('/', end + 1)) {
      String place = end < 0 ? path : path.substring(0, end);
      if (foreignPaths.contains(place)) {
        failed = true;
        String message = "Refusing to update '" + root + "': newsdigest did not write '" + place
            + "' there (its " + Publisher.MARKER + " file does not list it), and the new site"
            + " needs the path " + path + "; move it away and build again.";
        throw new UncheckedIOException(message, new IOException(message));
      }
      if (end < 0) {
        return;
      }
    }
  }

  /** Writes {@code content} to a new hidden file in the folder of {@code file}. */
  private Path stage(Path file, byte[] content) throws IOException {
    Path staged = SiteFiles.temporarySibling(file);
    temporaries.add(staged);
    Files.write(staged, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return staged;
  }

  /** Whether the old site has a folder at {@code path}, or a file where it needs a folder. */
  private boolean placeHeldByOldSite(String path) {
    if (oldFolders.contains(path)) {
      return true;
    }
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (old.files().containsKey(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  private void markPending() throws IOException {
    synchronized (pendingLock) {
      if (!pending) {
        manifestFiles.markPending(root);
        pending = true;
      }
    }
  }

  @Override
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("The site '" + root + "' is already committed or abandoned.");
    }
    finished = true;
    if (failed || pages.containsValue(WRITING)) {
      throw new IOException("Could not write the site for '" + root
          + "': a page was not written, so the site is not complete.");
    }
    List<String> gone = new ArrayList<>();
    for (String path : old.files().keySet()) {
      if (!pages.containsKey(path)) {
        gone.add(path);
      }
    }
    Manifest site = Manifest.of(root, pages, madeBy);
    if (replacements.isEmpty() && deferred.isEmpty() && additions.isEmpty() && gone.isEmpty()) {
      // The same pages with the same bytes: the site and its marker stay as they are, and so
      // does the manifest unless what made the pages is new.
      committed = true;
      if (!site.equals(old)) {
        manifestFiles.save(site);
      }
      return;
    }
    changed = replacements.size() + deferred.size() + additions.size() + gone.size();
    commitStarted = true;
    try {
      markPending();
      Path marker = root.resolve(Publisher.MARKER);
      listInMarker(marker, additions.keySet(), deferred.keySet());
      for (Map.Entry<String, Path> page : new TreeMap<>(additions).entrySet()) {
        // The page's time was taken from the staged file, and a rename keeps it.
        SiteFiles.move(page.getValue(), root.resolve(page.getKey()));
        temporaries.remove(page.getValue());
      }
      for (Map.Entry<String, Path> replacement : new TreeMap<>(replacements).entrySet()) {
        SiteFiles.move(replacement.getValue(), root.resolve(replacement.getKey()));
        temporaries.remove(replacement.getValue());
      }
      for (String path : gone) {
        Files.deleteIfExists(root.resolve(path));
      }
      if (!gone.isEmpty()) {
        removeEmptyFolders(gone, site.folders());
      }
      for (Map.Entry<String, Path> page : new TreeMap<>(deferred).entrySet()) {
        Path file = root.resolve(page.getKey());
        Files.createDirectories(file.getParent());
        SiteFiles.move(page.getValue(), file);
        temporaries.remove(page.getValue());
      }
      Path staged = stage(marker, site.markerText().getBytes(StandardCharsets.UTF_8));
      SiteFiles.move(staged, marker);
      temporaries.remove(staged);
    } catch (IOException e) {
      throw new PartialUpdateException("Could not update the site '" + root + "' in place: "
          + SiteFiles.reason(e), e);
    }
    committed = true;
    manifestFiles.save(site);
  }

  /**
   * Adds the new pages' paths to the marker's list before any of them is placed: a build killed
   * from here on finds them listed, so it replaces them instead of keeping them as files someone
   * else put there. Appended, because rewriting the whole list would cost as much as the update.
   */
  private static void listInMarker(Path marker, Set<String> added, Set<String> deferred)
      throws IOException {
    if (added.isEmpty() && deferred.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    for (String path : new TreeSet<>(added)) {
      lines.append(path).append('\n');
    }
    for (String path : new TreeSet<>(deferred)) {
      lines.append(path).append('\n');
    }
    Files.writeString(marker, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  /** Deletes, deepest first, the folders of deleted pages that no page of the new site needs. */
  private void removeEmptyFolders(List<String> deleted, Set<String> keep) throws IOException {
    TreeSet<String> candidates = new TreeSet<>();
    for (String path : deleted) {
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        candidates.add(path.substring(0, slash));
      }
    }
    candidates.removeAll(keep);
    // In reverse order a folder comes after everything under it ("a/b" sorts after "a").
    for (String dir : candidates.descendingSet()) {
      try {
        Files.deleteIfExists(root.resolve(dir));
      } catch (DirectoryNotEmptyException e) {
        // Still holds something the old manifest did not know: left for the next full build.
      }
    }
  }

  @Override
  public int pages() {
    return pages.size();
  }

  @Override
  public int changed() {
    return committed ? changed : 0;
  }

  @Override
  public List<String> kept() {
    return committed ? foreign : List.of();
  }

  /**
   * Abandons an update that was not committed. Before commit started, the old site was never
   * touched but for new pages and hidden files: both are removed, and when that succeeds the
   * pending flag too, as the old manifest describes the site again.
   */
  @Override
  public void close() {
    finished = true;
    if (committed) {
      return;
    }
    boolean restored = !commitStarted;
    for (Path temporary : temporaries) {
      restored &= deleteQuietly(temporary);
    }
    if (commitStarted) {
      return;
    }
    List<String> newFolders = new ArrayList<>();
    for (String path : additions.keySet()) {
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        String dir = path.substring(0, slash);
        if (!oldFolders.contains(dir)) {
          newFolders.add(dir);
        }
      }
    }
    for (String dir : new TreeSet<>(newFolders).descendingSet()) {
      restored &= deleteQuietly(root.resolve(dir));
    }
    synchronized (pendingLock) {
      if (pending && restored) {
        restored = deleteQuietly(manifestFiles.pendingFlag());
      }
    }
  }

  private static boolean deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
