package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * One input file as the ingest stage read it: clean body blocks and metadata text, with
 * boilerplate removed and broken paragraphs joined, but nothing interpreted yet.
 *
 * @param source path relative to the seeds folder, with '/' separators (the article's key)
 * @param format the input's shape
 * @param title the headline, or null when the input has none (extract derives one)
 * @param metadata metadata lines and fields, as text
 * @param blocks the body in reading order; a dateline stays at the start of the first paragraph
 * @param warnings what the reader noticed but could live with, human-readable
 */
public record Document(
    String source,
    InputFormat format,
    String title,
    DocumentMetadata metadata,
    List<Block> blocks,
    List<String> warnings) {
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    metadata = metadata == null ? DocumentMetadata.EMPTY : metadata;
    blocks = List.copyOf(blocks);
    warnings = List.copyOf(warnings);
  }
}
