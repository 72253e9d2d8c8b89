package org.newsdigest.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hostile-input corpus of {@code src/test/resources/hostile/cases.tsv}: every case's input
 * written into a seeds folder under its (possibly hostile) file name. Inputs that are binary,
 * very large or oddly named are made here at test time instead of being committed.
 */
final class HostileCorpus {
  /** The article text the generated inputs are made of: long enough to be an article. */
  static final String GRAIN_ARTICLE =
      "Grain exports rose in September\n"
          + "First Published: 2024-10-07\n\n"
          + "Grain exports rose by a tenth in September compared with August, the farm ministry"
          + " in Vilnius said on Monday, as ships loaded wheat for buyers in North Africa.\n"
          + "The ministry said 420,000 tonnes left the port of Klaipeda during the month.\n";

  private final List<HostileCase> cases;

  private HostileCorpus(List<HostileCase> cases) {
    this.cases = List.copyOf(cases);
  }

  static HostileCorpus load() throws IOException {
    List<HostileCase> cases = new ArrayList<>();
    for (String line : resource("cases.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length < 4) {
        throw new IllegalStateException("cases.tsv line has fewer than 4 cells: " + line);
      }
      cases.add(
          new HostileCase(
              cells[0],
              unescape(cells[1]),
              cells[2],
              Expected.parse(cells[3]),
              List.of(Arrays.copyOfRange(cells, 4, cells.length))));
    }
    return new HostileCorpus(cases);
  }

  List<HostileCase> cases() {
    return cases;
  }

  /** Writes every case into {@code seeds}. */
  void writeInto(Path seeds) throws IOException {
    for (HostileCase c : cases) {
      Path file = seeds.resolve(c.seedPath());
      Files.createDirectories(file.getParent());
      if (c.from().equals("gen:symlink-outside")) {
        Path outside = Files.writeString(seeds.getParent().resolve("outside-secret.txt"),
            GRAIN_ARTICLE.replace("Grain", "Secret"));
        Files.createSymbolicLink(file, outside);
      } else {
        Files.write(file, content(c.from()));
      }
    }
  }

  static byte[] content(String from) throws IOException {
    if (from.startsWith("file:")) {
      return resourceBytes("files/" + from.substring("file:".length()));
    }
    return switch (from) {
      case "gen:long-word" -> longWord().getBytes(StandardCharsets.UTF_8);
      case "gen:invalid-utf8" -> invalidUtf8();
      case "gen:utf16le-bom" -> withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
          GRAIN_ARTICLE.getBytes(StandardCharsets.UTF_16LE));
      case "gen:utf16be-bom" -> withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
          GRAIN_ARTICLE.getBytes(StandardCharsets.UTF_16BE));
      case "gen:utf16le-nobom" -> GRAIN_ARTICLE.getBytes(StandardCharsets.UTF_16LE);
      case "gen:utf16be-nobom" -> GRAIN_ARTICLE.getBytes(StandardCharsets.UTF_16BE);
      case "gen:utf16-lone-surrogate" -> loneSurrogate();
      case "gen:nul-bytes" -> GRAIN_ARTICLE.replace(". ", ".\0 ").replace("\n\n", "\n\0\0\n")
          .getBytes(StandardCharsets.UTF_8);
      case "gen:only-nuls" -> new byte[4096];
      case "gen:bom-only" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', ' '};
      case "gen:deep-html" -> deepHtml(10_000).getBytes(StandardCharsets.UTF_8);
      case "gen:deep-quote-md" -> ("# Deep quotes\n\n" + ">".repeat(10_000) + " "
          + GRAIN_ARTICLE.substring(GRAIN_ARTICLE.indexOf("Grain exports rose by")))
          .getBytes(StandardCharsets.UTF_8);
      case "gen:deep-emphasis-md" -> ("# Deep emphasis\n\n" + "*".repeat(50_000) + "storm"
          + "*".repeat(50_000) + "\n").getBytes(StandardCharsets.UTF_8);
      default -> throw new IllegalStateException("unknown generator " + from);
    };
  }

  /** A headline and a body each holding one 10,000-character word. */
  static String longWord() {
    String word = "Supercalifragilistic".repeat(500);
    return word + " storm warning\nFirst Published: 2024-10-03\n\n"
        + "The weather service said on Thursday that " + word
        + " was the name given to the storm by a computer error, and it has since been renamed.\n";
  }

  /** UTF-8 text with a stray continuation byte, an overlong slash and an encoded surrogate. */
  private static byte[] invalidUtf8() {
    byte[] text = GRAIN_ARTICLE.getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, ' ', (byte) 0xC0, (byte) 0xAF, ' ',
        (byte) 0xED, (byte) 0xA0, (byte) 0x80, ' '};
    int at = GRAIN_ARTICLE.indexOf("The ministry");
    byte[] out = new byte[text.length + bad.length];
    System.arraycopy(text, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(text, at, out, at + bad.length, text.length - at);
    return out;
  }

  /** UTF-16LE with a BOM and a high surrogate that no low surrogate follows. */
  private static byte[] loneSurrogate() {
    Charset le = StandardCharsets.UTF_16LE;
    byte[] head = GRAIN_ARTICLE.substring(0, 40).getBytes(le);
    byte[] tail = GRAIN_ARTICLE.substring(40).getBytes(le);
    byte[] out = new byte[2 + head.length + 2 + tail.length];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(head, 0, out, 2, head.length);
    out[2 + head.length] = (byte) 0x00;
    out[3 + head.length] = (byte) 0xD8;
    System.arraycopy(tail, 0, out, 4 + head.length, tail.length);
    return out;
  }

  /** A saved page whose article sits inside {@code depth} nested elements. */
  static String deepHtml(int depth) {
    StringBuilder html = new StringBuilder(depth * 12 + 1000);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Deep page about a new tram line</title></head><body>");
    html.append("<div>".repeat(depth));
    html.append("<article><h1>Deep page about a new tram line</h1>")
        .append("<p>The city of Graz opened a new tram line on Monday that links the main station")
        .append(" with the university, the transport company said.</p>")
        .append("<p>The line is five kilometres long and has nine stops, and trams will run every")
        .append(" seven minutes during the day, a spokeswoman said.</p></article>");
    html.append("</div>".repeat(depth));
    return html.append("</body></html>").toString();
  }

  private static byte[] withBom(byte[] bom, byte[] text) {
    byte[] out = Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, out, bom.length, text.length);
    return out;
  }

  private static String resource(String name) throws IOException {
    return new String(resourceBytes(name), StandardCharsets.UTF_8);
  }

  private static byte[] resourceBytes(String name) throws IOException {
    try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource hostile/" + name);
      }
      return in.readAllBytes();
    }
  }

  /** Decodes the \n and \\uXXXX escapes a seed path may use. */
  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n') {
        out.append('\n');
        i++;
      } else if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
