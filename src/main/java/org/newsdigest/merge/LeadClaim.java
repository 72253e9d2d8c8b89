package org.newsdigest.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the event's sources all lead with: the content terms that the first sentences of at least
 * two thirds of its independent sources (and at least two) hold. For a death that is the name and
 * "died", for a fire the building, "fire" and "damaged". Every source restates it, so a summary
 * that picked its sentences only by centrality would say it once per sentence ("Bettie Page died
 * ...", "Bettie Page ... has died, her agent said", "Bettie Page ... died Thursday night"); it
 * states it once, and a second sentence that {@link #restates} it is left for the others.
 */
final class LeadClaim {
  /**
   * How many usable sentences of each source count as its lead: the first, which news makes the
   * whole story in brief; with more, the lead takes in the details too and everything that
   * mentions the strike restates it.
   */
  private static final int LEAD_SENTENCES = 1;

  private final Set<String> terms;

  private LeadClaim(Set<String> terms) {
    this.terms = Set.copyOf(terms);
  }

  /** The lead claim of the event whose independent sources' sentences are {@code sources}. */
  static LeadClaim of(List<SentenceTerms> sources) {
    Map<String, Integer> holders = new HashMap<>();
    for (SentenceTerms source : sources) {
      Set<String> lead = new TreeSet<>();
      int read = 0;
      for (int s = 0; s < source.article().sentences().size() && read < LEAD_SENTENCES; s++) {
        if (source.usable(s)) {
          lead.addAll(source.terms(s));
          read++;
        }
      }
      lead.forEach(term -> holders.merge(term, 1, Integer::sum));
    }
    int needed = Math.max(2, (2 * sources.size() + 2) / 3);
    Set<String> core = new TreeSet<>();
    holders.forEach((term, n) -> {
      if (n >= needed) {
        core.add(term);
      }
    });
    return new LeadClaim(core);
  }

  /** The lead's terms among a sentence's {@code sentenceTerms}. */
  Set<String> in(List<String> sentenceTerms) {
    Set<String> held = new TreeSet<>(sentenceTerms);
    held.retainAll(terms);
    return held;
  }

  /**
   * True when a sentence holding the lead terms {@code candidate} restates a chosen one holding
   * {@code chosen}: both hold at least half of the lead's terms (and two), so both state the lead
   * claim rather than touch one of its words, and the candidate adds at most one.
   */
  boolean restates(Set<String> candidate, Set<String> chosen) {
    int needed = Math.max(2, (terms.size() + 1) / 2);
    if (candidate.size() < needed || chosen.size() < needed) {
      return false;
    }
    int shared = 0;
    for (String term : candidate) {
      shared += chosen.contains(term) ? 1 : 0;
    }
    return candidate.size() - shared <= 1;
  }
}
