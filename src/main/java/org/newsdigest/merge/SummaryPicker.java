package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Fact;
import org.newsdigest.model.Sentence;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.text.TextWords;

/**
 * An extractive summary: verbatim sentences from the event's independent sources (a syndicated
 * copy would only repeat its original), chosen by centrality and maximal marginal relevance.
 *
 * <p>Centrality is the cosine of a sentence to the event centroid, which is proportional to its
 * mean similarity to every source's text (centroid summarisation, as in MEAD): a sentence that
 * says what all the sources say. The lead sentences of each source get a nudge, since news states
 * the essentials first. MMR then trades centrality against similarity to the sentences already
 * chosen, with a small penalty for drawing again on a source already cited, so the summary
 * speaks for several sources and does not repeat itself; a sentence that states a number or a
 * quote a chosen one states is not chosen at all ({@link Claims}), and one that restates what
 * every source leads with, as a chosen one does ({@link LeadClaim}), only when nothing else is
 * left. A sentence that only restates the event title is never chosen: the page shows the title
 * right above. The summary grows with the event: three sentences for one or two sources, four up
 * to five sources, five beyond.
 */
final class SummaryPicker {
  private static final double LAMBDA = 0.7;
  private static final double[] LEAD_BONUS = {0.1, 0.05};
  private static final double NEAR_DUPLICATE = 0.7;
  private static final double SOURCE_REPEAT_PENALTY = 0.05;
  /** More than any gap in centrality: a restatement is chosen only when nothing else is left. */
  private static final double RESTATEMENT_PENALTY = 1.0;

