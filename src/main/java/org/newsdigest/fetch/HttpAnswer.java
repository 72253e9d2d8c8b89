package org.newsdigest.fetch;

import java.net.URI;

/**
 * One HTTP answer, whole: the address it finally came from (after redirects), its status, its
 * media type and charset parameter, its validators and its body.
 */
record HttpAnswer(URI uri, int status, String mediaType, String charset, Validators validators, byte[] body) {
  boolean notModified() {
    return status == 304;
  }

  boolean ok() {
    return status >= 200 && status < 300;
  }
}
