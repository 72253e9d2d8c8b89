package org.newsdigest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.Fact;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Quote;
import org.newsdigest.model.Sentence;
import org.newsdigest.text.Gazetteer;
import org.newsdigest.text.LanguageGuess;

/**
 * Entry point of the extract stage: understands one document. Immutable, thread-safe: build
 * one and share it.
 *
 * <p>It never invents: a value the document does not state is null. Bad text never throws;
 * whatever could not be read becomes a warning on the article.
 */
public final class Extractor {
  /** Enough text to tell its language by; a long article is not read to its end for it. */
  private static final int LANGUAGE_SAMPLE_CHARS = 10_000;


  /** Loaded once: the dateline parser and the entity recogniser share the same place names. */
  private final Gazetteer gazetteer = Gazetteer.load();
  private final DateParser dates = new DateParser();
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final DatelineParser datelines = new DatelineParser(gazetteer);
  private final TextDateFinder textDates = new TextDateFinder();
  private final TitleDeriver titles = new TitleDeriver(splitter);
  private final EntityRecognizer entities =
      new EntityRecognizer(gazetteer, new NameChunker(name -> gazetteer.canonical(name) != null));
  private final QuoteFinder quotes = new QuoteFinder();
  private final FactFinder facts = new FactFinder();
  private final BylineCleaner bylines = new BylineCleaner();
  /** The shipped outlet list only: a build decides again with the seeds folder's own files. */
  private final Outlets outlets = Outlets.shipped();

  /** The outlet decider this extractor uses: the shipped outlet list, no folder files. */
  public Outlets outlets() {
    return outlets;
  }

  /**
   * Understands a document.
   *
   * @throws NullPointerException if {@code document} is null
   */
  public Article extract(Document document) {
    Objects.requireNonNull(document, "The parameter 'document' must not be null.");
    List<String> warnings = new ArrayList<>(document.warnings());
    DocumentMetadata meta = document.metadata();
    // Images stay in the article's blocks for the page, but nothing here reads them: every
    // analysis runs over the text blocks and its block indexes are mapped back at the end.
    List<Block> kept = document.blocks().stream()
        .filter(b -> b.isImage() || !b.text().isBlank()).toList();
    List<Block> blocks = kept.stream().filter(b -> !b.isImage()).toList();
    int[] index = textBlockIndexes(kept);

    Moment published = dates.parse(meta.published(), warnings);
    if (published == null && meta.published() != null && !meta.published().isBlank()) {
      warnings.add("could not read the publication date '" + meta.published().strip() + "'");
    }
    if (published == null) {
      published = dateLine(blocks);
    }
    Moment updated = dates.parse(meta.updated(), warnings);
    LocalDate day = published != null && published.hasDay() ? published.date() : null;

    int lead = firstParagraph(blocks);
    Dateline dateline = lead < 0 ? null
        : guarded(() -> datelines.parse(blocks.get(lead).text(), day), null, "dateline", warnings);

    List<List<TextSpan>> spans = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      List<TextSpan> split = block.isHeading() ? List.of() : splitter.split(block.text());
      spans.add(split);
      for (TextSpan s : split) {
        sentences.add(Sentence.in(block.text(), s.start(), s.end(), b));
      }
    }

    String title = document.title() == null ? null : document.title().strip();
    boolean derived = title == null || title.isEmpty();
    if (derived) {
      String leadText = lead < 0 ? null : withoutDateline(blocks.get(lead).text(), dateline);
      title = guarded(() -> titles.fromText(leadText), null, "title", warnings);
      if (title == null || title.isBlank()) {
        title = TitleDeriver.fromFileName(document.source());
      }
    }

    Dateline line = dateline;
    String stated = derived ? null : title;
    String language = languageOf(meta.language(), blocks);
    EntityRecognizer.Result found = guarded(() -> entities.recognise(blocks, spans, line, stated, language),
        new EntityRecognizer.Result(List.of(), List.of()), "entities", warnings);
    List<Quote> quoted = guarded(() -> quotes.find(blocks, found.entities(), found.mentions()),
        List.of(), "quotes", warnings);
    List<Fact> numbers = guarded(() -> sentences.stream()
        .flatMap(s -> facts.find(s.text(), s.block()).stream()).toList(), List.of(), "facts", warnings);
    List<DateMention> named = guarded(() -> datesIn(blocks, day), List.of(), "dates", warnings);

