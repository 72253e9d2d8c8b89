package org.newsdigest.render;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
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
  private static final byte EVENT = 14;
  private static final byte ARTICLE = 15;
  private static final byte RECORD = 16;
  private static final byte TIME = 17;

  private final Murmur3 hash = new Murmur3();
  private final byte[] buffer;
  private int used;
  /** How events and articles are named for {@link #portable}; null for a page's fingerprint. */
  private final ContentDigests digests;

  /** @param buffer bytes gathered before they are hashed: a page's model is large, a key small */
  private PageFingerprint(ContentDigests digests, int buffer) {
    this.digests = digests;
    this.buffer = new byte[buffer];
  }

  /** Each record class's components, looked up once. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  /**
   * The fingerprint of template {@code template} run on {@code model}, or null when the model
   * holds a value this encoding does not know.
   */
  static byte[] of(String template, Object model) {
    PageFingerprint fingerprint = new PageFingerprint(null, 8192);
    fingerprint.text(template);
    if (!fingerprint.value(model)) {
      return null;
    }
    fingerprint.flush();
    return fingerprint.hash.digest();
  }

  /**
   * A hash of {@code value} that means the same in another process, for a {@link RenderMemo}
   * kept on disk: encoded as a page's data is, and besides an event or article (bare or as a
   * {@link SameObject}) as its {@code digests} hash, a record as its class and components, a date
   * or time as its ISO text. Null when some part of it has no such encoding (an event or article
   * {@code digests} does not know).
   */
  static byte[] portable(Object value, ContentDigests digests) {
    PageFingerprint fingerprint = new PageFingerprint(digests, 512);
    if (!fingerprint.value(value)) {
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
      return digests != null && portableValue(value);
    }
    return true;
  }

  /** The values only {@link #portable} encodes; false for any other. */
  private boolean portableValue(Object value) {
    if (value instanceof SameObject same) {
      return value(same.object());
    } else if (value instanceof Event event) {
      return digest(EVENT, digests.of(event));
    } else if (value instanceof Article article) {
      return digest(ARTICLE, digests.of(article));
    } else if (value instanceof TemporalAccessor time) {
      put(TIME);
      text(time.getClass().getName());
      text(time.toString());
      return true;
    } else if (value instanceof Record record) {
      put(RECORD);
      text(record.getClass().getName());
      for (RecordComponent component : COMPONENTS.get(record.getClass())) {
        try {
          if (!value(component.getAccessor().invoke(record))) {
            return false;
          }
        } catch (ReflectiveOperationException e) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private boolean digest(byte tag, byte[] digest) {
    if (digest == null) {
      return false;
    }
    put(tag);
    for (byte b : digest) {
      put(b);
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
