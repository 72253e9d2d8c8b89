package org.newsdigest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadResult;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DateMention;

/**
 * Writes grown corpora as files for the end-to-end build benchmark: the seeds and the development
 * articles, read once through the real ingest and extract, grown by {@link CorpusGrower} (renamed
 * entities, shifted dates, reworded headlines) and written as Markdown pages with YAML front
 * matter ({@code title}, {@code date}, {@code outlet}). The same pages feed newsdigest and Hugo;
 * JBake 2.7.0 reads only its own {@code key=value ... ~~~~~~} header, so a second copy carries the
 * same title, date, outlet and body under that header. Deterministic: one seed, one corpus.
 *
 * <p>Layout for one size {@code N}: {@code DIR/N/content/articles/a0000001.md} (newsdigest's
 * seeds folder and Hugo's content folder) and {@code DIR/N/jbake/content/a0000001.md}.
 */
final class BuildCorpus {
  private static final long SEED = 20260106L;
  /** For the few articles with no date at all: every tool needs one to sort a list page. */
  private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

  private final CorpusGrower grower;

  private BuildCorpus(CorpusGrower grower) {
    this.grower = grower;
  }

  /** Reads the base articles: every seed plus every development article that has a gold label. */
  static BuildCorpus read(Path seeds, Path dataset) throws IOException {
    ArticleReader reader = new ArticleReader(new Ingester(), new Extractor());
    Map<String, String> goldOf = new TreeMap<>(Gold.read(dataset.resolve("gold.tsv")));
    ReadResult dev = reader.readTree(dataset.resolve("articles"));
    List<Article> base = new java.util.ArrayList<>(dev.articles());
    if (Files.isDirectory(seeds)) {
      for (Article a : reader.readTree(seeds).articles()) {
        // the seeds report one meeting: one gold event, so each copy renames them alike
        String source = "seeds/" + a.source();
        goldOf.put(source, "seeds");
        base.add(withSource(a, source));
      }
    }
    return new BuildCorpus(new CorpusGrower(base, goldOf, SEED));
  }

  private static Article withSource(Article a, String source) {
    return new Article(source, a.format(), a.title(), a.titleDerived(), a.publisher(), a.byline(),
        a.published(), a.updated(), a.dateline(), a.language(), a.url(), a.tags(), a.blocks(),
        a.sentences(), a.entities(), a.mentions(), a.quotes(), a.facts(), a.dates(),
        a.warnings());
  }

  /** Writes {@code size} articles under {@code dir/size}; returns that folder. */
  Path write(Path dir, int size) throws IOException {
    Path root = dir.resolve(Integer.toString(size));
    Path markdown = root.resolve("content").resolve("articles");
    Path jbake = root.resolve("jbake").resolve("content");
    Files.createDirectories(markdown);
    Files.createDirectories(jbake);
    List<Article> articles = grower.grow(size).articles();
    for (int i = 0; i < articles.size(); i++) {
      Page page = page(articles.get(i));
      String name = String.format(Locale.ROOT, "a%07d.md", i + 1);
      writeFile(markdown.resolve(name), page.yamlHeader() + page.body());
      writeFile(jbake.resolve(name), page.jbakeHeader() + page.body());
    }
    return root;
  }

  private static void writeFile(Path file, String text) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(text);
    }
  }

  /** What every tool gets of one article. */
  record Page(String title, LocalDate date, String outlet, String body) {
    String yamlHeader() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("title", quoted(title));
      fields.put("date", date.toString());
      if (outlet != null) {
        fields.put("outlet", quoted(outlet));
      }
      StringBuilder b = new StringBuilder("---\n");
      fields.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
      return b.append("---\n\n").toString();
    }

    String jbakeHeader() {
      StringBuilder b = new StringBuilder();
      b.append("title=").append(oneLine(title)).append('\n');
      b.append("date=").append(date).append('\n');
      b.append("type=post\nstatus=published\n");
      if (outlet != null) {
        // JBake's list pages per value are its tag pages: the outlet is the tag
        b.append("tags=").append(oneLine(outlet).replace(",", " ")).append('\n');
      }
      return b.append("~~~~~~\n\n").toString();
    }

    private static String oneLine(String s) {
      return s.replaceAll("\\s+", " ").strip();
    }

    /** A YAML double-quoted scalar: only backslash and quote need escaping on one line. */
    private static String quoted(String s) {
      return "\"" + oneLine(s).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
  }

  static Page page(Article a) {
    StringBuilder body = new StringBuilder();
    for (Block b : a.blocks()) {
      String text = b.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      switch (b.kind()) {
        case HEADING -> body.append("## ").append(text);
        case QUOTE -> body.append("> ").append(text);
        case LIST_ITEM -> body.append("- ").append(text);
        case IMAGE -> {
          continue;
        }
        default -> body.append(text);
      }
      body.append("\n\n");
    }
    String title = a.title() == null || a.title().isBlank() ? "Untitled" : a.title();
    return new Page(title, dateOf(a), a.outlet(), body.toString());
  }

  private static LocalDate dateOf(Article a) {
    if (a.published() != null) {
      return a.published().date();
    }
    if (a.dateline() != null && a.dateline().date() != null) {
      return a.dateline().date();
    }
    for (DateMention d : a.dates()) {
      if (d.date() != null) {
        return d.date();
      }
    }
    return NO_DATE;
  }

  /** {@code BuildCorpus OUT_DIR SEEDS DATASET SIZE...}: writes each size under OUT_DIR. */
  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      System.err.println("usage: BuildCorpus OUT_DIR SEEDS DATASET SIZE...");
      System.exit(2);
    }
    BuildCorpus corpus = read(Path.of(args[1]), Path.of(args[2]));
    for (int i = 3; i < args.length; i++) {
      Path root = corpus.write(Path.of(args[0]), Integer.parseInt(args[i]));
      System.out.println(root);
    }
  }
}
