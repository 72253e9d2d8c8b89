package org.newsdigest.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web site on the loopback address for fetch tests: pages set by path, each with its status,
 * type and validators; answers 304 to a request whose If-None-Match is the page's ETag; records
 * every request; can break a body off half-way. Nothing here reaches beyond 127.0.0.1.
 */
public final class LoopbackSite implements AutoCloseable {
  /** What one path answers. */
  public record Answer(int status, String contentType, byte[] body, String etag, boolean breakOff) {
    public static Answer ok(String contentType, String body) {
      return new Answer(200, contentType, body.getBytes(StandardCharsets.UTF_8), null, false);
    }

    public Answer withEtag(String etag) {
      return new Answer(status, contentType, body, etag, breakOff);
    }
  }

  /** One request as the site saw it. */
  public record Request(String path, String ifNoneMatch, String userAgent) {}

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  public LoopbackSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** The address of a path on this site: {@code http://127.0.0.1:PORT/path}. */
  public String address(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public void put(String path, Answer answer) {
    answers.put(path, answer);
  }

  public void put(String path, String contentType, String body) {
    put(path, Answer.ok(contentType, body));
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public List<String> requestedPaths() {
    return requests().stream().map(Request::path).toList();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath()
        + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, ifNoneMatch, exchange.getRequestHeaders().getFirst("User-Agent")));
    Answer answer = answers.get(path);
    try (exchange) {
      if (answer == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (answer.etag() != null) {
        exchange.getResponseHeaders().set("ETag", answer.etag());
        if (answer.etag().equals(ifNoneMatch)) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
      }
      if (answer.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      }
      byte[] body = answer.body();
      if (answer.breakOff()) {
        // Promise the whole body, send half, and hang up.
        exchange.sendResponseHeaders(answer.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
        throw new IOException("broken off on purpose");
      }
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
