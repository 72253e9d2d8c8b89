package org.newsdigest.merge;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Event;
import org.newsdigest.model.Fact;
import org.newsdigest.model.FactReport;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Sentence;
import org.newsdigest.text.TextWords;

/**
 * Candidate conflicts: two sources of one event stating numbers of one unit close enough to be
 * one fact (within a quarter) that cannot both be true. Each is a real disagreement only when
 * both count the same thing; a person checks that by reading the two sentences, and the page
 * should say "Sources differ" for exactly those. The hand-checked file ({@code
 * src/test/resources/merge/fact-conflicts.tsv}) keeps each candidate with its label and with
 * what the aligner needs to decide it again without the articles: one line, tab-separated:
 *
 * <pre>key  true|false  unit  A  B  overloaded</pre>
 *
 * <p>where A and B are each {@code value|qualifier|wording|sentence}, and overloaded the values
 * the event's articles state the unit ambiguously at ({@link FactAligner#overloaded}: {@code
 * "140000000;150000000"}).
 */
final class FactConflicts {
  private FactConflicts() {}

  /** One side of a candidate: the fact stated. */
  record Side(Fact fact) {}

  /** A candidate conflict, labelled (true, false) or not (null), of an event (null when read). */
  record Candidate(String key, Boolean label, String unit, Side a, Side b,
      List<BigDecimal> overloaded, String event) {
    /** The line of the hand-checked file, with the label given. */
    String line(String label) {
      return key + "\t" + label + "\t" + unit + "\t" + side(a) + "\t" + side(b) + "\t"
          + String.join(";", overloaded.stream().map(BigDecimal::toPlainString).toList());
    }

    /**
     * Whether the aligner, given the two articles and the unit's overloaded values in their
     * event, puts both numbers in one fact: the page says "Sources differ" between them.
     */
    boolean flagged() {
      List<AlignedFact> facts = new FactAligner().align(List.of(article("a", a), article("b", b)),
          java.util.Map.of(), java.util.Map.of(TextWords.fold(unit), overloaded));
      for (AlignedFact fact : facts) {
        if (holds(fact, a.fact()) && holds(fact, b.fact())) {
          return true;
        }
      }
      return false;
    }
  }

  /** Every candidate of the events, each with the label the file gives it, if any. */
  static List<Candidate> of(List<Event> events, java.util.Map<String, Boolean> labels) {
    List<Candidate> out = new ArrayList<>();
    for (Event event : events) {
      List<Article> articles = event.articles();
      java.util.Map<String, List<BigDecimal>> overloaded = FactAligner.overloaded(articles);
      for (int i = 0; i < articles.size(); i++) {
        for (int j = i + 1; j < articles.size(); j++) {
          for (Fact fa : articles.get(i).facts()) {
            for (Fact fb : articles.get(j).facts()) {
              if (candidate(fa, fb)) {
                String key = key(fa, fb);
                out.add(new Candidate(key, labels.get(key), fa.unit(), new Side(fa), new Side(fb),
                    overloaded.getOrDefault(TextWords.fold(fa.unit()), List.of()), event.title()));
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** The hand-checked candidates of the file. */
  static List<Candidate> read(Path file) throws IOException {
    List<Candidate> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 6 || !(cells[1].equals("true") || cells[1].equals("false"))) {
        throw new IllegalArgumentException(
            file + ": not 'key, true|false, unit, A, B, overloaded': " + line);
      }
      List<BigDecimal> overloaded = cells[5].isEmpty() ? List.of()
          : java.util.Arrays.stream(cells[5].split(";")).map(BigDecimal::new).toList();
      out.add(new Candidate(cells[0], Boolean.parseBoolean(cells[1]), cells[2],
          side(cells[2], cells[3]), side(cells[2], cells[4]), overloaded, null));
    }
    return out;
  }

  /** The labels of the file by key. */
  static java.util.Map<String, Boolean> labels(Path file) throws IOException {
    java.util.Map<String, Boolean> labels = new java.util.HashMap<>();
    if (Files.isRegularFile(file)) {
      read(file).forEach(c -> labels.put(c.key(), c.label()));
    }
    return labels;
  }

  private static boolean candidate(Fact a, Fact b) {
    return a.value() != null && b.value() != null
        && TextWords.fold(a.unit()).equals(TextWords.fold(b.unit()))
        && FactAligner.compatible(a.value(), b.value())
        && !QuantityRange.of(a.value(), a.qualifier()).overlaps(QuantityRange.of(b.value(), b.qualifier()));
  }

  private static boolean holds(AlignedFact fact, Fact stated) {
    for (FactReport report : fact.reports()) {
      if (report.wording().equals(stated.wording()) && report.sentence().equals(stated.sentence())) {
        return true;
      }
    }
    return false;
  }

  /** The same pair gives the same key whichever article comes first. */
  private static String key(Fact a, Fact b) {
    String x = a.unit() + "\u0000" + a.wording() + "\u0000" + a.sentence();
    String y = b.unit() + "\u0000" + b.wording() + "\u0000" + b.sentence();
    String joined = x.compareTo(y) <= 0 ? x + "\u0001" + y : y + "\u0001" + x;
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String side(Side side) {
    Fact f = side.fact();
    return String.join("|", f.value().toPlainString(), Objects.toString(f.qualifier(), ""),
        clean(f.wording()), clean(f.sentence()));
  }

  private static Side side(String unit, String cell) {
    String[] parts = cell.split("\\|", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not 'value|qualifier|wording|sentence': " + cell);
    }
    return new Side(new Fact(new BigDecimal(parts[0]), unit, parts[1].isEmpty() ? null : parts[1],
        parts[2], parts[3], 0));
  }

  /** An article of one sentence stating the side's fact. */
  private static Article article(String source, Side side) {
    return new Article(source, InputFormat.TEXT, "A report", false, null, null, null, null, null,
        "en", null, List.of(), List.of(Block.paragraph(side.fact().sentence())),
        List.of(new Sentence(side.fact().sentence(), 0)), List.of(), List.of(), List.of(),
        List.of(side.fact()), List.of(), List.of());
  }

  private static String clean(String text) {
    return text.replaceAll("[\\s|]+", " ").strip();
  }
}
