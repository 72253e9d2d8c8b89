package org.newsdigest.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site on the loopback interface, for browsing it as it will be hosted: folder
 * URLs answer with their index.html, unknown paths with the site's 404.html, and nothing outside
 * the site folder is ever read.
 */
public final class SiteServer implements AutoCloseable {
  private final Path root;
  private final HttpServer server;
  private final ExecutorService executor;
  private final LiveReload reload;

  private SiteServer(Path root, HttpServer server, ExecutorService executor, LiveReload reload) {
    this.root = root;
    this.server = server;
    this.executor = executor;
    this.reload = reload;
  }

  /** Starts serving {@code site} on 127.0.0.1:{@code port}; port 0 picks a free one. */
  public static SiteServer start(Path site, int port) throws IOException {
    return start(site, port, null);
  }

  /**
   * Like {@link #start(Path, int)}; with a {@link LiveReload} the HTML pages sent (not the files)
   * also load a script that reloads them after {@link LiveReload#siteChanged()}.
   */
  public static SiteServer start(Path site, int port, LiveReload reloadOrNull) throws IOException {
    Path root = site.toAbsolutePath().normalize();
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ExecutorService executor = Executors.newFixedThreadPool(4);
    SiteServer siteServer = new SiteServer(root, http, executor, reloadOrNull);
    http.createContext("/", siteServer::handle);
    http.setExecutor(executor);
    http.start();
    return siteServer;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address the server is bound to, as a URL (never a wildcard address). */
  public String url() {
    return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (reload != null && answeredForReload(exchange)) {
        return;
      }
      Path file = resolve(exchange.getRequestURI());
      if (file != null && Files.isRegularFile(file)) {
        String type = ContentTypes.of(file.getFileName().toString());
        byte[] body = Files.readAllBytes(file);
        send(exchange, 200, type, reload != null && type.startsWith("text/html") ? LiveReload.inject(body) : body);
        return;
      }
      Path notFound = root.resolve("404.html");
      byte[] body = Files.isRegularFile(notFound)
          ? Files.readAllBytes(notFound)
          : "Not found\n".getBytes(StandardCharsets.UTF_8);
      if (reload != null && Files.isRegularFile(notFound)) {
        body = LiveReload.inject(body); // a page that appears after a rebuild then shows itself
      }
      send(exchange, 404, ContentTypes.of(Files.isRegularFile(notFound) ? "404.html" : "404.txt"), body);
    }
  }

  /** Answers the live-reload paths, which exist only while watching; false for every other path. */
  private boolean answeredForReload(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    if (LiveReload.VERSION_PATH.equals(path)) {
      send(exchange, 200, "text/plain; charset=utf-8",
          Long.toString(reload.version()).getBytes(StandardCharsets.UTF_8));
      return true;
    }
    if (LiveReload.SCRIPT_PATH.equals(path)) {
      send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
      return true;
    }
    return false;
  }

  /** The file a request path names, or null when it would leave the site folder. */
  private Path resolve(URI uri) {
    String path = uri.getPath() == null ? "/" : uri.getPath();
    Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    return file;
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
