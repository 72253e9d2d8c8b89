package org.newsdigest.fetch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps requests to one host a least interval apart (the larger of the user's delay and the
 * site's crawl delay), so that a feed of fifty items never becomes fifty requests in a second.
 * Different hosts do not wait for each other.
 */
final class HostPacer {
  private final Duration interval;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private final Map<String, Long> lastRequest = new HashMap<>();

  HostPacer(Duration interval, LongSupplier nanoTime, Sleeper sleeper) {
    this.interval = interval;
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** Waits until a request to {@code host} keeps the interval (at least {@code siteDelay}), then notes it. */
  void await(String host, Duration siteDelay) throws InterruptedException {
    Duration least = siteDelay.compareTo(interval) > 0 ? siteDelay : interval;
    Long last = lastRequest.get(host);
    if (last != null) {
      long waitNanos = least.toNanos() - (nanoTime.getAsLong() - last);
      if (waitNanos > 0) {
        sleeper.sleep(Duration.ofNanos(waitNanos));
      }
    }
    lastRequest.put(host, nanoTime.getAsLong());
  }
}
