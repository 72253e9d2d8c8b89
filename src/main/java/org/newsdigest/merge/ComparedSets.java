package org.newsdigest.merge;

import java.util.Set;

/**
 * The sets of one article's {@link ArticleEvidence} that pair scoring tests for overlap, as
 * sorted arrays: a merge walk over two short arrays replaces a tree lookup per element, and
 * scoring asks millions of pairs. Sorted in the sets' own (natural) order, so two arrays share an
 * element exactly when the sets do. The arrays are never changed.
 *
 * @param placeForms {@link ArticleEvidence#placeForms}
 * @param placeScope {@link ArticleEvidence#placeScope}
 * @param placeCountries {@link ArticleEvidence#placeCountries}
 * @param allPlaceForms {@link ArticleEvidence#allPlaceForms}
 * @param mainPeople {@link ArticleEvidence#mainPeople}
 */
record ComparedSets(String[] placeForms, String[] placeScope, String[] placeCountries,
    String[] allPlaceForms, int[] mainPeople) {

  /** The arrays of {@code evidence}'s sets, which are sorted sets in natural order. */
  static ComparedSets of(ArticleEvidence evidence) {
    return new ComparedSets(sorted(evidence.placeForms()), sorted(evidence.placeScope()),
        sorted(evidence.placeCountries()), sorted(evidence.allPlaceForms()),
        evidence.mainPeople().stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  private static String[] sorted(Set<String> set) {
    String[] array = set.toArray(new String[0]);
    java.util.Arrays.sort(array); // already so for a TreeSet; whatever set it is, now sorted
    return array;
  }

  /** Whether two sorted arrays of distinct strings share one. */
  static boolean intersects(String[] x, String[] y) {
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      int c = x[i].compareTo(y[j]);
      if (c == 0) {
        return true;
      }
      if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return false;
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
