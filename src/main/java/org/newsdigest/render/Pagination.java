package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A long list cut into pages of {@link #PAGE_SIZE}: the first page keeps the list's own address
 * ({@code archive/2024/10.html}, {@code index.html}), the others follow it in a {@code page}
 * folder ({@code archive/2024/10/page/2.html}, {@code page/2.html}), so the first page's address
 * never changes as the list grows.
 */
final class Pagination {
  /** Fifty event cards are a long scroll already on a phone. */
  static final int PAGE_SIZE = 50;

  /**
   * One page of the list.
   *
   * @param number 1 for the first page
   * @param count how many pages the list has
   * @param stem the page's path relative to the site root, without extension
   * @param previous the previous page's stem, or null on the first
   * @param next the next page's stem, or null on the last
   */
  record Part<T>(List<T> items, int number, int count, String stem, String previous, String next) {
    Part {
      items = List.copyOf(items);
    }

    String path(String extension) {
      return stem + extension;
    }
  }

  private static final Pattern LATER_PAGE = Pattern.compile("(^|/)page/\\d+\\.[a-z]+$");

  private Pagination() {}

  /**
   * The pages of {@code items} for the list at {@code stem} ("index", "people/ana-lopez"); one
   * page, possibly empty, for a short list.
   */
  static <T> List<Part<T>> of(List<T> items, String stem, int pageSize) {
    int count = Math.max(1, (items.size() + pageSize - 1) / pageSize);
    List<Part<T>> parts = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      List<T> slice = items.subList((n - 1) * pageSize, Math.min(items.size(), n * pageSize));
      parts.add(new Part<>(slice, n, count, stem(stem, n),
          n == 1 ? null : stem(stem, n - 1), n == count ? null : stem(stem, n + 1)));
    }
    return parts;
  }

  static <T> List<Part<T>> of(List<T> items, String stem) {
    return of(items, stem, PAGE_SIZE);
  }

  /**
   * True for the second or a later page of a list ("page/2.html", "people/ana/page/3.html"):
   * entity, tag and story slugs never read "page" (reserved), so only pagination makes these.
   */
  static boolean isLaterPage(String path) {
    return LATER_PAGE.matcher(path).find();
  }

  /** Page {@code n} of the list at {@code stem}: an index's pages go beside it. */
  static String stem(String stem, int n) {
    if (n == 1) {
      return stem;
    }
    String folder;
    if (stem.equals("index")) {
      folder = "";
    } else if (stem.endsWith("/index")) {
      folder = stem.substring(0, stem.length() - "index".length());
    } else {
      folder = stem + "/";
    }
    return folder + "page/" + n;
  }
}
