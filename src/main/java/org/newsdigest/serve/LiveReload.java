package org.newsdigest.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reloads the pages open in a browser after a rebuild, for {@code serve --watch}. The server (never
 * the built files) adds one external script to every HTML page it sends; the script polls
 * {@link #VERSION_PATH} and reloads the page when the number there changes. Polling rather than
 * Server-Sent Events because it survives the server's restart and needs no open connection per tab.
 * Thread-safe: {@link #siteChanged} is called by the watcher while the server reads the version.
 */
public final class LiveReload {
  static final String VERSION_PATH = "/__newsdigest/version";
  static final String SCRIPT_PATH = "/__newsdigest/reload.js";
  static final String SCRIPT_TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";

  /** The page remembers the version it was loaded with and reloads once it differs. */
  static final String SCRIPT = """
      (function () {
        'use strict';
        var seen = null;
        function check() {
          fetch('%s', { cache: 'no-store' })
            .then(function (response) { return response.ok ? response.text() : null; })
            .then(function (version) {
              if (version === null) {
                return;
              }
              if (seen !== null && version !== seen) {
                window.location.reload();
                return;
              }
              seen = version;
            })
            .catch(function () { /* the server is restarting: try again on the next tick */ })
            .then(function () { window.setTimeout(check, 1000); });
        }
        check();
      })();
      """.formatted(VERSION_PATH);

  private final AtomicLong version = new AtomicLong();

  /** Tells open pages that the site changed: they reload on their next poll. */
  public void siteChanged() {
    version.incrementAndGet();
  }

  /** How many times the site changed since the server started. */
  public long version() {
    return version.get();
  }

  /** The page with the reload script added before its closing body tag (or at its end). */
  static byte[] inject(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    int body = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String result = body < 0 ? page + SCRIPT_TAG : page.substring(0, body) + SCRIPT_TAG + page.substring(body);
    return result.getBytes(StandardCharsets.UTF_8);
  }
}
