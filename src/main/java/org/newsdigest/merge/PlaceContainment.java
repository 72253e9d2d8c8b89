package org.newsdigest.merge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.text.NameKeys;

/**
 * Which common places lie inside which ({@code place-containment.txt}: a city in its county or
 * state, a state in its country), so that an article placed in "Newport Beach" and another placed
 * in "California" are not read as two places. Also a general naming rule: "Northeast
 * Philadelphia" or "Greater London" lies in the place its last words name. Works on folded names
 * ({@link NameKeys#key}). Immutable.
 */
final class PlaceContainment {

  /** Words that name a part of a place: "Northeast Philadelphia", "Downtown Los Angeles". */
  private static final Pattern PART_OF =
      Pattern.compile(
          "^(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern"
              + "|eastern|western|central|downtown|greater|upper|lower|inner|outer) (.+)$");

  private final Map<String, String> aliases;
  private final Map<String, Set<String>> parents;
  private final Set<String> containers;

  private PlaceContainment(Map<String, String> aliases, Map<String, Set<String>> parents) {
    this.aliases = Map.copyOf(aliases);
    Map<String, Set<String>> copy = new TreeMap<>();
    parents.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    this.parents = Map.copyOf(copy);
    Set<String> all = new TreeSet<>();
    copy.values().forEach(all::addAll);
    this.containers = Set.copyOf(all);
  }

  /** The list packed with the merge stage. */
  static PlaceContainment load() {
    try (InputStream in = PlaceContainment.class.getResourceAsStream("place-containment.txt")) {
      if (in == null) {
        throw new IllegalStateException("place-containment.txt missing from the merge package");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      StringBuilder text = new StringBuilder();
      String line;
      while ((line = reader.readLine()) != null) {
        text.append(line).append('\n');
      }
      return parse(text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines "Place &gt; Larger place" and "Alias = Name"; '#' starts a comment line. */
  static PlaceContainment parse(String text) {
    Map<String, String> aliases = new TreeMap<>();
    Map<String, Set<String>> parents = new TreeMap<>();
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int in = line.indexOf(" > ");
      int is = line.indexOf(" = ");
      if (in > 0) {
        parents
            .computeIfAbsent(NameKeys.key(line.substring(0, in)), k -> new TreeSet<>())
            .add(NameKeys.key(line.substring(in + 3)));
      } else if (is > 0) {
        aliases.put(NameKeys.key(line.substring(0, is)), NameKeys.key(line.substring(is + 3)));
      }
    }
    return new PlaceContainment(aliases, parents);
  }

  /** The folded place itself (its usual name) and every place it lies in. */
  Set<String> selfAndAncestors(String folded) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(canonical(folded));
    while (!todo.isEmpty()) {
      String place = todo.poll();
      if (place.isEmpty() || !seen.add(place)) {
        continue;
      }
      todo.addAll(parents.getOrDefault(place, Set.of()));
      var part = PART_OF.matcher(place);
      if (part.matches()) {
        todo.add(canonical(part.group(2)));
      }
    }
    return seen;
  }

  /**
   * The outermost places the list knows the folded place to lie in (its country, for a listed
   * city or state; the place itself when it is a listed country), or empty when it is unknown.
   */
  Set<String> outermost(String folded) {
    Set<String> roots = new TreeSet<>();
    for (String place : selfAndAncestors(folded)) {
      if (!parents.containsKey(place) && containers.contains(place)) {
        roots.add(place);
      }
    }
    return roots;
  }

  /** True when one of the two folded places lies in (or is) the other. */
  boolean nested(String a, String b) {
    return selfAndAncestors(a).contains(canonical(b)) || selfAndAncestors(b).contains(canonical(a));
  }

  /** The usual name of a folded place: "usa" becomes "united states". */
  String canonical(String folded) {
    return aliases.getOrDefault(folded, folded);
  }
}
