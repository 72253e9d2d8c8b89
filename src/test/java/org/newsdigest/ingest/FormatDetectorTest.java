package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsdigest.model.InputFormat;

class FormatDetectorTest {
  private final FormatDetector detector = new FormatDetector();

  @Test
  void extensionDecidesForOrdinaryContent() {
    assertEquals(InputFormat.TEXT, detector.detect("a/b.txt", "Hello"));
    assertEquals(InputFormat.TEXT, detector.detect("b.TEXT", "Hello"));
    assertEquals(InputFormat.MARKDOWN, detector.detect("b.md", "# Hello"));
    assertEquals(InputFormat.MARKDOWN, detector.detect("b.markdown", "Hello"));
    assertEquals(InputFormat.HTML, detector.detect("b.htm", "<p>Hello</p>"));
    assertEquals(InputFormat.HTML, detector.detect("b.html", "<p>Hello</p>"));
    assertEquals(InputFormat.FEED, detector.detect("b.rss", "<x/>"));
    assertEquals(InputFormat.FEED, detector.detect("b.atom", "<x/>"));
    assertEquals(InputFormat.FEED, detector.detect("b.xml", "<x/>"));
  }

  @Test
  void contentWinsWhenTheExtensionLiesOrIsMissing() {
    assertEquals(InputFormat.HTML, detector.detect("page.txt", "\n<!DOCTYPE html><html></html>"));
    assertEquals(InputFormat.HTML, detector.detect("page", "<html lang=\"en\"><body>x</body>"));
    assertEquals(InputFormat.FEED,
        detector.detect("news.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
    assertEquals(InputFormat.FEED, detector.detect("news.dat", "<feed xmlns=\"x\">"));
    assertEquals(InputFormat.MARKDOWN, detector.detect("post.txt", "---\ntitle: A\n---\nBody"));
    assertEquals(InputFormat.TEXT, detector.detect("notes", "Just words --- and more"));
  }
}
