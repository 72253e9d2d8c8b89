package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * A remembering merger ({@link EventMerger#remembering}) gives, after any change, exactly the
 * events a fresh merger gives, while taking the events whose inputs did not change from its
 * memo. The changes are the ones a user makes between two rebuilds of {@code serve --watch}:
 * an article edited (a paragraph or a person added, a headline changed), added or deleted.
 */
class AssemblyMemoTest {

  private static final String LYON_A = """
      source: a.txt
      title: Police arrest suspect in Lyon jewellery heist
      published: 2024-11-12
      dateline: LYON, Nov 12 | Lyon | 2024-11-12
      people: Karim Benali = suspect; Martin = prosecutor
      places: Lyon
      ---
      LYON, Nov 12 - French police on Tuesday arrested a man suspected of robbing a jewellery \
      shop in central Lyon last week, prosecutor Martin said.
      """;
  private static final String LYON_B = """
      source: b.txt
      title: Man held over armed robbery of Lyon jeweller
      published: 2024-11-12
      people: Karim Benali; Martin
      places: Lyon
      ---
      A man was held in Lyon on Tuesday over the armed robbery of a jeweller, prosecutor Martin \
      said. Karim Benali was detained at his flat.
      """;
  private static final String MARSEILLE = """
      source: c.txt
      title: Prosecutor opens inquiry into Marseille port fraud
      published: 2025-05-02
      people: Martin = prosecutor
      places: Marseille
      ---
      Prosecutor Martin opened an inquiry into customs fraud at the port of Marseille on Friday.
      """;

  @Test
  void aSecondMergeOfTheSameArticlesTakesEveryEventFromTheMemo() {
    List<Article> articles = SpecEdits.all();
    EventMerger merger = new EventMerger().remembering();
    List<Event> first = merger.merge(articles);
    assertEquals(0, remembered(merger));
    List<Event> second = merger.merge(articles);
    assertEquals(first, second);
    assertEquals(first.size(), remembered(merger));
    long parts = merger.lastSteps().counts().get("topic parts");
    assertTrue(parts > 0);
    assertEquals(parts, merger.lastSteps().counts().get("topic parts remembered"),
        "every topic's split is taken");
    for (int e = 0; e < first.size(); e++) {
      assertSame(first.get(e), second.get(e), "event " + e + " is the remembered object");
    }
  }

  @Test
  void afterEveryKindOfEditTheEventsAreThoseOfAFreshMerge() {
    SpecEdits corpus = new SpecEdits(20261207L);
    EventMerger remembering = new EventMerger().remembering();
    remembering.merge(corpus.articles());
    int reused = 0;
    int events = 0;
    long partsReused = 0;
    for (int round = 0; round < 40; round++) {
      corpus.edit();
      List<Article> articles = corpus.articles();
      List<Event> fresh = new EventMerger().merge(articles);
      assertEquals(fresh, remembering.merge(articles), "round " + round);
      reused += remembered(remembering);
      events += fresh.size();
      partsReused += remembering.lastSteps().counts().get("topic parts remembered");
    }
    assertTrue(partsReused > 0, "topic splits taken too");
    // In a corpus this small one edit moves the document frequency step of many terms, and
    // with it every event holding one of them; still, a good share stays as it was.
    assertTrue(reused > events / 4, reused + " of " + events + " events reused");
  }

  @Test
  void sentenceTermsTellWhenATermLookedUpIsNotTheArticlesOwn() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        title: Harbour cranes idle as dockers strike in Rotterdam
        ---
        Dockers in Rotterdam stopped work on Monday. The cranes stood idle all day.
        """);
    Article b = ArticleFixture.parse("""
        source: b.txt
        title: Orchestra opens season with Mahler symphony
        ---
        The orchestra opened its season with a Mahler symphony on Saturday.
        """);
    Corpus corpus = new Corpus(List.of(a, b));
    SentenceTerms read = new SentenceTerms(a, corpus.evidence(0).vector(), corpus.terms(),
        corpus.weights(), new SentenceFilter());
    read.ids(0);
    read.ids(1);
    read.vector(corpus.terms().of("Dockers stood idle"));
    assertFalse(read.readOthersTerms(), "every term read is the article's own");
    read.vector(corpus.terms().of("Dockers played Mahler"));
    assertTrue(read.readOthersTerms(), "'Mahler' is the other article's");
    SentenceTerms unknown = new SentenceTerms(a, corpus.evidence(0).vector(), corpus.terms(),
        corpus.weights(), new SentenceFilter());
    unknown.vector(corpus.terms().of("Dockers stood idle near the lighthouse"));
    assertTrue(unknown.readOthersTerms(), "'lighthouse' is no article's yet, and may become one's");
  }

  @Test
  void anEventIsAssembledAgainWhenAnArticleElsewhereRenamesOneOfItsParticipants() {
    Article a = ArticleFixture.parse(LYON_A);
    Article b = ArticleFixture.parse(LYON_B);
    EventMerger remembering = new EventMerger().remembering();
    Event before = lyon(remembering.merge(List.of(a, b, ArticleFixture.parse(MARSEILLE))));
    // Only the header changes, so every word keeps its document frequency, and the person stays
    // in the group: what changes is the group's fullest name, chosen across the whole corpus.
    List<Article> renamed = List.of(a, b, ArticleFixture.parse(
        MARSEILLE.replace("people: Martin", "people: Sophie Rose Martin")));
    Event after = lyon(remembering.merge(renamed));
    assertEquals(lyon(new EventMerger().merge(renamed)), after);
    assertEquals(List.of("Martin"), before.links().get(0).evidence().people().stream()
        .filter(name -> name.contains("Martin")).toList());
    assertEquals(List.of("Sophie Rose Martin"), after.links().get(0).evidence().people().stream()
        .filter(name -> name.contains("Martin")).toList());
  }

  @Test
  void anEventIsAssembledAgainWhenAnArticleElsewhereStopsNamingOneOfItsParticipants() {
    // Shared entities weigh in the score only with an entity weight, which the defaults set to
    // 0; and one place only the first report names, so that their weights matter.
    MergeSettings settings = MergeSettings.defaults().with(s -> s.entityWeight = 0.3);
    List<Article> before = List.of(
        ArticleFixture.parse(LYON_A.replace("places: Lyon", "places: Lyon; France")),
        ArticleFixture.parse(LYON_B), ArticleFixture.parse(MARSEILLE));
    EventMerger remembering = new EventMerger(settings).remembering();
    Event first = lyon(remembering.merge(before));
    // Fewer articles name the prosecutor: sharing her says more, and the link is stronger.
    List<Article> after = List.of(before.get(0), before.get(1),
        ArticleFixture.parse(MARSEILLE.replace("people: Martin = prosecutor\n", "")));
    Event second = lyon(remembering.merge(after));
    assertEquals(lyon(new EventMerger(settings).merge(after)), second);
    assertTrue(second.links().get(0).score() > first.links().get(0).score(),
        first.links() + " then " + second.links());
  }

  @Test
  void anEventIsAssembledAgainWhenAnArticleElsewhereSplitsOneOfItsParticipants() {
    String named = LYON_A.replace("; Martin = prosecutor", "; Sophie Martin = prosecutor");
    List<Article> before = List.of(ArticleFixture.parse(named), ArticleFixture.parse(LYON_B),
        ArticleFixture.parse(MARSEILLE.replace("people: Martin", "people: Sophie Martin")));
    EventMerger remembering = new EventMerger().remembering();
    Event first = lyon(remembering.merge(before));
    // A second first name for the surname: the bare "Martin" no longer joins "Sophie Martin".
    List<Article> after = List.of(before.get(0), before.get(1),
        ArticleFixture.parse(MARSEILLE.replace("people: Martin", "people: Pierre Martin")));
    Event second = lyon(remembering.merge(after));
    assertEquals(lyon(new EventMerger().merge(after)), second);
    assertTrue(second.participants().size() > first.participants().size(),
        first.participants() + " then " + second.participants());
  }

  private static long remembered(EventMerger merger) {
    return merger.lastSteps().counts().get("events remembered");
  }

  private static Event lyon(List<Event> events) {
    return events.stream().filter(e -> e.articles().size() == 2).findFirst().orElseThrow();
  }
}
