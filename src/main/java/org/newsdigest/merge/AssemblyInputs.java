package org.newsdigest.merge;

import java.util.Arrays;
import java.util.List;

/**
 * What an event's assembly reads of the corpus besides its articles themselves, as a 128-bit
 * hash: two merges whose clusters hold the same articles and agree on this hash assemble the
 * same event. The reading ({@code docs/benchmarks.md}, "What an event's assembly reads"):
 *
 * <ul>
 *   <li>each article's {@link ArticleInputs}: its vector's weights, and the groups of its
 *       entities (by first member) with their frequency steps;
 *   <li>the groups' relative order in the cluster, which decides which of two participants of one
 *       name gets the plain key, and each group's type and display name: the display name is
 *       chosen among every article naming the group, inside the cluster or not.
 * </ul>
 *
 * <p>Sentence terms that are not the article's own are not covered: an assembly that reads one
 * says so ({@link SentenceTerms#readOthersTerms}) and is not remembered. The merge settings are
 * the merger's own, so they are not part of the hash either.
 */
final class AssemblyInputs {
  private AssemblyInputs() {}

  /**
   * The hash of what the assembly of {@code cluster} (corpus indexes, ascending) reads beyond
   * its articles, given {@link ArticleInputs#of} the corpus.
   */
  static byte[] of(Corpus corpus, List<Integer> cluster, byte[][] articleInputs) {
    InputHash inputs = new InputHash();
    EntityResolution entities = corpus.entities();
    int[][] groupsOf = new int[cluster.size()][];
    for (int k = 0; k < groupsOf.length; k++) {
      groupsOf[k] = entities.groupsOfEntities(cluster.get(k));
    }
    int[] groups = Arrays.stream(groupsOf).flatMapToInt(Arrays::stream).distinct().sorted()
        .toArray();
    for (int k = 0; k < groupsOf.length; k++) {
      inputs.add(articleInputs[cluster.get(k)]);
      for (int group : groupsOf[k]) {
        inputs.add(Arrays.binarySearch(groups, group)); // the group's rank in the cluster
      }
    }
    for (int group : groups) {
      inputs.add(entities.typeOf(group).ordinal());
      inputs.add(entities.displayName(group));
    }
    return inputs.digest();
  }
}
