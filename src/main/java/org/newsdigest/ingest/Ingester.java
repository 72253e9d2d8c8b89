package org.newsdigest.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

/**
 * Entry point of the ingest stage: finds input files and reads each into a {@link Document}.
 * Built once, immutable, safe to use from any thread.
 */
public final class Ingester {
  /** The user's outlet list, at the top of the seeds folder: host, name, country, kind. */
  public static final String OUTLET_LIST = "outlets.tsv";
  /** A folder's outlet file: who published the articles in the folder and those under it. */
  public static final String OUTLET_FILE = "outlet.txt";

  private final TextDecoder decoder = new TextDecoder();
  private final FormatDetector detector = new FormatDetector();
  private final LengthLimit limit = new LengthLimit();
  private final UnsafeCharacters unsafe = new UnsafeCharacters();
  private final Map<InputFormat, FormatReader> readers;

  /** An ingester with one reader per input format: the one place where readers are registered. */
  public Ingester() {
    HtmlBlocks htmlBlocks = new HtmlBlocks();
    this.readers =
        register(
            List.of(
                new PlainTextReader(),
                new MarkdownReader(),
                new HtmlReader(htmlBlocks),
                new FeedReader(htmlBlocks)));
  }

  private static Map<InputFormat, FormatReader> register(List<FormatReader> all) {
    Map<InputFormat, FormatReader> byFormat = new EnumMap<>(InputFormat.class);
    for (FormatReader reader : all) {
      byFormat.put(reader.format(), reader);
    }
    for (InputFormat format : InputFormat.values()) {
      if (!byFormat.containsKey(format)) {
        throw new IllegalStateException("no reader registered for " + format);
      }
    }
    return Map.copyOf(byFormat);
  }

  /**
   * Every input file under {@code root}, in any sub-folder, sorted by relative path so the
   * order never depends on the file system. Hidden files and folders are left out, and so are
   * outlet files ({@link #isOutletFile}); symbolic links are not followed, so discovery never
   * leaves the root; entries that cannot be read or are not regular files are passed over
   * ({@link #passedOver}).
   */
  public List<Path> discover(Path root) throws IOException {
    return walk(root).files();
  }

  /**
   * One walk of {@code root}: its input files (as {@link #discover}), its outlet files and what
   * it passed over (as {@link #passedOver}).
   */
  public SeedFiles seedFiles(Path root) throws IOException {
    SeedWalk walk = walk(root);
    return new SeedFiles(walk.files(), walk.outletFiles(), walk.passedOver());
  }

  /**
   * What a seeds folder holds, each list sorted by relative path.
   *
   * @param articles the input files
   * @param outletFiles the files named {@value #OUTLET_LIST} or {@value #OUTLET_FILE}, in any
   *     folder: they describe outlets and are never read as articles
   * @param passedOver the entries not read, with the reason
   */
  public record SeedFiles(List<Path> articles, List<Path> outletFiles, List<PassedOver> passedOver) {
    public SeedFiles {
      articles = List.copyOf(articles);
      outletFiles = List.copyOf(outletFiles);
      passedOver = List.copyOf(passedOver);
    }
  }

  /** Whether a file of this name describes outlets instead of being an article (any case). */
  public static boolean isOutletFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.equals(OUTLET_LIST) || name.equals(OUTLET_FILE);
  }

  /**
   * The visible entries under {@code root} that {@link #discover} passes over, with the reason,
   * sorted by relative path: symbolic links (never followed: a link may point anywhere on the
   * machine), folders and files that cannot be read, named pipes, devices and sockets. Named so
   * the build report can say why an article they might stand for is missing.
   */
  public List<PassedOver> passedOver(Path root) throws IOException {
    return walk(root).passedOver();
  }

  /** An entry under the seeds folder that was not read, by its source key, and why. */
  public record PassedOver(String source, String reason) {}

  private static SeedWalk walk(Path root) throws IOException {
    Objects.requireNonNull(root, "root");
    if (!Files.isDirectory(root)) {
      throw new IOException("The seeds folder '" + root + "' is not a directory.");
    }
    SeedWalk walk = new SeedWalk(root);
    Files.walkFileTree(root, Set.of(), Integer.MAX_VALUE, walk);
    return walk;
  }

  /** The '/'-separated path of {@code file} relative to {@code root}: a document's source key. */
  public static String relativeKey(Path root, Path file) {
    Path relative = root.relativize(file);
    List<String> parts = new ArrayList<>();
    for (Path part : relative) {
      parts.add(part.toString());
    }
    return String.join("/", parts);
  }

  /**
   * Reads one file; {@code source} is its path relative to the seeds folder, '/' separated.
   * Most files hold one article; a feed holds one per item, each with its own source key
   * ({@code feeds/world.xml#3}).
   *
   * @throws UnreadableInputException when the file is empty, binary, nested too deeply to parse,
   *     or holds no article at all
   */
  public List<Document> read(String source, byte[] content) throws UnreadableInputException {
    Objects.requireNonNull(source, "source");
    DecodedText decoded = decoder.decode(content);
    InputFormat format = detector.detect(source, decoded.text());
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String text = decoded.text();
    if (format == InputFormat.TEXT || format == InputFormat.MARKDOWN) {
      // Line-based formats can be cut before reading; markup must be parsed whole.
      text = limit.cut(text, warnings);
    }
    try {
      List<Document> documents = new ArrayList<>();
      List<Document> read = readers.get(format).read(source, text, warnings);
      for (Document document : read) {
        Document cleaned = unsafe.clean(limit.cap(document));
        // Nothing visible left (a file of bidi controls): no article, rather than a blank page.
        if (cleaned.title() != null || !cleaned.blocks().isEmpty()) {
          documents.add(cleaned);
        }
      }
      if (documents.isEmpty() && !read.isEmpty()) {
        throw new UnreadableInputException("no visible text");
      }
      return List.copyOf(documents);
    } catch (RuntimeException e) {
      // A reader bug on one odd file must not stop the build; the caller reports the reason.
      throw new UnreadableInputException(UnreadableInputException.Kind.READER_FAILED,
          "could not read as " + format.id() + ": " + e.getClass().getSimpleName());
    } catch (StackOverflowError e) {
      // Parsers and tree visitors recurse once per level of nesting: thousands of nested
      // quotes or emphasis runs are damage or an attack, never an article. The stack is
      // unwound by now and nothing of the parse is kept, so the build can go on.
      throw new UnreadableInputException(UnreadableInputException.Kind.REFUSED,
          "could not read as " + format.id() + ": nested too deeply");
    }
  }
}
