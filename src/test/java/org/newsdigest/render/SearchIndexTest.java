package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Page;

/** The split search index: shards by prefix, the manifest, the filters' files, escaping, size. */
class SearchIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SCRIPT =
      Pattern.compile("\\(self\\.newsdigestSearch=self\\.newsdigestSearch\\|\\|\\{\\}\\)\\[\"([a-z0-9-]+)\"\\]=(.*);\n", Pattern.DOTALL);

  /** Every file under assets/search/ of the fixture's site, by name without ".js". */
  private static Map<String, byte[]> indexFiles() {
    Map<String, byte[]> files = new TreeMap<>();
    for (Page page : SiteRenderer.builder().build().render(DigestFixture.digest())) {
      if (page.path().startsWith(SearchIndex.FOLDER)) {
        String name = page.path().substring(SearchIndex.FOLDER.length());
        files.put(name.substring(0, name.length() - ".js".length()), page.content());
      }
    }
    return files;
  }

  /** The data a file registers; fails unless it is exactly the one assignment, under its own name. */
  private static JsonNode data(String name, byte[] file) throws Exception {
    Matcher script = SCRIPT.matcher(new String(file, StandardCharsets.UTF_8));
    assertTrue(script.matches(), name + ": " + new String(file, StandardCharsets.UTF_8));
    assertEquals(name, script.group(1));
    return JSON.readTree(script.group(2));
  }

  @Test
  void manifestNamesEveryShardOutletAndTheDays() throws Exception {
    Map<String, byte[]> files = indexFiles();
    JsonNode manifest = data("manifest", files.get("manifest"));
    assertEquals(SearchIndex.VERSION, manifest.get("version").asInt());
    // The wire article and the two one-article events' articles only repeat their event's title.
    assertEquals(4, manifest.get("entries").asInt());
    Set<String> shards = new TreeSet<>();
    manifest.get("keys").forEach(key -> shards.add(SearchTerms.fileName(key.asText())));
    Set<String> written = new TreeSet<>(files.keySet());
    written.removeIf(name -> !name.startsWith("t-"));
    assertEquals(written, shards, "one file per key, no other word shard");
    List<String> outlets = new ArrayList<>();
    manifest.get("outlets").forEach(o -> outlets.add(o.asText()));
    assertEquals(List.of("<b>Evil</b> & Co", "The Daily", "Wire Agency"), outlets);
    assertEquals("2026-03-01", manifest.get("first").asText());
    assertEquals("2026-03-03", manifest.get("last").asText());
    assertTrue(files.containsKey("d-0") && !files.containsKey("d-1"));
    assertTrue(files.containsKey("days") && files.containsKey("o-2") && !files.containsKey("o-3"));
  }

  @Test
  void entriesAreNewestFirstAndTheFiltersListsPointAtThem() throws Exception {
    Map<String, byte[]> files = indexFiles();
    JsonNode docs = data("d-0", files.get("d-0"));
    List<String> titles = new ArrayList<>();
    docs.forEach(d -> titles.add(d.get("type").asText() + ": " + d.get("title").asText()));
    assertEquals(List.of("article: Summit in Lyon ends with a pledge", "event: Leaders meet in Lyon on energy",
        "event: " + DigestFixture.SCRIPT_TITLE, "event: Leaders meet in Lyon on energy"), titles);
    assertEquals("3 March 2026", docs.get(0).get("when").asText());
    assertEquals("Wire Agency, The Daily", docs.get(1).get("outlet").asText());
    assertFalse(docs.get(3).has("when"), "undated: no day");
    // Days: 3 March at entry 0, 2 March at 1, 1 March at 2; entry 3 is undated.
    JsonNode days = data("days", files.get("days"));
    assertEquals(JSON.readTree("{\"starts\":[[20515,0],[1,1],[1,1]],\"undated\":3}"), days);
    // "The Daily" (o-1): its article (entry 0) and the summit (1), as gaps.
    assertEquals(JSON.readTree("[0,1]"), data("o-1", files.get("o-1")));
  }

  @Test
  void aWordIsInTheShardOfTheLongestKeyItStartsWithWithItsFieldAndKind() throws Exception {
    Map<String, byte[]> files = indexFiles();
    JsonNode manifest = data("manifest", files.get("manifest"));
    Set<String> keys = new TreeSet<>();
    manifest.get("keys").forEach(key -> keys.add(key.asText()));
    JsonNode shard = data(SearchTerms.fileName(SearchTerms.keyOf("lyon", keys)),
        files.get(SearchTerms.fileName(SearchTerms.keyOf("lyon", keys))));
    // Entry 0 (article, Lyon in its title: class 0, not an event), entry 1 (event, title, +1).
    // Entry 3 (the undated event, title) two on.
    assertEquals(JSON.readTree("[0,9,17]"), shard.get("lyon"));
    // "lopez" without its accent, from the people of both; a name, class 1.
    JsonNode lopez = data(SearchTerms.fileName(SearchTerms.keyOf("lopez", keys)),
        files.get(SearchTerms.fileName(SearchTerms.keyOf("lopez", keys)))).get("lopez");
    assertEquals(JSON.readTree("[2,11]"), lopez);
    // The wire article's own words are found through its event: "march" is only in its text.
    JsonNode march = data(SearchTerms.fileName(SearchTerms.keyOf("march", keys)),
        files.get(SearchTerms.fileName(SearchTerms.keyOf("march", keys)))).get("march");
    assertEquals(JSON.readTree("[13]"), march, "entry 1, the summit, as other text (class 2)");
  }

  @Test
  void shardsSplitByOneMoreLetterUntilTheyFitAndPrefixesFindTheirShards() {
    SearchTerms terms = new SearchTerms();
    List<String> vocabulary = List.of("pa", "paris", "parade", "park", "pasta", "past", "peace", "zoo");
    for (int id = 0; id < 200; id++) {
      Map<String, Integer> words = new TreeMap<>();
      words.put(vocabulary.get(id % vocabulary.size()), SearchEntry.TITLE);
      if (id % 2 == 0) {
        words.put("paris", SearchEntry.OTHER);
      }
      terms.add(id % 2 == 0, words);
    }
    SearchTerms.Shards shards = terms.shards(400);
    // "pa..." is over 400 bytes: "pa" keeps its own word, "par..." splits again; "paris" (in
    // 125 entries) stays whole under "pari"; "pasta" and "past" fit together.
    assertEquals(List.of("pa", "para", "pari", "park", "pas", "pe", "z"), shards.keys());
    Set<String> keys = new TreeSet<>(shards.keys());
    for (String word : vocabulary) {
      String key = SearchTerms.keyOf(word, keys);
      assertTrue(shards.shard(key).containsKey(word), word + " in " + key);
    }
    assertEquals(List.of("paris"), List.copyOf(shards.shard("pari").keySet()));
    assertEquals(List.of("past", "pasta"), List.copyOf(shards.shard("pas").keySet()));
    // What the script loads for a prefix (the longest key it starts with, and every longer key
    // starting with it) holds every word with that prefix.
    for (String word : vocabulary) {
      for (int length = 1; length <= word.length(); length++) {
        String prefix = word.substring(0, length);
        Set<String> loaded = new TreeSet<>();
        for (int n = prefix.length(); n > 0 && loaded.isEmpty(); n--) {
          if (keys.contains(prefix.substring(0, n))) {
            loaded.addAll(shards.shard(prefix.substring(0, n)).keySet());
          }
        }
        keys.stream().filter(k -> k.length() > prefix.length() && k.startsWith(prefix))
            .forEach(k -> loaded.addAll(shards.shard(k).keySet()));
        for (String other : vocabulary) {
          if (other.startsWith(prefix)) {
            assertTrue(loaded.contains(other), prefix + " loads " + loaded + ", not " + other);
          }
        }
      }
    }
    int[] park = shards.shard("park").get("park");
    // Entries 3, 11, 19, ... hold "park" (odd: articles).
    assertEquals(3 * 8 + SearchEntry.TITLE * 2, park[0], "entry 3 from 0, a title, an article");
    assertEquals(8 * 8, park[1], "then 8 entries on");
  }

  @Test
  void wordsInMoreThanAnEighthOfManyEntriesAreLeftOutAsCommon() {
    SearchTerms terms = new SearchTerms();
    for (int id = 0; id < 16_000; id++) {
      terms.add(false, Map.of("the", SearchEntry.OTHER, "w" + (id % 9), SearchEntry.TITLE));
    }
    SearchTerms.Shards shards = terms.shards(SearchIndex.SHARD_BYTES);
    assertEquals(List.of("the"), shards.common());
    assertFalse(shards.keys().contains("t"), "no shard for it");
    // 16,000 / 9 = 1,778 entries each, over 1,000 but under an eighth (2,000): kept.
    assertTrue(shards.shard(SearchTerms.keyOf("w1", new TreeSet<>(shards.keys()))).containsKey("w1"));
  }

  @Test
  void sameDigestGivesTheSameBytesInAnyLocaleAndTimeZone() {
    Map<String, byte[]> first = indexFiles();
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // its lower case of "I" is not "i"
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Map<String, byte[]> second = indexFiles();
      assertEquals(first.keySet(), second.keySet());
      first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void textFromArticlesCannotEndTheScriptOrItsString() throws Exception {
    String hostile = "\"]=alert(1);//</script><script>alert(2)</script><!-- \\\" ' \u2028 \u2029 &amp;";
    byte[] file = SearchIndex.script(new JsonText(), "d-0", List.of(Map.of("title", hostile)));
    String text = new String(file, StandardCharsets.UTF_8);
    for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
      assertFalse(text.contains(unsafe), "no raw " + unsafe + ": " + text);
    }
    assertEquals(hostile, data("d-0", file).get(0).get("title").asText(), "the same text, read back");
    // And in the site: the hostile event's title is in the index only as data.
    Map<String, byte[]> files = indexFiles();
    for (Map.Entry<String, byte[]> entry : files.entrySet()) {
      assertFalse(new String(entry.getValue(), StandardCharsets.UTF_8).contains("<"), entry.getKey());
      data(entry.getKey(), entry.getValue());
    }
    assertEquals(DigestFixture.SCRIPT_TITLE, data("d-0", files.get("d-0")).get(2).get("title").asText());
  }

  /**
   * A large corpus in the shape of news text: 40,000 entries of 30 words drawn from a vocabulary
   * of 200,000 with Zipf's law, as words of real text are. No shard may be
   * over the limit: the splitter cuts by more letters, and the common words are left out.
   */
  @Test
  void noShardOfALargeCorpusIsOverTheLimit() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    int vocabularySize = 200_000;
    double[] cumulative = new double[vocabularySize];
    double sum = 0;
    for (int rank = 0; rank < vocabularySize; rank++) {
      sum += 1.0 / (rank + 1);
      cumulative[rank] = sum;
    }
    String[] vocabulary = new String[vocabularySize];
    for (int rank = 0; rank < vocabularySize; rank++) {
      vocabulary[rank] = word(rank);
    }
    SearchTerms terms = new SearchTerms();
    for (int id = 0; id < 40_000; id++) {
      Map<String, Integer> words = new HashMap<>();
      for (int n = 0; n < 30; n++) {
        double draw = random.nextDouble() * sum;
        int rank = java.util.Arrays.binarySearch(cumulative, draw);
        words.merge(vocabulary[rank < 0 ? -rank - 1 : rank], n < 6 ? SearchEntry.TITLE : SearchEntry.OTHER, Math::min);
      }
      terms.add(id % 9 == 0, words);
    }
    SearchTerms.Shards shards = terms.shards(SearchIndex.SHARD_BYTES);
    JsonText json = new JsonText();
    int largest = 0;
    for (String key : shards.keys()) {
      largest = Math.max(largest, SearchIndex.script(json, SearchTerms.fileName(key), shards.shard(key)).length);
    }
    // The data within the limit, plus the few bytes of the assignment around it.
    assertTrue(largest <= SearchIndex.SHARD_BYTES + 80, "largest shard " + largest + " bytes");
    assertTrue(shards.keys().size() > 20, "split into " + shards.keys().size());
    assertFalse(shards.common().isEmpty());
  }

  /** A made-up word for a rank: short for frequent ranks, as in real text. */
  private static String word(int rank) {
    String letters = "etaoinshrdlucmfwypvbgkjqxz";
    StringBuilder word = new StringBuilder();
    int n = rank;
    do {
      word.append(letters.charAt(n % letters.length()));
      n /= letters.length();
    } while (n > 0);
    return word.append(letters.charAt(rank % 7)).toString();
  }
}
