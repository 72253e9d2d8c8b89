package org.newsdigest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.InputFormat;

/**
 * Reads {@code extract-spec.md}: each "## " heading starts an example, a fenced {@code input}
 * block holds the document (field lines, a blank line, then paragraphs separated by blank lines;
 * "# " makes a heading block) and a fenced {@code expected} block holds one expectation a line.
 */
final class ExampleReader {

  record Example(String name, int line, Document document, List<String> expectations) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Example> read(String resource) throws IOException {
    String text;
    try (InputStream in = ExampleReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing test resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Example> examples = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    String name = null;
    int nameLine = 0;
    List<String> input = null;
    List<String> expected = null;
    List<String> current = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (current != null) {
        if (line.equals("```")) {
          current = null;
          if (input != null && expected != null) {
            examples.add(new Example(name, nameLine, document(name, input), expected));
            input = null;
            expected = null;
          }
        } else {
          current.add(line);
        }
      } else if (line.startsWith("## ")) {
        name = line.substring(3).strip();
        nameLine = i + 1;
      } else if (line.equals("```input")) {
        input = new ArrayList<>();
        current = input;
      } else if (line.equals("```expected")) {
        expected = new ArrayList<>();
        current = expected;
      }
    }
    return examples;
  }

  private static Document document(String name, List<String> input) {
    Map<String, String> fields = new LinkedHashMap<>();
    int i = 0;
    while (i < input.size() && input.get(i).matches("[a-z]+: .*")) {
      String line = input.get(i);
      int colon = line.indexOf(':');
      fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      i++;
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (; i <= input.size(); i++) {
      String line = i < input.size() ? input.get(i) : "";
      if (line.isBlank()) {
        if (paragraph.length() > 0) {
          String p = paragraph.toString().strip();
          blocks.add(p.startsWith("# ") ? Block.heading(p.substring(2), 2) : Block.paragraph(p));
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(paragraph.length() > 0 ? " " : "").append(line.strip());
      }
    }
    DocumentMetadata meta = new DocumentMetadata(fields.get("outlet"), fields.get("byline"),
        fields.get("published"), fields.get("updated"), fields.get("url"), fields.get("language"),
        List.of());
    String source = fields.getOrDefault("source", "spec/" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
    return new Document(source, InputFormat.TEXT, fields.get("title"), meta, blocks, List.of());
  }
}
