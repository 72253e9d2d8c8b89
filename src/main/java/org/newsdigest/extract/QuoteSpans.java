package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.model.Block;

/**
 * Finds the quoted passages of an article, including quotes that run over several paragraphs.
 *
 * <p>Scraped news often puts one sentence in a paragraph, so a three-sentence quote opens in
 * one paragraph and closes two paragraphs later, where the attribution stands ("“A. / B. /
 * C,” X said."). Marks are read as a toggle that carries over paragraph ends, with three
 * repairs for real text: a paragraph that opens with a quote mark while a quote is carried
 * over reopens it (the print convention), a curly opening mark inside a carried paragraph
 * means the carried quote was never closed, and a quote left open too long is cut back to the
 * paragraph that opened it.
 */
final class QuoteSpans {

  /** Paragraphs a quote may run on after the one that opens it before it counts as unclosed. */
  static final int MAX_CARRIED = 4;

  /** Part of a quote inside one paragraph: text offsets without the marks. */
  record Segment(int block, int start, int end) {}

  /**
   * One quoted passage: its segments in order; {@code closed} when a closing mark ends it, so
   * an attribution may follow the last segment.
   */
  record Passage(List<Segment> segments, boolean closed) {
    Segment first() {
      return segments.get(0);
    }

    Segment last() {
      return segments.get(segments.size() - 1);
    }
  }

  List<Passage> find(List<Block> blocks) {
    List<Passage> passages = new ArrayList<>();
    List<Segment> open = null;
    int carried = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block.isHeading()) {
        if (open != null) {
          passages.addAll(unclosed(open));
          open = null;
        }
        continue;
      }
      String text = block.text();
      int segStart = -1;
      if (open != null) {
        carried++;
        if (carried > MAX_CARRIED) {
          passages.addAll(unclosed(open));
          open = null;
        } else {
          segStart = 0;
        }
      }
      int firstMark = -1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!isMark(c) || insideWord(text, i)) {
          continue;
        }
        boolean first = firstMark < 0;
        if (first) {
          firstMark = i;
        }
        if (open != null && segStart >= 0) {
          boolean carriedHere = carried > 0 && segStart == 0;
          if (carriedHere && first && text.substring(0, i).isBlank()) {
            segStart = i + 1; // "“…" reopening the quote carried from the paragraph before
            continue;
          }
          if (carriedHere && first && (c == '“' || c == '«' || c == '„') && opensHere(text, i)) {
            // the carried quote was never closed: it ends with the paragraph before
            passages.addAll(unclosed(open));
            open = new ArrayList<>();
            segStart = i + 1;
            carried = 0;
            continue;
          }
          open.add(new Segment(b, segStart, i));
          passages.add(new Passage(List.copyOf(open), true));
          open = null;
          segStart = -1;
        } else if (c == '”' && first && open == null) {
          // a closing mark with no opening: the opening was lost, the quote starts the paragraph
          passages.add(new Passage(List.of(new Segment(b, 0, i)), true));
        } else {
          open = new ArrayList<>();
          segStart = i + 1;
          carried = 0;
        }
      }
      if (open != null && segStart >= 0) {
        open.add(new Segment(b, segStart, text.length()));
      }
    }
    if (open != null) {
      passages.addAll(unclosed(open));
    }
    passages.sort(java.util.Comparator.comparingInt((Passage p) -> p.first().block())
        .thenComparingInt(p -> p.first().start()));
    return passages;
  }

  /** A quote never closed keeps only its first paragraph: the rest is too uncertain to claim. */
  private static List<Passage> unclosed(List<Segment> open) {
    return open.isEmpty() ? List.of() : List.of(new Passage(List.of(open.get(0)), false));
  }

  /**
   * Curly and straight double quotes, and the other languages' marks read the same way: French
   * guillemets (« … »), German low-high quotes („ … “) and reversed guillemets (» … «).
   */
  private static boolean isMark(char c) {
    return c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
  }

  /** A straight mark between letters or digits is an inch sign or a typo, not a quote. */
  private static boolean insideWord(String text, int i) {
    return text.charAt(i) == '"' && i > 0 && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean opensHere(String text, int i) {
    return (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
        && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
  }
}
