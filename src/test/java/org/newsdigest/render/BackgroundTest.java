package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackgroundTest {

  @Test
  void givesTheValueWorkedOutOnAnotherThread() {
    Background<String> name = Background.start("test-background", () -> Thread.currentThread().getName());
    assertEquals("test-background", name.get());
  }

  @Test
  void throwsWhatTheWorkThrewAsItWasThrown() {
    IllegalArgumentException thrown = new IllegalArgumentException("bad template");
    Background<String> failing = Background.start("test-background", () -> {
      throw thrown;
    });
    assertSame(thrown, assertThrows(IllegalArgumentException.class, failing::get));
  }

  @Test
  void waitsThroughAnInterruptAndKeepsIt() {
    Background<Integer> slow = Background.start("test-background", () -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return 42;
    });
    Thread.currentThread().interrupt();
    assertEquals(42, slow.get());
    assertTrue(Thread.interrupted(), "the interrupt is kept (and cleared here)");
  }

  @Test
  void closingWaitsForTheWorkToEnd() {
    java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
    try (Background<Void> writing = Background.start("test-background", () -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      done.set(true);
      return null;
    })) {
      // the work sleeps, so the block itself ends at once
    }
    assertTrue(done.get(), "the block ends only once the work has");
  }
}
