package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageTest {
  @Test
  void aPageCannotLeaveTheSite() {
    byte[] none = new byte[0];
    assertThrows(IllegalArgumentException.class, () -> new Page("../x.html", none));
    assertThrows(IllegalArgumentException.class, () -> new Page("/etc/x.html", none));
    assertThrows(IllegalArgumentException.class, () -> new Page("a/../../x.html", none));
    new Page("events/2026-01-06-paris.html", none);
  }
}
