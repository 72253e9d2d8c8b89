package org.newsdigest.model;

import java.util.Objects;

/**
 * One sentence of an article's body, as the extract stage split it: a stretch of its block's
 * text, which it shares rather than copies. An article holds dozens of sentences, and at 100,000
 * articles their copies were a quarter of every string in the heap. Immutable; two sentences are
 * equal when their text and block are.
 */
public final class Sentence {
  private final String source;
  private final int start;
  private final int end;
  private final int block;

  private Sentence(String source, int start, int end, int block) {
    Objects.requireNonNull(source, "source");
    if (start < 0 || end < start || end > source.length()) {
      throw new IllegalArgumentException("The sentence [" + start + ", " + end
          + ") lies outside its text of " + source.length() + " characters.");
    }
    this.source = source;
    this.start = start;
    this.end = end;
    this.block = block;
  }

  /**
   * A sentence of its own text.
   *
   * @param text the sentence, trimmed
   * @param block index of the block it belongs to
   */
  public Sentence(String text, int block) {
    this(text, 0, text.length(), block);
  }

  /** The sentence at {@code [start, end)} of {@code blockText}, the text of block {@code block}. */
  public static Sentence in(String blockText, int start, int end, int block) {
    return new Sentence(blockText, start, end, block);
  }

  /** The same sentence, its block now at index {@code index} (the blocks were renumbered). */
  public Sentence inBlock(int index) {
    return new Sentence(source, start, end, index);
  }

  /** The sentence, trimmed. */
  public String text() {
    return start == 0 && end == source.length() ? source : source.substring(start, end);
  }

  /** Index of the block it belongs to. */
  public int block() {
    return block;
  }

  /**
   * Where the sentence starts in {@code blockText}, when it is a stretch of that very string (not
   * merely of an equal one); -1 otherwise. With {@link #end()}, what a codec keeps instead of the
   * text.
   */
  public int startIn(String blockText) {
    return source == blockText ? start : -1;
  }

  /** Where the sentence ends in its block's text; meaningful when {@link #startIn} is not -1. */
  public int end() {
    return end;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sentence that && block == that.block && text().equals(that.text());
  }

  @Override
  public int hashCode() {
    return 31 * text().hashCode() + block;
  }

  @Override
  public String toString() {
    return "Sentence[text=" + text() + ", block=" + block + "]";
  }
}
