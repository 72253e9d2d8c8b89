package org.newsdigest.check;

/**
 * A reference from one file of the site to an address.
 *
 * @param from the file that holds it, relative to the site root
 * @param href the address as written (entities already decoded)
 * @param where what holds it, for the message: {@code <a href>}, {@code <loc>}, {@code url}
 * @param script true when it is a {@code <script src>}, which may only load the site's assets
 */
record Link(String from, String href, String where, boolean script) {
  static Link of(String from, String href, String where) {
    return new Link(from, href, where, false);
  }
}
