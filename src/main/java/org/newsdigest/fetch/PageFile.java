package org.newsdigest.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes a fetched page is saved as: the page as served, with its provenance comments first.
 * When the server named the charset in its Content-Type (which outranks the page's own meta tag)
 * and the page has no byte order mark, the page is saved in UTF-8 with a meta tag saying so,
 * because the saved file no longer has the header to say what its bytes mean.
 */
final class PageFile {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Pattern HEAD_OPEN = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCTYPE = Pattern.compile("^\\s*<!doctype[^>]*>", Pattern.CASE_INSENSITIVE);

  private PageFile() {}

  static byte[] bytes(byte[] body, String headerCharset, Provenance provenance) {
    String comments = provenance.savedFromComment() + "\n" + provenance.comment() + "\n";
    Charset bom = bomCharset(body);
    Charset declared = charset(headerCharset);
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 512);
    if (bom != null) {
      int bomLength = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      out.write(body, 0, bomLength);
      byte[] encoded = comments.getBytes(bom.equals(StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
          : bom.equals(StandardCharsets.UTF_16BE) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
      out.write(encoded, 0, encoded.length);
      out.write(body, bomLength, body.length - bomLength);
    } else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      String page = withUtf8Meta(new String(body, declared));
      byte[] encoded = (comments + page).getBytes(StandardCharsets.UTF_8);
      out.write(encoded, 0, encoded.length);
    } else {
      byte[] encoded = comments.getBytes(StandardCharsets.UTF_8);
      out.write(encoded, 0, encoded.length);
      out.write(body, 0, body.length);
    }
    return out.toByteArray();
  }

  /** The page with {@code <meta charset="utf-8">} first in its head (or after its doctype). */
  private static String withUtf8Meta(String page) {
    String meta = "<meta charset=\"utf-8\">";
    Matcher head = HEAD_OPEN.matcher(page);
    if (head.find() && head.start() < 4096) {
      return page.substring(0, head.end()) + meta + page.substring(head.end());
    }
    Matcher doctype = DOCTYPE.matcher(page);
    int at = doctype.find() ? doctype.end() : 0;
    return page.substring(0, at) + meta + page.substring(at);
  }

  static Charset bomCharset(byte[] body) {
    if (body.length >= 3 && body[0] == UTF8_BOM[0] && body[1] == UTF8_BOM[1] && body[2] == UTF8_BOM[2]) {
      return StandardCharsets.UTF_8;
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The charset a header names, when the JDK has it; null otherwise. */
  static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name.strip().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
