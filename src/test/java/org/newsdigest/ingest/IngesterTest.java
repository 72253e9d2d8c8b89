package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
  private final Ingester ingester = new Ingester();

  @Test
  void discoverySortsByRelativePathAndSkipsHiddenFiles(@TempDir Path root) throws IOException {
    for (String name : List.of("b.txt", "a/z.md", "a/b/c.html", "A.txt", ".hidden.txt",
        ".git/config", "a/.cache/x.txt", "feeds/world.xml")) {
      Path file = root.resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "text");
    }
    List<String> found = ingester.discover(root).stream()
        .map(path -> Ingester.relativeKey(root, path))
        .toList();
    assertEquals(List.of("A.txt", "a/b/c.html", "a/z.md", "b.txt", "feeds/world.xml"), found);
  }

  @Test
  void symbolicLinksAreNamedButNeverDiscovered(@TempDir Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("seeds"));
    Path outside = Files.writeString(dir.resolve("secret.txt"), "text");
    Files.writeString(root.resolve("a.txt"), "text");
    Files.createDirectories(root.resolve("b"));
    Files.createSymbolicLink(root.resolve("b/link.txt"), outside);
    Files.createSymbolicLink(root.resolve("up"), dir);
    Files.createSymbolicLink(root.resolve(".hidden-link"), outside);
    assertEquals(List.of(root.resolve("a.txt")), ingester.discover(root));
    assertEquals(List.of(new Ingester.PassedOver("b/link.txt", "symbolic link, not followed"),
        new Ingester.PassedOver("up", "symbolic link, not followed")), ingester.passedOver(root));
  }

  @Test
  void aNamedPipeIsPassedOverAndNamedNeverOpened(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve("a.txt"), "text");
    Path pipe = root.resolve("pipe.txt");
    // opening a pipe for reading waits for a writer: a build that opened it would hang
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    assertEquals(List.of(root.resolve("a.txt")), ingester.discover(root));
    assertEquals(List.of(new Ingester.PassedOver("pipe.txt",
        "not a regular file (a named pipe, device or socket), not opened")),
        ingester.passedOver(root));
  }

  @Test
  void aFolderThatCannotBeOpenedIsNamedAndTheWalkGoesOn(@TempDir Path root) throws IOException {
    // Permissions do not bind root, who runs CI: the walk's answer to a failure is tested alone.
    SeedWalk walk = new SeedWalk(root);
    walk.visitFileFailed(root.resolve("lost+found"),
        new java.nio.file.AccessDeniedException(root.resolve("lost+found").toString()));
    walk.visitFileFailed(root.resolve(".Trash-1000"),
        new java.nio.file.AccessDeniedException(root.resolve(".Trash-1000").toString()));
    walk.visitFileFailed(root.resolve("deep"), new java.nio.file.FileSystemException(
        root.resolve("deep").toString(), null, "File name too long"));
    assertEquals(List.of(new Ingester.PassedOver("deep", "cannot be read: file name too long"),
        new Ingester.PassedOver("lost+found", "cannot be read: permission denied")),
        walk.passedOver());
  }

  @Test
  void aHiddenFolderIsNeverOpened(@TempDir Path root) throws IOException {
    Path trash = Files.createDirectories(root.resolve(".Trash-1000/files"));
    Files.writeString(trash.resolve("old.txt"), "text");
    Files.writeString(root.resolve("a.txt"), "text");
    SeedWalk walk = new SeedWalk(root);
    assertEquals(java.nio.file.FileVisitResult.SKIP_SUBTREE,
        walk.preVisitDirectory(root.resolve(".Trash-1000"), null));
    assertEquals(List.of(root.resolve("a.txt")), ingester.discover(root));
    assertEquals(List.of(), ingester.passedOver(root));
  }

  @Test
  void discoveryRejectsAMissingFolder(@TempDir Path root) {
    assertThrows(IOException.class, () -> ingester.discover(root.resolve("missing")));
  }

  @Test
  void readPicksTheReaderByContentAndKeepsTheSource() throws Exception {
    assertEquals("feeds/x.txt", ingester.read("feeds/x.txt",
        Fixtures.utf8("<html><body><p>Hello there, reader.</p></body></html>")).get(0).source());
    assertEquals("html", ingester.read("x.txt",
        Fixtures.utf8("<html><body><p>Hello there, reader.</p></body></html>"))
        .get(0).format().id());
  }

  @Test
  void unreadableInputNamesTheReason() {
    assertEquals("empty file",
        assertThrows(UnreadableInputException.class, () -> ingester.read("a.txt", new byte[0]))
            .getMessage());
  }
}
