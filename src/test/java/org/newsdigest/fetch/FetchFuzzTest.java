package org.newsdigest.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;

/**
 * Fuzzes what fetch reads from the network before anything is saved: a site's robots.txt (with a
 * path asked about), and a feed cut into item files, each named as fetch names them and read by
 * the build or rejected with a reason, never a crash. Kept inputs: {@code
 * src/test/resources/org/newsdigest/fetch/FetchFuzzTestInputs/<target>/}.
 */
class FetchFuzzTest {
  private final Ingester ingester = new Ingester();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readRobots(FuzzedDataProvider data) {
    String path = "/" + data.consumeString(200);
    RobotsRules rules = RobotsRules.parse(data.consumeRemainingAsString(), Fetcher.AGENT);
    boolean allowed = rules.allows(path);
    assertTrue(rules.allows("/robots.txt"), "robots.txt itself is always allowed");
    assertFalse(rules.crawlDelay().isNegative());
    if (rules.rules().isEmpty()) {
      assertTrue(allowed, "no rule, no refusal");
    }
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void splitFeed(byte[] feed) throws IOException {
    for (FeedItems.Item item : FeedItems.split(feed, null)) {
      String name = SeedFolder.itemFileName(item);
      assertTrue(name.matches("[a-z0-9-]+-[0-9a-f]{8}\\.xml"), name);
      try {
        assertFalse(ingester.read("site/" + name, item.xml().getBytes(StandardCharsets.UTF_8)).isEmpty());
      } catch (UnreadableInputException e) {
        assertNotEquals(UnreadableInputException.Kind.READER_FAILED, e.kind(), "the feed reader crashed");
        assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the reason is stated");
      }
    }
  }
}
