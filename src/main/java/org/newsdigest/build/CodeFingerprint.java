package org.newsdigest.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.newsdigest.model.Sha256;

/**
 * A digest of the code that reads articles, so a cache written by one newsdigest is never read by
 * another: the jar (or class folder) holding newsdigest and the libraries the readers use, and
 * the Java runtime's version (its Unicode tables and regular expressions shape extraction too).
 *
 * <p>For a jar it digests the central directory (each entry's name, CRC-32 and size), which
 * changes with any class or resource and costs milliseconds; a class folder is digested by its
 * files' bytes (tests and IDE runs, where it is small).
 */
final class CodeFingerprint {
  private CodeFingerprint() {}

  /**
   * The fingerprint of the code {@code anchors} were loaded from, or null when some location
   * cannot be told (then nothing may be cached on disk).
   */
  static byte[] of(Class<?>... anchors) {
    Set<Path> locations = new TreeSet<>();
    for (Class<?> anchor : anchors) {
      Path location = location(anchor);
      if (location == null) {
        return null;
      }
      locations.add(location);
    }
    MessageDigest digest = Sha256.digest();
    digest.update(("java " + Runtime.version() + "\n").getBytes(StandardCharsets.UTF_8));
    try {
      for (Path location : locations) {
        digest.update(("at " + location + "\n").getBytes(StandardCharsets.UTF_8));
        if (Files.isDirectory(location)) {
          digestFolder(location, digest);
        } else if (Files.isRegularFile(location)) {
          digestJar(location, digest);
        } else {
          return null;
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return digest.digest();
  }

  private static Path location(Class<?> anchor) {
    CodeSource source = anchor.getProtectionDomain().getCodeSource();
    URL url = source == null ? null : source.getLocation();
    if (url == null || !"file".equals(url.getProtocol())) {
      return null;
    }
    try {
      return Path.of(url.toURI()).toAbsolutePath().normalize();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static void digestJar(Path jar, MessageDigest digest) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        digest.update((entry.getName() + " " + entry.getCrc() + " " + entry.getSize() + "\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static void digestFolder(Path folder, MessageDigest digest) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(null);
    byte[] buffer = new byte[65536];
    for (Path file : files) {
      digest.update((folder.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          digest.update(buffer, 0, n);
        }
      }
    }
  }
}
