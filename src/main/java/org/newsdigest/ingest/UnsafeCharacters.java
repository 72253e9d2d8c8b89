package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.InlineLink;

/**
 * The last pass over every document a reader made. Character references ({@code &#0;},
 * {@code &#xD800;}) and YAML escapes are decoded by the readers after the bytes were cleaned,
 * so a control character, a lone surrogate or a non-character can still arrive here; any of
 * them makes a page fail to parse as HTML5 and a feed fail to parse as XML. Body text keeps its
 * length (each is replaced, one for one, so link offsets stay right); one-line fields (title,
 * outlet, byline, ...) also lose bidirectional embedding, override and isolate controls, which
 * would otherwise reorder the text around them where the field is shown, and a field with no
 * visible character left counts as absent, as does a text block.
 */
final class UnsafeCharacters {

  Document clean(Document document) {
    List<Block> blocks = new ArrayList<>(document.blocks().size());
    boolean changed = false;
    for (Block block : document.blocks()) {
      if (block.kind() != BlockKind.IMAGE && field(block.text()) == null) {
        changed = true; // a line of nothing but invisible characters would become a title
        continue;
      }
      Block cleaned = clean(block);
      changed |= cleaned != block;
      blocks.add(cleaned);
    }
    DocumentMetadata meta = document.metadata();
    List<String> tags = new ArrayList<>();
    for (String tag : meta.tags()) {
      String cleaned = field(tag);
      if (cleaned != null) {
        tags.add(cleaned);
      }
    }
    DocumentMetadata cleanMeta = new DocumentMetadata(field(meta.outlet()), field(meta.byline()),
        field(meta.published()), field(meta.updated()), field(meta.url()),
        field(meta.language()), tags);
    String title = field(document.title());
    if (!changed && cleanMeta.equals(meta) && same(title, document.title())) {
      return document;
    }
    return new Document(document.source(), document.format(), title, cleanMeta, blocks,
        document.warnings());
  }

  private static Block clean(Block block) {
    String text = sameLength(block.text());
    String src = block.src() == null ? null : sameLength(block.src());
    List<InlineLink> links = new ArrayList<>(block.links().size());
    boolean changed = !text.equals(block.text()) || !same(src, block.src());
    for (InlineLink link : block.links()) {
      String href = sameLength(link.href());
      changed |= !href.equals(link.href());
      links.add(href.equals(link.href()) ? link : new InlineLink(link.start(), link.end(), href));
    }
    return changed ? new Block(block.kind(), text, block.level(), links, src) : block;
  }

  /** A one-line field without unsafe or bidi control characters, or null when nothing shows. */
  static String field(String value) {
    if (value == null) {
      return null;
    }
    String cleaned = sameLength(value);
    if (!hasBidiControl(cleaned)) {
      // The common case, without a copy: nothing to drop, so only visibility is in question.
      if (!hasVisible(cleaned)) {
        return null;
      }
      return cleaned.equals(value) ? value : cleaned.strip();
    }
    StringBuilder out = new StringBuilder(cleaned.length());
    boolean visible = false;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (isBidiControl(c)) {
        continue;
      }
      out.append(c);
      visible |= isVisible(c);
    }
    if (!visible) {
      return null;
    }
    String result = out.toString();
    return result.equals(value) ? value : result.strip();
  }

  private static boolean hasBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isBidiControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True when some character shows: not whitespace, a format, control or space character. */
  private static boolean hasVisible(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isVisible(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVisible(char c) {
    int type = Character.getType(c);
    return !Character.isWhitespace(c) && type != Character.FORMAT
        && type != Character.CONTROL && type != Character.SPACE_SEPARATOR;
  }

  /**
   * Text with C0 and C1 controls (but tab and line feed) as spaces and lone surrogates and
   * non-characters as U+FFFD: the same length, safe for HTML5 and XML 1.0.
   */
  static String sameLength(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char replacement = c;
      if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) {
        replacement = ' ';
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        replacement = '\uFFFD';
      } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
          || (c >= '\uFDD0' && c <= '\uFDEF')) {
        replacement = '\uFFFD';
      }
      if (replacement != c && out == null) {
        out = new StringBuilder(text);
      }
      if (out != null) {
        out.setCharAt(i, replacement);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }
}
