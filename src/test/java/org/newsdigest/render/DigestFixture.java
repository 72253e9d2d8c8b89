package org.newsdigest.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.FactReport;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.MergeEvidence;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.model.SummarySentence;

/**
 * A small hand-built digest: a summit reported by two outlets (differing facts, quotes,
 * exclusives, merge evidence), a hostile one-article event, and an undated event whose title
 * repeats the summit's so slugs must be made unique.
 */
final class DigestFixture {
  static final String WIRE = "wire/summit-wire.txt";
  static final String DAILY = "daily/summit.md";
  static final String HOSTILE = "evil.html";
  static final String UNDATED = "undated.txt";
  static final String SCRIPT_TITLE = "<script>alert(1)</script> *bold* [x](javascript:alert(2))";

  private DigestFixture() {}

  static Article article(String source, String title, String outlet, Moment published, String url,
      List<Block> blocks, List<Entity> entities) {
    return new Article(source, InputFormat.TEXT, title, false, Outlet.stated(outlet), null, published, null, null,
        "en", url, List.of(), blocks, List.of(), entities, List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  static Digest digest() {
    Entity leader = new Entity("person:ana-lopez", EntityType.PERSON, "Ana López", List.of("López"), "Prime Minister");
    Entity city = new Entity("place:lyon", EntityType.PLACE, "Lyon", List.of(), null);
    Article wire = new Article(WIRE, InputFormat.TEXT, "Leaders meet in Lyon on energy", false,
        Outlet.stated("Wire Agency"), "Sam Reporter",
        Moment.of(LocalDateTime.of(2026, 3, 2, 9, 30), ZoneOffset.ofHours(1), DatePrecision.MINUTE),
        null, new Dateline("Lyon, March 02 (WA)", "Lyon", LocalDate.of(2026, 3, 2), "WA"), "en",
        "https://wire.example/summit?id=1&x=(2)", List.of("energy"),
        List.of(
            Block.paragraph("Lyon, March 02 (WA) – Leaders from 12 countries met on Monday."),
            Block.heading("Talks", 2),
            new Block(BlockKind.QUOTE, "We will act together.", 0),
            new Block(BlockKind.LIST_ITEM, "Energy prices", 0),
            new Block(BlockKind.LIST_ITEM, "Grid links", 0)),
        List.of(), List.of(leader, city), List.of(), List.of(), List.of(), List.of(), List.of());
    Article daily = article(DAILY, "Summit in Lyon ends with a pledge", "The Daily",
        Moment.ofDay(LocalDate.of(2026, 3, 3)), "http://daily.example/summit",
        List.of(Block.paragraph("About a dozen countries signed the pledge in Lyon.")), List.of(leader));
    Event summit = new Event("Leaders meet in Lyon on energy", LocalDate.of(2026, 3, 2),
        new DateEvidence(DateEvidence.Kind.DATELINE, "LYON, March 2", null, 2, 2, false), "Lyon",
        List.of(new Participant("person:ana-lopez", EntityType.PERSON, "Ana López", List.of("López"),
                "Prime Minister", List.of(WIRE, DAILY)),
            new Participant("place:lyon", EntityType.PLACE, "Lyon", List.of(), null, List.of(WIRE))),
        List.of(wire, daily),
        List.of(new SummarySentence("Leaders from 12 countries met on Monday.", WIRE),
            new SummarySentence("About a dozen countries signed the pledge in Lyon.", DAILY)),
        List.of(new AlignedFact("countries", List.of(
                new FactReport(WIRE, "12 countries", BigDecimal.valueOf(12), null, "Leaders from 12 countries met."),
                new FactReport(DAILY, "about a dozen countries", BigDecimal.valueOf(12), "approximately",
                    "About a dozen countries signed.")), true),
            new AlignedFact("days", List.of(
                new FactReport(WIRE, "2 days", BigDecimal.valueOf(2), null, "The talks last 2 days."),
                new FactReport(DAILY, "two days", BigDecimal.valueOf(2), null, "Two days of talks.")), false)),
        List.of(new SpeakerQuotes("Ana López", "person:ana-lopez", "Prime Minister",
                List.of(new EventQuote("We will act together.", List.of(WIRE, DAILY)),
                    new EventQuote("Prices must fall.", List.of(DAILY)))),
            new SpeakerQuotes(null, null, null, List.of(new EventQuote("It was calm.", List.of(WIRE))))),
        List.of(new Exclusive(DAILY, List.of("The pledge runs to 2030."))),
        List.of(new MergeLink(WIRE, DAILY, 0.734, new MergeEvidence(LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 2), "Lyon", List.of(), List.of(), List.of(), 0.61))),
        wire.published(), daily.published());
    Article hostile = article(HOSTILE, SCRIPT_TITLE, "<b>Evil</b> & Co", Moment.ofDay(LocalDate.of(2026, 3, 1)),
        "javascript:alert(3)",
        List.of(Block.paragraph("<img src=x onerror=alert(4)> [click](javascript:alert(5)) # not a heading"),
            Block.paragraph("1. not a list")),
        List.of());
    Event hostileEvent = new Event(SCRIPT_TITLE, LocalDate.of(2026, 3, 1), null, "<i>Nowhere</i>",
        List.of(), List.of(hostile), List.of(new SummarySentence("<script>alert(6)</script>", HOSTILE)),
        List.of(), List.of(), List.of(), List.of(), hostile.published(), hostile.published());
    Article undatedArticle = article(UNDATED, "Leaders meet in Lyon on energy", null, null, null,
        List.of(Block.paragraph("Undated text.")), List.of());
    Event undated = new Event("Leaders meet in Lyon on energy", null, null, null, List.of(),
        List.of(undatedArticle), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
    return new Digest(List.of(summit, hostileEvent, undated));
  }
}
