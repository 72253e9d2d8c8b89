package org.newsdigest.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Whether a manifest describes a site folder exactly: the marker names the manifest's digest,
 * and the folder holds the manifest's files and folders and nothing else, each file with the
 * length and modification time it had when the publisher wrote it. A file someone edited, added
 * or removed since, or a temporary file of an update cut short, fails the match. Reads no file
 * but the marker: one walk of the folder's metadata.
 */
final class ManifestMatch {
  private ManifestMatch() {}

  /**
   * @param folders {@code manifest.folders()}, which the caller keeps
   */
  static boolean describes(Manifest manifest, Set<String> folders, Path root) {
    try {
      byte[] marker = Files.readAllBytes(root.resolve(Publisher.MARKER));
      if (!manifest.markerText().equals(new String(marker, StandardCharsets.UTF_8))) {
        return false;
      }
      Walk walk = new Walk(root, manifest, folders);
      Files.walkFileTree(root, walk);
      return walk.matches && walk.files == manifest.files().size();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final int rootLength;
    private final Manifest manifest;
    private final Set<String> folders;
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
      matches = false;
      return FileVisitResult.TERMINATE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      String path = relative(file);
      if (path.equals(Publisher.MARKER) && attributes.isRegularFile()) {
        return FileVisitResult.CONTINUE;
      }
      FileStamp stamp = manifest.files().get(path);
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
