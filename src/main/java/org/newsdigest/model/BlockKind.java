package org.newsdigest.model;

/** What a body block is: the structure a reader recovered from the input. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  /** A block quotation set apart by the source (an HTML blockquote, a Markdown "&gt;" block). */
  QUOTE,
  LIST_ITEM,
  /**
   * An image of the article: {@link Block#src()} is its address, the text its alt text. Not body
   * text: added after the text kinds so their order and meaning stay as they were.
   */
  IMAGE
}
