package org.newsdigest.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a site folder holds that newsdigest did not write: files and folders its marker does not
 * list, named by their path relative to the root, a folder with a trailing {@code /}. A folder
 * that holds no file of the site counts whole ({@code .git/}); a foreign file inside one of the
 * site's folders counts alone ({@code events/notes.txt}). Names under the publisher's reserved
 * prefix are its own (the marker, temporary files of an update cut short) and never foreign.
 */
public final class ForeignFiles {
  private ForeignFiles() {}

  /** The foreign entries under {@code root}, in walk order; links are not followed. */
  static List<String> find(Path root, Set<String> ownFiles, Set<String> ownFolders) throws IOException {
    List<String> foreign = new ArrayList<>();
    int rootLength = root.toString().length() + 1;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        if (dir.equals(root)) {
          return FileVisitResult.CONTINUE;
        }
        String path = dir.toString().substring(rootLength);
        if (ownFolders.contains(path)) {
          return FileVisitResult.CONTINUE;
        }
        if (holdsForeign(dir)) {
          foreign.add(path + "/");
        }
        return FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String path = file.toString().substring(rootLength);
        if (!ownFiles.contains(path) && !reserved(file)) {
          foreign.add(path);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        // What cannot be looked into cannot be shown to be the site's: it is kept.
        String path = file.toString().substring(rootLength);
        if (!reserved(file)) {
          foreign.add(Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? path + "/" : path);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    Collections.sort(foreign);
    return foreign;
  }

  /**
   * Whether a folder the site does not list is someone else's: a hidden one ({@code .git/}), or
   * one that holds anything but folders and the publisher's temporary files. Any other was left
   * by an update cut short (or is empty) and goes with the old site; losing it loses nothing.
   */
  static boolean holdsForeign(Path dir) {
    String name = dir.getFileName().toString();
    if (name.startsWith(".")) {
      return !reserved(dir);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.anyMatch(entry -> !reserved(entry) && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException | UncheckedIOException e) {
      return true; // what cannot be looked into cannot be shown to be the site's
    }
  }

  static boolean reserved(Path file) {
    return file.getFileName().toString().startsWith(PagePaths.RESERVED_PREFIX);
  }

  /** An entry's path without the trailing slash of a folder. */
  static String path(String entry) {
    return entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
  }

  /**
   * Whether an entry is one a deploy set-up puts beside a site and that is kept without a word: a
   * hidden name ({@code .git/}, {@code .nojekyll}, {@code .well-known/}, {@code .DS_Store}) or
   * GitHub Pages' {@code CNAME}. newsdigest never writes a hidden file but its marker.
   */
  public static boolean keptQuietly(String entry) {
    String path = path(entry);
    return path.equals("CNAME") || path.substring(path.lastIndexOf('/') + 1).startsWith(".");
  }

  /**
   * The foreign entries that stand where the new site needs a file or a folder: at a path it
   * writes, at one of its folders, or under a path it writes as a file.
   */
  static List<String> clashes(Collection<String> foreign, Set<String> newFiles, Set<String> newFolders) {
    List<String> clashes = new ArrayList<>();
    for (String entry : foreign) {
      String path = path(entry);
      if (newFiles.contains(path) || newFolders.contains(path) || underAFile(path, newFiles)) {
        clashes.add(entry);
      }
    }
    return clashes;
  }

  private static boolean underAFile(String path, Set<String> files) {
    for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
      if (files.contains(path.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Moves each entry from the site folder {@code from} to the same path in {@code to}, making
   * its folders; an entry whose place is taken stays where it is.
   *
   * @return the entries left in {@code from}
   */
  static List<String> carry(Path from, Path to, Collection<String> entries) {
    List<String> left = new ArrayList<>();
    for (String entry : entries) {
      String path = path(entry);
      Path target = to.resolve(path);
      try {
        Files.createDirectories(target.getParent());
        // A plain move (a rename on one file system) fails rather than replace what is there.
        Files.move(from.resolve(path), target);
      } catch (IOException e) {
        left.add(entry);
      }
    }
    return left;
  }

  /** "thesis.txt, notes/ and 3 more": at most {@code shown} names, then the count. */
  public static String names(List<String> entries, int shown) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(shown, entries.size()); i++) {
      text.append(i == 0 ? "" : ", ").append('\'').append(entries.get(i)).append('\'');
    }
    if (entries.size() > shown) {
      text.append(" and ").append(entries.size() - shown).append(" more");
    }
    return text.toString();
  }
}
