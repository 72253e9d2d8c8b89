package org.newsdigest.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Every label a reader sees on the site, in the site's language: the built-in
 * {@code messages_<language>.properties} of this package, over English, under the user's own
 * {@code messages.properties} and {@code messages_<language>.properties} from the templates
 * folder (the same seam as template overrides). Immutable, thread-safe.
 *
 * <p>A label is plain text with numbered places, {@code Page {0} of {1}}; a label that counts
 * has two keys, {@code key.one} and {@code key.other}, chosen by the language's plural rule.
 */
public final class Messages {
  /** The languages the site's labels come in without a file of the user's. */
  private static final List<String> BUILT_IN = List.of("de", "en", "fr");
  /** Base name of the messages files, in this package and in a user's templates folder. */
  static final String BASE = "messages";
  /** A BCP 47 shape, as {@code lang=""} and {@code xml:lang} take it: "de", "pt-br". */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
  /** Languages that count 0 and 1 in the singular ("0 article", "1 article"). */
  private static final List<String> ZERO_IS_ONE = List.of("fr");

  private final String language;
  private final Locale locale;
  private final Map<String, String> texts;
  private final DateText dates;

  private Messages(String language, Map<String, String> texts) {
    this.language = language;
    this.locale = Locale.forLanguageTag(language);
    this.texts = Map.copyOf(texts);
    this.dates = new DateText(pattern("dateDay"), pattern("dateDayFirst"), pattern("dateMonth"),
        pattern("dateMonthName"));
  }

  /** The built-in English labels, as a site without a language setting shows them. */
  public static Messages english() {
    return English.MESSAGES;
  }

  /** Read once, when first asked for. */
  private static final class English {
    static final Messages MESSAGES = load("en", null);
  }

  /** The languages with built-in labels, sorted. */
  public static List<String> builtIn() {
    return BUILT_IN;
  }

  /**
   * The labels of {@code language}, the user's files in {@code userTemplates} (or null) over the
   * built-in ones; keys a language's files leave out are English.
   *
   * @throws IllegalArgumentException naming the language and the supported ones when neither
   *     this package nor the user's templates folder has a messages file for it, or when a file
   *     of the user's cannot be read
   */
  public static Messages load(String language, Path userTemplates) {
    String tag = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (!LANGUAGE.matcher(tag).matches()) {
      throw new IllegalArgumentException("The language '" + language + "' is not a language code such as"
          + " 'en' or 'de'; the site's labels come in " + String.join(", ", BUILT_IN) + ".");
    }
    Map<String, String> texts = new LinkedHashMap<>(builtIn("en"));
    Path userFile = userTemplates == null ? null : userTemplates.resolve(BASE + "_" + tag + ".properties");
    boolean userHasIt = userFile != null && Files.isRegularFile(userFile);
    if (BUILT_IN.contains(tag)) {
      texts.putAll(builtIn(tag));
    } else if (!userHasIt) {
      throw new IllegalArgumentException("The site's labels do not come in '" + tag + "'; they come in "
          + String.join(", ", BUILT_IN) + " (or put a " + BASE + "_" + tag
          + ".properties of your own in the templates folder).");
    }
    if (userTemplates != null) {
      putUser(texts, user(userTemplates.resolve(BASE + ".properties")));
      putUser(texts, user(userFile));
    }
    return new Messages(tag, texts);
  }

  /**
   * Lays a user's labels over {@code texts}. A file that writes days its own way but says nothing
   * of the first of the month writes that day the same way, not as the built-in language does.
   */
  private static void putUser(Map<String, String> texts, Map<String, String> user) {
    texts.putAll(user);
    if (user.containsKey("dateDay") && !user.containsKey("dateDayFirst")) {
      texts.put("dateDayFirst", user.get("dateDay"));
    }
  }

  /**
   * Whether {@code name}, a path below the templates folder, is a file of labels
   * ("messages.properties", "messages_de.properties") rather than a template.
   */
  public static boolean isLabelsFile(String name) {
    return name.equals(BASE + ".properties")
        || (name.startsWith(BASE + "_") && name.endsWith(".properties") && !name.contains("/"));
  }

  /** The site's language as {@code lang=""} writes it: "en", "de". */
  public String language() {
    return language;
  }

  /** The locale of the language, for month and country names. */
  Locale locale() {
    return locale;
  }

  /** Dates written in the language. */
  DateText dates() {
    return dates;
  }

  /** Whether {@code key} is a label (a plain one, not a counting pair). */
  boolean has(String key) {
    return texts.containsKey(key);
  }

  /** The label {@code key}, with {0}, {1}, ... replaced by {@code args}. */
  String text(String key, Object... args) {
    return fill(raw(key), args);
  }

  /** The label {@code key}, without its places filled: "Page {0} of {1}". */
  String raw(String key) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalArgumentException("No label '" + key + "' in the messages.");
    }
    return text;
  }

  /**
   * The counting label {@code key} for {@code n}: {@code key.one} or {@code key.other} by the
   * language's plural rule, with {0} the number and {1}, ... {@code more}.
   */
  String count(String key, long n, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = n;
    System.arraycopy(more, 0, args, 1, more.length);
    return fill(raw(pluralKey(key, n)), args);
  }

  /** {@code key.one} or {@code key.other}, as the language counts {@code n}. */
  String pluralKey(String key, long n) {
    boolean one = n == 1 || (n == 0 && ZERO_IS_ONE.contains(language.split("-")[0]));
    return key + (one ? ".one" : ".other");
  }

  /** "A", "A and B", "A, B and C" in the language. */
  String inWords(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " " + raw("and") + " "
        + names.get(names.size() - 1);
  }

  /** Every key, for the test that compares the languages' files. */
  java.util.Set<String> keys() {
    return texts.keySet();
  }

  /** Replaces each {n} by {@code args[n]}; numbers as digits, whatever the JVM's locale. */
  static String fill(String pattern, Object... args) {
    return fill(pattern, UnaryOperator.identity(), args);
  }

  /**
   * Replaces each {n} by {@code args[n]} and passes the label's own text between them through
   * {@code text} (the templates escape it there); a place without a value stays as it is.
   */
  static String fill(String pattern, UnaryOperator<String> text, Object... args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int from = 0;
    for (int i = 0; i < pattern.length(); i++) {
      int close = pattern.charAt(i) == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && isDigits(pattern, i + 1, close)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        if (n < args.length) {
          out.append(text.apply(pattern.substring(from, i))).append(args[n]);
          from = close + 1;
          i = close;
        }
      }
    }
    return out.append(text.apply(pattern.substring(from))).toString();
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private DateTimeFormatter pattern(String key) {
    try {
      return DateTimeFormatter.ofPattern(raw(key), locale);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The date pattern " + key + "=" + raw(key)
          + " in the messages is not a date pattern: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> builtIn(String tag) {
    String name = BASE + "_" + tag + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The built-in labels " + name + " are missing from the build.");
      }
      return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> user(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return Map.of();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("The labels file '" + file + "' cannot be read as UTF-8"
          + " properties: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> read(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, String> out = new LinkedHashMap<>();
    properties.stringPropertyNames().stream().sorted()
        .forEach(key -> out.put(key, properties.getProperty(key)));
    return out;
  }
}
