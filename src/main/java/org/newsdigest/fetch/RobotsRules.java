package org.newsdigest.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a site's {@code robots.txt} lets one user agent fetch, read as RFC 9309 says: the group
 * naming the agent's product token, else the {@code *} group; the longest matching rule wins and
 * {@code allow} wins a tie; {@code *} matches any characters and a final {@code $} the end of the
 * path. {@code Crawl-delay}, which the RFC leaves out but many sites write, is kept as the least
 * time between two requests.
 */
record RobotsRules(List<Rule> rules, Duration crawlDelay) {
  /** Rules that allow everything: the site has no robots.txt (any 4xx answer). */
  static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Duration.ZERO);

  /** Rules that allow nothing: the robots.txt could not be read (5xx, no answer), per RFC 9309. */
  static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), Duration.ZERO);

  RobotsRules {
    rules = List.copyOf(rules);
  }

  /** One {@code allow} or {@code disallow} line. */
  record Rule(String pattern, boolean allow) {}

  /** The rules of {@code text} for the agent whose product token is {@code agent}. */
  static RobotsRules parse(String text, String agent) {
    Group mine = null;
    Group anyone = null;
    Group current = null;
    boolean inAgents = false;
    List<Group> groups = new ArrayList<>();
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = withoutComment(raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!inAgents) {
          current = new Group();
          groups.add(current);
          inAgents = true;
        }
        current.agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      inAgents = false;
      if (current == null) {
        continue;
      }
      switch (key) {
        case "allow" -> current.rules.add(new Rule(value, true));
        case "disallow" -> {
          // "Disallow:" with nothing after it allows everything.
          if (!value.isEmpty()) {
            current.rules.add(new Rule(value, false));
          }
        }
        case "crawl-delay" -> current.crawlDelay = seconds(value);
        default -> { }
      }
    }
    String token = agent.toLowerCase(Locale.ROOT);
    for (Group group : groups) {
      if (group.agents.contains(token) && mine == null) {
        mine = group;
      } else if (group.agents.contains("*") && anyone == null) {
        anyone = group;
      }
    }
    Group chosen = mine != null ? mine : anyone;
    return chosen == null ? ALLOW_ALL : new RobotsRules(chosen.rules, chosen.crawlDelay);
  }

  /** Whether the path (with its query) may be fetched. */
  boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) {
      return true;
    }
    Rule best = null;
    for (Rule rule : rules) {
      if (matches(rule.pattern(), path) && (best == null
          || rule.pattern().length() > best.pattern().length()
          || rule.pattern().length() == best.pattern().length() && rule.allow())) {
        best = rule;
      }
    }
    return best == null || best.allow();
  }

  /** A robots.txt path pattern against a path: {@code *} any run of characters, final {@code $} the end. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String glob = anchored ? pattern.substring(0, pattern.length() - 1) : pattern + "*";
    return globMatches(glob, path);
  }

  /**
   * Whether the whole path matches a pattern whose only wildcard is {@code *}. Backtracks only to
   * the last star, so a hostile pattern of many stars costs length times length, not more.
   */
  private static boolean globMatches(String glob, String path) {
    int g = 0;
    int i = 0;
    int star = -1;
    int resume = 0;
    while (i < path.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        star = g++;
        resume = i;
      } else if (g < glob.length() && glob.charAt(g) == path.charAt(i)) {
        g++;
        i++;
      } else if (star >= 0) {
        g = star + 1;
        i = ++resume;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static Duration seconds(String value) {
    try {
      double seconds = Double.parseDouble(value);
      // A delay beyond a minute would stall a run for hours; such sites are fetched a minute apart.
      return seconds > 0 ? Duration.ofMillis((long) (Math.min(seconds, 60) * 1000)) : Duration.ZERO;
    } catch (NumberFormatException e) {
      return Duration.ZERO;
    }
  }

  private static final class Group {
    final List<String> agents = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    Duration crawlDelay = Duration.ZERO;
  }
}
