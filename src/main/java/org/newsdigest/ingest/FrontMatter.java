package org.newsdigest.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter between "---" lines, read safely: no arbitrary types, and every scalar stays
 * a string, so a date is never turned into a time-zone dependent {@code java.util.Date}.
 */
final class FrontMatter {

  /** The front matter's fields (keys lower-cased) and the body after it. */
  record Split(Map<String, Object> fields, String body, String problem) {}

  private FrontMatter() {}

  static Split split(String text) {
    Block block = Block.find(text);
    if (block == null) {
      return new Split(Map.of(), text, null);
    }
    String body = text.substring(block.end());
    try {
      Object loaded = newYaml().load(text.substring(block.yamlStart(), block.yamlEnd()));
      if (loaded == null) {
        return new Split(Map.of(), body, null);
      }
      if (!(loaded instanceof Map<?, ?> map)) {
        return new Split(Map.of(), body, "front matter is not a YAML mapping");
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getKey() != null && entry.getValue() != null) {
          fields.putIfAbsent(
              String.valueOf(entry.getKey()).strip().toLowerCase(Locale.ROOT), entry.getValue());
        }
      }
      return new Split(fields, body, null);
    } catch (YAMLException e) {
      String reason = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      return new Split(Map.of(), body, "front matter is not valid YAML: " + reason);
    }
  }

  /** A string for a scalar, the first element for a list, null otherwise. */
  static String text(Object value) {
    if (value instanceof Collection<?> list) {
      return list.isEmpty() ? null : text(list.iterator().next());
    }
    if (value instanceof Map<?, ?>) {
      Object name = ((Map<?, ?>) value).get("name");
      return name == null ? null : text(name);
    }
    return value == null ? null : Texts.blankToNull(String.valueOf(value));
  }

  /** Every item of a list, or of a comma-separated string. */
  static List<String> items(Object value) {
    if (value instanceof Collection<?> list) {
      return list.stream().map(FrontMatter::text).filter(v -> v != null).toList();
    }
    String single = text(value);
    return single == null ? List.of() : List.of(single);
  }

  private static Yaml newYaml() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(1_000_000);
    options.setAllowRecursiveKeys(false);
    DumperOptions dumper = new DumperOptions();
    return new Yaml(
        new SafeConstructor(options), new Representer(dumper), dumper, options,
        new StringsOnlyResolver());
  }

  /**
   * Where the front matter sits: the YAML between the lines, and the end of the closing line.
   * The same as the regex {@code \A\s*---[ \t]*\n(.*?)\n?---[ \t]*(?:\n|\z)} (DOTALL)
   * would find, written out because its reluctant group tried the closing line at every
   * character of every Markdown file's front matter.
   */
  record Block(int yamlStart, int yamlEnd, int end) {
    static Block find(String text) {
      int n = text.length();
      int i = 0;
      while (i < n && isRegexSpace(text.charAt(i))) {
        i++;
      }
      if (!text.startsWith("---", i)) {
        return null;
      }
      i = skipBlanks(text, i + 3);
      if (i >= n || text.charAt(i) != '\n') {
        return null;
      }
      int start = i + 1;
      // The first "---" with only blanks after it on its line ends the YAML (even mid-line, as
      // the regex's optional newline allowed); a newline just before it is not YAML.
      for (int q = text.indexOf("---", start); q >= 0; q = text.indexOf("---", q + 1)) {
        int after = skipBlanks(text, q + 3);
        if (after == n || text.charAt(after) == '\n') {
          int yamlEnd = q > start && text.charAt(q - 1) == '\n' ? q - 1 : q;
          return new Block(start, yamlEnd, after == n ? n : after + 1);
        }
      }
      return null;
    }

    private static int skipBlanks(String text, int from) {
      int i = from;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      return i;
    }

    /** The regex class {@code \s}: ASCII space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
  }

  /** Resolves only nulls implicitly; every other plain scalar, dates included, stays a string. */
  private static final class StringsOnlyResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
