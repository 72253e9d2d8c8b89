package org.newsdigest.model;

import java.util.Locale;
import java.util.Objects;

/**
 * Who published an article, as far as anything tells, and what told it.
 *
 * @param name the outlet's name for readers ("BBC News", "Reuters", "example-news.com")
 * @param host the outlet's web host without "www." ("bbc.co.uk"): the outlet list's host for an
 *     outlet the list knows, else the host of the address or folder it came from; null when only
 *     a name is known
 * @param country the outlet's country as an upper-case ISO 3166-1 alpha-2 code ("GB"), or null
 * @param kind what sort of outlet it is, or null when nothing says
 * @param basis what told it
 * @param clue the words it was decided from, as the input gave them: the stated outlet, the
 *     dateline's agency, the address, the folder's name or the path of the folder's outlet file
 */
public record Outlet(
    String name, String host, String country, OutletKind kind, Basis basis, String clue) {

  /** What told who published an article, from the most trusted to the least. */
  public enum Basis {
    /** The article itself: a {@code Source:} line, front matter, the page's site name, the feed's title. */
    STATED("stated by the article"),
    /** An {@code outlet.txt} file in the article's folder or one above it. */
    FOLDER_FILE("the folder's outlet file"),
    /** The agency credited in the article's dateline: "PARIS (Reuters) -". */
    DATELINE("the dateline's agency"),
    /** The host of the article's web address. */
    ADDRESS("the article's address"),
    /** The name of the article's first folder under the seeds folder, when it is a web host. */
    FOLDER("the folder's name");

    private final String words;

    Basis(String words) {
      this.words = words;
    }

    /** How a reader is told where the outlet came from: "the dateline's agency". */
    public String words() {
      return words;
    }

    /** The lower-case word used in JSON ({@code "stated"}, {@code "folder_file"}, ...). */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Outlet {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(basis, "basis");
    if (name.isBlank()) {
      throw new IllegalArgumentException("The outlet's name must not be blank.");
    }
  }

  /** An outlet known only by a name the article states, as in test fixtures. */
  public static Outlet stated(String name) {
    return name == null || name.isBlank() ? null
        : new Outlet(name.strip(), null, null, null, Basis.STATED, name);
  }
}
