package org.newsdigest.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.newsdigest.model.Sha256;

/**
 * The fingerprint of a renderer's settings and templates: see {@link
 * SiteRenderer#settingsFingerprint()}.
 */
final class RenderSettings {
  private RenderSettings() {}

  /** The fingerprint, or null when some file of {@code userTemplates} cannot be read. */
  static byte[] fingerprint(Path userTemplates, String language, String baseUrl, String siteTitle,
      boolean markdownTwins) {
    MessageDigest sha = Sha256.digest();
    String[] settings = {language, baseUrl, siteTitle, String.valueOf(markdownTwins)};
    for (String setting : settings) {
      field(sha, setting == null ? "" : "=" + setting); // null and "" differ
    }
    if (userTemplates == null) {
      return sha.digest();
    }
    try (Stream<Path> walk = Files.walk(userTemplates)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path file : files) {
        field(sha, userTemplates.relativize(file).toString().replace('\\', '/'));
        byte[] bytes = Files.readAllBytes(file);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
      }
    } catch (IOException | UncheckedIOException e) {
      return null; // pages are then made every time: slower, never wrong
    }
    return sha.digest();
  }

  /** A value after its length, so that no value runs into the next. */
  private static void field(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }
}
