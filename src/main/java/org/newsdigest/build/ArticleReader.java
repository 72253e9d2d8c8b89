package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Article;
import org.newsdigest.model.Document;

/**
 * Ingest and extract for a set of files: every file gives its articles or a {@link Skipped}
 * with the reason, and one bad file never stops the others. Shared by {@code build} and
 * {@code inspect}, so both understand a file the same way.
 */
public final class ArticleReader {
  private final Ingester ingester;
  private final Extractor extractor;
  private final ReadSession cache;
  private final BuildProgress progress;

  public ArticleReader(Ingester ingester, Extractor extractor) {
    this(ingester, extractor, null, BuildProgress.NONE);
  }

  private ArticleReader(Ingester ingester, Extractor extractor, ReadSession cache, BuildProgress progress) {
    this.ingester = ingester;
    this.extractor = extractor;
    this.cache = cache;
    this.progress = progress;
  }

  /** This reader, taking each file's read from {@code cache} when it holds it. */
  ArticleReader cachedBy(ReadSession cache) {
    return new ArticleReader(ingester, extractor, cache, progress);
  }

  /** This reader, telling {@code progress} of each file it has read. */
  ArticleReader reportingTo(BuildProgress progress) {
    return new ArticleReader(ingester, extractor, cache, progress);
  }

  /**
   * Reads every input file under {@code root}; sources are paths relative to it. What the walk
   * passes over (symbolic links, unreadable folders, named pipes and devices) is reported as
   * skipped with its reason, and the rest is read. Each article's outlet is then decided with
   * the folder's own outlet files (see {@link SeedOutlets}), whose problems become notices.
   */
  public ReadResult readTree(Path root) throws IOException {
    Ingester.SeedFiles seeds = ingester.seedFiles(root);
    List<SourceFile> files = new ArrayList<>();
    for (Path file : seeds.articles()) {
      files.add(new SourceFile(file, Ingester.relativeKey(root, file)));
    }
    ReadResult read = read(files);
    SeedOutlets outlets = outlets(root, seeds.outletFiles());
    List<Article> articles = read.articles();
    if (outlets.addsToShipped()) {
      articles = articles.stream().map(outlets::decide).toList();
    }
    List<Skipped> skipped = new ArrayList<>(read.skipped());
    for (Ingester.PassedOver entry : seeds.passedOver()) {
      skipped.add(new Skipped(entry.source(), Skipped.Kind.NOT_READ, entry.reason()));
    }
    skipped.sort(Comparator.comparing(Skipped::source));
    return new ReadResult(read.filesFound() + seeds.passedOver().size(), articles, skipped,
        outlets.problems());
  }

  /** What the outlet files of a seeds folder add to the shipped outlet list. */
  public SeedOutlets outlets(Path root, List<Path> outletFiles) {
    return SeedOutlets.read(root, outletFiles, extractor.outlets());
  }

  /** The outlet files under {@code root}, for {@link #outlets}. */
  public List<Path> outletFilesUnder(Path root) throws IOException {
    return ingester.seedFiles(root).outletFiles();
  }

  /** Every input file under {@code root}, in discovery order, known by its path relative to it. */
  public List<SourceFile> filesUnder(Path root) throws IOException {
    List<SourceFile> sources = new ArrayList<>();
    for (Path file : ingester.discover(root)) {
      sources.add(new SourceFile(file, Ingester.relativeKey(root, file)));
    }
    return sources;
  }

  /**
   * Reads the given files, each known by the source key it comes with, on every core: files are
   * read and understood in parallel (each one a pure function of its bytes and key, the stages
   * holding no per-call state), and their results are gathered in the order of {@code files}
   * before the same stable sorts as a one-by-one loop, so the result never depends on timing.
   */
  public ReadResult read(List<SourceFile> files) {
    // An ordered parallel stream over the common pool: the caller thread works too, so two
    // cores give two readers, and toList() keeps the encounter order whatever finishes first.
    AtomicInteger done = new AtomicInteger();
    progress.stage("reading files", 0, files.size());
    List<FileRead> reads = files.parallelStream().map(file -> {
      FileRead read = readFile(file);
      progress.stage("reading files", done.incrementAndGet(), files.size());
      return read;
    }).toList();
    List<Article> articles = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (FileRead read : reads) {
      articles.addAll(read.articles());
      skipped.addAll(read.skipped());
    }
    articles.sort(Comparator.comparing(Article::source));
    skipped.sort(Comparator.comparing(Skipped::source));
    return new ReadResult(files.size(), articles, skipped);
  }

  /**
   * Reads one file: its articles, or why it gave none (and why any of its articles was lost).
   * Depends only on the file's bytes and source key, and never throws. With a cache, an
   * unchanged file's read comes from it.
   */
  public FileRead readFile(SourceFile file) {
    if (cache != null) {
      return cache.read(file, this::understand);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException | OutOfMemoryError e) {
      return unreadable(file, e);
    }
    return understand(file.source(), bytes);
  }

  static FileRead unreadable(SourceFile file, Throwable e) {
    return FileRead.skipped(new Skipped(file.source(), Skipped.Kind.NOT_READ, "cannot be read: " + describe(e)));
  }

  /** Ingests and extracts one file's bytes; never throws. */
  public FileRead understand(String source, byte[] bytes) {
    List<Document> documents;
    try {
      documents = ingester.read(source, bytes);
    } catch (UnreadableInputException e) {
      return FileRead.skipped(new Skipped(source, Skipped.Kind.of(e.kind()), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must cost one file, not the build; the message says it is ours.
      return FileRead.skipped(
          new Skipped(source, Skipped.Kind.READER_FAILED, "internal error while reading: " + describe(e)));
    }
    if (documents.isEmpty()) {
      return FileRead.skipped(new Skipped(source, Skipped.Kind.NOT_AN_ARTICLE, "no article found"));
    }
    List<Article> articles = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Document document : documents) {
      try {
        articles.add(extractor.extract(document));
      } catch (RuntimeException | StackOverflowError e) {
        // Deep recursion on one odd article (a regex over a huge line) must not stop the build.
        skipped.add(new Skipped(document.source(), Skipped.Kind.EXTRACTOR_FAILED,
            "internal error while extracting: " + describe(e)));
      }
    }
    return new FileRead(articles, skipped);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A file to read and the key its articles are known by. */
  public record SourceFile(Path path, String source) {}

  /** What one file gave: its articles, and what was skipped (the file, or one of its articles). */
  public record FileRead(List<Article> articles, List<Skipped> skipped) {
    public FileRead {
      articles = List.copyOf(articles);
      skipped = List.copyOf(skipped);
    }

    static FileRead skipped(Skipped reason) {
      return new FileRead(List.of(), List.of(reason));
    }
  }
}
