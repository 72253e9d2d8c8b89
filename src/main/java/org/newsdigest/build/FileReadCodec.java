package org.newsdigest.build;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Fact;
import org.newsdigest.model.InlineLink;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.OutletKind;
import org.newsdigest.model.Quote;
import org.newsdigest.model.Sentence;

/**
 * A small binary codec for one file's {@link FileRead}, field by field in record order. Chosen
 * over java.io serialization (it would need {@code Serializable} on every model record, a model
 * change) and over Jackson (without the jsr310 module, which is not on the class path, it cannot
 * write {@code LocalDate} at all, so it would need hand-written serializers anyway). Measured on
 * the 1,000-article corpus: about 6 KB per file, decoding at a few hundredths of a millisecond
 * per file, some hundred times cheaper than ingest and extract.
 *
 * <p>No versioning inside: the cache keys every entry on the code's fingerprint, so the reader
 * of an entry is always the code that wrote it. Decoding a damaged entry throws {@link
 * IllegalArgumentException} (or the model's own checks do), never returns a wrong value
 * silently unless the damage is in the bytes of a text, which the entry's checksum catches.
 */
final class FileReadCodec {
  private FileReadCodec() {}

  static byte[] encode(FileRead read) {
    CodecOut out = new CodecOut();
    out.count(read.articles().size());
    for (Article article : read.articles()) {
      article(out, article);
    }
    out.count(read.skipped().size());
    for (Skipped skipped : read.skipped()) {
      out.string(skipped.source());
      out.ordinal(skipped.kind());
      out.string(skipped.reason());
    }
    return out.bytes();
  }

  static FileRead decode(byte[] bytes, int offset, int length) {
    CodecIn in = new CodecIn(bytes, offset, length);
    int articleCount = in.count();
    List<Article> articles = new ArrayList<>(articleCount);
    for (int i = 0; i < articleCount; i++) {
      articles.add(article(in));
    }
    int skippedCount = in.count();
    List<Skipped> skipped = new ArrayList<>(skippedCount);
    for (int i = 0; i < skippedCount; i++) {
      skipped.add(new Skipped(in.string(), in.ordinal(Skipped.Kind.values()), in.string()));
    }
    in.end();
    return new FileRead(articles, skipped);
  }

  /**
   * A 128-bit hash of everything {@code article} holds, as this codec writes it: two articles
   * with one digest are equal, for the merge memory ({@link MergeMemoryCodec}) to match the
   * articles of the last build with this build's.
   */
  static byte[] digest(Article article) {
    CodecOut out = new CodecOut();
    article(out, article);
    return out.digest();
  }

  private static void article(CodecOut out, Article a) {
    out.string(a.source());
    out.ordinal(a.format());
    out.string(a.title());
    out.bool(a.titleDerived());
    Outlet publisher = a.publisher();
    out.bool(publisher != null);
    if (publisher != null) {
      out.string(publisher.name());
      out.string(publisher.host());
      out.string(publisher.country());
      out.ordinal(publisher.kind());
      out.ordinal(publisher.basis());
      out.string(publisher.clue());
    }
    out.string(a.byline());
    moment(out, a.published());
    moment(out, a.updated());
    Dateline dateline = a.dateline();
    out.bool(dateline != null);
    if (dateline != null) {
      out.string(dateline.text());
      out.string(dateline.place());
      out.date(dateline.date());
      out.string(dateline.agency());
    }
    out.string(a.language());
    out.string(a.url());
    out.strings(a.tags());
    out.count(a.blocks().size());
    for (Block block : a.blocks()) {
      out.ordinal(block.kind());
      out.string(block.text());
      out.integer(block.level());
      out.count(block.links().size());
      for (InlineLink link : block.links()) {
        out.integer(link.start());
        out.integer(link.end());
        out.string(link.href());
      }
      out.string(block.src());
    }
    out.count(a.sentences().size());
    for (Sentence sentence : a.sentences()) {
      out.integer(sentence.block());
      // A stretch of its block's text is kept as where it lies, and read back as a view of it.
      int block = sentence.block();
      int start = block >= 0 && block < a.blocks().size()
          ? sentence.startIn(a.blocks().get(block).text()) : -1;
      out.integer(start);
      if (start >= 0) {
        out.integer(sentence.end());
      } else {
        out.string(sentence.text());
      }
    }
    out.count(a.entities().size());
    for (Entity entity : a.entities()) {
      out.string(entity.key());
      out.ordinal(entity.type());
      out.string(entity.name());
      out.strings(entity.aliases());
      out.string(entity.role());
    }
    out.count(a.mentions().size());
    for (Mention mention : a.mentions()) {
      out.string(mention.entityKey());
      out.integer(mention.block());
      out.integer(mention.start());
      out.integer(mention.end());
      out.string(mention.text());
    }
    out.count(a.quotes().size());
    for (Quote quote : a.quotes()) {
      out.string(quote.text());
      out.string(quote.speaker());
      out.string(quote.speakerKey());
      out.integer(quote.block());
    }
    out.count(a.facts().size());
    for (Fact fact : a.facts()) {
      // toString keeps the scale, so the decoded value is equal(), not just compareTo-equal.
      out.string(fact.value() == null ? null : fact.value().toString());
      out.string(fact.unit());
      out.string(fact.qualifier());
      out.string(fact.wording());
      out.string(fact.sentence());
      out.integer(fact.block());
    }
    out.count(a.dates().size());
    for (DateMention date : a.dates()) {
      out.string(date.text());
      out.date(date.date());
      out.ordinal(date.precision());
      out.bool(date.relative());
      out.integer(date.block());
    }
    out.strings(a.warnings());
  }

