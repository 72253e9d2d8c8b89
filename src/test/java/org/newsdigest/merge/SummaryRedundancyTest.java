package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.Fact;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.text.TextWords;

/**
 * Over every event of the merge development sets (beside the project, as CI has them): no two
 * sentences of a summary state the same number (one unit, one value, as the extract stage reads
 * them) or the same quoted words. Skipped where the sets are not there.
 */
class SummaryRedundancyTest {
  private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{8,})[”\"]");

  @ParameterizedTest
  @ValueSource(strings = {"ecbplus-dev", "basil-dev"})
  void noSummaryStatesANumberOrAQuoteTwice(String set) throws IOException {
    Path articles = Path.of("..", "shared", "datasets", set, "articles");
    assumeTrue(Files.isDirectory(articles), "the development set " + set + " is not beside the project");
    List<Article> read = new ArticleReader(new Ingester(), new Extractor()).readTree(articles).articles();
    Map<String, Article> bySource = read.stream().collect(Collectors.toMap(Article::source, Function.identity()));
    List<String> repeats = new ArrayList<>();
    for (Event event : new EventMerger().merge(read)) {
      Set<String> stated = new HashSet<>();
      for (SummarySentence sentence : event.summary()) {
        Set<String> claims = claimsOf(sentence, bySource.get(sentence.source()));
        for (String claim : claims) {
          if (!stated.add(claim)) {
            repeats.add(event.title() + ": " + claim + " again in \"" + sentence.text() + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), repeats);
  }

  /** "number 3 people", "quote we will rebuild the town": what the sentence states. */
  private static Set<String> claimsOf(SummarySentence sentence, Article article) {
    Set<String> claims = new HashSet<>();
    for (Fact fact : article.facts()) {
      if (fact.value() != null && fact.sentence() != null && fact.sentence().contains(sentence.text())) {
        claims.add("number " + fact.value().stripTrailingZeros().toPlainString() + " "
            + TextWords.fold(fact.unit()));
      }
    }
    Matcher quoted = QUOTED.matcher(sentence.text());
    while (quoted.find()) {
      List<String> words = TextWords.words(quoted.group(1));
      if (words.size() >= 3) {
        claims.add("quote " + String.join(" ", words));
      }
    }
    return claims;
  }
}
