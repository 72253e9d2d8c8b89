package org.newsdigest.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.newsdigest.model.Page;

/**
 * Entry point of the publish stage, the only code that writes the site: pages go into a fresh
 * temporary folder beside {@code out}, which then replaces {@code out}, so a failed build leaves
 * the previous site untouched and no file from an earlier build survives.
 *
 * <p>Every site gets a {@value #MARKER} file. A non-empty folder without it is never replaced, so
 * a mistyped output path cannot wipe someone's files. Temporary and retired folders are named
 * {@code .<out>.newsdigest-tmp-*} and {@code .<out>.newsdigest-old-*}; leftovers of a killed
 * earlier build are removed by the next one. Two builds into the same folder at once are not
 * supported.
 *
 * <p>The swap is two renames, because no portable call exchanges two folders atomically: a
 * build killed between them leaves no {@code out}, only the complete previous site under its
 * {@code -old-} name. The next build moves it back before anything else, so no site is ever lost.
 */
public final class Publisher {
  /** Marks a folder as a newsdigest site that a later build may replace. */
  public static final String MARKER = ".newsdigest-site";

  private static final String MARKER_TEXT =
      "This folder was built by newsdigest; the next build replaces it entirely.\n";

  /**
   * Writes {@code pages} as the site at {@code out}, replacing what was there.
   *
   * @throws IOException naming the path when {@code out} is a file, a folder that is not a
   *     newsdigest site, or when writing or swapping fails; {@code out} is then unchanged
   * @throws IllegalArgumentException when a page path is unsafe or appears twice
   */
  public void publish(List<Page> pages, Path out) throws IOException {
    Objects.requireNonNull(pages, "The parameter 'pages' must not be null.");
    Objects.requireNonNull(out, "The parameter 'out' must not be null.");
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("Refusing to publish into the file-system root '" + target + "'.");
    }
    validate(pages);
    String name = target.getFileName().toString();
    String tempPrefix = "." + name + ".newsdigest-tmp-";
    String oldPrefix = "." + name + ".newsdigest-old-";
    if (Files.isDirectory(parent)) {
      restoreInterruptedSwap(target, parent, oldPrefix);
    }
    checkReplaceable(target);
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new IOException("Could not create the folder '" + parent + "' for the site: " + reason(e), e);
    }
    removeLeftovers(parent, tempPrefix, oldPrefix);

    Path temp;
    try {
      temp = Files.createTempDirectory(parent, tempPrefix);
    } catch (IOException e) {
      throw new IOException("Could not write the site for '" + target + "': the folder '" + parent
          + "' does not accept a new folder (" + reason(e) + ")", e);
    }
    try {
      for (Page page : pages) {
        write(temp, page);
      }
      Files.writeString(temp.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      throw new IOException("Could not write the site for '" + target + "': " + e.getMessage(), e);
    }
    swap(temp, target, parent, oldPrefix);
  }

  /**
   * Opens a site to be written page by page. For now the pages are held until {@link
   * SiteWriter#commit()} hands them to {@link #publish}; the streaming writer replaces this.
   */
  public SiteWriter open(Path out) {
    Objects.requireNonNull(out, "The parameter 'out' must not be null.");
    return new SiteWriter() {
      private final List<Page> pages = java.util.Collections.synchronizedList(new ArrayList<>());

      @Override
      public void accept(Page page) {
        pages.add(Objects.requireNonNull(page, "A page must not be null."));
      }

      @Override
      public void commit() throws IOException {
        List<Page> sorted = new ArrayList<>(pages);
        sorted.sort(java.util.Comparator.comparing(Page::path));
        publish(sorted, out);
      }

      @Override
      public int pages() {
        return pages.size();
      }

      @Override
      public void close() {}
    };
  }

  /**
   * Opens a site to be updated in place when {@code out} is the site {@code manifest} describes,
   * writing only the pages whose bytes change; otherwise as {@link #open}. For now always as
   * {@link #open}; the in-place writer replaces this.
   */
  public SiteWriter openIncremental(Path out, Path manifest) {
    Objects.requireNonNull(manifest, "The parameter 'manifest' must not be null.");
    return open(out);
  }

  /**
   * A build killed between the two renames of {@link #swap} left no site, only the previous one
   * aside, complete (it was complete before it was moved): it is put back.
   */
  private static void restoreInterruptedSwap(Path target, Path parent, String oldPrefix)
      throws IOException {
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    List<Path> candidates = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path entry : entries) {
        if (entry.getFileName().toString().startsWith(oldPrefix)
            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(entry.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
          candidates.add(entry);
        }
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    // Normally there is one; after several killed builds the newest is the last good site.
    Path newest = candidates.get(0);
    for (Path candidate : candidates) {
      if (Files.getLastModifiedTime(candidate).compareTo(Files.getLastModifiedTime(newest)) > 0) {
        newest = candidate;
      }
    }
    move(newest, target);
  }

  /** A short reason for an I/O failure; file-system errors name their file in the message. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static void validate(List<Page> pages) {
    Set<String> seen = new HashSet<>();
    for (Page page : pages) {
      Objects.requireNonNull(page, "A page must not be null.");
      String path = page.path();
      for (String segment : path.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
            || segment.indexOf('\0') >= 0 || segment.indexOf(':') >= 0) {
          throw new IllegalArgumentException("The page path '" + path + "' is not a safe relative path.");
        }
      }
      if (path.equals(MARKER)) {
        throw new IllegalArgumentException("The page path '" + path + "' is reserved for the site marker.");
      }
      if (!seen.add(path)) {
        throw new IllegalArgumentException("The page path '" + path + "' appears twice.");
      }
    }
  }

  private static void checkReplaceable(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("Refusing to publish into '" + target + "': it is a file, not a folder.");
    }
    if (!Files.isWritable(target)) {
      // Replacing it would work (the rename is in its parent), but the old copy could then not
      // be deleted: a read-only site is one its owner wants kept.
      throw new IOException("Refusing to replace '" + target + "': the folder is read-only.");
    }
    if (!isEmpty(target) && !Files.isRegularFile(target.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("Refusing to replace '" + target + "': it is not empty and has no "
          + MARKER + " file, so it does not look like a site newsdigest built.");
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void write(Path root, Page page) throws IOException {
    Path file = root.resolve(page.path()).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalArgumentException("The page path '" + page.path() + "' leaves the site.");
    }
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, page.content());
    } catch (IOException e) {
      // A full disk says only "No space left on device": name the page that did not fit.
      throw new IOException("could not write " + page.path() + ": " + reason(e), e);
    }
  }

  /** Moves the old site aside, the new one in, then deletes the old one; undoes on failure. */
  private static void swap(Path temp, Path target, Path parent, String oldPrefix) throws IOException {
    Path old = null;
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      String tempName = temp.getFileName().toString();
      old = parent.resolve(oldPrefix + tempName.substring(tempName.lastIndexOf("-tmp-") + 5));
      try {
        move(target, old);
      } catch (IOException e) {
        deleteQuietly(temp);
        throw new IOException("Could not move the previous site '" + target + "' aside: " + e.getMessage(), e);
      }
    }
    try {
      move(temp, target);
    } catch (IOException e) {
      if (old != null) {
        try {
          move(old, target);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
      }
      deleteQuietly(temp);
      throw new IOException("Could not move the new site into '" + target + "': " + e.getMessage(), e);
    }
    if (old != null) {
      // A failure here leaves only a hidden leftover, which the next build removes.
      deleteQuietly(old);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void removeLeftovers(Path parent, String tempPrefix, String oldPrefix) {
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if ((name.startsWith(tempPrefix) || name.startsWith(oldPrefix))
            && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          leftovers.add(entry);
        }
      }
    } catch (IOException e) {
      // An unlistable parent fails the build a moment later, with a clearer message.
      return;
    }
    for (Path leftover : leftovers) {
      // A leftover that cannot be removed is only clutter: it must not stop the build.
      deleteQuietly(leftover);
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException ignored) {
      // Nothing more to do: the next build removes leftovers by name.
    }
  }

  /** Deletes a folder tree without following symbolic links out of it. */
  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
