package org.newsdigest.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsdigest.model.Document;

/**
 * Entry point of the ingest stage: finds input files and reads each into a {@link Document}.
 * Built once, immutable, safe to use from any thread.
 */
public final class Ingester {

  /**
   * Every input file under {@code root}, in any sub-folder, sorted by relative path so the
   * order never depends on the file system. Hidden files and folders are left out.
   */
  public List<Path> discover(Path root) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Reads one file; {@code source} is its path relative to the seeds folder, '/' separated.
   * Most files hold one article; a feed holds one per item, each with its own source key
   * ({@code feeds/world.xml#3}).
   */
  public List<Document> read(String source, byte[] content) throws UnreadableInputException {
    throw new UnsupportedOperationException("TODO");
  }
}
