package org.newsdigest.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsdigest.model.Sha256;

/**
 * Every file of one published site (the marker aside) with its stamp, and the site digest: a
 * SHA-256 over the sorted paths and their content hashes, which the marker repeats so a manifest
 * can be matched to the site it describes. Kept by the caller outside the site, in binary
 * (60,000 entries load in a few tens of milliseconds).
 *
 * @param site the site's folder, absolute, so a cache can tell when the site is gone and its
 *     manifest of no more use ({@link #siteOf})
 * @param siteDigest hex SHA-256 over each path (UTF-8), a zero byte, its content hash in hex and a
 *     newline, in path order
 * @param madeBy what made the pages (the code, the templates and the render settings), as the
 *     builder names it: a page's {@link FileStamp#inputs() inputs} say what it was made from only
 *     when the next build is made by the same; "" when unknown
 * @param files path relative to the site root to its stamp, in path order
 */
record Manifest(String site, String siteDigest, String madeBy, SortedMap<String, FileStamp> files) {
  private static final String MAGIC = "newsdigest site manifest";
  private static final int VERSION = 6;

  Manifest {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /**
   * The manifest of the site at {@code site} made of exactly {@code files}, by {@code madeBy} (""
   * when unknown).
   */
  static Manifest of(Path site, Map<String, FileStamp> files, String madeBy) {
    SortedMap<String, FileStamp> sorted = new TreeMap<>(files);
    return new Manifest(site.toAbsolutePath().normalize().toString(), digest(sorted), madeBy, sorted);
  }

  /** The text of the marker file of this site: a fresh and an updated site get the same one. */
  String markerText() {
    return SiteMarker.text(siteDigest, files.keySet());
  }

  /** Every folder that holds a file of the site, the root excluded. */
  TreeSet<String> folders() {
    return SiteMarker.foldersOf(files.keySet());
  }

  private static String digest(SortedMap<String, FileStamp> files) {
    MessageDigest sha = Sha256.digest();
    for (Map.Entry<String, FileStamp> file : files.entrySet()) {
      sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(file.getValue().hash().hex().getBytes(StandardCharsets.ISO_8859_1));
      sha.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * Reads a manifest written by {@link #write}; empty when the file is missing, unreadable, of
   * another format or inconsistent (its digest does not match its entries), never throws.
   */
  static Optional<Manifest> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      Optional<String> header = site(in);
      if (header.isEmpty()) {
        return Optional.empty();
      }
      String site = header.get();
      String digest = readHex(in);
      String madeBy = in.readUTF();
      int count = in.readInt();
      SortedMap<String, FileStamp> files = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        String path = in.readUTF();
        long length = in.readLong();
        Hash128 hash = Hash128.read(in);
        long modified = in.readLong();
        Hash128 inputs = in.readBoolean() ? Hash128.read(in) : null;
        files.put(path, new FileStamp(length, hash, modified, inputs));
      }
      if (in.read() != -1 || files.size() != count) {
        return Optional.empty();
      }
      Manifest manifest = new Manifest(site, digest, madeBy, files);
      return digest(manifest.files).equals(digest) ? Optional.of(manifest) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // Truncated, foreign or unreadable: the caller then writes the site afresh.
      return Optional.empty();
    }
  }

  /**
   * The folder of the site the manifest in {@code file} describes, read from its first bytes;
   * empty when the file is missing, unreadable or of another format. Never throws.
   */
  static Optional<String> siteOf(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 12))) {
      return site(in);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The header: the site's folder, or empty when the magic or the version is not this format's. */
  private static Optional<String> site(DataInputStream in) throws IOException {
    if (!MAGIC.equals(in.readUTF()) || in.readInt() != VERSION) {
      return Optional.empty();
    }
    return Optional.of(in.readUTF());
  }

  /** The site digest, a SHA-256 kept as its 64 hex digits, as the marker names it. */
  private static String readHex(DataInputStream in) throws IOException {
    byte[] hex = new byte[64];
    in.readFully(hex);
    String text = new String(hex, StandardCharsets.ISO_8859_1);
    for (int i = 0; i < text.length(); i++) {
      if (Character.digit(text.charAt(i), 16) < 0 || Character.isUpperCase(text.charAt(i))) {
        throw new IOException("not a hex SHA-256");
      }
    }
    return text;
  }

  /** Writes the manifest to {@code file} through a temporary file and a rename. */
  void write(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temp = SiteFiles.temporarySibling(file);
    try {
      try (OutputStream raw = Files.newOutputStream(temp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(site);
        out.writeBytes(siteDigest);
        out.writeUTF(madeBy);
        out.writeInt(files.size());
        for (Map.Entry<String, FileStamp> entry : files.entrySet()) {
          FileStamp stamp = entry.getValue();
          out.writeUTF(entry.getKey());
          out.writeLong(stamp.length());
          stamp.hash().write(out);
          out.writeLong(stamp.modifiedNanos());
          out.writeBoolean(stamp.inputs() != null);
          if (stamp.inputs() != null) {
            stamp.inputs().write(out);
          }
        }
      }
      SiteFiles.move(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
