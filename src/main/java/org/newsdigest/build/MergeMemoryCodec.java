package org.newsdigest.build;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.merge.MergeMemory;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.FactReport;
import org.newsdigest.model.MergeEvidence;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.model.SyndicatedCopy;

/**
 * The binary form of a {@link MergeMemory}, as {@link FileReadCodec} is of a read, field by field
 * in record order and without versioning (the memory file names the code that wrote it). An
 * article is written as its source and {@link FileReadCodec#digest}, and read back as the article
 * of this build with that source and digest, or as null when there is none: an article that
 * changed or went away. An event is written with its length, so that one with such an article is
 * skipped without being decoded; an event's articles are written as memory indexes.
 */
final class MergeMemoryCodec {
  private MergeMemoryCodec() {}

  /** @param digests each article's digest (at least those of the memory) */
  static byte[] encode(MergeMemory memory, Map<Article, byte[]> digests) {
    CodecOut out = new CodecOut();
    Map<Article, Integer> indexOf = new IdentityHashMap<>(memory.articles().size() * 2);
    out.count(memory.articles().size());
    for (int i = 0; i < memory.articles().size(); i++) {
      Article article = memory.articles().get(i);
      out.bool(article != null);
      if (article != null) {
        indexOf.put(article, i);
        out.string(article.source());
        out.byteArray(digests.get(article));
      }
      out.byteArray(memory.inputs().get(i));
    }
    terms(out, memory.terms());
    MergeMemory.PairScores pairs = memory.pairs();
    ints(out, pairs.runStart());
    ints(out, pairs.second());
    for (int p = 0; p < pairs.second().length; p++) {
      out.doubleValue(pairs.scores()[p]);
      out.bool(pairs.vetoed()[p]);
    }
    out.count(memory.splits().size());
    for (MergeMemory.Split split : memory.splits()) {
      ints(out, split.members());
      out.byteArray(split.inputs());
      out.count(split.events().length);
      for (int[] event : split.events()) {
        ints(out, event);
      }
    }
    out.count(memory.events().size());
    for (MergeMemory.Assembled assembled : memory.events()) {
      ints(out, assembled.cluster());
      out.byteArray(assembled.inputs());
      CodecOut event = new CodecOut();
      event(event, assembled.event(), (o, article) -> o.integer(indexOf.get(article)));
      out.byteArray(event.bytes());
    }
    return out.bytes();
  }

