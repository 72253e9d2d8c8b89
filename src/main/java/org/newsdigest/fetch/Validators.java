package org.newsdigest.fetch;

/**
 * What a server said identifies a version of a resource ({@code ETag}, {@code Last-Modified}), sent
 * back on the next request so that an unchanged page or feed costs a 304 and no body.
 */
record Validators(String etag, String lastModified) {
  static final Validators NONE = new Validators(null, null);

  boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
