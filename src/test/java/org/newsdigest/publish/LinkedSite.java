package org.newsdigest.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsdigest.model.Page;

/**
 * A generated site whose pages link to each other, in numbered versions that differ as real
 * rebuilds do: between two versions some pages change, some go, some come, and pages link only
 * to pages of their own version. Each page ends with a line naming its path and version, so a
 * half-written file is recognisable.
 */
final class LinkedSite {
  private LinkedSite() {}

  static boolean exists(int page, int version) {
    return (page + version) % 5 != 0;
  }

  static String path(int page) {
    return "events/" + page % 10 + "/e" + page + ".html";
  }

  static List<Page> version(int pages, int version) {
    List<Page> site = new ArrayList<>();
    StringBuilder index = new StringBuilder();
    for (int page = 0; page < pages; page++) {
      if (!exists(page, version)) {
        continue;
      }
      index.append("<a href=\"").append(path(page)).append("\">").append(page).append("</a>\n");
      StringBuilder text = new StringBuilder("<h1>Event ").append(page).append("</h1>\n");
      // A step of 10 links a page that comes in a version to another that comes with it (as an
      // event's page and its articles' pages come together): (page + version) % 5 decides.
      for (int step : new int[] {1, 7, 10, 31}) {
        int other = (page + step) % pages;
        if (exists(other, version)) {
          // Every page sits two folders deep.
          text.append("<a href=\"../../").append(path(other)).append("\">").append(other).append("</a>\n");
        }
      }
      // A third of the pages change from one version to the next; the padding makes the
      // writes take long enough to be killed in the middle of.
      int edition = page % 3 == version % 3 ? version : 0;
      text.append("<p>").append("edition ").append(edition).append(' ').append("x".repeat(6000)).append("</p>\n");
      text.append(end(path(page), edition));
      site.add(new Page(path(page), text.toString().getBytes(StandardCharsets.UTF_8)));
    }
    index.append(end("index.html", version));
    site.add(new Page("index.html", index.toString().getBytes(StandardCharsets.UTF_8)));
    return site;
  }

  static String end(String path, int edition) {
    return "<!-- end of " + path + " edition " + edition + " -->\n";
  }
}
