package org.newsdigest.model;

/** What a body block is: the structure a reader recovered from the input. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  /** A block quotation set apart by the source (an HTML blockquote, a Markdown "&gt;" block). */
  QUOTE,
  LIST_ITEM
}
