package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.InlineLink;

/**
 * A block's text as a reader collects it, with the spans that were links. Readers append raw
 * text (spaces not yet normalised) and mark links in raw positions; {@link #toBlock} normalises
 * the text exactly as {@link Texts#normalizeSpace} does and moves the spans along with it.
 * Mutable, for one reader call only.
 */
final class LinkedText {
  private final StringBuilder raw = new StringBuilder();
  private final List<RawLink> links = new ArrayList<>();

  private record RawLink(int start, int end, String href) {}

  LinkedText append(CharSequence text) {
    raw.append(text);
    return this;
  }

  int length() {
    return raw.length();
  }

  boolean endsWith(String suffix) {
    int from = raw.length() - suffix.length();
    return from >= 0 && raw.indexOf(suffix, from) == from;
  }

  /**
   * Marks raw characters {@code [start, end)} as a link to {@code href}; ignored unless href is
   * an absolute http(s) address, so callers can pass whatever the input said.
   */
  void link(int start, int end, String href) {
    if (end > start && InlineLink.isWebAddress(href)) {
      links.add(new RawLink(start, end, href));
    }
  }

  void clear() {
    raw.setLength(0);
    links.clear();
  }

  /** The normalised block, or null when no text is left. */
  Block toBlock(BlockKind kind, int level) {
    String text = Texts.normalizeSpace(raw.toString());
    if (text == null || text.isEmpty()) {
      return null;
    }
    Block block = new Block(kind, text, kind == BlockKind.HEADING ? level : 0);
    return links.isEmpty() ? block : block.withLinks(spans(text));
  }

  /** The links in positions of the normalised text; overlapping or emptied ones are dropped. */
  private List<InlineLink> spans(String text) {
    int[] position = normalisedPositions();
    List<InlineLink> out = new ArrayList<>();
    int previousEnd = 0;
    for (RawLink link : links) {
      int start = Math.min(position[link.start()], text.length());
      int end = Math.min(position[Math.min(link.end(), raw.length())], text.length());
      while (start < end && text.charAt(start) == ' ') {
        start++;
      }
      while (end > start && text.charAt(end - 1) == ' ') {
        end--;
      }
      if (start < end && start >= previousEnd) {
        out.add(new InlineLink(start, end, link.href()));
        previousEnd = end;
      }
    }
    return out;
  }

  /**
   * For each raw position, the position in the normalised text (runs of space collapsed to one,
   * the ends stripped).
   */
  private int[] normalisedPositions() {
    int n = raw.length();
    int[] position = new int[n + 1];
    int out = 0;
    boolean started = false;
    boolean inSpace = false;
    for (int i = 0; i < n; i++) {
      position[i] = out;
      char c = raw.charAt(i);
      if (Texts.isSpace(c)) {
        if (started && !inSpace) {
          out++;
        }
        inSpace = true;
      } else {
        // a collapsed space belongs before this character: spans starting in the run skip it
        if (inSpace && started) {
          position[i] = out;
        }
        started = true;
        inSpace = false;
        out++;
      }
    }
    position[n] = out;
    return position;
  }
}
