package org.newsdigest.extract;

/** A stretch {@code [start, end)} of one block's text. */
record TextSpan(int start, int end) {
  String of(String text) {
    return text.substring(start, end);
  }

  boolean contains(int position) {
    return position >= start && position < end;
  }
}
