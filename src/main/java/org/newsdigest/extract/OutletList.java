package org.newsdigest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsdigest.model.OutletKind;
import org.newsdigest.text.NameKeys;

/**
 * Outlets known by their web host: host to name, country, kind and other names. The list
 * shipped with newsdigest is {@code outlets.tsv} beside this class; a user's list in the same
 * format is laid over it ({@link #over}). Immutable and thread-safe.
 *
 * <p>A line is {@code host<TAB>name[<TAB>country[<TAB>kind[<TAB>other names]]]}: the country an
 * ISO 3166-1 two-letter code or {@code -}, the kind one of {@link OutletKind}'s words or {@code
 * -}, the other names comma-separated ("AP, The Associated Press"). Blank lines and lines
 * starting with {@code #} are comments. A host stands for itself and every host under it:
 * {@code cnn.com} matches {@code edition.cnn.com}; the longest listed host wins.
 */
public final class OutletList {
  /** The shipped list's resource name, beside this class. */
  static final String SHIPPED = "outlets.tsv";

  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /**
   * One outlet under one host.
   *
   * @param host the host without "www." ("bbc.co.uk")
   * @param name the outlet's name for readers
   * @param country upper-case ISO 3166-1 alpha-2 code, or null
   * @param kind what sort of outlet, or null
   * @param aliases other names it goes by ("AP"), for matching a stated name
   */
  public record Entry(String host, String name, String country, OutletKind kind,
      List<String> aliases) {
    public Entry {
      aliases = List.copyOf(aliases);
    }
  }

  private final Map<String, Entry> byHost;
  private final Map<String, Entry> byName;

  private OutletList(Map<String, Entry> byHost) {
    this.byHost = Map.copyOf(byHost);
    // An outlet with several hosts gives its other names on its main host's line: those lines
    // answer for their names first, then the rest in host order.
    Map<String, Entry> names = new LinkedHashMap<>();
    List<Entry> main = new ArrayList<>();
    List<Entry> rest = new ArrayList<>();
    for (Entry entry : new TreeMap<>(byHost).values()) {
      (entry.aliases().isEmpty() ? rest : main).add(entry);
    }
    for (Entry entry : main) {
      names.putIfAbsent(nameKey(entry.name()), entry);
      for (String alias : entry.aliases()) {
        names.putIfAbsent(nameKey(alias), entry);
      }
    }
    for (Entry entry : rest) {
      names.putIfAbsent(nameKey(entry.name()), entry);
    }
    names.remove("");
    this.byName = Map.copyOf(names);
  }

  /** The list shipped with newsdigest, read once: the list is immutable and shared. */
  public static OutletList shipped() {
    return Shipped.LIST;
  }

  /** Holds the shipped list, read on first use. */
  private static final class Shipped {
    static final OutletList LIST = readShipped();
  }

