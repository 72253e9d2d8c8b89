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
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Serves a built site on the loopback interface, for browsing it as it will be hosted: folder
 * URLs answer with their index.html, unknown paths with the site's 404.html, and nothing outside
 * the site folder is ever read: no path through a symbolic link, no hidden file or folder (the
 * marker, a deploy repository's {@code .git/}). HEAD answers carry the length, a single byte
 * range is honoured, and every request gets an answer, a malformed one too.
 *
 * <p>A client cannot hold the server: the JDK server reads a request on a worker thread, so
 * there are {@value #WORKERS} of them (a browser opens six connections), made as needed and
 * ended when idle, and the JDK server closes a connection whose request is not read within
 * {@value #REQUEST_SECONDS} s (or whose response is not taken within {@value #RESPONSE_SECONDS}
 * s): clients that send half a request and stop free their worker thread.
 */
public final class SiteServer implements AutoCloseable {
  static final int REQUEST_SECONDS = 10;
  static final int RESPONSE_SECONDS = 60;
  static final int WORKERS = 32;

  static {
    // Read once, when the JDK server's classes load: set before the first server is made, and
    // only when the user did not set them on the command line.
    setIfAbsent("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
    setIfAbsent("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS);
  }

  private static void setIfAbsent(String property, int seconds) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, Integer.toString(seconds));
    }
  }

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
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    executor.allowCoreThreadTimeOut(true);
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
      answer(exchange);
    } catch (IOException e) {
      throw e; // the client went away: nothing to answer
    } catch (RuntimeException e) {
      // Whatever went wrong, the client hears so rather than seeing its connection dropped.
      try {
        send(exchange, 500, "text/plain; charset=utf-8", "Internal error\n".getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException ignored) {
        // The answer had started: the connection closes.
      }
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
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
    if (file != null && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      String type = ContentTypes.of(file.getFileName().toString());
      byte[] body = Files.readAllBytes(file);
      if (reload != null && type.startsWith("text/html")) {
        send(exchange, 200, type, LiveReload.inject(body));
      } else {
        sendRange(exchange, type, body);
      }
      return;
    }
    Path notFound = root.resolve("404.html");
    boolean page = Files.isRegularFile(notFound, LinkOption.NOFOLLOW_LINKS);
    byte[] body = page ? Files.readAllBytes(notFound) : "Not found\n".getBytes(StandardCharsets.UTF_8);
    if (reload != null && page) {
      body = LiveReload.inject(body); // a page that appears after a rebuild then shows itself
    }
    send(exchange, 404, ContentTypes.of(page ? "404.html" : "404.txt"), body);
  }

  /** A file, whole or the one byte range the request asks for (RFC 9110, section 14). */
  private static void sendRange(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
    ByteRange.Parsed range = ByteRange.parse(exchange.getRequestHeaders().getFirst("Range"), body.length);
    switch (range.kind()) {
      case WHOLE -> send(exchange, 200, type, body);
      case UNSATISFIABLE -> {
        exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
        send(exchange, 416, "text/plain; charset=utf-8", new byte[0]);
      }
      default -> {
        exchange.getResponseHeaders().set("Content-Range",
            "bytes " + range.first() + "-" + range.last() + "/" + body.length);
        send(exchange, 206, type, Arrays.copyOfRange(body, (int) range.first(), (int) range.last() + 1));
      }
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

  /**
   * The file a request path names, or null when it is not one the site serves: a path that
   * climbs out, passes through a symbolic link or names a hidden file or folder, or one the file
   * system cannot take (a NUL byte).
   */
  private Path resolve(URI uri) {
    String path = uri.getPath() == null ? "/" : uri.getPath();
    Path file = root;
    try {
      for (String segment : path.split("/")) {
        if (segment.isEmpty()) {
          continue;
        }
        // ".", ".." and every hidden name: none is part of a site.
        if (segment.startsWith(".") || segment.indexOf('\0') >= 0) {
          return null;
        }
        file = file.resolve(segment);
        if (Files.isSymbolicLink(file)) {
          return null;
        }
      }
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        file = file.resolve("index.html");
        if (Files.isSymbolicLink(file)) {
          return null;
        }
      }
      return file;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (head) {
      // The JDK server leaves a HEAD answer's length to the handler: the length a GET would get.
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
    }
    // -1: no body follows; 0 would ask for a chunked one.
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
