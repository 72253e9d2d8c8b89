package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.SpeakerQuotes;

class QuoteGrouperTest {

  @Test
  void nearEqualQuotesAreOneWithBothSources() {
    assertTrue(QuoteGrouper.sameQuote("We will rebuild the bridge by spring.",
        "we will rebuild the bridge by spring"));
    assertTrue(QuoteGrouper.sameQuote("We will rebuild the bridge by spring",
        "Our engineers say we will rebuild the bridge by spring"));
    assertFalse(QuoteGrouper.sameQuote("We will rebuild the bridge.", "Nobody was hurt tonight."));
  }

  @Test
  void quotesGroupedAcrossSpellingsOfTheSpeaker() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        title: Mayor promises new bridge after collapse in Porto
        published: 2024-02-01
        people: Ana Sousa = Mayor
        places: Porto
        quote: Ana Sousa | We will rebuild the bridge by spring.
        quote: | Nobody saw it coming.
        ---
        The old river bridge in Porto collapsed on Wednesday night, injuring no one.

        "We will rebuild the bridge by spring," Mayor Ana Sousa said. "Nobody saw it coming," a resident said.
        """);
    Article b = ArticleFixture.parse("""
        source: b.txt
        title: Porto bridge collapses overnight, mayor vows rebuild
        published: 2024-02-01
        people: Ana Souza
        places: Porto
        quote: Ana Souza | We will rebuild the bridge by spring
        quote: Ana Souza | The city will pay for it.
        ---
        A bridge over the river in Porto collapsed overnight on Wednesday without injuring anyone.

        Ana Souza said: "We will rebuild the bridge by spring." She added: "The city will pay for it."
        """);
    List<Event> events = new EventMerger().merge(List.of(b, a));
    assertEquals(1, events.size());
    List<SpeakerQuotes> quotes = events.get(0).quotes();
    assertEquals(2, quotes.size());
    SpeakerQuotes mayor = quotes.get(0);
    assertEquals("Mayor", mayor.role());
    assertEquals(2, mayor.quotes().size());
    assertEquals(List.of("a.txt", "b.txt"), mayor.quotes().get(0).sources());
    assertNull(quotes.get(1).speaker(), "uncredited quotes come last");
  }
}
