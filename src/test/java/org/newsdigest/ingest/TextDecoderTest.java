package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void bytesThatAreNotUtf8AreReadInTheCharsetTheFileDeclares() throws Exception {
    Charset eucKr = Charset.forName("EUC-KR");
    byte[] feed = ("<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss><channel><title>\uD55C\uAD6D\uC5B4 \uB274\uC2A4"
        + "</title></channel></rss>").getBytes(eucKr);
    DecodedText decoded = decoder.decode(feed);
    assertTrue(decoded.text().contains("\uD55C\uAD6D\uC5B4 \uB274\uC2A4"), decoded.text());
    assertTrue(decoded.warnings().contains("not valid UTF-8; read as EUC-KR, as the file declares"),
        decoded.warnings().toString());
    byte[] page = "<html><head><meta charset=\"iso-8859-2\"><title>Zażółć</title></head></html>"
        .getBytes(Charset.forName("ISO-8859-2"));
    assertTrue(decoder.decode(page).text().contains("Zażółć"));
  }

  @Test
  void utf8WithBomLosesTheBom() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    DecodedText decoded = decoder.decode(concat(bom, Fixtures.utf8("Kyiv’s allies")));
    assertEquals("Kyiv’s allies", decoded.text());
    assertEquals(List.of(), decoded.warnings());
  }

  @Test
  void utf16WithEitherBomIsDecoded() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "Zelensky – Paris".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        "Zelensky – Paris".getBytes(StandardCharsets.UTF_16BE));
    assertEquals("Zelensky – Paris", decoder.decode(le).text());
    assertEquals("Zelensky – Paris", decoder.decode(be).text());
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithAWarning() throws Exception {
    byte[] cp1252 = "“Café” – 5 €".getBytes(Charset.forName("windows-1252"));
    DecodedText decoded = decoder.decode(cp1252);
    assertEquals("“Café” – 5 €", decoded.text());
    assertEquals(List.of(TextDecoder.NOT_UTF8), decoded.warnings());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreUnreadable() {
    assertEquals("empty file",
        assertThrows(UnreadableInputException.class, () -> decoder.decode(new byte[0]))
            .getMessage());
    assertEquals("empty file",
        assertThrows(UnreadableInputException.class,
            () -> decoder.decode(Fixtures.utf8(" \n\t\r\n \u200B "))).getMessage());
  }

  @Test
  void binaryFilesAreUnreadable() {
    byte[] withNul = {'a', 'b', 0, 'c', 'd'};
    byte[] pdf = Fixtures.utf8("%PDF-1.7\nsome text that looks fine");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    byte[] controls = {1, 2, 3, 4, 5, 6, 'a', 'b', 7, 8, 0x0E, 0x0F};
    for (byte[] content : List.of(withNul, pdf, png, controls)) {
      assertEquals("binary file, not text",
          assertThrows(UnreadableInputException.class, () -> decoder.decode(content))
              .getMessage());
    }
  }

  @Test
  void lineEndingsInvisiblesAndNormalFormAreCleaned() throws Exception {
    String decomposed = "Cafe\u0301";
    DecodedText decoded =
        decoder.decode(Fixtures.utf8("One\r\nTwo\rThree\u200B\u00AD\u0007\tfour\n" + decomposed));
    assertEquals("One\nTwo\nThree\tfour\nCafé", decoded.text());
    assertTrue(decoded.text().contains("\u00E9"));
  }

  @Test
  void utf16WithoutABomIsRecognisedByItsZeroBytes() throws Exception {
    String text = "Grain exports rose by a tenth in September, the ministry said.";
    DecodedText le = decoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
    DecodedText be = decoder.decode(text.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(text, le.text());
    assertEquals(text, be.text());
    assertEquals(List.of(TextDecoder.UTF16_WITHOUT_BOM), le.warnings());
    assertEquals(List.of(TextDecoder.UTF16_WITHOUT_BOM), be.warnings());
  }

  @Test
  void strayNulsInUtf8TextAreDroppedWithAWarning() throws Exception {
    // One NUL in about sixty bytes: damage, not a binary format.
    String text = "The ferry left at nine.\0 It reached the island at noon.\n";
    DecodedText decoded = decoder.decode(Fixtures.utf8(text.repeat(3)));
    assertEquals("The ferry left at nine. It reached the island at noon.\n".repeat(3),
        decoded.text());
    assertEquals(List.of(TextDecoder.NUL_DROPPED), decoded.warnings());
  }

  @Test
  void nulsInTextThatIsNotUtf8MeanBinary() {
    byte[] content = "Caf\u00e9 bar, open from nine to five every day of the week.\0"
        .getBytes(Charset.forName("windows-1252"));
    assertEquals("binary file, not text",
        assertThrows(UnreadableInputException.class, () -> decoder.decode(content)).getMessage());
  }
}
