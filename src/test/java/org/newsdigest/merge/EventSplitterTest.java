package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

/**
 * The second stage splits a first-pass cluster only where cluster-local weights show two
 * groups: two captures of pirates by two ships (invented reports) come apart; six differently
 * worded reports of one capture stay one event.
 */
class EventSplitterTest {

  private static Article report(String source, String title, String body) {
    return ArticleFixture.parse(
        "source: " + source + "\ntitle: " + title + "\n---\n" + body + "\n");
  }

  private static Article dated(String source, String title, String day, String body) {
    return ArticleFixture.parse("source: " + source + "\ntitle: " + title + "\npublished: " + day
        + "\ndateline: KOCHI, x | Kochi | " + day + "\n---\n" + body + "\n");
  }

  private static Set<Set<String>> split(List<Article> articles) {
    Corpus corpus = new Corpus(articles);
    List<Integer> all = IntStream.range(0, corpus.size()).boxed().toList();
    Set<Set<String>> parts = new TreeSet<>((x, y) -> x.toString().compareTo(y.toString()));
    for (List<Integer> part : new EventSplitter(corpus, MergeSettings.defaults()).splitOne(all)) {
      Set<String> sources = new TreeSet<>();
      part.forEach(i -> sources.add(corpus.articles().get(i).source()));
      parts.add(sources);
    }
    return parts;
  }

  private static final String TOPIC = "The navy said its warship answered a distress call from a"
      + " merchant vessel attacked by pirates in the Gulf of Aden, fired warning shots and"
      + " boarded the pirate skiffs, seizing rifles and rocket launchers.";

  @Test
  void twoCapturesByTwoShipsComeApart() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      articles.add(report("vela-" + i + ".txt", "Frigate Vela captures 18 pirates off Yemen",
          "The frigate Vela captured 18 pirates on Tuesday, commander Arun Mehta said. " + TOPIC
              + " The 18 suspects were handed to coast guard officers at Kochi."));
      articles.add(report("karna-" + i + ".txt", "Destroyer Karna seizes 31 pirates near Socotra",
          "The destroyer Karna seized 31 pirates near Socotra, captain Ravi Sethi said. " + TOPIC
              + " The 31 men were taken to Mumbai for trial."));
    }
    assertEquals(
        Set.of(Set.of("karna-0.txt", "karna-1.txt", "karna-2.txt"),
            Set.of("vela-0.txt", "vela-1.txt", "vela-2.txt")),
        Set.copyOf(split(articles)));
  }

  @Test
  void twoReportsWhoseSureDatesAreAWeekApartAreTwoEvents() {
    String body = "The frigate Vela captured 18 pirates, commander Arun Mehta said. " + TOPIC;
    List<Article> articles = List.of(
        dated("a.txt", "Frigate Vela captures 18 pirates", "2011-11-11", body),
        dated("b.txt", "Frigate Vela captures 18 pirates", "2011-11-18", body));
    assertEquals(2, split(articles).size());
  }

  @Test
  void aLoneReportMisdatedByAFewDaysGoesBackToItsGroup() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      articles.add(dated("vela-" + i + ".txt", "Frigate Vela captures 18 pirates off Yemen",
          "2011-11-11", "The frigate Vela captured 18 pirates, commander Arun Mehta said. "
              + TOPIC + " The 18 suspects were handed to coast guard officers at Kochi."));
    }
    // worded apart from the rest, and dated four days off by a misread weekday
    articles.add(dated("odd.txt", "Navy statement", "2011-11-07",
        "A statement on the operation was released. " + TOPIC));
    assertEquals(Set.of(Set.of("odd.txt", "vela-0.txt", "vela-1.txt", "vela-2.txt")),
        Set.copyOf(split(articles)));
  }

  @Test
  void aTopicLargerThanTheDenseLimitIsCutAtItsDateGapsAndEachPieceSplitInFull() {
    List<Article> articles = new ArrayList<>();
    int each = EventSplitter.DENSE_LIMIT / 2 + 10;
    for (int i = 0; i < each; i++) {
      articles.add(dated(String.format("vela-%03d.txt", i), "Frigate Vela captures pirates",
          "2011-11-11", "The frigate Vela captured 18 pirates, commander Arun Mehta said, report "
              + i + ". " + TOPIC + " The 18 suspects were handed to coast guard officers at Kochi."));
      articles.add(dated(String.format("karna-%03d.txt", i), "Destroyer Karna seizes pirates",
          "2011-11-20", "The destroyer Karna seized 31 pirates near Socotra, captain Ravi Sethi"
              + " said, report " + i + ". " + TOPIC + " The 31 men were taken to Mumbai for trial."));
    }
    Corpus corpus = new Corpus(articles);
    List<Integer> all = IntStream.range(0, corpus.size()).boxed().toList();
    List<List<Integer>> events = new EventSplitter(corpus, MergeSettings.defaults())
        .split(List.of(all), new CandidatePairs().of(corpus));
    assertEquals(2, events.size());
    for (List<Integer> event : events) {
      String ship = corpus.articles().get(event.get(0)).source().substring(0, 4);
      assertEquals(each, event.size());
      event.forEach(i -> assertEquals(ship, corpus.articles().get(i).source().substring(0, 4)));
    }
  }

  @Test
  void oneCaptureInManyWordingsStaysWhole() {
    List<Article> articles = List.of(
        report("a.txt", "Frigate Vela captures 18 pirates", "The frigate Vela captured 18 pirates"
            + " on Tuesday after they attacked a merchant vessel. " + TOPIC),
        report("b.txt", "Navy foils pirate attack in Gulf of Aden", "A navy frigate foiled a"
            + " pirate attack and detained 18 suspects, officials said. " + TOPIC),
        report("c.txt", "Vela crew detains pirates", "Sailors of the Vela detained the pirates"
            + " after a chase lasting two hours. " + TOPIC),
        report("d.txt", "18 suspected pirates held by navy", "Eighteen suspected pirates were held"
            + " aboard the frigate Vela, commander Arun Mehta said. " + TOPIC),
        report("e.txt", "Pirates surrender to Indian frigate", "The pirates surrendered to the"
            + " frigate after warning shots, the navy said. " + TOPIC),
        report("f.txt", "Navy hands captured pirates to police", "The 18 captured pirates will"
            + " be handed to police at Kochi, commander Arun Mehta said. " + TOPIC));
    assertEquals(1, split(articles).size(), () -> "split into " + split(articles));
  }
}
