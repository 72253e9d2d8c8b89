package org.newsdigest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 reads it, with the examples of its section 5. */
class RobotsRulesTest {
  @Test
  void theAgentsOwnGroupWinsOverTheStarGroup() {
    String text = "User-agent: *\nDisallow: /\n\nUser-agent: NewsDigest\nUser-agent: other\nDisallow: /drafts/\n";
    RobotsRules rules = RobotsRules.parse(text, "newsdigest");
    assertTrue(rules.allows("/2026/paris.html"));
    assertFalse(rules.allows("/drafts/x"));
    assertFalse(RobotsRules.parse(text, "someone-else").allows("/2026/paris.html"));
  }

  @Test
  void theLongestMatchWinsAndAllowWinsATie() {
    RobotsRules rules = RobotsRules.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\n"
        + "Disallow: /same\nAllow: /same\n", "newsdigest");
    assertFalse(rules.allows("/news/private"));
    assertTrue(rules.allows("/news/public/a"));
    assertTrue(rules.allows("/same"));
  }

  @Test
  void starMatchesAnyCharactersAndDollarTheEnd() {
    assertTrue(RobotsRules.matches("/*.php$", "/index.php"));
    assertFalse(RobotsRules.matches("/*.php$", "/index.php?x=1"));
    assertTrue(RobotsRules.matches("/*.php", "/a/b.php?x=1"));
    assertTrue(RobotsRules.matches("/fish*", "/fishheads/yummy.html"));
    assertFalse(RobotsRules.matches("/fish", "/Fish.asp"));
    assertTrue(RobotsRules.matches("/*", "/"));
  }

  @Test
  void aHostilePatternOfManyStarsIsMatchedInPolynomialTime() {
    String pattern = "/" + "*a".repeat(40) + "*b";
    // Backtracking over every star would take longer than the universe; this finishes at once.
    assertFalse(RobotsRules.matches(pattern, "/" + "a".repeat(2000)));
  }

  @Test
  void anEmptyDisallowAllowsEverythingAndCommentsAreIgnored() {
    RobotsRules rules = RobotsRules.parse("# hello\nUser-agent: * # all\nDisallow:\n", "newsdigest");
    assertTrue(rules.allows("/anything"));
    assertTrue(RobotsRules.DISALLOW_ALL.allows("/robots.txt"), "robots.txt itself is always allowed");
    assertFalse(RobotsRules.DISALLOW_ALL.allows("/a"));
  }

  @Test
  void crawlDelayIsKeptAndCappedAtAMinute() {
    assertEquals(Duration.ofMillis(2500), RobotsRules.parse("User-agent: *\nCrawl-delay: 2.5\n", "x").crawlDelay());
    assertEquals(Duration.ofSeconds(60), RobotsRules.parse("User-agent: *\nCrawl-delay: 86400\n", "x").crawlDelay());
    assertEquals(Duration.ZERO, RobotsRules.parse("User-agent: *\nCrawl-delay: soon\n", "x").crawlDelay());
  }
}
