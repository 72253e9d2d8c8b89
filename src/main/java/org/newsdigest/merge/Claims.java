package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Fact;
import org.newsdigest.text.TextWords;

/**
 * What one sentence states that a summary must not state twice: its numbers (each a unit and the
 * values it allows, {@link QuantityRange}, so "$1 million" and "an estimated $1 million" are one
 * claim) and its quoted words of three words or more. Judged on what a sentence tells, not on
 * its wording: "The fire caused $1 million in damage" and "Damage was put at an estimated $1
 * million" share few words and one claim.
 *
 * @param numbers each number: its folded unit and range
 * @param quotes each quoted passage, folded
 */
record Claims(List<Amount> numbers, Set<String> quotes) {
  /** Quoted passages: between curly or straight double quotes, on one sentence. */
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{8,})[”\"]");
  private static final int QUOTE_WORDS = 3;

  /** A number of a sentence: what it counts and the values it allows. */
  record Amount(String unit, QuantityRange range) {}

  Claims {
    numbers = List.copyOf(numbers);
    quotes = Set.copyOf(quotes);
  }

  /** The claims of {@code sentence}, whose facts the extract stage read as {@code facts}. */
  static Claims of(String sentence, List<Fact> facts) {
    List<Amount> numbers = new ArrayList<>();
    for (Fact fact : facts) {
      numbers.add(new Amount(TextWords.fold(fact.unit()), QuantityRange.of(fact.value(), fact.qualifier())));
    }
    Set<String> quotes = new TreeSet<>();
    Matcher quoted = QUOTED.matcher(sentence);
    while (quoted.find()) {
      List<String> words = TextWords.words(quoted.group(1));
      if (words.size() >= QUOTE_WORDS) {
        quotes.add(String.join(" ", words));
      }
    }
    return new Claims(numbers, quotes);
  }

  /** True when the two sentences state a number of one unit both allow, or one quote. */
  boolean overlaps(Claims other) {
    for (Amount mine : numbers) {
      for (Amount theirs : other.numbers) {
        if (mine.unit().equals(theirs.unit()) && mine.range().overlaps(theirs.range())) {
          return true;
        }
      }
    }
    for (String quote : quotes) {
      if (other.quotes.contains(quote)) {
        return true;
      }
    }
    return false;
  }
}
