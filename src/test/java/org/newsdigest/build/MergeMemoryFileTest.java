package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.merge.MergeMemory;
import org.newsdigest.merge.MergeSteps;
import org.newsdigest.merge.SpecEdits;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.FactReport;
import org.newsdigest.model.MergeEvidence;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.model.SyndicatedCopy;

/**
 * The command line's merge memory: kept in a file by one process, read back by the next one,
 * whose articles are new objects (read from the cache or from the files again). A merger that
 * recalls it must give the events a fresh merger gives, whatever changed in between.
 */
class MergeMemoryFileTest {
  private static final byte[] CODE = {1, 2, 3, 4, 5, 6, 7, 8};

  @TempDir Path dir;

  /** The articles as the next process has them: equal, but new objects. */
  private static List<Article> readAgain(List<Article> articles) {
    byte[] bytes = FileReadCodec.encode(new FileRead(articles, List.of()));
    return FileReadCodec.decode(bytes, 0, bytes.length).articles();
  }

  /** One build of the command line: recall the file's memory, merge, keep the new memory. */
  private static List<Event> build(MergeMemoryFile file, List<Article> articles, EventMerger merger) {
    Map<Article, byte[]> digests = BuildDigests.ofArticles(articles);
    MergeMemory memory = file.load(articles, digests);
    if (memory != null) {
      merger.recall(memory);
    }
    List<Event> events = merger.merge(articles);
    file.save(merger.memory(), digests);
    return events;
  }

  private static long count(MergeSteps steps, String what) {
    return steps.counts().getOrDefault(what, 0L);
  }

  @Test
  void theSameArticlesInANewProcessTakeEveryEventAndScoreFromTheFile() {
    MergeMemoryFile file = memoryFile(dir.resolve("site.merge"), CODE, -1);
    List<Article> articles = SpecEdits.all();
    List<Event> first = build(file, articles, new EventMerger().remembering());

    List<Article> again = readAgain(articles);
    EventMerger next = new EventMerger().remembering();
    List<Event> second = build(file, again, next);
    assertEquals(first.size(), second.size());
    assertEquals(first.size(), count(next.lastSteps(), "events remembered"));
    assertEquals(again.size(), count(next.lastSteps(), "terms remembered"));
    assertEquals(count(next.lastSteps(), "pairs"), count(next.lastSteps(), "pairs remembered"));
    assertTrue(count(next.lastSteps(), "topic parts") > 0);
    assertEquals(count(next.lastSteps(), "topic parts"),
        count(next.lastSteps(), "topic parts remembered"));
    List<Event> fresh = new EventMerger().merge(again);
    assertEquals(fresh, second);
    for (Event event : second) {
      for (Article article : event.articles()) {
        assertTrue(again.stream().anyMatch(a -> a == article),
            "a recalled event holds this process's article objects, not copies: " + article.source());
      }
    }
  }