  /**
   * Pronouns whose person, outside the article, nobody knows: "He did not say what Reid was
   * being treated for" read in a summary after another source's sentence.
   */
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "it", "they", "him", "her", "his", "its", "their", "them");

  /** News puts its essentials early; later sentences are rarely central and cost time. */
  private static final int SENTENCES_PER_SOURCE = 10;

  /** A longer "sentence" is usually a run-on the splitter could not break. */
  private static final int MAX_WORDS = 60;

  private final Corpus corpus;

  SummaryPicker(Corpus corpus) {
    this.corpus = corpus;
  }

  /** How many sentences an event of this many independent sources gets: 3 to 5. */
  static int sizeFor(int independentSources) {
    return independentSources <= 2 ? 3 : independentSources <= 5 ? 4 : 5;
  }

  /** What may stand between a dateline and its story: an agency, then a dash or a colon. */
  private static final Pattern AFTER_DATELINE =
      Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[-–—]{1,2}|:)?\\s*");

  /**
   * The sentence without the article's dateline ("Paris, January 06 (QNA) – European allies
   * met" gives "European allies met"): a summary speaks for several sources, and one wire's
   * filing place and day read as noise there. Otherwise verbatim.
   */
  static String withoutDateline(Article article, String sentence) {
    if (article.dateline() == null || article.dateline().text() == null
        || article.dateline().text().isBlank()
        || !sentence.startsWith(article.dateline().text())) {
      return sentence;
    }
    String rest = sentence.substring(article.dateline().text().length());
    rest = AFTER_DATELINE.matcher(rest).replaceFirst("");
    return rest.isBlank() ? sentence : rest;
  }

  /**
   * @param claims what the sentence states that a second sentence must not state again: its
   *     numbers (unit and range) and its quoted words
   * @param leadTerms the terms of the event's {@link LeadClaim} the sentence holds
   */
  private record Candidate(String text, String source, SparseVector vector, double centrality,
      Claims claims, Set<String> leadTerms) {}

  /**
   * @param independentArticles the sentences of the event's articles that are not copies, in
   *     event order (shared with the exclusives, which read the same sentences)
   * @param centroid the centroid of their vectors
   * @param title the event's title, which the summary must not repeat
   */
  List<SummarySentence> pick(
      List<SentenceTerms> independentArticles, SparseVector centroid, String title) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    Set<String> titleTerms = new TreeSet<>(corpus.terms().of(title));
    String foldedTitle = TextWords.fold(title);
    LeadClaim lead = LeadClaim.of(independentArticles);
    for (SentenceTerms read : independentArticles) {
      Article article = read.article();
      List<Sentence> sentences = article.sentences();
      int position = 0;
      for (int s = 0; s < sentences.size(); s++) {
        Sentence sentence = sentences.get(s);
        if (position >= SENTENCES_PER_SOURCE) {
          break;
        }
        if (!read.usable(s) || SentenceFilter.wordCount(sentence.text()) > MAX_WORDS
            || leansOnItsArticle(sentence.text().strip(), read.folded(s))) {
          continue;
        }
        double bonus = position < LEAD_BONUS.length ? LEAD_BONUS[position] : 0;
        position++;
        String trimmed = sentence.text().trim();
        String text = withoutDateline(article, trimmed);
        // Folded and split into terms once: the duplicate check, the title check and the
        // vector all read them. A sentence the dateline left alone folds as the exclusives
        // read it (folding trims), so their reading is shared.
        boolean asRead = text.equals(trimmed);
        String folded = asRead ? read.folded(s) : TextWords.fold(text);
        if (!seen.add(folded)) {
          continue;
        }
        List<String> terms = asRead ? read.terms(s) : corpus.terms().ofFolded(folded);
        if (repeatsTitle(folded, foldedTitle, titleTerms, terms)) {
          continue;
        }
        SparseVector vector =
            asRead ? corpus.weights().vectorOfIds(read.ids(s)) : read.vector(terms);
        if (vector.isEmpty()) {
          continue;
        }
        candidates.add(new Candidate(text, article.source(), vector,
            vector.cosine(centroid) + bonus, Claims.of(text, factsOf(article, trimmed)),
            lead.in(terms)));
      }
    }
    int size = sizeFor(independentArticles.size());
    List<Candidate> chosen = new ArrayList<>();
    Map<String, Integer> citations = new TreeMap<>();
    // Each candidate's redundancy (its highest cosine to a chosen sentence) is kept up to date
    // as sentences are chosen rather than recomputed against all of them every round: a maximum
    // is the same value whatever order its terms come in.
    double[] redundancy = new double[candidates.size()];
    boolean[] taken = new boolean[candidates.size()];
    while (chosen.size() < size) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int x = 0; x < candidates.size(); x++) {
        if (taken[x] || redundancy[x] >= NEAR_DUPLICATE
            || repeatsAClaim(candidates.get(x), chosen)) {
          continue;
        }
        Candidate c = candidates.get(x);
        double score = LAMBDA * c.centrality() - (1 - LAMBDA) * redundancy[x]
            - SOURCE_REPEAT_PENALTY * citations.getOrDefault(c.source(), 0)
            - RESTATEMENT_PENALTY * restatements(lead, c, chosen);
        if (score > bestScore) {
          best = x;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      Candidate picked = candidates.get(best);
      taken[best] = true;
      chosen.add(picked);
      citations.merge(picked.source(), 1, Integer::sum);
      if (chosen.size() == size) {
        break;
      }
      for (int x = 0; x < candidates.size(); x++) {
        // a near duplicate is out for good: a maximum only grows
        if (!taken[x] && redundancy[x] < NEAR_DUPLICATE) {
          redundancy[x] =
              Math.max(redundancy[x], candidates.get(x).vector().cosine(picked.vector()));
        }
      }
    }
    return chosen.stream().map(c -> new SummarySentence(c.text(), c.source())).toList();
  }

  /**
   * True when the candidate states a number or a quote a chosen sentence already states: five
   * sentences that each restate "$1 million in damage" tell the reader one thing.
   */
  private static boolean repeatsAClaim(Candidate candidate, List<Candidate> chosen) {
    for (Candidate c : chosen) {
      if (candidate.claims().overlaps(c.claims())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the sentence needs its article around it: it opens with a pronoun, is a piece of a
   * quote whose speaker another sentence names, or is the writer speaking as themself. A summary
   * sets sentences of several sources side by side and speaks for them all.
   */
  private static boolean leansOnItsArticle(String sentence, String folded) {
    return opensWithAPronoun(folded) || Statements.isQuoteFragment(sentence)
        || Statements.inWritersVoice(sentence);
  }

  /**
   * Whether the sentence opens with a pronoun: the first of its {@link TextWords#words}, read
   * from the sentence as {@link TextWords#fold} gives it, which the caller has already.
   */
  private static boolean opensWithAPronoun(String folded) {
    int space = folded.indexOf(' ');
    return PRONOUNS.contains(space < 0 ? folded : folded.substring(0, space));
  }

  /** How many chosen sentences the candidate restates the event's {@link LeadClaim} as. */
  private static int restatements(LeadClaim lead, Candidate candidate, List<Candidate> chosen) {
    int n = 0;
    for (Candidate c : chosen) {
      n += lead.restates(candidate.leadTerms(), c.leadTerms()) ? 1 : 0;
    }
    return n;
  }

  /** The facts the article reads in this sentence. */
  private static List<Fact> factsOf(Article article, String sentence) {
    List<Fact> facts = new ArrayList<>();
    for (Fact fact : article.facts()) {
      if (fact.value() != null && fact.sentence() != null && fact.sentence().strip().equals(sentence)) {
        facts.add(fact);
      }
    }
    return facts;
  }

  /**
   * True when the sentence says no more than the title: the title opens it (a headline derived
   * from a first sentence, perhaps cut), it opens the title, or it adds at most one content
   * term to the title's.
   */
  static boolean repeatsTitle(String sentence, String title, Terms terms) {
    return repeatsTitle(TextWords.fold(sentence), TextWords.fold(title), new TreeSet<>(terms.of(title)),
        terms.of(sentence));
  }

  /**
   * @param s the folded sentence
   * @param t the folded title
   * @param titleTerms the title's terms
   * @param sentenceTerms the sentence's terms
   */
  private static boolean repeatsTitle(
      String s, String t, Set<String> titleTerms, List<String> sentenceTerms) {
    if (t.isEmpty() || s.isEmpty()) {
      return false;
    }
    if (s.startsWith(t) || t.startsWith(s)) {
      return true;
    }
    if (titleTerms.isEmpty()) {
      return false;
    }
    Set<String> added = new TreeSet<>(sentenceTerms);
    added.removeAll(titleTerms);
    return added.size() <= 1;
  }
}
