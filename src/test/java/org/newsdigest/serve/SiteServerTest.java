package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteServerTest {
  @TempDir Path dir;
  Path site;
  SiteServer server;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    site = Files.createDirectories(dir.resolve("site"));
    Files.createDirectories(site.resolve("events"));
    Files.createDirectories(site.resolve("assets"));
    Files.writeString(site.resolve("index.html"), "<h1>Digest</h1>");
    Files.writeString(site.resolve("404.html"), "<h1>Not here</h1>");
    Files.writeString(site.resolve("events/index.html"), "<h1>Events</h1>");
    Files.writeString(site.resolve("assets/style.css"), "body{}");
    Files.writeString(site.resolve("feed.xml"), "<feed/>");
    Files.writeString(dir.resolve("secret.txt"), "outside the site");
    server = SiteServer.start(site, 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesFilesWithTheirContentTypes() throws Exception {
    assertEquals("text/html; charset=utf-8", get("index.html").headers().firstValue("Content-Type").orElse(""));
    assertEquals("text/css; charset=utf-8", get("assets/style.css").headers().firstValue("Content-Type").orElse(""));
    assertEquals("application/atom+xml; charset=utf-8", get("feed.xml").headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void aFolderAnswersWithItsIndex() throws Exception {
    assertEquals("<h1>Digest</h1>", get("").body());
    assertEquals("<h1>Events</h1>", get("events/").body());
  }

  @Test
  void anUnknownPathGetsTheSites404Page() throws Exception {
    HttpResponse<String> response = get("events/nothing.html");
    assertEquals(404, response.statusCode());
    assertEquals("<h1>Not here</h1>", response.body());
  }

  @Test
  void nothingOutsideTheSiteIsServed() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream request = socket.getOutputStream();
      request.write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      request.flush();
      InputStream response = socket.getInputStream();
      String text = new String(response.readAllBytes(), StandardCharsets.UTF_8);
      assertFalse(text.contains("outside the site"), text);
      assertTrue(text.startsWith("HTTP/1.1 404"), text);
    }
  }

  @Test
  void listensOnlyOnLoopback() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"));
  }
}
