package org.newsdigest.ingest;

import java.util.List;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

/** Reads the decoded text of one input format into Documents; one implementation per format. */
interface FormatReader {
  InputFormat format();

  /**
   * @param source the file's key, relative to the seeds folder
   * @param text decoded, normalised text
   * @param warnings what decoding already noticed; each Document starts with these
   */
  List<Document> read(String source, String text, List<String> warnings)
      throws UnreadableInputException;
}
