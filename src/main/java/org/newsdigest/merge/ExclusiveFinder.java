package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.Sentence;

/**
 * What each source of an event alone reports: sentences most of whose content terms (words,
 * numbers, names) appear in no other source of the event. At most three per source, the most
 * novel ones, shown in text order, and only statements of fact ({@link Statements}): a count,
 * a name, an action, not the writer's commentary.
 */
final class ExclusiveFinder {
  private static final int MAX_PER_SOURCE = 3;
  private static final int MIN_NOVEL_TERMS = 3;
  private static final double MIN_NOVEL_SHARE = 0.5;

  private final Corpus corpus;

  ExclusiveFinder(Corpus corpus) {
    this.corpus = corpus;
  }

  private record Novel(int position, String text, double share) {}

  /**
   * @param eventArticles corpus indexes of the event's independent articles: a syndicated copy
   *     shares its original's text, so counting it would leave the original nothing of its own,
   *     and what a copy carries is never "only in" it
   * @param read the sentences of each of {@code eventArticles}, in the same order (shared with
   *     the summary, which reads the same sentences)
   */
  List<Exclusive> find(List<Integer> eventArticles, List<SentenceTerms> read) {
    List<Exclusive> exclusives = new ArrayList<>();
    if (eventArticles.size() < 2) {
      return exclusives;
    }
    // A term is in "the others" when a source other than this one holds it. Each source's
    // distinct terms (headline and body) are its vector's term ids, read once by the corpus:
    // reading every body again here cost as much as the rest of the event's assembly.
    List<int[]> termsOf = new ArrayList<>();
    int total = 0;
    for (int i : eventArticles) {
      int[] own = corpus.evidence(i).vector().ids();
      termsOf.add(own);
      total += own.length;
    }
    // How many sources hold each term: every source's ids sorted together, then counted in
    // runs; looked up by binary search, without a boxed map entry per term.
    int[] all = new int[total];
    int at = 0;
    for (int[] own : termsOf) {
      System.arraycopy(own, 0, all, at, own.length);
      at += own.length;
    }
    Arrays.sort(all);
    int[] heldIds = new int[total];
    int[] holders = new int[total];
    int distinct = 0;
    for (int x = 0; x < total; x++) {
      if (distinct > 0 && heldIds[distinct - 1] == all[x]) {
        holders[distinct - 1]++;
      } else {
        heldIds[distinct] = all[x];
        holders[distinct++] = 1;
      }
    }
    for (int a = 0; a < eventArticles.size(); a++) {
      SentenceTerms sentenceTerms = read.get(a);
      Article article = sentenceTerms.article();
      int[] own = termsOf.get(a);
      List<Novel> novel = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Entity entity : article.entities()) {
        names.add(entity.name());
        names.addAll(entity.aliases());
      }
      List<Sentence> sentences = article.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (!sentenceTerms.usable(i)) {
          continue;
        }
        // The distinct content terms, counted by id: distinct known ids are distinct terms;
        // a term no source holds (id -1) is fresh and counted by its text.
        int[] ids = sentenceTerms.ids(i);
        int[] known = new int[ids.length];
        int k = 0;
        Set<String> unknown = null;
        for (int t = 0; t < ids.length; t++) {
          if (ids[t] >= 0) {
            known[k++] = ids[t];
          } else {
            if (unknown == null) {
              unknown = new TreeSet<>();
            }
            unknown.add(sentenceTerms.terms(i).get(t));
          }
        }
        Arrays.sort(known, 0, k);
        int fresh = unknown == null ? 0 : unknown.size();
        int content = fresh;
        // ids ascending: each search starts where the last one ended
        int from = 0;
        for (int t = 0; t < k; t++) {
          int id = known[t];
          if (t > 0 && id == known[t - 1]) {
            continue;
          }
          content++;
          int held = Arrays.binarySearch(heldIds, from, distinct, id);
          from = held >= 0 ? held + 1 : -held - 1;
          // fresh when no source holds it, or this source alone does; with two or more holders
          // another source holds it whether or not this one does
          if (held < 0 || holders[held] == 1 && Arrays.binarySearch(own, id) >= 0) {
            fresh++;
          }
        }
        double share = content == 0 ? 0 : fresh / (double) content;
        if (fresh >= MIN_NOVEL_TERMS && share >= MIN_NOVEL_SHARE
            && Statements.isStatementOfFact(sentences.get(i).text(), names)) {
          novel.add(new Novel(i, sentences.get(i).text().trim(), share));
        }
      }
      List<Novel> kept =
          novel.stream()
              .sorted(Comparator.comparingDouble((Novel n) -> -n.share()).thenComparingInt(Novel::position))
              .limit(MAX_PER_SOURCE)
              .sorted(Comparator.comparingInt(Novel::position))
              .toList();
      if (!kept.isEmpty()) {
        exclusives.add(new Exclusive(article.source(), kept.stream().map(Novel::text).toList()));
      }
    }
    return exclusives;
  }
}