    return new Article(
        document.source(),
        document.format(),
        title,
        derived,
        guarded(() -> outlets.decide(meta.outlet(), line, meta.url(), document.source()), null,
            "outlet", warnings),
        bylines.clean(meta.byline()),
        published,
        updated,
        dateline,
        language,
        blankToNull(meta.url()),
        meta.tags(),
        kept,
        sentences.stream().map(x -> x.inBlock(index[x.block()])).toList(),
        found.entities(),
        found.mentions().stream().map(m ->
            new Mention(m.entityKey(), index[m.block()], m.start(), m.end(), m.text())).toList(),
        quoted.stream().map(q ->
            new Quote(q.text(), q.speaker(), q.speakerKey(), index[q.block()])).toList(),
        numbers.stream().map(f -> new Fact(f.value(), f.unit(), f.qualifier(), f.wording(),
            f.sentence(), index[f.block()])).toList(),
        named.stream().map(d ->
            new DateMention(d.text(), d.date(), d.precision(), d.relative(), index[d.block()]))
            .toList(),
        warnings);
  }

  /** For each text block (images skipped), its index among all the article's blocks. */
  private static int[] textBlockIndexes(List<Block> all) {
    int[] index = new int[all.size()];
    int n = 0;
    for (int b = 0; b < all.size(); b++) {
      if (!all.get(b).isImage()) {
        index[n++] = b;
      }
    }
    return index;
  }

  private List<DateMention> datesIn(List<Block> blocks, LocalDate day) {
    List<DateMention> all = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (!blocks.get(b).isHeading()) {
        all.addAll(textDates.find(blocks.get(b).text(), b, day));
      }
    }
    return all;
  }

  /** A publication date stated as one of the first lines ("23 July 2013 Last updated at 13:42 GMT"). */
  private Moment dateLine(List<Block> blocks) {
    for (int b = 0; b < Math.min(3, blocks.size()); b++) {
      Moment m = dates.parse(blocks.get(b).text(), new ArrayList<>());
      if (m != null && m.hasDay()) {
        return m;
      }
    }
    return null;
  }

  /** The first paragraph that is text, not a heading or a date line. */
  private int firstParagraph(List<Block> blocks) {
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (!block.isHeading() && dates.parse(block.text(), new ArrayList<>()) == null) {
        return b;
      }
    }
    return -1;
  }

  /**
   * The language the article's text is written in, or the one its source declares when the text
   * does not tell. A page's template often declares its site's default: German text under
   * {@code lang="en"} is German.
   */
  private static String languageOf(String declared, List<Block> blocks) {
    String stated = blankToNull(declared);
    String written = LanguageGuess.of(sample(blocks));
    if (written == null) {
      return stated == null ? null : stated.strip();
    }
    boolean agree = LanguageGuess.primary(stated).equals(written);
    return agree ? stated.strip() : written;
  }

  /** The article's first text blocks, enough to tell its language. */
  private static String sample(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    for (Block block : blocks) {
      if (text.length() > LANGUAGE_SAMPLE_CHARS) {
        break;
      }
      text.append(block.text()).append('\n');
    }
    return text.toString();
  }

  private static String withoutDateline(String text, Dateline dateline) {
    if (dateline == null) {
      return text;
    }
    String rest = text.substring(dateline.text().length()).strip();
    return rest.replaceFirst("^[-–—:]{1,2}\\s*", "");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * Runs one analysis; a rule tripping over unexpected text costs that part of the article only,
   * and says so in the warnings, instead of losing the whole article.
   */
  private static <T> T guarded(Supplier<T> step, T fallback, String what, List<String> warnings) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      warnings.add("could not extract " + what + ": " + e);
      return fallback;
    }
  }
}
