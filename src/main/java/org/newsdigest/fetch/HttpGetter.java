package org.newsdigest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * GET requests with the fetch command's manners: its own User-Agent, conditional headers, a time
 * limit, redirects followed (never from https down to http), and a cap on the body's size, since
 * a page that never ends would otherwise fill the memory.
 */
final class HttpGetter {
  /** No news page or feed is this large; a larger body is something else. */
  static final int MAX_BODY_BYTES = 20 * 1024 * 1024;

  private final HttpClient client;
  private final String userAgent;
  private final Duration timeout;

  HttpGetter(String userAgent, Duration timeout) {
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout)
        .build();
    this.userAgent = userAgent;
    this.timeout = timeout;
  }

  /**
   * The whole answer to a GET of {@code uri}, sending {@code validators} as If-None-Match and
   * If-Modified-Since.
   *
   * @throws IOException when there is no answer, it breaks off, or its body is too large
   */
  HttpAnswer get(URI uri, Validators validators) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", userAgent)
        .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml,"
            + " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1")
        .GET();
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    byte[] body;
    try (InputStream in = response.body()) {
      body = readCapped(in);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    return new HttpAnswer(response.uri(), response.statusCode(), mediaType(contentType), charset(contentType),
        new Validators(response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null)),
        body);
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    try {
      while ((n = in.read(buffer)) >= 0) {
        if (out.size() + n > MAX_BODY_BYTES) {
          throw new BodyTooLarge();
        }
        out.write(buffer, 0, n);
      }
    } catch (BodyTooLarge e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("the answer broke off after " + out.size() + " bytes (" + e.getMessage() + ")", e);
    }
    return out.toByteArray();
  }

  /** "text/html; charset=UTF-8" → "text/html". */
  static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** "text/html; charset=\"utf-8\"" → "utf-8"; null when there is no charset parameter. */
  static String charset(String contentType) {
    for (String parameter : contentType.split(";")) {
      String p = parameter.strip();
      if (p.regionMatches(true, 0, "charset=", 0, "charset=".length())) {
        String value = p.substring("charset=".length()).strip();
        value = value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
            ? value.substring(1, value.length() - 1) : value;
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("the answer is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MB");
    }
  }
}
