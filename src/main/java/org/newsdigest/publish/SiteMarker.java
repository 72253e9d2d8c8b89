package org.newsdigest.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@value Publisher#MARKER} file at a site's root: the site digest and every file newsdigest
 * wrote there. Those files are the only ones a later build replaces or deletes; whatever else the
 * folder holds (a {@code .git} folder, a {@code CNAME}, a file copied in by hand) was not written
 * by newsdigest and is kept.
 *
 * @param siteDigest hex SHA-256 of the site, as {@link Manifest} computes it
 * @param files every file of the site, relative to its root, the marker aside
 */
record SiteMarker(String siteDigest, Set<String> files) {
  private static final String HEAD =
      "This folder was built by newsdigest. The next build replaces or deletes the files listed\n"
          + "below, and keeps every other file in it.\n";
  private static final String DIGEST = "site-digest: sha256:";
  private static final String FILES = "files:\n";

  SiteMarker {
    files = Set.copyOf(files);
  }

  /** The marker's text for a site of {@code paths}, given in path order. */
  static String text(String siteDigest, Collection<String> paths) {
    StringBuilder text = new StringBuilder(HEAD.length() + 100 + 48 * paths.size());
    text.append(HEAD).append(DIGEST).append(siteDigest).append('\n').append(FILES);
    for (String path : paths) {
      text.append(path).append('\n');
    }
    return text.toString();
  }

  /**
   * The marker of the site at {@code root}; empty when there is none or it lists no files (an
   * empty marker, or one an older newsdigest wrote), so that no file there counts as the tool's.
   */
  static Optional<SiteMarker> read(Path root) {
    Path file = root.resolve(Publisher.MARKER);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    int digest = text.indexOf(DIGEST);
    int list = text.indexOf("\n" + FILES);
    if (digest < 0 || list < 0) {
      return Optional.empty();
    }
    int digestEnd = text.indexOf('\n', digest);
    Set<String> files = new HashSet<>();
    for (String line : text.substring(list + 1 + FILES.length()).split("\n")) {
      if (!line.isEmpty()) {
        files.add(line);
      }
    }
    return Optional.of(new SiteMarker(text.substring(digest + DIGEST.length(), digestEnd), files));
  }

  /** Every folder that holds a file of the site, the root excluded. */
  Set<String> folders() {
    return foldersOf(files);
  }

  /** Every folder that holds one of {@code paths}, the root excluded. */
  static TreeSet<String> foldersOf(Collection<String> paths) {
    TreeSet<String> folders = new TreeSet<>();
    for (String path : paths) {
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
        if (!folders.add(path.substring(0, slash))) {
          break;
        }
      }
    }
    return folders;
  }
}
