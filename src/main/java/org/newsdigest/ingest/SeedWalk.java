package org.newsdigest.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One walk of a seeds folder: the input files, the outlet files (which say who published the
 * articles, and are never articles), and every entry it passed over with the reason.
 * Hidden files and folders are left out silently (a folder's own business: {@code .git}, {@code
 * .Trash-1000}, a cache), and never opened. Symbolic links are not followed, so the walk never
 * leaves the folder. A folder or file that cannot be opened (no permission, a path too long for
 * the system), a named pipe, device or socket is passed over and named: one bad entry never stops
 * the build, and a pipe is never opened, since reading one can wait forever.
 */
final class SeedWalk implements FileVisitor<Path> {
  private final Path root;
  private final List<Path> files = new ArrayList<>();
  private final List<Path> outletFiles = new ArrayList<>();
  private final List<Ingester.PassedOver> passedOver = new ArrayList<>();

  SeedWalk(Path root) {
    this.root = root;
  }

  /** The regular, visible files found, sorted by their path relative to the root. */
  List<Path> files() {
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(path -> Ingester.relativeKey(root, path)));
    return List.copyOf(sorted);
  }

  /** The outlet files found ({@link Ingester#isOutletFile}), sorted by their path relative to the root. */
  List<Path> outletFiles() {
    List<Path> sorted = new ArrayList<>(outletFiles);
    sorted.sort(Comparator.comparing(path -> Ingester.relativeKey(root, path)));
    return List.copyOf(sorted);
  }

  /** The visible entries passed over, sorted by their path relative to the root. */
  List<Ingester.PassedOver> passedOver() {
    List<Ingester.PassedOver> sorted = new ArrayList<>(passedOver);
    sorted.sort(Comparator.comparing(Ingester.PassedOver::source));
    return List.copyOf(sorted);
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
        : FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
    if (hidden(file)) {
      return FileVisitResult.CONTINUE;
    }
    if (attributes.isSymbolicLink()) {
      passedOver.add(new Ingester.PassedOver(key(file), "symbolic link, not followed"));
    } else if (attributes.isRegularFile()) {
      (Ingester.isOutletFile(file.getFileName().toString()) ? outletFiles : files).add(file);
    } else if (attributes.isOther()) {
      passedOver.add(new Ingester.PassedOver(key(file),
          "not a regular file (a named pipe, device or socket), not opened"));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException failure) {
    if (!hidden(file)) {
      passedOver.add(new Ingester.PassedOver(key(file), "cannot be read: " + reason(failure)));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
    if (failure != null && !hidden(dir)) {
      passedOver.add(new Ingester.PassedOver(key(dir), "cannot be read to the end: " + reason(failure)));
    }
    return FileVisitResult.CONTINUE;
  }

  private String key(Path path) {
    return Ingester.relativeKey(root, path);
  }

  private boolean hidden(Path path) {
    for (Path part : root.relativize(path)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The system's reason in a few words, without the path it names again. */
  static String reason(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    String message = failure.getMessage();
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
