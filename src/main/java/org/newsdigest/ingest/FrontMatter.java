package org.newsdigest.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern BLOCK =
      Pattern.compile("\\A\\s*---[ \\t]*\\n(.*?)\\n?---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);

  /** The front matter's fields (keys lower-cased) and the body after it. */
  record Split(Map<String, Object> fields, String body, String problem) {}

  private FrontMatter() {}

  static Split split(String text) {
    Matcher m = BLOCK.matcher(text);
    if (!m.find()) {
      return new Split(Map.of(), text, null);
    }
    String body = text.substring(m.end());
    try {
      Object loaded = newYaml().load(m.group(1));
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

  /** Resolves only nulls implicitly; every other plain scalar, dates included, stays a string. */
  private static final class StringsOnlyResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
