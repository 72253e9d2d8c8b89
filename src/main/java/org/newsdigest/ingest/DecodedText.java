package org.newsdigest.ingest;

import java.util.List;

/** A file's bytes turned into clean text, with what the decoder had to guess. */
record DecodedText(String text, List<String> warnings) {
  DecodedText {
    warnings = List.copyOf(warnings);
  }
}
