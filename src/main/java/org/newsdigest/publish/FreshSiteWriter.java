package org.newsdigest.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageContent;

/**
 * Writes each page as it comes straight into a fresh hidden folder beside the site; {@link
 * #commit} adds the marker and swaps the folder in. Holds only the paths and their stamps. When
 * it knows a manifest file, it writes the manifest there after the swap, so the next build can
 * update the site in place.
 */
final class FreshSiteWriter implements SiteWriter {
  private static final FileStamp WRITING = FileStamp.WRITING;

  private final SiteFolder folder;
  private final Path temp;
  private final Optional<ManifestFiles> manifest;
  private final String madeBy;
  private final Map<String, FileStamp> written = new ConcurrentHashMap<>();
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private volatile boolean failed;
  private volatile boolean finished;
  private boolean committed;
  private List<String> kept = List.of();

  /** @param madeBy what makes the pages, for the manifest (see {@link Manifest#madeBy()}) */
  FreshSiteWriter(SiteFolder folder, Optional<ManifestFiles> manifest, String madeBy)
      throws IOException {
    this.folder = folder;
    this.manifest = manifest;
    this.madeBy = madeBy;
    this.temp = folder.createTemp();
    folders.add(temp);
  }

  @Override
  public void accept(Page page) {
    Objects.requireNonNull(page, "A page must not be null.");
    write(page.path(), file -> {
      Files.write(file, page.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      return FileStamp.of(page);
    });
  }

  /** Streams the page to its file, never holding its bytes. */
  @Override
  public void accept(String path, PageContent content, byte[] inputs) {
    Objects.requireNonNull(content, "A page's content must not be null.");
    write(path, file -> FileStamp.write(file, content, inputs));
  }

  /** How a page's file is written, returning its stamp. */
  private interface FileWrite {
    FileStamp to(Path file) throws IOException;
  }

  private void write(String path, FileWrite write) {
    PagePaths.check(path);
    if (finished) {
      throw new IllegalStateException("The site '" + folder.target() + "' is already committed or abandoned.");
    }
    if (written.putIfAbsent(path, WRITING) != null) {
      throw new IllegalArgumentException("The page path '" + path + "' appears twice.");
    }
    Path file = temp.resolve(path);
    try {
      createFolders(file.getParent());
      FileStamp stamp = write.to(file);
      written.put(path, manifest.isPresent() ? stamp.modifiedAt(SiteFiles.modifiedNanos(file)) : stamp);
    } catch (IOException e) {
      failed = true;
      // A full disk says only "No space left on device": name the page that did not fit.
      throw new UncheckedIOException("Could not write the site for '" + folder.target()
          + "': could not write " + path + ": " + SiteFiles.reason(e), e);
    }
  }

  /** With a manifest to write and a known maker, each page's inputs go in it for the next build. */
  @Override
  public boolean remembersInputs() {
    return manifest.isPresent() && !madeBy.isEmpty();
  }

  /** Files.createDirectories copes with other threads creating the same folders at once. */
  private void createFolders(Path dir) throws IOException {
    if (!folders.contains(dir)) {
      Files.createDirectories(dir);
      folders.add(dir);
    }
  }

  @Override
  public void commit() throws IOException {
    if (finished) {
      throw new IllegalStateException("The site '" + folder.target() + "' is already committed or abandoned.");
    }
    finished = true;
    if (failed || written.containsValue(WRITING)) {
      throw new IOException("Could not write the site for '" + folder.target()
          + "': a page was not written, so the site is not complete.");
    }
    Manifest site = Manifest.of(folder.target(), written, madeBy);
    List<String> foreign = folder.foreignFiles();
    List<String> clashes = ForeignFiles.clashes(foreign, written.keySet(), site.folders());
    if (!clashes.isEmpty()) {
      throw new IOException("Refusing to replace '" + folder.target() + "': newsdigest did not write "
          + ForeignFiles.names(clashes, 5) + " there (its " + Publisher.MARKER + " file does not"
          + " list " + (clashes.size() == 1 ? "it" : "them") + "), and the new site needs "
          + (clashes.size() == 1 ? "that path" : "those paths") + "; move "
          + (clashes.size() == 1 ? "it" : "them") + " away and build again.");
    }
    try {
      Files.writeString(temp.resolve(Publisher.MARKER), site.markerText(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IOException("Could not write the site for '" + folder.target() + "': "
          + SiteFiles.reason(e), e);
    }
    if (manifest.isPresent()) {
      // The old manifest would not match the new marker anyway; removing it first means no
      // stale manifest ever sits beside a site it does not describe.
      try {
        Files.deleteIfExists(manifest.get().manifest());
      } catch (IOException e) {
        // Harmless: its digest differs from the new marker's, so no build will use it.
      }
    }
    folder.swap(temp, foreign);
    kept = List.copyOf(foreign);
    committed = true;
    if (manifest.isPresent()) {
      manifest.get().save(site);
    }
  }

  @Override
  public int pages() {
    return written.size();
  }

  @Override
  public int changed() {
    return committed ? written.size() : 0;
  }

  @Override
  public List<String> kept() {
    return kept;
  }

  @Override
  public void close() {
    finished = true;
    if (!committed) {
      SiteFiles.deleteQuietly(temp);
    }
  }
}
