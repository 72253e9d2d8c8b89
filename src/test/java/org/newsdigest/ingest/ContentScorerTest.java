package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The class-word weights and tag counts that replaced slower code give what it gave. */
class ContentScorerTest {
  /** The regexes classWeight used before it matched plain words. */
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr"
          + "|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar"
          + "|skyscraper|sponsor|shopping|tags|widget|byline|author|dateline|caption",
      Pattern.CASE_INSENSITIVE);

  @Test
  void classWeightMatchesTheRegexRules() {
    String[] names = {"", "hid", "HID", "x hid", "hid x", "a hid b", "hidx", "xhid", "hid\n",
        "x hid\r\n", "Article-Body", "story comment", "sidebar", "main-content share-bar",
        "h-entry", "-ad- slot", "post", "photo caption", "nothing here"};
    for (String className : names) {
      for (String id : new String[] {"", "hid", "content"}) {
        Element element = new Element("div").attr("class", className).attr("id", id);
        assertEquals(regexWeight(element), ContentScorer.classWeight(element),
            "class '" + className + "' id '" + id + "'");
      }
    }
  }

  @Test
  void tagCountsAreThoseOfTheSubtreeItselfIncluded() {
    Element body = Jsoup.parse("<div id=a><p>One</p><ul><li>x<li><p>y</p></ul>"
        + "<img src=a.jpg><form><input name=q></form></div><p>out</p>").body();
    ContentScorer.TextStats stats = new ContentScorer.TextStats(body);
    for (Element element : body.getAllElements()) {
      for (String tag : new String[] {"p", "img", "li", "input"}) {
        assertEquals(element.getElementsByTag(tag).size(), stats.tagCount(element, tag),
            tag + " under " + element.cssSelector());
      }
    }
  }

  private static int regexWeight(Element element) {
    int weight = 0;
    for (String name : new String[] {element.className(), element.id()}) {
      if (name.isEmpty()) {
        continue;
      }
      String lower = name.toLowerCase(java.util.Locale.ROOT);
      weight += NEGATIVE.matcher(lower).find() ? -25 : 0;
      weight += POSITIVE.matcher(lower).find() ? 25 : 0;
    }
    return weight;
  }
}
