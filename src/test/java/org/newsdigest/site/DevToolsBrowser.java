package org.newsdigest.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol, for what --dump-dom cannot show: typing
 * into a form, the address the page wrote, the value of a field. Talks to 127.0.0.1 only, through
 * the JDK's own WebSocket client. One page; close() ends the browser.
 */
final class DevToolsBrowser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private final Process chromium;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();

  private DevToolsBrowser(Process chromium, WebSocket socket) {
    this.chromium = chromium;
    this.socket = socket;
  }

  static DevToolsBrowser start(Path binary, Path profile) throws Exception {
    Process chromium = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
        "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String endpoint = listeningOn(chromium);
      URI browser = URI.create(endpoint);
      HttpClient http = HttpClient.newHttpClient();
      String targets = http.send(HttpRequest.newBuilder(
          URI.create("http://" + browser.getAuthority() + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String page = null;
      for (JsonNode target : JSON.readTree(targets)) {
        if (target.path("type").asText().equals("page")) {
          page = target.get("webSocketDebuggerUrl").asText();
          break;
        }
      }
      if (page == null) {
        throw new IllegalStateException("Chromium has no page: " + targets);
      }
      DevToolsBrowser[] self = new DevToolsBrowser[1];
      WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
          message.append(data);
          if (last) {
            self[0].received(message.toString());
            message.setLength(0);
          }
          webSocket.request(1);
          return null;
        }
      }).get(30, TimeUnit.SECONDS);
      self[0] = new DevToolsBrowser(chromium, socket);
      return self[0];
    } catch (Exception | Error e) {
      chromium.destroyForcibly();
      throw e;
    }
  }

  /** The browser's DevTools address, from the line Chromium prints on standard error. */
  private static String listeningOn(Process chromium) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(chromium.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      int at = line.indexOf("ws://");
      if (line.startsWith("DevTools listening on") && at >= 0) {
        // Keep reading standard error, so a chatty browser never blocks on a full pipe.
        Thread drain = new Thread(() -> {
          try {
            while (err.readLine() != null) {
              // discarded
            }
          } catch (IOException ignored) {
            // the browser ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return line.substring(at).strip();
      }
    }
    throw new IllegalStateException("Chromium did not start its DevTools endpoint");
  }

  private void received(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Chromium sent what is not JSON: " + text, e);
    }
  }

  private JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    replies.put(id, reply);
    ObjectNode request = JSON.createObjectNode();
    request.put("id", id);
    request.put("method", method);
    request.set("params", JSON.valueToTree(params));
    socket.sendText(JSON.writeValueAsString(request), true).get(30, TimeUnit.SECONDS);
    JsonNode answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + ": " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Opens {@code url} and waits until the page and its deferred scripts have run. */
  void open(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
    waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url));
  }

  /** The value of a JavaScript expression in the page (a promise is awaited), as JSON. */
  JsonNode eval(String expression) throws Exception {
    JsonNode result = call("Runtime.evaluate",
        Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Waits until a JavaScript condition holds in the page; fails after 30 seconds. */
  void waitFor(String condition) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (!eval("!!(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("Still not true after " + WAIT.toSeconds() + " s: " + condition
            + "; the page says: " + eval("document.querySelector('main') ? document.querySelector('main').innerText : ''"));
      }
      Thread.sleep(100);
    }
  }

  /** The texts of every element a CSS selector finds. */
  List<String> texts(String selector) throws Exception {
    JsonNode found = eval("Array.from(document.querySelectorAll(" + JSON.writeValueAsString(selector)
        + ")).map(e => e.textContent)");
    return JSON.convertValue(found, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
  }

  @Override
  public void close() {
    socket.abort();
    chromium.destroy();
    try {
      if (!chromium.waitFor(10, TimeUnit.SECONDS)) {
        chromium.destroyForcibly();
      }
    } catch (InterruptedException e) {
      chromium.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
