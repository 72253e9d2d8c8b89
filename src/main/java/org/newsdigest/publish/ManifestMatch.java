package org.newsdigest.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether a manifest describes a site folder exactly: the marker names the manifest's digest,
 * and the folder holds the manifest's files, each with the length and modification time it had
 * when the publisher wrote it. A file someone edited or removed since, or a temporary file of an
 * update cut short, fails the match; a file or folder the manifest does not know was not written
 * by newsdigest, is kept and does not. Reads no file but the marker: one walk of the folder's
 * metadata, which does not enter foreign folders ({@code .git/}).
 */
final class ManifestMatch {
  private ManifestMatch() {}

  /**
   * @param folders {@code manifest.folders()}, which the caller keeps
   * @return when the manifest describes the site, what else the folder holds (see {@link
   *     ForeignFiles}), in path order; empty when it does not describe it
   */
  static Optional<List<String>> describes(Manifest manifest, Set<String> folders, Path root) {
    try {
      byte[] marker = Files.readAllBytes(root.resolve(Publisher.MARKER));
      if (!manifest.markerText().equals(new String(marker, StandardCharsets.UTF_8))) {
        return Optional.empty();
      }
      Walk walk = new Walk(root, manifest, folders);
      Files.walkFileTree(root, walk);
      if (!walk.matches || walk.files != manifest.files().size()) {
        return Optional.empty();
      }
      Collections.sort(walk.foreign);
      return Optional.of(List.copyOf(walk.foreign));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }


  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final int rootLength;
    private final Manifest manifest;
    private final Set<String> folders;
    final List<String> foreign = new ArrayList<>();
    boolean matches = true;
    int files;

    Walk(Path root, Manifest manifest, Set<String> folders) {
      this.root = root;
      this.rootLength = root.toString().length() + 1;
      this.manifest = manifest;
      this.folders = folders;
    }

    private String relative(Path path) {
      // Paths under the root start with its text; cutting is much cheaper than relativize.
      return path.toString().substring(rootLength);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      if (dir.equals(root) || folders.contains(relative(dir))) {
        return FileVisitResult.CONTINUE;
      }
      if (!ForeignFiles.holdsForeign(dir)) {
        // Empty, or holding only temporary files: left by an update cut short.
        matches = false;
        return FileVisitResult.TERMINATE;
      }
      foreign.add(relative(dir) + "/");
      return FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      String path = relative(file);
      if (path.equals(Publisher.MARKER) && attributes.isRegularFile()) {
        return FileVisitResult.CONTINUE;
      }
      FileStamp stamp = manifest.files().get(path);
      if (stamp == null && !ForeignFiles.reserved(file)) {
        foreign.add(path);
        return FileVisitResult.CONTINUE;
      }
      if (stamp == null
          || !attributes.isRegularFile()
          || attributes.size() != stamp.length()
          || attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) != stamp.modifiedNanos()) {
        matches = false;
        return FileVisitResult.TERMINATE;
      }
      files++;
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      matches = false;
      return FileVisitResult.TERMINATE;
    }
  }
}
