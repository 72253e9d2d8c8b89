package org.newsdigest.fetch;

import java.time.Duration;

/** Waits between requests to one host; the fetch command's sleeps, a test's records what it was asked. */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;
}