  private static OutletList readShipped() {
    try (InputStream in = OutletList.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " missing from the extract package");
      }
      List<String> problems = new ArrayList<>();
      OutletList list = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED, problems);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("the shipped outlet list is broken: " + problems.get(0));
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list with no outlet. */
  public static OutletList empty() {
    return new OutletList(Map.of());
  }

  /**
   * Reads a list. A line that cannot be used adds a problem to {@code problems}, naming {@code
   * file} and the line ("seeds/outlets.tsv line 4: ..."), and is left out, or kept without the
   * part that was wrong (an unknown country or kind); the other lines are read.
   */
  public static OutletList parse(String text, String file, List<String> problems) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      String where = file + " line " + (i + 1) + ": ";
      Entry entry = entry(line, where, problems);
      if (entry == null) {
        continue;
      }
      Integer first = lineOf.putIfAbsent(entry.host(), i + 1);
      if (first != null) {
        problems.add(where + "'" + entry.host() + "' is already listed on line " + first
            + "; this line is ignored");
        continue;
      }
      entries.put(entry.host(), entry);
    }
    return new OutletList(entries);
  }

  private static Entry entry(String line, String where, List<String> problems) {
    String[] cells = line.split("\t", -1);
    if (cells.length < 2) {
      problems.add(where + "expected a host, a tab, then the outlet's name (and, each after a tab,"
          + " country, kind and other names); this line is ignored");
      return null;
    }
    if (cells.length > 5) {
      problems.add(where + "more than five tab-separated cells (host, name, country, kind,"
          + " other names); this line is ignored");
      return null;
    }
    String host = hostOf(cells[0].strip());
    if (host == null) {
      problems.add(where + "'" + cells[0].strip() + "' is not a web host such as bbc.co.uk;"
          + " this line is ignored");
      return null;
    }
    String name = cells[1].strip();
    if (name.isEmpty()) {
      problems.add(where + "no outlet name after the host; this line is ignored");
      return null;
    }
    String country = cells.length > 2 ? country(cells[2], where, problems) : null;
    OutletKind kind = cells.length > 3 ? kind(cells[3], where, problems) : null;
    List<String> aliases = new ArrayList<>();
    if (cells.length > 4) {
      for (String alias : cells[4].split(",")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
    }
    return new Entry(host, name, country, kind, aliases);
  }

  /** An upper-case ISO country code, or null for a blank or "-" cell (or a wrong one, reported). */
  static String country(String cell, String where, List<String> problems) {
    String code = cell.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.equals("-")) {
      return null;
    }
    if (code.equals("UK")) {
      return "GB"; // ISO reserves UK for the United Kingdom; GB is its code
    }
    if (!COUNTRIES.contains(code)) {
      problems.add(where + "'" + cell.strip() + "' is not a two-letter country code (ISO 3166-1,"
          + " such as GB, US or DE; - for none); the outlet is kept without a country");
      return null;
    }
    return code;
  }

  /** The kind a cell names, or null for a blank or "-" cell (or a wrong one, reported). */
  static OutletKind kind(String cell, String where, List<String> problems) {
    String word = cell.strip();
    if (word.isEmpty() || word.equals("-")) {
      return null;
    }
    OutletKind kind = OutletKind.of(word);
    if (kind == null) {
      List<String> words = new ArrayList<>();
      for (OutletKind k : OutletKind.values()) {
        words.add(k.id());
      }
      problems.add(where + "'" + word + "' is not a kind of outlet (" + String.join(", ", words)
          + "; - for none); the outlet is kept without a kind");
    }
    return kind;
  }

  /** This list laid over {@code base}: where both list a host, this list's entry wins. */
  public OutletList over(OutletList base) {
    Map<String, Entry> merged = new LinkedHashMap<>(base.byHost);
    merged.putAll(byHost);
    OutletList list = new OutletList(merged);
    // A name this list gives wins too, whichever host the base lists it under.
    Map<String, Entry> names = new LinkedHashMap<>(list.byName);
    names.putAll(byName);
    return new OutletList(list.byHost, names);
  }

  private OutletList(Map<String, Entry> byHost, Map<String, Entry> byName) {
    this.byHost = Map.copyOf(byHost);
    this.byName = Map.copyOf(byName);
  }

  /** How many hosts the list knows. */
  public int size() {
    return byHost.size();
  }

  /**
   * The entry for a host or any host above it ({@code edition.cnn.com} finds {@code cnn.com}),
   * the longest listed one first; null when the list knows none of them. Where two lines give
   * one outlet (one name, one country: huffingtonpost.com and huffpost.com) the answer is the
   * line the name finds, so both hosts are one outlet.
   */
  public Entry byHost(String host) {
    String h = hostOf(host);
    while (h != null) {
      Entry entry = byHost.get(h);
      if (entry != null) {
        Entry named = byName.get(nameKey(entry.name()));
        return named != null && Objects.equals(named.country(), entry.country()) ? named : entry;
      }
      int dot = h.indexOf('.');
      h = dot < 0 ? null : h.substring(dot + 1);
    }
    return null;
  }

  /**
   * The entry whose name or other name is {@code name}, ignoring case, accents, punctuation and
   * a leading "The" ("the guardian" finds The Guardian, "AP" the Associated Press); null when none.
   */
  public Entry byName(String name) {
    if (name == null) {
      return null;
    }
    String key = nameKey(name);
    return key.isEmpty() ? null : byName.get(key);
  }

  /** "The New York Times" → "newyorktimes": the name's key without a leading "the" or spaces. */
  static String nameKey(String name) {
    String key = NameKeys.key(name);
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    return key.replace(" ", "");
  }

  /**
   * The host an address or a bare host names, lower case, without "www.", port, user or
   * trailing dot ("https://www.BBC.co.uk:443/news" → "bbc.co.uk"); null when it is not a web
   * host of at least two labels.
   */
  public static String hostOf(String address) {
    if (address == null) {
      return null;
    }
    String h = address.strip();
    int scheme = h.indexOf("://");
    if (scheme >= 0) {
      h = h.substring(scheme + 3);
    } else if (h.startsWith("//")) {
      h = h.substring(2);
    }
    int end = h.length();
    for (char stop : new char[] {'/', '?', '#'}) {
      int at = h.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    h = h.substring(0, end);
    int at = h.lastIndexOf('@');
    if (at >= 0) {
      h = h.substring(at + 1);
    }
    int colon = h.indexOf(':');
    if (colon >= 0) {
      h = h.substring(0, colon);
    }
    h = h.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    return isHost(h) ? h : null;
  }

  /** Lower-case labels of letters, digits and inner hyphens, at least two, the last not all digits. */
  static boolean isHost(String host) {
    if (host.isEmpty() || host.length() > 253) {
      return false;
    }
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
  }
}
