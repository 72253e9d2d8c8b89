package org.newsdigest.publish;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.newsdigest.model.Murmur3;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageContent;

/**
 * What the manifest knows of one site file: its length and hash say what it holds; its
 * modification time (nanoseconds since the epoch, as the file system reported it right after the
 * publisher wrote the file) says whether anyone touched it since; its inputs, what the render made
 * it from ({@link Page#inputs()}), say whether the next build may keep it without making it again.
 *
 * @param hash the content's {@link Murmur3} hash; null only for a page still being written
 * @param inputs the page's inputs, or null when not known
 */
record FileStamp(long length, Hash128 hash, long modifiedNanos, Hash128 inputs) {
  /** Stands for a page being written, so a second page with its path is refused at once. */
  static final FileStamp WRITING = new FileStamp(-1, null, 0, null);

  /**
   * The stamp of {@code page} before it is written, with its inputs when it has them (the
   * render's 16-byte fingerprint); the time is filled in once it is. A maker the manifest cannot
   * name never has its pages kept, so inputs recorded for it do no harm.
   */
  static FileStamp of(Page page) {
    Murmur3 hash = new Murmur3();
    hash.update(page.content(), 0, page.content().length);
    return new FileStamp(page.content().length, Hash128.of(hash.digest()), 0,
        Hash128.ofInputs(page.inputs()));
  }

  /**
   * Writes {@code content} to the new file {@code file} (which must not exist), hashing it on
   * the way, and returns its stamp as {@link #of(Page)} would, the time to be filled in.
   */
  static FileStamp write(Path file, PageContent content, byte[] inputs) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        OutputStream buffered = new BufferedOutputStream(raw, 1 << 16)) {
      return stamp(buffered, content, inputs);
    }
  }

  /** The stamp {@link #write} would give, the bytes made and hashed but written nowhere. */
  static FileStamp measure(PageContent content, byte[] inputs) throws IOException {
    return stamp(OutputStream.nullOutputStream(), content, inputs);
  }

  private static FileStamp stamp(OutputStream sink, PageContent content, byte[] inputs)
      throws IOException {
    HashingOutputStream out = new HashingOutputStream(sink);
    content.writeTo(out);
    out.flush();
    return new FileStamp(out.count, Hash128.of(out.hash.digest()), 0, Hash128.ofInputs(inputs));
  }

  /** Counts and hashes the bytes on their way through. */
  private static final class HashingOutputStream extends FilterOutputStream {
    final Murmur3 hash = new Murmur3();
    long count;

    HashingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      hash.update(bytes, offset, length);
      count += length;
    }
  }

  FileStamp modifiedAt(long nanos) {
    return new FileStamp(length, hash, nanos, inputs);
  }

  /** The same stamp, made from {@code newInputs} (null when unknown). */
  FileStamp withInputs(Hash128 newInputs) {
    return new FileStamp(length, hash, modifiedNanos, newInputs);
  }

  /** Whether the file was made from exactly {@code pageInputs}; never when either is unknown. */
  boolean madeFrom(byte[] pageInputs) {
    return inputs != null && inputs.equals(Hash128.ofInputs(pageInputs));
  }

  /** Same bytes, whenever they were written. */
  boolean sameContent(FileStamp other) {
    return length == other.length && hash.equals(other.hash);
  }
}
