package org.newsdigest.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to clean text: picks the charset (BOM, strict UTF-8, else the charset the file declares,
 * else Windows-1252), refuses empty
 * and binary input, normalises line endings to '\n' and Unicode to NFC, and drops invisible
 * characters that would otherwise split words or confuse later matching.
 */
final class TextDecoder {
  static final String NOT_UTF8 = "not valid UTF-8; read as Windows-1252";
  static final String NUL_DROPPED = "NUL bytes dropped";
  static final String UTF16_WITHOUT_BOM = "UTF-16 without a byte order mark";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Signatures of formats that are never articles in text form, as ISO-8859-1 strings. */
  private static final List<String> BINARY_SIGNATURES =
      List.of(
          "%PDF", // PDF
          "\u0089PNG", // PNG
          "PK\u0003\u0004", // ZIP, DOCX, EPUB
          "\u00FF\u00D8\u00FF", // JPEG
          "GIF8", // GIF
          "\u001F\u008B", // GZIP
          "\u00D0\u00CF\u0011\u00E0", // old Office documents
          "\u007FELF"); // executables

  DecodedText decode(byte[] content) throws UnreadableInputException {
    if (content == null || content.length == 0) {
      throw new UnreadableInputException("empty file");
    }
    List<String> warnings = new ArrayList<>();
    String raw;
    boolean utf8 = false;
    if (startsWith(content, bytes(0xEF, 0xBB, 0xBF))) {
      raw = utf8OrWindows1252(Arrays.copyOfRange(content, 3, content.length), warnings);
    } else if (startsWith(content, bytes(0xFE, 0xFF))) {
      raw = new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(content, bytes(0xFF, 0xFE))) {
      raw = new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
    } else if (utf16WithoutBom(content) != null) {
      raw = new String(content, utf16WithoutBom(content));
      warnings.add(UTF16_WITHOUT_BOM);
    } else {
      if (looksBinary(content)) {
        throw new UnreadableInputException("binary file, not text");
      }
      raw = utf8OrWindows1252(content, warnings);
      if (raw.indexOf('\0') >= 0) {
        // A few NULs in valid UTF-8 are damage from a scraper or a copy; in text that is not
        // UTF-8 either they mean the file was never text.
        if (!warnings.isEmpty()) {
          throw new UnreadableInputException("binary file, not text");
        }
        warnings.add(NUL_DROPPED);
      }
      utf8 = true;
      if (warnings.isEmpty() && !Utf8Scan.mayNeedCleaning(content) && isNfc(raw, content)) {
        // The bytes hold no control character and nothing to rewrite: the decoded text is
        // already clean (and so not binary either).
        return nonBlank(raw, warnings);
      }
    }
    if (tooManyControls(raw)) {
      throw new UnreadableInputException("binary file, not text");
    }
    // UTF-8 bytes already showed something to rewrite; other text is checked char by char.
    String text = warnings.isEmpty() && utf8 ? rewrite(raw) : clean(raw);
    return nonBlank(text, warnings);
  }

  private static DecodedText nonBlank(String text, List<String> warnings)
      throws UnreadableInputException {
    if (text.isBlank()) {
      throw new UnreadableInputException("empty file");
    }
    return new DecodedText(text, warnings);
  }

