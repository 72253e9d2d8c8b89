package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

/** The plain baseline the benchmark prints beside the merge. */
class TfIdfBaselineTest {

  private static Article report(String source, String title, String body) {
    return ArticleFixture.parse("source: " + source + "\ntitle: " + title + "\n---\n" + body + "\n");
  }

  @Test
  void joinsReportsOfOneTextAndKeepsOthersApart() {
    List<Article> articles = List.of(
        report("a.txt", "Fire destroys market hall", "A fire destroyed the old market hall in"
            + " the town centre on Saturday night; firefighters fought it for six hours."),
        report("b.txt", "Market hall destroyed by fire", "Firefighters fought for six hours as"
            + " fire destroyed the old market hall in the town centre on Saturday night."),
        report("c.txt", "Central bank raises rates", "The central bank raised its main interest"
            + " rate by a quarter point to curb inflation."),
        report("d.txt", "Team wins the cup final", "The home team won the cup final after"
            + " extra time in front of a full stadium."));
    Set<List<String>> clusters =
        new TreeSet<>((x, y) -> x.toString().compareTo(y.toString()));
    clusters.addAll(new TfIdfBaseline(TfIdfBaseline.THRESHOLD).cluster(articles));
    assertEquals(Set.of(List.of("a.txt", "b.txt"), List.of("c.txt"), List.of("d.txt")),
        Set.copyOf(clusters));
  }

  @Test
  void wordsAreRunsOfTwoOrMoreLettersOrDigitsLowerCased() {
    assertEquals(List.of("the", "u2", "tour", "in", "2024", "hit"),
        TfIdfBaseline.words("The U2 tour, in 2024: a hit."));
  }
}
