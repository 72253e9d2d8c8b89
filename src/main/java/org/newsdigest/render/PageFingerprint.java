package org.newsdigest.render;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Murmur3;

/**
 * The fingerprint of what one template page is made from: the template's name and the data the
 * template is given, as a 128-bit {@link Murmur3} hash of an unambiguous encoding of that data
 * (why not a SHA-256: see there). Two pages with the
 * same fingerprint, rendered by the same code with the same templates and settings, have the
 * same bytes, so a build may keep a page whose fingerprint did not change instead of running
 * its template again.
 *
 * <p>The view models are plain data (see {@link ViewModel}): maps, lists, strings, numbers,
 * booleans, markup the renderer made safe, and article bodies still in Markdown ({@link
 * CommonMarkHtml}), which count as their Markdown. Each value is written with a tag for its type
 * and, for anything of variable size, its length, so no two different models share an encoding
 * ("ab", "c" and "a", "bc" differ; so do an empty map and an empty list). A map is encoded in its
 * iteration order: models are built in a fixed order, and equal maps met in another order only
 * cost a render, never a wrong page. The exception is {@code Map.of} and {@code Set.of}, whose
 * order the JVM shuffles per process: sorted, so the same model has the same fingerprint in every
 * run. A value of any other type has no fingerprint: the page is then always rendered.
 */
final class PageFingerprint {
  private static final byte NULL = 0;
  private static final byte TRUE = 2;
  private static final byte FALSE = 3;
  private static final byte INTEGER = 4;
  private static final byte DECIMAL = 5;
  private static final byte OTHER_NUMBER = 6;
  private static final byte LIST = 7;
  private static final byte MAP = 8;
  private static final byte MARKUP = 9;
  private static final byte ENUM = 10;
  private static final byte LATIN1 = 11;
  private static final byte UTF16 = 12;
  private static final byte COMMONMARK = 13;

  private final Murmur3 hash = new Murmur3();
  private final byte[] buffer = new byte[8192];
  private int used;

  private PageFingerprint() {}

  /**
   * The fingerprint of template {@code template} run on {@code model}, or null when the model
   * holds a value this encoding does not know.
   */
  static byte[] of(String template, Object model) {
    PageFingerprint fingerprint = new PageFingerprint();
    fingerprint.text(template);
    if (!fingerprint.value(model)) {
      return null;
    }
    fingerprint.flush();
    return fingerprint.hash.digest();
  }

  /** Encodes {@code value}; false when some part of it has no encoding. */
  private boolean value(Object value) {
    if (value == null) {
      put(NULL);
    } else if (value instanceof CharSequence text) {
      text(text); // tagged LATIN1 or UTF16
    } else if (value instanceof Boolean bool) {
      put(bool ? TRUE : FALSE);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      put(INTEGER);
      putLong(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      put(DECIMAL);
      putLong(Double.doubleToLongBits(((Number) value).doubleValue()));
    } else if (value instanceof Number number) {
      // BigDecimal and BigInteger print as their exact text; their class keeps 1 and 1.0 apart.
      put(OTHER_NUMBER);
      text(number.getClass().getName());
      text(number.toString());
    } else if (value instanceof Map<?, ?> map) {
      put(MAP);
      putLong(map.size());
      for (Map.Entry<?, ?> entry : inStableOrder(map)) {
        if (!value(entry.getKey()) || !value(entry.getValue())) {
          return false;
        }
      }
    } else if (value instanceof Collection<?> items) {
      put(LIST);
      putLong(items.size());
      for (Object item : inStableOrder(items)) {
        if (!value(item)) {
          return false;
        }
      }
    } else if (value instanceof CommonMarkHtml html) {
      put(COMMONMARK);
      text(html.markdown());
    } else if (value instanceof TemplateMarkupOutputModel<?> markup) {
      return markup(markup);
    } else if (value instanceof Enum<?> constant) {
      put(ENUM);
      text(constant.getDeclaringClass().getName());
      text(constant.name());
    } else {
      return false;
    }
    return true;
  }

  /**
   * The map's entries in an order that is the same in every run. {@code Map.of} iterates in an
   * order the JVM shuffles per process (a template can only look its keys up, or its page would
   * differ from run to run), so its entries go sorted by key; every other map in its own order,
   * which for the view models' ordered maps is what a template sees.
   */
  private static Iterable<? extends Map.Entry<?, ?>> inStableOrder(Map<?, ?> map) {
    if (!shuffledPerRun(map) || map.size() < 2) {
      return map.entrySet();
    }
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    entries.sort(Comparator.comparing(entry -> String.valueOf(entry.getKey())));
    return entries;
  }

  /** {@code Set.of}'s elements sorted by their text, as {@link #inStableOrder(Map)}; others as they are. */
  private static Iterable<?> inStableOrder(Collection<?> items) {
    if (!shuffledPerRun(items) || items.size() < 2) {
      return items;
    }
    List<Object> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(String::valueOf));
    return sorted;
  }

  /** The JDK's immutable maps and sets of two or more, whose order depends on a per-run salt. */
  private static boolean shuffledPerRun(Object container) {
    String name = container.getClass().getName();
    return name.startsWith("java.util.ImmutableCollections$Map")
        || name.startsWith("java.util.ImmutableCollections$Set");
  }

  private boolean markup(TemplateMarkupOutputModel<?> markup) {
    put(MARKUP);
    text(markup.getOutputFormat().getName());
    try {
      text(markupString(markup));
    } catch (TemplateModelException e) {
      return false;
    }
    return true;
  }

  private static <M extends TemplateMarkupOutputModel<M>> String markupString(
      TemplateMarkupOutputModel<M> markup) throws TemplateModelException {
    @SuppressWarnings("unchecked") // a markup model of format M is an M
    M self = (M) markup;
    return markup.getOutputFormat().getMarkupString(self);
  }

  /**
   * A string as its length and characters. Most text is Latin-1, which Java hands over as bytes
   * at the speed of a copy; other text goes one UTF-16 unit at a time, under a tag of its own,
   * so the two encodings never meet.
   */
  private void text(CharSequence text) {
    String string = text.toString();
    byte[] latin1 = string.getBytes(StandardCharsets.ISO_8859_1);
    if (isLatin1(string, latin1)) {
      put(LATIN1);
      putLong(latin1.length);
      if (latin1.length <= buffer.length - used) {
        System.arraycopy(latin1, 0, buffer, used, latin1.length);
        used += latin1.length;
      } else {
        flush();
        hash.update(latin1, 0, latin1.length);
      }
      return;
    }
    put(UTF16);
    putLong(string.length());
    for (int i = 0; i < string.length(); i++) {
      if (used + 2 > buffer.length) {
        flush();
      }
      char c = string.charAt(i);
      buffer[used++] = (byte) (c >>> 8);
      buffer[used++] = (byte) c;
    }
  }

  /**
   * Whether {@code latin1} is {@code string} itself: a character past U+00FF comes out as '?', so
   * only a '?' needs a look at the character it came from.
   */
  private static boolean isLatin1(String string, byte[] latin1) {
    for (int i = 0; i < latin1.length; i++) {
      if (latin1[i] == '?' && string.charAt(i) != '?') {
        return false;
      }
    }
    return true;
  }

  private void putLong(long n) {
    if (used + 8 > buffer.length) {
      flush();
    }
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[used++] = (byte) (n >>> shift);
    }
  }

  private void put(byte tag) {
    if (used == buffer.length) {
      flush();
    }
    buffer[used++] = tag;
  }

  private void flush() {
    hash.update(buffer, 0, used);
    used = 0;
  }
}