  /**
   * Text whose UTF-8 bytes have no lead byte from 0xCC up holds nothing above U+02FF, and every
   * such character is NFC already; only other text pays for the full check.
   */
  private static boolean isNfc(String text, byte[] utf8) {
    for (byte b : utf8) {
      if ((b & 0xFF) >= 0xCC) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  private static String utf8OrWindows1252(byte[] content, List<String> warnings) {
    // The lenient decoder is much faster; a replacement character in its output means either
    // malformed input or a real U+FFFD, and only then does the strict decoder have to decide.
    String lenient = new String(content, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      Charset declared = declaredCharset(content);
      if (declared != null) {
        warnings.add("not valid UTF-8; read as " + declared.name() + ", as the file declares");
        return new String(content, declared);
      }
      warnings.add(NOT_UTF8);
      return new String(content, WINDOWS_1252);
    }
  }

  /** How far into a file its declared encoding may be looked for. */
  private static final int DECLARATION_BYTES = 2048;

  private static final Pattern DECLARED = Pattern.compile(
      "(?i)(?:<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']|<meta[^>]*\\bcharset\\s*=\\s*[\"']?)([A-Za-z0-9._:-]{2,40})");

  /**
   * The charset an XML declaration or an HTML meta tag names in the file's first bytes ("EUC-KR",
   * "ISO-8859-2", "Shift_JIS"), when the JDK has it and it is not UTF-8 (which the bytes just
   * failed), or null. Declarations are ASCII, so the bytes are read as ISO-8859-1 to find them.
   */
  private static Charset declaredCharset(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(m.group(1));
      return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean looksBinary(byte[] content) {
    String head = new String(content, 0, Math.min(content.length, 8), StandardCharsets.ISO_8859_1);
    for (String signature : BINARY_SIGNATURES) {
      if (head.startsWith(signature)) {
        return true;
      }
    }
    // Text damaged by a stray NUL is still text; a file with NULs in more than 2% of its head
    // is a binary format.
    int limit = Math.min(content.length, 8192);
    int nuls = 0;
    for (int i = 0; i < limit; i++) {
      if (content[i] == 0) {
        nuls++;
      }
    }
    return nuls * 50 > limit;
  }

  /**
   * UTF-16 saved without a BOM (Windows "Unicode" text): Latin text then has a zero byte in
   * every second position and none in the others. Returns the byte order, or null.
   */
  private static Charset utf16WithoutBom(byte[] content) {
    int limit = Math.min(content.length, 8192) & ~1;
    if (limit < 16) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < limit; i += 2) {
      evenZeros += content[i] == 0 ? 1 : 0;
      oddZeros += content[i + 1] == 0 ? 1 : 0;
    }
    int pairs = limit / 2;
    if (evenZeros == 0 && oddZeros * 10 >= pairs * 7) {
      return StandardCharsets.UTF_16LE;
    }
    if (oddZeros == 0 && evenZeros * 10 >= pairs * 7) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Text has almost no C0 controls besides whitespace; more than 5% means it is not text. */
  private static boolean tooManyControls(String raw) {
    int limit = Math.min(raw.length(), 8192);
    int controls = 0;
    for (int i = 0; i < limit; i++) {
      char c = raw.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        controls++;
      }
    }
    return limit > 0 && controls * 20 > limit;
  }

  static String clean(String raw) {
    // Most pages are already NFC with nothing to drop or rewrite: one read-only scan then
    // returns the text as it is, instead of copying it char by char.
    if (!needsRewrite(raw) && Normalizer.isNormalized(raw, Normalizer.Form.NFC)) {
      return raw;
    }
    return rewrite(raw);
  }

  /** Line endings to '\n', NFC, invisible characters dropped: the work {@link #clean} skips. */
  private static String rewrite(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n');
    text = text.replace('\u2028', '\n').replace('\u2029', '\n');
    if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      text = Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0; // text before this index is already in out or dropped
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || !needsCheck(c)) {
        continue;
      }
      if (c == '\f' || c == '\u000B') {
        out.append(text, copied, i).append('\n');
        copied = i + 1;
      } else if (isInvisible(c)) {
        out.append(text, copied, i);
        copied = i + 1;
      }
    }
    if (copied == 0) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** True when some character must be replaced or dropped (line endings, invisibles). */
  private static boolean needsRewrite(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\n' && c != '\t' && needsCheck(c)
          && (c == '\r' || c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029'
              || isInvisible(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cheap pre-filter: every character {@link #isInvisible} or a line-ending rule may touch is a
   * C0/C1 control, the soft hyphen or in U+200B..U+2060 or U+FEFF.
   */
  private static boolean needsCheck(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u00AD'
        || (c >= '\u200B' && c <= '\u2060') || c == '\uFEFF';
  }

  private static boolean isInvisible(char c) {
    switch (c) {
      case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F' -> {
        return true;
      }
      default -> {
        int type = Character.getType(c);
        return type == Character.CONTROL;
      }
    }
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
