package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * What a remembering merger ({@link EventMerger#remembering}) knows of its last merge, as values
 * another process can keep and give back ({@link EventMerger#recall}): the command line keeps it
 * in its cache folder, so a build after one edit scores and assembles again only what the edit
 * touched, as {@code serve --watch} does in memory.
 *
 * <p>Articles are named by their index in {@link #articles}, the last merge's corpus order (by
 * source). Given back, an article the caller could not match with one of the new corpus (it
 * changed or is gone) is null there: nothing that read it is taken. The memos then check
 * everything else as they always do, so a merger that recalls a memory gives the events a fresh
 * merger gives. The arrays are shared, not copied: neither side changes them.
 *
 * @param articles the last merge's articles by corpus index; null for one not matched again
 * @param inputs each article's {@link ArticleInputs}, by corpus index
 * @param terms each article's distinct terms with their counts, by corpus index; null when not known
 * @param pairs the last merge's candidate pair scores
 * @param splits the last merge's topic parts that may be taken again, with their events
 * @param events the last merge's events that may be taken again, with what decided them
 */
public record MergeMemory(List<Article> articles, List<byte[]> inputs, List<Terms> terms,
    PairScores pairs, List<Split> splits, List<Assembled> events) {
  public MergeMemory {
    articles = Collections.unmodifiableList(new ArrayList<>(articles)); // may hold null
    inputs = List.copyOf(inputs);
    terms = Collections.unmodifiableList(new ArrayList<>(terms)); // null for an article without
    splits = List.copyOf(splits);
    events = List.copyOf(events);
    if (inputs.size() != articles.size() || terms.size() != articles.size()
        || pairs.runStart().length != articles.size() + 1) {
      throw new IllegalArgumentException("a memory of " + articles.size() + " articles has "
          + inputs.size() + " inputs, " + terms.size() + " term lists and "
          + (pairs.runStart().length - 1) + " pair runs");
    }
  }

  /** The articles at {@code indexes}, or null when one of them was not matched again. */
  List<Article> articlesAt(int[] indexes) {
    List<Article> at = new ArrayList<>(indexes.length);
    for (int index : indexes) {
      Article article = articles.get(index);
      if (article == null) {
        return null;
      }
      at.add(article);
    }
    return at;
  }

  /**
   * One article's distinct terms, in no set order, and how often each occurs: what tokenising
   * the article gives, which depends on the article alone.
   */
  public record Terms(String[] terms, int[] counts) {
    public Terms {
      if (terms.length != counts.length) {
        throw new IllegalArgumentException(terms.length + " terms with " + counts.length + " counts");
      }
    }
  }

  /**
   * The candidate pairs and their scores, sorted by first article then second: the pairs of
   * article {@code i} are {@code second[runStart[i] .. runStart[i + 1])}, each second greater
   * than {@code i}.
   */
  public record PairScores(int[] runStart, int[] second, double[] scores, boolean[] vetoed) {
    public PairScores {
      if (scores.length != second.length || vetoed.length != second.length
          || runStart.length == 0 || runStart[runStart.length - 1] != second.length) {
        throw new IllegalArgumentException("pair arrays of different lengths");
      }
    }
  }

  /**
   * One part of a topic and the events it split into.
   *
   * @param members its articles' corpus indexes, in the part's order
   * @param inputs what else decided the split (see {@link SplitMemo})
   * @param events each event as positions in {@code members}, ascending
   */
  public record Split(int[] members, byte[] inputs, int[][] events) {}

  /**
   * One event and what it was assembled from.
   *
   * @param cluster its articles' corpus indexes, ascending
   * @param inputs the {@link AssemblyInputs} of the cluster
   * @param event the event; its articles are those of {@code cluster}
   */
  public record Assembled(int[] cluster, byte[] inputs, Event event) {}
}
