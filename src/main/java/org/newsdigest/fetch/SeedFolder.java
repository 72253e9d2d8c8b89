package org.newsdigest.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.newsdigest.model.Sha256;
import org.newsdigest.text.Slugs;

/**
 * Where fetched articles go in the seeds folder: one folder per site ({@code seeds/example.org/}),
 * a page named after the last part of its address ({@code allies-meet-in-paris.html}), a feed item
 * after its title and its identity ({@code allies-meet-in-paris-3fa2c1d0.xml}). Files are written
 * under a hidden temporary name and renamed, so a build never reads half an article and a failed
 * fetch leaves nothing a build would read.
 */
final class SeedFolder {
  private static final String TEMP_PREFIX = ".fetch-part-";
  private final Path root;

  SeedFolder(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The site's folder: its host name without "www.". */
  Path siteFolder(URI address) {
    String host = address.getHost() == null ? "unknown-site" : address.getHost().toLowerCase(Locale.ROOT);
    return root.resolve(host.startsWith("www.") ? host.substring(4) : host);
  }

  /** Where a page goes, with the validators of the copy saved there before, if any. */
  record PageSlot(Path file, Validators validators) {}

  /**
   * The file a page is saved in: the one already saved from the same address, else a name from
   * the address's last part, with a short hash of the address when that name is taken by
   * another page (or the address has a query, which the name cannot show). Each candidate's
   * provenance is read once, for both questions: whose file it is, and what to send back.
   */
  PageSlot pageSlot(URI address) throws IOException {
    Path folder = siteFolder(address);
    String path = address.getPath() == null ? "" : address.getPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String last = path.substring(path.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    String name = Slugs.pageName(dot > 0 ? last.substring(0, dot) : last, "index");
    if (address.getRawQuery() != null) {
      name = name + "-" + shortHash(address.getRawQuery());
    }
    Path plain = folder.resolve(name + ".html");
    Optional<Provenance> plainSaved = Provenance.of(plain);
    if (!Files.exists(plain) || savedFrom(plainSaved, address)) {
      return new PageSlot(plain, validators(plainSaved));
    }
    Path hashed = folder.resolve(name + "-" + shortHash(address.toString()) + ".html");
    return new PageSlot(hashed, validators(Provenance.of(hashed)));
  }

  /** Whether the file was saved from the address (which its comment keeps in its comment-safe form). */
  private static boolean savedFrom(Optional<Provenance> provenance, URI address) {
    return provenance.isPresent() && provenance.get().url().equals(Provenance.commentSafe(address.toString()));
  }

  private static Validators validators(Optional<Provenance> provenance) {
    return provenance.map(Provenance::validators).orElse(Validators.NONE);
  }

  /** The file name of a feed item: its title's slug and the short hash of its identity. */
  static String itemFileName(FeedItems.Item item) {
    return Slugs.pageName(item.title(), "item") + "-" + shortHash(item.key()) + ".xml";
  }

  /** The short hashes of the items already saved in {@code folder}, read from the file names. */
  static Set<String> savedItems(Path folder) throws IOException {
    Set<String> hashes = new HashSet<>();
    if (!Files.isDirectory(folder)) {
      return hashes;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.xml")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        int dash = name.lastIndexOf('-');
        if (dash > 0) {
          hashes.add(name.substring(dash + 1, name.length() - ".xml".length()));
        }
      }
    }
    return hashes;
  }

  /** The short hash naming an item or telling two addresses apart: 8 hex digits of SHA-256. */
  static String shortHash(String text) {
    byte[] digest = Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 4);
  }

  /** Writes the file whole or not at all: a hidden temporary file, then a rename. */
  static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(TEMP_PREFIX + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
