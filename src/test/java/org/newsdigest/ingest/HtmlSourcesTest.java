package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/**
 * One small page per metadata source the reader trusts, each alone in its page, and one per
 * kind of boilerplate a news page wraps around its story.
 */
class HtmlSourcesTest {
  private static final String STORY = "<p>The harbour board voted on Monday to rebuild the north"
      + " pier, which storms damaged twice last winter, at a cost of four million pounds.</p>"
      + "<p>Work will begin in April, the board said, and the ferry will use the south pier until"
      + " the new one opens, probably in the autumn of next year.</p>";

  private static Document page(String html, String head, String around) throws Exception {
    return Fixtures.readOne("p.html", "<!DOCTYPE html>" + html + "<head><meta charset=utf-8>"
        + "<title>Harbour board votes to rebuild pier</title>" + head + "</head><body>"
        + around.replace("STORY", "<article>" + STORY + "</article>") + "</body></html>");
  }

  private static String body(Document doc) {
    return doc.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  @Test
  void htmlLangGivesTheLanguage() throws Exception {
    assertEquals("en-GB", page("<html lang=en-GB>", "", "STORY").metadata().language());
  }

  @Test
  void metaAuthorGivesTheByline() throws Exception {
    assertEquals("Morag Linklater",
        page("<html>", "<meta name=author content=\"Morag Linklater\">", "STORY").metadata().byline());
  }

  @Test
  void metaDateGivesThePublicationDate() throws Exception {
    Document doc = page("<html>", "<meta name=date content=\"2024-03-05\">", "STORY");
    assertEquals("2024-03-05", doc.metadata().published());
  }

  @Test
  void articlePublishedTimeGivesThePublicationDate() throws Exception {
    Document doc = page("<html>",
        "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+00:00\">", "STORY");
    assertEquals("2024-03-05T09:30:00+00:00", doc.metadata().published());
  }

  @Test
  void theCanonicalLinkGivesTheUrl() throws Exception {
    Document doc = page("<html>",
        "<link rel=canonical href=\"https://orkney.example.com/news/pier-vote\">", "STORY");
    assertEquals("https://orkney.example.com/news/pier-vote", doc.metadata().url());
  }

  @Test
  void ogSiteNameGivesTheOutlet() throws Exception {
    Document doc = page("<html>", "<meta property=og:site_name content=\"The Orcadian Post\">",
        "STORY");
    assertEquals("The Orcadian Post", doc.metadata().outlet());
  }

  @Test
  void aJsonLdPublisherGivenByReferenceGivesTheOutletWhenNoSiteNameDoes() throws Exception {
    // Yoast and most CMSs describe the organisation once in @graph and point to it by @id.
    String jsonLd = "<script type=application/ld+json>{\"@context\":\"https://schema.org\","
        + "\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"Harbour board votes to"
        + " rebuild pier\",\"publisher\":{\"@id\":\"https://orkney.example.com/#org\"}},"
        + "{\"@type\":\"Organization\",\"@id\":\"https://orkney.example.com/#org\","
        + "\"name\":\"Orcadian Media Ltd\"}]}</script>";
    assertEquals("Orcadian Media Ltd", page("<html>", jsonLd, "STORY").metadata().outlet());
    // Such organisations are often the owning company or the address: the site name comes first.
    assertEquals("The Orcadian Post", page("<html>", jsonLd
        + "<meta property=og:site_name content=\"The Orcadian Post\">", "STORY").metadata().outlet());
  }

  @Test
  void theJsonLdWebSiteNameThenPublisherMetaTagsGiveTheOutletLast() throws Exception {
    String website = "<script type=application/ld+json>{\"@context\":\"https://schema.org\","
        + "\"@type\":\"WebSite\",\"name\":\"Orcadian Post Online\",\"url\":"
        + "\"https://orkney.example.com/\"}</script>";
    String publisher = "<meta name=publisher content=\"Orcadian Media Ltd\">";
    assertEquals("Orcadian Media Ltd", page("<html>", publisher, "STORY").metadata().outlet());
    assertEquals("Orcadian Post Online", page("<html>", website + publisher, "STORY").metadata().outlet());
    assertEquals("The Orcadian Post", page("<html>", website + publisher
        + "<meta property=og:site_name content=\"The Orcadian Post\">", "STORY").metadata().outlet());
  }

  private static void assertDropped(String furniture, String words) throws Exception {
    String text = body(page("<html>", "", "<main>STORY" + furniture + "</main>"));
    assertTrue(text.contains("rebuild the north pier"), text);
    assertTrue(text.contains("probably in the autumn"), text);
    assertFalse(text.contains(words), text);
  }

  @Test
  void aCookieNoticeIsDropped() throws Exception {
    assertDropped("<div id=cookie-banner><p>We use cookies to improve your experience."
        + " <a href=/privacy>Accept all</a></p></div>", "cookies");
  }

  @Test
  void aPaywallPromptIsDropped() throws Exception {
    assertDropped("<div class=\"paywall subscribe-prompt\"><p>Subscribe to keep reading:"
        + " only 1 pound a week.</p></div>", "Subscribe");
  }

  @Test
  void aShareBlockIsDropped() throws Exception {
    assertDropped("<ul class=share-tools><li><a href=https://x.example/s>Share on X</a></li>"
        + "<li><a href=https://f.example/s>Share on Facebook</a></li></ul>", "Share on");
  }

  @Test
  void aCommentsSectionIsDropped() throws Exception {
    assertDropped("<section id=comments><h2>Comments</h2><p>Great news for the islands,"
        + " about time too, says a reader.</p></section>", "about time too");
  }

  @Test
  void aRelatedArticlesListIsDropped() throws Exception {
    assertDropped("<div class=related-stories><h3>Related</h3><ul><li><a href=/a>Ferry fares"
        + " to rise</a></li><li><a href=/b>New lifeboat named</a></li></ul></div>", "Ferry fares");
  }

  @Test
  void anAdSlotIsDropped() throws Exception {
    assertDropped("<div class=ad-slot><p>Advertisement</p><p>Buy island gin today</p></div>",
        "island gin");
  }

  @Test
  void aNewsletterSignUpIsDropped() throws Exception {
    assertDropped("<div class=newsletter-signup><p>Get the morning briefing in your inbox.</p>"
        + "<form><input type=email><button>Sign up</button></form></div>", "morning briefing");
  }

  @Test
  void anImageCaptionAndCreditAreDropped() throws Exception {
    String text = body(page("<html>", "", "<article><figure><img src=\"https://img.example.org/"
        + "pier.jpg\" alt=\"The north pier\"><figcaption>The damaged pier in January. Photo:"
        + " J. Rendall</figcaption></figure>" + STORY + "</article>"));
    assertTrue(text.contains("rebuild the north pier"), text);
    assertFalse(text.contains("Rendall"), text);
  }
}