  private static Article article(CodecIn in) {
    String source = in.string();
    InputFormat format = in.ordinal(InputFormat.values());
    String title = in.string();
    boolean titleDerived = in.bool();
    Outlet outlet = in.bool() ? new Outlet(in.string(), in.string(), in.string(),
        in.ordinal(OutletKind.values()), in.ordinal(Outlet.Basis.values()), in.string()) : null;
    String byline = in.string();
    Moment published = moment(in);
    Moment updated = moment(in);
    Dateline dateline = in.bool() ? new Dateline(in.string(), in.string(), in.date(), in.string()) : null;
    String language = in.string();
    String url = in.string();
    List<String> tags = in.strings();
    int blockCount = in.count();
    List<Block> blocks = new ArrayList<>(blockCount);
    for (int i = 0; i < blockCount; i++) {
      BlockKind kind = in.ordinal(BlockKind.values());
      String text = in.string();
      int level = in.integer();
      int linkCount = in.count();
      List<InlineLink> links = new ArrayList<>(linkCount);
      for (int j = 0; j < linkCount; j++) {
        links.add(new InlineLink(in.integer(), in.integer(), in.string()));
      }
      blocks.add(new Block(kind, text, level, links, in.string()));
    }
    int sentenceCount = in.count();
    List<Sentence> sentences = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      int block = in.integer();
      int start = in.integer();
      if (start >= 0) {
        sentences.add(Sentence.in(blocks.get(block).text(), start, in.integer(), block));
      } else {
        sentences.add(new Sentence(in.string(), block));
      }
    }
    int entityCount = in.count();
    List<Entity> entities = new ArrayList<>(entityCount);
    for (int i = 0; i < entityCount; i++) {
      entities.add(new Entity(
          in.string(), in.ordinal(EntityType.values()), in.string(), in.strings(), in.string()));
    }
    int mentionCount = in.count();
    List<Mention> mentions = new ArrayList<>(mentionCount);
    for (int i = 0; i < mentionCount; i++) {
      mentions.add(new Mention(in.string(), in.integer(), in.integer(), in.integer(), in.string()));
    }
    int quoteCount = in.count();
    List<Quote> quotes = new ArrayList<>(quoteCount);
    for (int i = 0; i < quoteCount; i++) {
      quotes.add(new Quote(in.string(), in.string(), in.string(), in.integer()));
    }
    int factCount = in.count();
    List<Fact> facts = new ArrayList<>(factCount);
    for (int i = 0; i < factCount; i++) {
      String value = in.string();
      facts.add(new Fact(value == null ? null : new BigDecimal(value),
          in.string(), in.string(), in.string(), in.string(), in.integer()));
    }
    int dateCount = in.count();
    List<DateMention> dates = new ArrayList<>(dateCount);
    for (int i = 0; i < dateCount; i++) {
      dates.add(new DateMention(
          in.string(), in.date(), in.ordinal(DatePrecision.values()), in.bool(), in.integer()));
    }
    List<String> warnings = in.strings();
    return new Article(source, format, title, titleDerived, outlet, byline, published, updated,
        dateline, language, url, tags, blocks, sentences, entities, mentions, quotes, facts, dates,
        warnings);
  }

  static void moment(CodecOut out, Moment moment) {
    out.bool(moment != null);
    if (moment == null) {
      return;
    }
    out.date(moment.date());
    out.bool(moment.time() != null);
    if (moment.time() != null) {
      out.longValue(moment.time().toNanoOfDay());
    }
    out.bool(moment.offset() != null);
    if (moment.offset() != null) {
      out.integer(moment.offset().getTotalSeconds());
    }
    out.ordinal(moment.precision());
  }

  static Moment moment(CodecIn in) {
    if (!in.bool()) {
      return null;
    }
    LocalDate date = in.date();
    LocalTime time = in.bool() ? LocalTime.ofNanoOfDay(in.longValue()) : null;
    ZoneOffset offset = in.bool() ? ZoneOffset.ofTotalSeconds(in.integer()) : null;
    return new Moment(date, time, offset, in.ordinal(DatePrecision.values()));
  }
}