  @Test
  void everyPartOfAnEventComesBackAsItWas() {
    List<Article> articles = SpecEdits.all().subList(0, 2);
    Article first = articles.get(0);
    Article second = articles.get(1);
    Event event = new Event("Talks on the Seine treaty", LocalDate.of(2026, 1, 6),
        new DateEvidence(DateEvidence.Kind.DATELINE, "on Tuesday", LocalDate.of(2026, 1, 7), 2, 3, true),
        "Paris",
        List.of(new Participant("person:ana-lopez", EntityType.PERSON, "Ana López",
            List.of("López"), "minister", List.of(first.source(), second.source()))),
        List.of(second, first),
        List.of(new SummarySentence("Ministers met in Paris.", first.source())),
        List.of(new AlignedFact("people", List.of(
            new FactReport(first.source(), "40 people", new BigDecimal("40.50"), "about", "About 40 came."),
            new FactReport(second.source(), "45 people", null, null, "45 came.")), true)),
        List.of(new SpeakerQuotes("Ana López", "person:ana-lopez", "minister",
            List.of(new EventQuote("We agreed.", List.of(first.source()))))),
        List.of(new Exclusive(second.source(), List.of("Only here."))),
        List.of(new MergeLink(first.source(), second.source(), 0.8125,
            new MergeEvidence(LocalDate.of(2026, 1, 6), null, "Paris", List.of("Ana López"),
                List.of("UN"), List.of("Paris"), 0.4375)),
            new MergeLink(second.source(), first.source(), 0.5, null)),
        new Moment(LocalDate.of(2026, 1, 6), LocalTime.of(9, 30, 15), ZoneOffset.ofHours(1),
            DatePrecision.SECOND),
        Moment.ofDay(LocalDate.of(2026, 1, 7)),
        List.of(new SyndicatedCopy(second.source(), first.source(), 0.96)));
    Event sparse = new Event("Untitled", null, null, null, List.of(), List.of(first), List.of(),
        List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    List<MergeMemory.Terms> terms = new ArrayList<>();
    terms.add(new MergeMemory.Terms(new String[] {"paris", "seine", "treaty"}, new int[] {2, 1, 3}));
    terms.add(null);
    MergeMemory memory = new MergeMemory(articles, List.of(new byte[] {1}, new byte[] {2}), terms,
        new MergeMemory.PairScores(new int[] {0, 1, 1}, new int[] {1}, new double[] {0.73},
            new boolean[] {true}),
        List.of(new MergeMemory.Split(new int[] {1, 0}, new byte[] {6, 7},
            new int[][] {{0}, {1}})),
        List.of(new MergeMemory.Assembled(new int[] {0, 1}, new byte[] {3, 4}, event),
            new MergeMemory.Assembled(new int[] {0}, new byte[] {5}, sparse)));

    Map<Article, byte[]> digests = BuildDigests.ofArticles(articles);
    byte[] bytes = MergeMemoryCodec.encode(memory, digests);
    Map<String, Article> bySource = Map.of(first.source(), first, second.source(), second);
    MergeMemory back = MergeMemoryCodec.decode(bytes, 0, bytes.length, bySource, digests);
    assertEquals(memory.articles(), back.articles());
    assertEquals(List.of(event, sparse), back.events().stream().map(MergeMemory.Assembled::event).toList());
    assertSame(second, back.events().get(0).event().articles().get(0));
    for (int e = 0; e < memory.events().size(); e++) {
      assertArrayEquals(memory.events().get(e).cluster(), back.events().get(e).cluster());
      assertArrayEquals(memory.events().get(e).inputs(), back.events().get(e).inputs());
    }
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(memory.inputs().get(i), back.inputs().get(i));
    }
    assertArrayEquals(terms.get(0).terms(), back.terms().get(0).terms());
    assertArrayEquals(terms.get(0).counts(), back.terms().get(0).counts());
    assertNull(back.terms().get(1));
    assertArrayEquals(memory.pairs().runStart(), back.pairs().runStart());
    assertArrayEquals(memory.pairs().second(), back.pairs().second());
    assertArrayEquals(memory.pairs().scores(), back.pairs().scores());
    assertArrayEquals(memory.pairs().vetoed(), back.pairs().vetoed());
    assertEquals(1, back.splits().size());
    assertArrayEquals(new int[] {1, 0}, back.splits().get(0).members());
    assertArrayEquals(new byte[] {6, 7}, back.splits().get(0).inputs());
    assertArrayEquals(new int[][] {{0}, {1}}, back.splits().get(0).events());
  }

  @Test
  void anArticleThatChangedOrWentIsNotMatchedAndNothingItDecidedIsTaken() {
    List<Article> articles = SpecEdits.all();
    EventMerger merger = new EventMerger().remembering();
    merger.merge(articles);
    MergeMemory memory = merger.memory();
    Map<Article, byte[]> digests = BuildDigests.ofArticles(articles);
    byte[] bytes = MergeMemoryCodec.encode(memory, digests);

    List<Article> now = new ArrayList<>(readAgain(articles));
    Article edited = now.get(3);
    Article changed = new Article(edited.source(), edited.format(), "A headline of its own",
        edited.titleDerived(), edited.publisher(), edited.byline(), edited.published(),
        edited.updated(), edited.dateline(), edited.language(), edited.url(), edited.tags(),
        edited.blocks(), edited.sentences(), edited.entities(), edited.mentions(), edited.quotes(),
        edited.facts(), edited.dates(), edited.warnings());
    now.set(3, changed);
    Article gone = now.remove(7);
    Map<String, Article> bySource = new java.util.HashMap<>();
    now.forEach(a -> bySource.put(a.source(), a));
    MergeMemory back = MergeMemoryCodec.decode(bytes, 0, bytes.length, bySource,
        BuildDigests.ofArticles(now));
    int editedIndex = memory.articles().indexOf(articles.get(3));
    int goneIndex = memory.articles().indexOf(articles.get(7));
    assertNull(back.articles().get(editedIndex), "the edited article is not matched");
    assertNull(back.articles().get(goneIndex), "the deleted article is not matched");
    for (int i = 0; i < back.articles().size(); i++) {
      if (i != editedIndex && i != goneIndex) {
        assertSame(bySource.get(memory.articles().get(i).source()), back.articles().get(i));
      }
    }
    for (MergeMemory.Assembled assembled : back.events()) {
      for (int index : assembled.cluster()) {
        assertNotNull(back.articles().get(index), "an event with an unmatched article is left out");
      }
    }
    assertTrue(back.events().size() < memory.events().size());
    for (MergeMemory.Split split : back.splits()) {
      for (int index : split.members()) {
        assertNotNull(back.articles().get(index), "a part with an unmatched article is left out");
      }
    }
    assertTrue(back.splits().size() < memory.splits().size());
  }

