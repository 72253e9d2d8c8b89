package org.newsdigest.merge;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The sets of one article's {@link ArticleEvidence} that pair scoring tests for overlap, as
 * ascending int arrays: place names are numbered by a dictionary shared by the whole corpus, so
 * a merge walk over two short int arrays replaces a tree lookup (string comparisons through
 * memory) per element, and scoring asks millions of pairs. Two arrays share a number exactly
 * when the sets share a name. The arrays are never changed.
 *
 * <p>A class rather than a record: record equality of arrays would compare identities, and the
 * accessors hand out the arrays themselves, which callers only read.
 */
final class ComparedSets {
  private final int[] placeForms;
  private final int[] placeScope;
  private final int[] placeCountries;
  private final int[] allPlaceForms;
  private final int[] mainPeople;

  private ComparedSets(int[] placeForms, int[] placeScope, int[] placeCountries,
      int[] allPlaceForms, int[] mainPeople) {
    this.placeForms = placeForms;
    this.placeScope = placeScope;
    this.placeCountries = placeCountries;
    this.allPlaceForms = allPlaceForms;
    this.mainPeople = mainPeople;
  }

  /** {@link ArticleEvidence#placeForms}, numbered. */
  int[] placeForms() {
    return placeForms;
  }

  /** {@link ArticleEvidence#placeScope}, numbered. */
  int[] placeScope() {
    return placeScope;
  }

  /** {@link ArticleEvidence#placeCountries}, numbered. */
  int[] placeCountries() {
    return placeCountries;
  }

  /** {@link ArticleEvidence#allPlaceForms}, numbered. */
  int[] allPlaceForms() {
    return allPlaceForms;
  }

  /** {@link ArticleEvidence#mainPeople}: entity groups, ascending. */
  int[] mainPeople() {
    return mainPeople;
  }

  /**
   * The arrays of {@code evidence}'s sets.
   *
   * @param names the number of each place name seen so far, shared by every article of one
   *     corpus; new names are added. Which number a name gets changes no answer.
   */
  static ComparedSets of(ArticleEvidence evidence, Map<String, Integer> names) {
    return new ComparedSets(numbered(evidence.placeForms(), names),
        numbered(evidence.placeScope(), names), numbered(evidence.placeCountries(), names),
        numbered(evidence.allPlaceForms(), names),
        evidence.mainPeople().stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  private static int[] numbered(Set<String> set, Map<String, Integer> names) {
    int[] numbers = new int[set.size()];
    int n = 0;
    for (String name : set) {
      Integer number = names.get(name);
      if (number == null) {
        number = names.size();
        names.put(name, number);
      }
      numbers[n++] = number;
    }
    Arrays.sort(numbers);
    return numbers;
  }

  /** Whether two ascending arrays of distinct ints share one. */
  static boolean intersects(int[] x, int[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        return true;
      }
      if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }
}
