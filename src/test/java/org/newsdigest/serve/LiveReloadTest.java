package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveReloadTest {
  private static final String PAGE = "<!doctype html><html><body><h1>Digest</h1></body></html>";
  @TempDir Path dir;
  Path site;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void site() throws IOException {
    site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("index.html"), PAGE);
    Files.writeString(site.resolve("404.html"), "<p>Not here</p></body>");
    Files.writeString(site.resolve("feed.json"), "{}");
  }

  private HttpResponse<String> get(SiteServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theVersionEndpointCountsRebuilds() throws Exception {
    LiveReload reload = new LiveReload();
    try (SiteServer server = SiteServer.start(site, 0, reload)) {
      HttpResponse<String> first = get(server, "__newsdigest/version");
      assertEquals(200, first.statusCode());
      assertEquals("0", first.body());
      assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""));
      reload.siteChanged();
      assertEquals("1", get(server, "__newsdigest/version").body());
      HttpResponse<String> script = get(server, "__newsdigest/reload.js");
      assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
      assertTrue(script.body().contains("/__newsdigest/version"), script.body());
      assertTrue(script.body().contains("location.reload()"), script.body());
    }
  }

  @Test
  void servedHtmlPagesLoadTheReloadScriptButTheFilesOnDiskDoNot() throws Exception {
    try (SiteServer server = SiteServer.start(site, 0, new LiveReload())) {
      assertEquals("<!doctype html><html><body><h1>Digest</h1>" + LiveReload.SCRIPT_TAG + "</body></html>",
          get(server, "index.html").body());
      assertTrue(get(server, "missing.html").body().contains(LiveReload.SCRIPT_TAG));
      HttpResponse<String> feed = get(server, "feed.json");
      assertEquals("{}", feed.body(), "only HTML gets the script");
      assertEquals("application/feed+json; charset=utf-8", feed.headers().firstValue("Content-Type").orElse(""));
    }
    assertEquals(PAGE, Files.readString(site.resolve("index.html")));
  }

  @Test
  void withoutWatchingThereIsNoScriptAndNoEndpoint() throws Exception {
    try (SiteServer server = SiteServer.start(site, 0)) {
      assertEquals(PAGE, get(server, "index.html").body());
      assertEquals(404, get(server, "__newsdigest/version").statusCode());
      assertFalse(get(server, "missing.html").body().contains("__newsdigest"));
    }
  }

  @Test
  void theScriptGoesAtTheEndWhenThePageHasNoBodyEndTag() {
    assertEquals("<p>x" + LiveReload.SCRIPT_TAG, new String(LiveReload.inject("<p>x".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
  }
}
