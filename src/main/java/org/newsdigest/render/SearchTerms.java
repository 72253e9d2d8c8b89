package org.newsdigest.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The word index of search, split into shards by the first letters of the words, so that a query
 * loads only the shards its words need. Entries are numbered in the order they are added; each
 * word lists the entries that hold it.
 *
 * <p>A shard is keyed by a prefix and holds every word whose longest prefix among the keys is
 * its own. Keys start as single letters; a shard over {@code shardBytes} is split by one more
 * letter, again and again, until it fits or holds a single word (which stays whole). The script
 * finds a word's shard as the longest key the word starts with, and a prefix's words in that
 * shard and in every longer key that starts with the prefix.
 *
 * <p>A posting is one number per entry: {@code gap * 8 + class * 2 + isEvent}, where gap is the
 * entry's number less the previous posting's (the first is counted from 0) and class is the best
 * field the word was found in ({@link SearchEntry#TITLE}, {@link SearchEntry#NAME}, {@link
 * SearchEntry#OTHER}). Gaps keep the numbers short: entries are numbered newest first, so the
 * index is also in date order.
 *
 * <p>Words in more than one entry in {@link #COMMON_SHARE} (and more than {@link #COMMON_MIN}
 * entries), or whose list alone would be over {@code shardBytes}, are left out and listed as
 * common: "the" finds everything, and its list alone would be the largest shard. So no shard is
 * ever over {@code shardBytes}: one that is over it holds several words and is split.
 */
final class SearchTerms {
  static final int COMMON_SHARE = 8;
  static final int COMMON_MIN = 1000;

  /** Looked up once per word of every entry: hashed, and sorted once, by {@link #shards}. */
  private final Map<String, Postings> postings = new HashMap<>();
  private int entries;

  /**
   * Adds the next entry's words.
   *
   * @param words each word and the best field class it occurs in
   */
  void add(boolean event, Map<String, Integer> words) {
    int id = entries++;
    words.forEach((word, fieldClass) ->
        postings.computeIfAbsent(word, w -> new Postings()).add(id, fieldClass * 2 + (event ? 1 : 0)));
  }

  /** The shards, cut so that none is over {@code shardBytes}. */
  Shards shards(int shardBytes) {
    int commonAbove = Math.max(COMMON_MIN, entries / COMMON_SHARE);
    Set<String> common = new TreeSet<>();
    List<String> words = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (Map.Entry<String, Postings> entry : new TreeMap<>(postings).entrySet()) {
      int bytes = entry.getValue().jsonBytes(entry.getKey());
      if (entry.getValue().size > commonAbove || bytes > shardBytes) {
        common.add(entry.getKey());
      } else {
        words.add(entry.getKey()); // sorted, so words with one prefix stand together
        sizes.add(bytes);
      }
    }
    Set<String> keys = new TreeSet<>();
    split(words, sizes, 0, words.size(), 1, shardBytes, keys);
    Map<String, List<String>> members = new TreeMap<>();
    for (String word : words) {
      members.computeIfAbsent(keyOf(word, keys), k -> new ArrayList<>()).add(word);
    }
    return new Shards(List.copyOf(keys), List.copyOf(common), members, postings);
  }

  /**
   * Adds the keys for words[from, to), which share their first {@code length - 1} letters:
   * grouped by their first {@code length} letters, each group a key when it fits, else split.
   */
  private static void split(List<String> words, List<Integer> sizes, int from, int to, int length,
      int shardBytes, Set<String> keys) {
    int start = from;
    while (start < to) {
      String head = head(words.get(start), length);
      int end = start;
      long bytes = 0;
      while (end < to && head(words.get(end), length).equals(head)) {
        bytes += sizes.get(end);
        end++;
      }
      if (bytes <= shardBytes || end - start == 1) {
        keys.add(head);
      } else {
        // The word that is the key itself stays under it, alone; the longer ones split further.
        int longer = start;
        if (words.get(start).equals(head)) {
          keys.add(head);
          longer++;
        }
        split(words, sizes, longer, end, length + 1, shardBytes, keys);
      }
      start = end;
    }
  }

  /** The longest key {@code word} starts with: the shard that holds it. */
  static String keyOf(String word, Set<String> keys) {
    for (int length = length(word); length > 0; length--) {
      String head = head(word, length);
      if (keys.contains(head)) {
        return head;
      }
    }
    throw new IllegalStateException("No shard for the word '" + word + "'");
  }

  /** The first {@code length} characters of {@code word}, counted in code points as the script counts them. */
  private static String head(String word, int length) {
    int end = word.offsetByCodePoints(0, Math.min(length, length(word)));
    return word.substring(0, end);
  }

  private static int length(String word) {
    return word.codePointCount(0, word.length());
  }

  /** The file name of a key's shard: its UTF-8 bytes in hex, so any letter makes a safe, plain name. */
  static String fileName(String key) {
    StringBuilder name = new StringBuilder("t-");
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      name.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return name.toString();
  }

  /** The split index: its keys, the common words left out, and the postings of each shard. */
  static final class Shards {
    private final List<String> keys;
    private final List<String> common;
    private final Map<String, List<String>> members;
    private final Map<String, Postings> postings;

    private Shards(List<String> keys, List<String> common, Map<String, List<String>> members,
        Map<String, Postings> postings) {
      this.keys = keys;
      this.common = common;
      this.members = members;
      this.postings = postings;
    }

    /** Every key, sorted. */
    List<String> keys() {
      return keys;
    }

    /** The words left out as too common, sorted. */
    List<String> common() {
      return common;
    }

    /** The shard of {@code key}: each of its words, sorted, and its postings. */
    Map<String, int[]> shard(String key) {
      Map<String, int[]> shard = new LinkedHashMap<>();
      for (String word : members.getOrDefault(key, List.of())) {
        shard.put(word, postings.get(word).encoded());
      }
      return shard;
    }
  }

  /** One word's entries, in the order added, each as entry number * 8 + code. */
  private static final class Postings {
    private int[] values = new int[2];
    private int size;

    void add(int id, int code) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = id * 8 + code;
    }

    /** As written: the gap to the previous entry times 8 plus the code. */
    int[] encoded() {
      int[] out = new int[size];
      int previous = 0;
      for (int i = 0; i < size; i++) {
        int id = values[i] / 8;
        out[i] = (id - previous) * 8 + values[i] % 8;
        previous = id;
      }
      return out;
    }

    /** The bytes of {@code "word":[...],} in the shard. */
    int jsonBytes(String word) {
      int bytes = word.getBytes(StandardCharsets.UTF_8).length + 6;
      int previous = 0;
      for (int i = 0; i < size; i++) {
        int id = values[i] / 8;
        bytes += digits((id - previous) * 8 + values[i] % 8) + 1;
        previous = id;
      }
      return bytes;
    }

    /** How many digits {@code Integer.toString} writes for {@code value}, which is not negative. */
    private static int digits(int value) {
      int digits = 1;
      for (int rest = value / 10; rest > 0; rest /= 10) {
        digits++;
      }
      return digits;
    }
  }
}
