package org.newsdigest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Place names the extractor knows without context: every country as java.util.Locale names it
 * in English, common short forms ("U.S.", "UK", "Britain"), and the capitals, major cities and
 * regions listed in {@code places.txt}. Maps a name as written to its canonical form.
 */
final class Gazetteer {

  private final Map<String, String> canonical;
  /** The countries' canonical names, lower case. */
  private final Set<String> countries;

  private Gazetteer(Map<String, String> canonical, Set<String> countries) {
    this.canonical = Map.copyOf(canonical);
    this.countries = Set.copyOf(countries);
  }

  static Gazetteer load() {
    Map<String, String> names = new TreeMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      String main = name.replaceAll("\\s*\\(.*\\)", "").strip();
      put(names, main, main);
      put(names, main.replace(" & ", " and "), main);
      put(names, main.replace("St. ", "Saint "), main);
      int paren = name.indexOf('(');
      if (paren > 0) {
        put(names, name.substring(paren + 1, name.indexOf(')', paren)), main);
      }
    }
    String[][] shortForms = {
      {"US", "United States"}, {"U.S.", "United States"}, {"USA", "United States"},
      {"U.S.A.", "United States"}, {"America", "United States"},
      {"United States of America", "United States"}, {"UK", "United Kingdom"},
      {"U.K.", "United Kingdom"}, {"Britain", "United Kingdom"},
      {"Great Britain", "United Kingdom"}, {"Russian Federation", "Russia"},
      {"Czech Republic", "Czechia"}, {"Holland", "Netherlands"}, {"UAE", "United Arab Emirates"},
      {"Ivory Coast", "Côte d’Ivoire"}, {"Turkey", "Turkey"}, {"Türkiye", "Turkey"},
      {"Vatican", "Vatican City"}, {"Palestine", "Palestine"}, {"Kosovo", "Kosovo"},
      {"DRC", "Congo - Kinshasa"}, {"Democratic Republic of Congo", "Congo - Kinshasa"},
      {"Democratic Republic of the Congo", "Congo - Kinshasa"}
    };
    for (String[] form : shortForms) {
      put(names, form[0], form[1]);
    }
    Set<String> countries = new TreeSet<>();
    names.values().forEach(v -> countries.add(v.toLowerCase(Locale.ROOT)));
    try (InputStream in = Gazetteer.class.getResourceAsStream("places.txt")) {
      if (in == null) {
        throw new IllegalStateException("places.txt missing from the extract package");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        String name = eq < 0 ? line : line.substring(0, eq).strip();
        String target = eq < 0 ? line : line.substring(eq + 1).strip();
        put(names, name, target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Gazetteer(names, countries);
  }

  private static void put(Map<String, String> names, String name, String target) {
    names.putIfAbsent(name.toLowerCase(Locale.ROOT), target);
  }

  /** Whether {@code name} is a country ("Germany", "U.S.", "Britain"). */
  boolean isCountry(String name) {
    String found = canonical(name);
    return found != null && countries.contains(found.toLowerCase(Locale.ROOT));
  }

  /** The canonical name of a known place, or null. Case matters only for the short forms. */
  String canonical(String name) {
    String found = canonical.get(name.toLowerCase(Locale.ROOT));
    if (found == null) {
      return null;
    }
    // "us" and "uk" are words too: only their capitalised forms are the countries
    if (name.length() <= 3 && !name.equals(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    return found;
  }
}