  @Test
  void afterEveryKindOfEditANewProcessGivesTheEventsOfAFreshMerge() {
    MergeMemoryFile file = memoryFile(dir.resolve("site.merge"), CODE, -1);
    SpecEdits corpus = new SpecEdits(20261208L);
    build(file, corpus.articles(), new EventMerger().remembering());
    long remembered = 0;
    long events = 0;
    for (int round = 0; round < 25; round++) {
      corpus.edit();
      List<Article> articles = readAgain(corpus.articles());
      EventMerger merger = new EventMerger().remembering();
      List<Event> recalled = build(file, articles, merger);
      assertEquals(new EventMerger().merge(articles), recalled, "round " + round);
      remembered += count(merger.lastSteps(), "events remembered");
      events += recalled.size();
    }
    assertTrue(remembered > events / 4, remembered + " of " + events + " events taken from the file");
  }

  @Test
  void aDamagedForeignOrMissingFileIsIgnored() throws IOException {
    Path path = dir.resolve("site.merge");
    MergeMemoryFile file = memoryFile(path, CODE, -1);
    List<Article> articles = SpecEdits.all();
    Map<Article, byte[]> digests = BuildDigests.ofArticles(articles);
    assertNull(file.load(articles, digests), "no file yet");
    build(file, articles, new EventMerger().remembering());
    byte[] good = Files.readAllBytes(path);
    assertNotNull(file.load(articles, digests));

    assertNull(memoryFile(path, new byte[] {9, 9, 9, 9, 9, 9, 9, 9}, -1).load(articles, digests),
        "written by other code");
    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x10;
    Files.write(path, flipped);
    assertNull(file.load(articles, digests), "one byte flipped");
    Files.write(path, java.util.Arrays.copyOf(good, good.length / 3));
    assertNull(file.load(articles, digests), "cut short");
    Files.write(path, new byte[0]);
    assertNull(file.load(articles, digests), "emptied");
    Files.delete(path);
    Files.createDirectory(path);
    assertNull(file.load(articles, digests), "a folder in its place");

    // A merger given nothing merges everything, to the same events.
    EventMerger merger = new EventMerger().remembering();
    assertEquals(new EventMerger().merge(articles), build(file, articles, merger));
    assertEquals(0, count(merger.lastSteps(), "events remembered"));
  }

  @Test
  void aMemoryTooLargeForTheHeapIsNeitherKeptNorRead() throws IOException {
    Path path = dir.resolve("site.merge");
    List<Article> articles = SpecEdits.all();
    build(memoryFile(path, CODE, -1), articles, new EventMerger().remembering());
    long size = Files.size(path);
    Map<Article, byte[]> digests = BuildDigests.ofArticles(articles);
    assertNull(memoryFile(path, CODE, size - 1).load(articles, digests), "too large to read");
    assertNotNull(memoryFile(path, CODE, size).load(articles, digests));

    EventMerger merger = new EventMerger().remembering();
    assertEquals(new EventMerger().merge(articles),
        build(memoryFile(path, CODE, 1024), articles, merger));
    assertTrue(Files.notExists(path), "too large to keep: the memory kept before is forgotten too");
  }

  private static MergeMemoryFile memoryFile(Path path, byte[] code, long largest) {
    return new MergeMemoryFile(new CacheFile(path, MergeMemoryFile.FORMAT, code, largest));
  }
}
