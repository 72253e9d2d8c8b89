package org.newsdigest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The places every stage knows, from one list ({@code places.txt}; its header says the format):
 * which names the entity recogniser reads as a place and under which canonical name, and which
 * place lies in which (a city in its state, a state in its country) for the merge, which compares
 * places by their folded names ({@link NameKeys#key}). Also a general naming rule for names the
 * list does not know: "Northeast Philadelphia" or "Greater London" lies in the place its last
 * words name ("South Sudan", a listed name, does not lie in Sudan). Immutable.
 */
public final class Gazetteer {

  /** What a place line says the place is. */
  enum Kind {
    /** Lies in a larger listed place. */
    PART,
    /** A country or territory: an outermost place. */
    COUNTRY,
    /** A continent or world region, in no one country. */
    REGION
  }

  /**
   * One line of the list.
   *
   * @param name the name as listed
   * @param canonical the place it names: {@code name} itself on a place line
   * @param larger the place it lies in (place lines of kind PART), else null
   * @param kind the kind of place on a place line, null on an alias line
   * @param recognised false for a name for matching only ('~'): not a place mention by itself
   * @param line its line number in the list, from 1
   */
  record Entry(String name, String canonical, String larger, Kind kind, boolean recognised,
      int line) {
    boolean isAlias() {
      return kind == null;
    }
  }

  /** Words that name a part of a place: "Northeast Philadelphia", "Downtown Los Angeles". */
  private static final Pattern PART_OF =
      Pattern.compile(
          "^(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern"
              + "|eastern|western|central|downtown|greater|upper|lower|inner|outer) (.+)$");

  private static final String RESOURCE = "places.txt";

  private final List<Entry> entries;
  /** Recognised names, lower case, to the canonical name of their place. */
  private final Map<String, String> recognised;
  private final Set<String> countries;
  /** Every name's key to its place's key. */
  private final Map<String, String> keys;
  /** A place's key to the key of the place it lies in. */
  private final Map<String, String> larger;
  private final Set<String> countryKeys;

  private Gazetteer(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, String> recognised = new HashMap<>();
    Set<String> countries = new TreeSet<>();
    Map<String, String> keys = new HashMap<>();
    Map<String, String> larger = new HashMap<>();
    Set<String> countryKeys = new TreeSet<>();
    Set<String> placeKeys = new TreeSet<>();
    for (Entry e : entries) {
      if (e.recognised()) {
        recognised.put(e.name().toLowerCase(Locale.ROOT), e.canonical());
      }
      String key = NameKeys.key(e.name());
      String place = NameKeys.key(e.canonical());
      String before = keys.putIfAbsent(key, place);
      if (before != null && !before.equals(place)) {
        throw invalid(e, "folds to \"" + key + "\" like a name of another place, " + before);
      }
      if (!e.isAlias() && !placeKeys.add(key)) {
        throw invalid(e, "folds to \"" + key + "\" like another place line: make one an alias");
      }
      if (e.larger() != null) {
        larger.put(key, NameKeys.key(e.larger()));
      }
      if (e.kind() == Kind.COUNTRY) {
        countries.add(e.name());
        countryKeys.add(key);
      }
    }
    this.recognised = Map.copyOf(recognised);
    this.countries = Set.copyOf(countries);
    this.keys = Map.copyOf(keys);
    this.larger = Map.copyOf(larger);
    this.countryKeys = Set.copyOf(countryKeys);
  }

  /** The list packed with the text package, read once. */
  public static Gazetteer load() {
    return Packed.GAZETTEER;
  }

  private static final class Packed {
    static final Gazetteer GAZETTEER = read();

    private static Gazetteer read() {
      try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("The place list " + RESOURCE + " is missing from the build.");
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("The place list " + RESOURCE + " could not be read.", e);
      }
    }
  }

  /**
   * Reads a list in the format of {@code places.txt}: "Name", "Name &gt; Larger", "Name
   * [country]", "Name [region]", "Alias = Name", each optionally after '~' (for matching only);
   * '#' starts a comment line. Throws IllegalArgumentException on a line it cannot use.
   */
  static Gazetteer parse(String text) {
    List<Entry> lines = new ArrayList<>();
    Map<String, Entry> byName = new HashMap<>();
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Entry e = entry(line, i + 1);
      Entry before = byName.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
      if (before != null) {
        throw invalid(e, "lists " + e.name() + " again (line " + before.line() + ")");
      }
      lines.add(e);
    }
    for (Entry e : lines) {
      String target = e.isAlias() ? e.canonical() : e.larger();
      if (target == null) {
        continue;
      }
      Entry place = byName.get(target.toLowerCase(Locale.ROOT));
      if (place == null || place.isAlias() || !place.name().equals(target)) {
        throw invalid(e, target + " is not a place line of the list");
      }
      if (e.isAlias() && e.recognised() && !place.recognised()) {
        throw invalid(e, "a recognised name of a place for matching only");
      }
    }
    return new Gazetteer(lines);
  }

  private static Entry entry(String line, int number) {
    boolean recognised = !line.startsWith("~");
    String rest = recognised ? line : line.substring(1).strip();
    Kind kind = Kind.PART;
    if (rest.endsWith("]")) {
      int open = rest.lastIndexOf(" [");
      String tag = open < 0 ? "" : rest.substring(open + 2, rest.length() - 1);
      kind = switch (tag) {
        case "country" -> Kind.COUNTRY;
        case "region" -> Kind.REGION;
        default -> throw invalid(number, line, "an unknown tag; [country] and [region] are known");
      };
      rest = rest.substring(0, open).strip();
    }
    int is = rest.indexOf(" = ");
    int in = rest.indexOf(" > ");
    if (is >= 0 && in >= 0) {
      throw invalid(number, line, "both '=' and '>'");
    }
    if (is >= 0) {
      if (kind != Kind.PART) {
        throw invalid(number, line, "a tag on an alias");
      }
      return new Entry(rest.substring(0, is).strip(), rest.substring(is + 3).strip(), null, null,
          recognised, number);
    }
    String name = in >= 0 ? rest.substring(0, in).strip() : rest;
    String larger = in >= 0 ? rest.substring(in + 3).strip() : null;
    if ((larger == null) != (kind != Kind.PART)) {
      throw invalid(number, line, "a place needs either '> Larger' or a tag, [country] or [region]");
    }
    if (name.isEmpty() || NameKeys.key(name).isEmpty()) {
      throw invalid(number, line, "no name");
    }
    return new Entry(name, name, larger, kind, recognised, number);
  }

  private static IllegalArgumentException invalid(Entry e, String why) {
    return new IllegalArgumentException(RESOURCE + " line " + e.line() + " (" + e.name() + "): " + why);
  }

  private static IllegalArgumentException invalid(int number, String line, String why) {
    return new IllegalArgumentException(RESOURCE + " line " + number + " (" + line + "): " + why);
  }

  /** Every line of the list, in order. */
  List<Entry> entries() {
    return entries;
  }

  // Names as written: what the entity recogniser reads as a place.

  /**
   * The canonical name of the place a name as written in a text names ("Kiev" gives "Kyiv",
   * "U.S." gives "United States"), or null when the list does not make it a place mention (names
   * for matching only included). Case does not matter, except that a name of up to three letters
   * counts only in capitals: "us" and "uk" are words too.
   */
  public String canonical(String written) {
    String found = recognised.get(written.toLowerCase(Locale.ROOT));
    if (found == null) {
      return null;
    }
    if (written.length() <= 3 && !written.equals(written.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return found;
  }

  /** Whether a name as written is a country's ("Germany", "U.S.", "Britain"). */
  public boolean isCountry(String written) {
    String found = canonical(written);
    return found != null && countries.contains(found);
  }

  // Folded names (NameKeys.key): what the merge compares.

  /** The key of the place a folded name names: "usa" gives "united states"; else the name. */
  public String canonicalKey(String key) {
    return keys.getOrDefault(key, key);
  }

  /** The folded place itself (its usual name) and every place it lies in. */
  public Set<String> selfAndAncestors(String key) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(canonicalKey(key));
    while (!todo.isEmpty()) {
      String place = todo.poll();
      if (place.isEmpty() || !seen.add(place)) {
        continue;
      }
      String up = larger.get(place);
      if (up != null) {
        todo.add(up);
      }
      // only a name the list does not know: "South Sudan" and "West Virginia" are places of their own
      var part = PART_OF.matcher(place);
      if (!keys.containsKey(place) && part.matches()) {
        todo.add(canonicalKey(part.group(2)));
      }
    }
    return seen;
  }

  /**
   * The countries the folded place lies in (its own key, for a country), or empty when the list
   * knows no country for it: an unknown place, a continent or world region.
   */
  public Set<String> countriesOf(String key) {
    Set<String> found = new TreeSet<>();
    for (String place : selfAndAncestors(key)) {
      if (countryKeys.contains(place)) {
        found.add(place);
      }
    }
    return found;
  }

  /** True when one of the two folded places lies in (or is) the other. */
  public boolean nested(String a, String b) {
    return selfAndAncestors(a).contains(canonicalKey(b))
        || selfAndAncestors(b).contains(canonicalKey(a));
  }
}
