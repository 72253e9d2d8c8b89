package org.newsdigest.story;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.Article;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.Event;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.Storyline;

/**
 * Storylines over a gold-labelled data set (ECB+: each topic holds two different events of the
 * same kind). A storyline mixing two gold events is a wrong link (different people, same kind of
 * news); one joining merge events of one gold event is a right one. Run only when named:
 * {@code mvn -o -q -B test -Dtest=StoryBench -Ddataset=/work/shared/datasets/ecbplus-dev}.
 */
@EnabledIfSystemProperty(named = "dataset", matches = ".*\\S.*")
class StoryBench {

  @Test
  void storiesDoNotMixGoldEvents() throws IOException {
    Path dataset = Path.of(System.getProperty("dataset"));
    Map<String, String> gold = new TreeMap<>();
    for (String line : Files.readAllLines(dataset.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length == 2) {
        gold.put(cols[0].strip(), cols[1].strip());
      }
    }
    List<Article> articles =
        new ArticleReader(new Ingester(), new Extractor()).readTree(dataset.resolve("articles")).articles();
    List<Event> events = new EventMerger().merge(articles);
    long start = System.nanoTime();
    List<Storyline> stories = new StoryLinker().link(events, EntityTableBuilder.build(events));
    long millis = (System.nanoTime() - start) / 1_000_000;
    int mixed = 0;
    int linkedEvents = 0;
    for (Storyline story : stories) {
      TreeSet<String> labels = new TreeSet<>();
      for (Event event : story.events()) {
        for (Article article : event.articles()) {
          String name = article.source().substring(article.source().lastIndexOf('/') + 1);
          labels.add(gold.getOrDefault(name, "?"));
        }
      }
      linkedEvents += story.events().size();
      if (labels.size() > 1) {
        mixed++;
      }
      System.out.printf(Locale.ROOT, "%s %s | %s | %d events | %s%n", labels.size() > 1 ? "MIXED" : "ok   ",
          story.slug(), story.title(), story.events().size(), labels);
      System.out.printf(Locale.ROOT, "      shared: %s%n", story.shared());
    }
    // Merge events of one gold event left apart by merge: chances for a right link.
    Map<String, Integer> eventsPerGold = new TreeMap<>();
    for (Event event : events) {
      TreeSet<String> labels = new TreeSet<>();
      event.articles().forEach(a -> labels.add(
          gold.getOrDefault(a.source().substring(a.source().lastIndexOf('/') + 1), "?")));
      if (labels.size() == 1) {
        eventsPerGold.merge(labels.first(), 1, Integer::sum);
      }
    }
    int splitGold = (int) eventsPerGold.values().stream().filter(n -> n > 1).count();
    System.out.printf(Locale.ROOT,
        "events %d, storylines %d (%d events), mixed %d, gold events split by merge %d, %d ms%n",
        events.size(), stories.size(), linkedEvents, mixed, splitGold, millis);
    assertTrue(stories.stream().allMatch(s -> s.events().size() >= 2));
  }
}
