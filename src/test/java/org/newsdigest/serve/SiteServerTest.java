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

  /** The raw answer to a request written as is, for requests a client library would not send. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void noPathThroughASymbolicLinkIsServed() throws Exception {
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(dir.resolve("elsewhere/passwd"), "root:x:0:0");
    Files.createSymbolicLink(site.resolve("etcdir"), dir.resolve("elsewhere"));
    Files.createSymbolicLink(site.resolve("leak.html"), dir.resolve("secret.txt"));
    Files.createDirectories(site.resolve("linked"));
    Files.createSymbolicLink(site.resolve("linked/index.html"), dir.resolve("secret.txt"));
    for (String path : new String[] {"etcdir/passwd", "leak.html", "linked/"}) {
      HttpResponse<String> response = get(path);
      assertEquals(404, response.statusCode(), path);
      assertFalse(response.body().contains("root:x") || response.body().contains("outside"), path);
    }
  }

  @Test
  void hiddenFilesAndFoldersAreNotServed() throws Exception {
    Files.writeString(site.resolve(".newsdigest-site"), "marker");
    Files.createDirectories(site.resolve(".git"));
    Files.writeString(site.resolve(".git/config"), "[remote] url = secret");
    Files.createDirectories(site.resolve("events/.drafts"));
    Files.writeString(site.resolve("events/.drafts/a.html"), "draft");
    for (String path : new String[] {".newsdigest-site", ".git/config", "events/.drafts/a.html", "%2Egit/config"}) {
      assertEquals(404, get(path).statusCode(), path);
    }
  }

  @Test
  void headAnswersCarryTheLengthAGetWould() throws Exception {
    HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(server.url() + "index.html"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    assertEquals(200, head.statusCode());
    assertEquals("15", head.headers().firstValue("Content-Length").orElse(""));
  }

  @Test
  void aSingleByteRangeIsHonoured() throws Exception {
    Files.writeString(site.resolve("assets/data.txt"), "0123456789");
    String[][] cases = {
        {"bytes=2-4", "206", "234", "bytes 2-4/10"},
        {"bytes=7-", "206", "789", "bytes 7-9/10"},
        {"bytes=-3", "206", "789", "bytes 7-9/10"},
        {"bytes=8-100", "206", "89", "bytes 8-9/10"},
        {"bytes=10-", "416", "", "bytes */10"},
        {"bytes=1-2,4-5", "200", "0123456789", ""},
        {"lines=1-2", "200", "0123456789", ""}};
    for (String[] c : cases) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "assets/data.txt"))
          .header("Range", c[0]).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(Integer.parseInt(c[1]), response.statusCode(), c[0]);
      assertEquals(c[2], response.body(), c[0]);
      assertEquals(c[3], response.headers().firstValue("Content-Range").orElse(""), c[0]);
    }
  }

  @Test
  void aRequestForANulByteIsAnsweredNotDropped() throws IOException {
    String answer = raw("GET /index%00.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
  }

  @Test
  void clientsThatSendHalfARequestDoNotHoldTheServer() throws Exception {
    // Twelve connections that stop mid-headers (four stalled the server for 160 s before).
    java.util.List<Socket> slow = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      long started = System.nanoTime();
      String answer = raw("GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("<h1>Digest</h1>"), answer);
      assertTrue(System.nanoTime() - started < 5_000_000_000L, "answered at once, beside the slow ones");
      // And the half-sent requests are dropped after the request time, freeing their workers.
      Socket first = slow.get(0);
      first.setSoTimeout((SiteServer.REQUEST_SECONDS + 5) * 1000);
      try {
        assertEquals(-1, first.getInputStream().read(), "closed without an answer");
      } catch (java.net.SocketException reset) {
        // closed: as good
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }
}