  /**
   * The memory {@link #encode} wrote, its articles matched with {@code articles} (this build's)
   * by source and digest.
   *
   * @throws IllegalArgumentException when the bytes are damaged
   */
  static MergeMemory decode(byte[] bytes, int offset, int length, Map<String, Article> bySource,
      Map<Article, byte[]> digests) {
    CodecIn in = new CodecIn(bytes, offset, length);
    int count = in.count();
    List<Article> articles = new ArrayList<>(count);
    List<byte[]> inputs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Article article = null;
      if (in.bool()) {
        Article now = bySource.get(in.string());
        byte[] digest = in.byteArray();
        article = now != null && Arrays.equals(digests.get(now), digest) ? now : null;
      }
      articles.add(article);
      inputs.add(in.byteArray());
    }
    List<MergeMemory.Terms> terms = terms(in, count);
    int[] runStart = ints(in);
    int[] second = ints(in);
    double[] scores = new double[second.length];
    boolean[] vetoed = new boolean[second.length];
    for (int p = 0; p < second.length; p++) {
      scores[p] = in.doubleValue();
      vetoed[p] = in.bool();
    }
    int splitCount = in.count();
    List<MergeMemory.Split> splits = new ArrayList<>();
    for (int s = 0; s < splitCount; s++) {
      int[] members = ints(in);
      byte[] splitInputs = in.byteArray();
      int[][] parts = new int[in.count()][];
      for (int e = 0; e < parts.length; e++) {
        parts[e] = ints(in);
        if (!Arrays.stream(parts[e]).allMatch(x -> x >= 0 && x < members.length)) {
          throw new IllegalArgumentException("damaged split");
        }
      }
      if (matched(members, articles)) {
        splits.add(new MergeMemory.Split(members, splitInputs, parts));
      }
    }
    int eventCount = in.count();
    List<MergeMemory.Assembled> events = new ArrayList<>();
    for (int e = 0; e < eventCount; e++) {
      int[] cluster = ints(in);
      byte[] eventInputs = in.byteArray();
      if (matched(cluster, articles)) {
        byte[] event = in.byteArray();
        CodecIn eventIn = new CodecIn(event, 0, event.length);
        events.add(new MergeMemory.Assembled(cluster, eventInputs, event(eventIn, articles)));
        eventIn.end();
      } else {
        in.skipByteArray();
      }
    }
    in.end();
    return new MergeMemory(articles, inputs, terms,
        new MergeMemory.PairScores(runStart, second, scores, vetoed), splits, events);
  }

  /** Whether every one of {@code indexes} names an article matched again. */
  private static boolean matched(int[] indexes, List<Article> articles) {
    return Arrays.stream(indexes).allMatch(i -> i >= 0 && i < articles.size() && articles.get(i) != null);
  }

  /** Every term once, in a table, then each article's terms as places in it, and their counts. */
  private static void terms(CodecOut out, List<MergeMemory.Terms> terms) {
    Map<String, Integer> table = new HashMap<>();
    List<String> inOrder = new ArrayList<>();
    for (MergeMemory.Terms article : terms) {
      if (article != null) {
        for (String term : article.terms()) {
          if (table.putIfAbsent(term, inOrder.size()) == null) {
            inOrder.add(term);
          }
        }
      }
    }
    out.strings(inOrder);
    for (MergeMemory.Terms article : terms) {
      out.bool(article != null);
      if (article != null) {
        out.count(article.terms().length);
        for (String term : article.terms()) {
          out.integer(table.get(term));
        }
        for (int count : article.counts()) {
          out.integer(count);
        }
      }
    }
  }

  private static List<MergeMemory.Terms> terms(CodecIn in, int articles) {
    String[] table = in.strings().toArray(String[]::new);
    List<MergeMemory.Terms> terms = new ArrayList<>(articles);
    for (int i = 0; i < articles; i++) {
      if (!in.bool()) {
        terms.add(null);
        continue;
      }
      String[] words = new String[in.count()];
      for (int t = 0; t < words.length; t++) {
        int at = in.integer();
        if (at < 0 || at >= table.length) {
          throw new IllegalArgumentException("damaged term " + at);
        }
        words[t] = table[at];
      }
      int[] counts = new int[words.length];
      for (int t = 0; t < counts.length; t++) {
        counts[t] = in.integer();
      }
      terms.add(new MergeMemory.Terms(words, counts));
    }
    return terms;
  }

  private static void ints(CodecOut out, int[] values) {
    out.count(values.length);
    for (int value : values) {
      out.integer(value);
    }
  }

  private static int[] ints(CodecIn in) {
    int[] values = new int[in.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.integer();
    }
    return values;
  }

  /**
   * A 128-bit hash of everything {@code event} holds, its articles as their {@code digests}: two
   * events with one digest are equal, for a render memo kept on disk to name events by.
   */
  static byte[] digest(Event event, Map<Article, byte[]> digests) {
    CodecOut out = new CodecOut();
    event(out, event, (o, article) -> o.byteArray(digests.get(article)));
    return out.digest();
  }

  /** How an event's article is written: as its place in the memory, or as its digest. */
  private interface ArticleWriter {
    void write(CodecOut out, Article article);
  }

  private static void event(CodecOut out, Event e, ArticleWriter articles) {
    out.string(e.title());
    out.date(e.date());
    DateEvidence evidence = e.dateEvidence();
    out.bool(evidence != null);
    if (evidence != null) {
      out.ordinal(evidence.kind());
      out.string(evidence.quoted());
      out.date(evidence.publishedFor());
      out.integer(evidence.agreeing());
      out.integer(evidence.sources());
      out.bool(evidence.independentOnly());
    }
    out.string(e.place());
    out.count(e.participants().size());
    for (Participant p : e.participants()) {
      out.string(p.key());
      out.ordinal(p.type());
      out.string(p.name());
      out.strings(p.aliases());
      out.string(p.role());
      out.strings(p.sources());
    }
    out.count(e.articles().size());
    for (Article article : e.articles()) {
      articles.write(out, article);
    }
    out.count(e.summary().size());
    for (SummarySentence sentence : e.summary()) {
      out.string(sentence.text());
      out.string(sentence.source());
    }
    out.count(e.facts().size());
    for (AlignedFact fact : e.facts()) {
      out.string(fact.unit());
      out.count(fact.reports().size());
      for (FactReport report : fact.reports()) {
        out.string(report.source());
        out.string(report.wording());
        out.string(report.value() == null ? null : report.value().toString()); // keeps the scale
        out.string(report.qualifier());
        out.string(report.sentence());
      }
      out.bool(fact.differs());
    }
    out.count(e.quotes().size());
    for (SpeakerQuotes speaker : e.quotes()) {
      out.string(speaker.speaker());
      out.string(speaker.speakerKey());
      out.string(speaker.role());
      out.count(speaker.quotes().size());
      for (EventQuote quote : speaker.quotes()) {
        out.string(quote.text());
        out.strings(quote.sources());
      }
    }
    out.count(e.exclusives().size());
    for (Exclusive exclusive : e.exclusives()) {
      out.string(exclusive.source());
      out.strings(exclusive.sentences());
    }
    out.count(e.links().size());
    for (MergeLink link : e.links()) {
      out.string(link.source());
      out.string(link.target());
      out.doubleValue(link.score());
      MergeEvidence why = link.evidence();
      out.bool(why != null);
      if (why != null) {
        out.date(why.firstDate());
        out.date(why.secondDate());
        out.string(why.bothIn());
        out.strings(why.people());
        out.strings(why.organisations());
        out.strings(why.places());
        out.doubleValue(why.textSimilarity());
      }
    }
    FileReadCodec.moment(out, e.firstReported());
    FileReadCodec.moment(out, e.lastUpdated());
    out.count(e.copies().size());
    for (SyndicatedCopy copy : e.copies()) {
      out.string(copy.source());
      out.string(copy.original());
      out.doubleValue(copy.containment());
    }
  }

  private static Event event(CodecIn in, List<Article> articles) {
    String title = in.string();
    var date = in.date();
    DateEvidence evidence = in.bool() ? new DateEvidence(in.ordinal(DateEvidence.Kind.values()),
        in.string(), in.date(), in.integer(), in.integer(), in.bool()) : null;
    String place = in.string();
    List<Participant> participants = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      participants.add(new Participant(in.string(), in.ordinal(EntityType.values()), in.string(),
          in.strings(), in.string(), in.strings()));
    }
    List<Article> own = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      Article article = articles.get(in.integer());
      if (article == null) {
        throw new IllegalArgumentException("damaged event: an article outside its cluster");
      }
      own.add(article);
    }
    List<SummarySentence> summary = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      summary.add(new SummarySentence(in.string(), in.string()));
    }
    List<AlignedFact> facts = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      String unit = in.string();
      List<FactReport> reports = new ArrayList<>();
      for (int r = in.count(); r > 0; r--) {
        String source = in.string();
        String wording = in.string();
        String value = in.string();
        reports.add(new FactReport(source, wording, value == null ? null : new BigDecimal(value),
            in.string(), in.string()));
      }
      facts.add(new AlignedFact(unit, reports, in.bool()));
    }
    List<SpeakerQuotes> quotes = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      String speaker = in.string();
      String key = in.string();
      String role = in.string();
      List<EventQuote> said = new ArrayList<>();
      for (int q = in.count(); q > 0; q--) {
        said.add(new EventQuote(in.string(), in.strings()));
      }
      quotes.add(new SpeakerQuotes(speaker, key, role, said));
    }
    List<Exclusive> exclusives = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      exclusives.add(new Exclusive(in.string(), in.strings()));
    }
    List<MergeLink> links = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      String source = in.string();
      String target = in.string();
      double score = in.doubleValue();
      MergeEvidence why = in.bool() ? new MergeEvidence(in.date(), in.date(), in.string(),
          in.strings(), in.strings(), in.strings(), in.doubleValue()) : null;
      links.add(new MergeLink(source, target, score, why));
    }
    var firstReported = FileReadCodec.moment(in);
    var lastUpdated = FileReadCodec.moment(in);
    List<SyndicatedCopy> copies = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      copies.add(new SyndicatedCopy(in.string(), in.string(), in.doubleValue()));
    }
    return new Event(title, date, evidence, place, participants, own, summary, facts, quotes,
        exclusives, links, firstReported, lastUpdated, copies);
  }
}
