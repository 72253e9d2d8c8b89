package org.newsdigest.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ECB+ entities set ({@code entities.jsonl}, {@code annotated.jsonl}): gold mentions and the
 * annotated sentence spans of each article file.
 */
record EntityGold(Map<String, List<Mention>> mentionsByFile, Map<String, List<int[]>> spansByFile) {

  /** The gold kinds: the extractor knows the first three. */
  enum Kind {
    PERSON, ORGANISATION, PLACE, FACILITY;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Kind of(String id) {
      return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /**
   * One gold mention.
   *
   * @param start the file offset of {@code text}
   * @param name the proper-name core ("Tara Reid" of "actress Tara Reid")
   * @param nameStart the file offset of {@code name}
   * @param entity the cross-document entity id, or null
   * @param chain the within-document chain id, or null
   */
  record Mention(String file, String text, int start, String name, int nameStart, Kind kind,
      String entity, String chain) {
    /** The end of the name core in the file. */
    int nameEnd() {
      return nameStart + name.length();
    }
  }

  static EntityGold read(Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<Mention>> mentions = new TreeMap<>();
    for (JsonNode node : lines(json, folder.resolve("entities.jsonl"))) {
      Mention m = new Mention(node.get("file").asText(), node.get("text").asText(),
          node.get("start").asInt(), node.get("name").asText(), node.get("name_start").asInt(),
          Kind.of(node.get("type").asText()),
          text(node, "entity"), text(node, "chain"));
      mentions.computeIfAbsent(m.file(), f -> new ArrayList<>()).add(m);
    }
    Map<String, List<int[]>> spans = new TreeMap<>();
    for (JsonNode node : lines(json, folder.resolve("annotated.jsonl"))) {
      List<int[]> ofFile = spans.computeIfAbsent(node.get("file").asText(), f -> new ArrayList<>());
      for (JsonNode span : node.get("spans")) {
        ofFile.add(new int[] {span.get(0).asInt(), span.get(1).asInt()});
      }
    }
    return new EntityGold(mentions, spans);
  }

  /** True when {@code [start, end)} lies inside one annotated sentence of {@code file}. */
  boolean inAnnotated(String file, int start, int end) {
    for (int[] span : spansByFile.getOrDefault(file, List.of())) {
      if (start >= span[0] && end <= span[1]) {
        return true;
      }
    }
    return false;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<JsonNode> lines(ObjectMapper json, Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        nodes.add(json.readTree(line));
      }
    }
    return nodes;
  }
}
