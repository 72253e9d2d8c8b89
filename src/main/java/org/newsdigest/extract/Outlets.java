package org.newsdigest.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Outlet.Basis;
import org.newsdigest.text.NameKeys;

/**
 * Decides who published an article, from what the article and its place under the seeds folder
 * tell, trusting them in this order:
 *
 * <ol>
 *   <li>what the article states: a {@code Source:}/{@code outlet:} line or field, the saved
 *       page's site name (JSON-LD publisher, og:site_name, application-name), the feed's title;
 *   <li>the folder's {@code outlet.txt}, nearest first: the user's word for every file in it;
 *   <li>the agency credited in the dateline ("PARIS (Reuters) -");
 *   <li>the host of the article's address, named through the outlet list, else the bare host;
 *   <li>the first folder under the seeds folder when it is a web host ({@code bbc.co.uk/a.txt}),
 *       named through the list, else the host itself.
 * </ol>
 *
 * <p>A site name beats a wire credit: a Reuters story on a newspaper's page was published by the
 * newspaper, and the merge stage marks such syndicated copies as copies of the original. A
 * credit beats the address because saved wire stories often come from portals (news.yahoo.com,
 * msn.com) whose host says little about who wrote them. A stated name is kept as written; the
 * list adds its country and kind when the name or one of its other names matches. A stated web
 * host or address is treated as a host. Immutable and thread-safe.
 */
public final class Outlets {
  private static final Pattern URL = Pattern.compile("(?i)^(https?:)?//\\S+$");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final Pattern BARE_HOST = Pattern.compile("(?i)^(www\\.)?[a-z0-9.-]+\\.[a-z]{2,24}$");

  /** Generic top-level domains seen on news sites; a folder name ending in another is not a host. */
  private static final Set<String> GENERIC = CueWords.section("outlets generic");
  private static final Set<String> COUNTRY_DOMAINS = countryDomains();

  private final OutletList list;
  private final Map<String, Outlet> folderFiles;

  /**
   * @param list the outlets known by host
   * @param folderFiles each folder's outlet (from its {@code outlet.txt}) by its '/'-separated
   *     path under the seeds folder, "" for the seeds folder itself
   */
  public Outlets(OutletList list, Map<String, Outlet> folderFiles) {
    this.list = list;
    this.folderFiles = Map.copyOf(folderFiles);
  }

  /** The decider with the shipped list and no folder files: what one file alone tells. */
  public static Outlets shipped() {
    return new Outlets(OutletList.shipped(), Map.of());
  }

  /** The list this decider names hosts with. */
  public OutletList list() {
    return list;
  }

  /**
   * Who published the article, or null when nothing tells.
   *
   * @param stated the outlet the document states (its metadata), or null
   * @param dateline the article's dateline, or null
   * @param url the article's address, or null
   * @param source the article's '/'-separated path under the seeds folder
   */
  public Outlet decide(String stated, Dateline dateline, String url, String source) {
    Outlet outlet = fromStatement(stated);
    if (outlet != null && outlet.host() == null) {
      outlet = withHostOfAddress(outlet, OutletList.hostOf(url));
    }
    if (outlet == null) {
      outlet = fromFolderFile(source);
    }
    if (outlet == null && dateline != null) {
      outlet = named(dateline.agency(), Basis.DATELINE);
    }
    if (outlet == null) {
      outlet = fromHost(OutletList.hostOf(url), Basis.ADDRESS, url);
    }
    if (outlet == null) {
      outlet = fromFolderName(source);
    }
    return outlet;
  }

  /** The article with its outlet decided again here, from what it states and where it lies. */
  public Article decide(Article article) {
    return decide(article, article.source());
  }

  /**
   * As {@link #decide(Article)}, for an article whose source key is not its path under this
   * decider's seeds folder ({@code inspect} prefixes the folder it was given).
   */
  public Article decide(Article article, String sourceUnderSeeds) {
    Outlet before = article.publisher();
    String stated = before != null && before.basis() == Basis.STATED ? before.clue() : null;
    return article.withPublisher(decide(stated, article.dateline(), article.url(), sourceUnderSeeds));
  }

  private Outlet fromStatement(String stated) {
    if (stated == null || stated.isBlank()) {
      return null;
    }
    String text = stated.strip();
    if (URL.matcher(text).matches() || BARE_HOST.matcher(text).matches()) {
      String host = OutletList.hostOf(text);
      if (host != null) {
        OutletList.Entry entry = list.byHost(host);
        if (entry != null) {
          return of(entry, Basis.STATED, stated);
        }
        String name = URL.matcher(text).matches() ? host : text.replaceFirst("(?i)^www\\.", "");
        return new Outlet(name, host, null, null, Basis.STATED, stated);
      }
    }
    return named(stated, Basis.STATED);
  }

  /**
   * A stated outlet the list does not know, given the host of the article's address when its name
   * abbreviates the outlet there ("FOX" at foxnews.com, "HPO" at huffingtonpost.com): the
   * address then says which outlet the name means. A name that abbreviates nothing there keeps
   * no host, since a syndicated article often lies on another outlet's site.
   */
  private Outlet withHostOfAddress(Outlet outlet, String host) {
    if (host == null) {
      return outlet;
    }
    OutletList.Entry entry = list.byHost(host);
    String there = entry != null ? entry.name() : host.substring(0, host.indexOf('.'));
    if (!abbreviates(outlet.name(), there)) {
      return outlet;
    }
    return entry == null ? new Outlet(outlet.name(), host, null, null, outlet.basis(), outlet.clue())
        : new Outlet(outlet.name(), entry.host(), entry.country(), entry.kind(), outlet.basis(),
            outlet.clue());
  }

  /**
   * True when the letters of {@code name} are the first letter of {@code full} and then letters
   * of it in order: "NYT" of "nytimes", "Fox" of "Fox News". Two letters at least.
   */
  static boolean abbreviates(String name, String full) {
    String a = NOT_LETTER_OR_DIGIT.matcher(NameKeys.key(name)).replaceAll("");
    String b = NOT_LETTER_OR_DIGIT.matcher(NameKeys.key(full)).replaceAll("");
    if (a.length() < 2 || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < b.length() && at < a.length(); i++) {
      if (b.charAt(i) == a.charAt(at)) {
        at++;
      }
    }
    return at == a.length();
  }

  /** A name as written, with the country and kind the list gives it. */
  private Outlet named(String name, Basis basis) {
    if (name == null || name.isBlank()) {
      return null;
    }
    OutletList.Entry entry = list.byName(name);
    return entry == null ? new Outlet(name.strip(), null, null, null, basis, name)
        : new Outlet(name.strip(), entry.host(), entry.country(), entry.kind(), basis, name);
  }

  private Outlet fromHost(String host, Basis basis, String clue) {
    if (host == null) {
      return null;
    }
    OutletList.Entry entry = list.byHost(host);
    return entry == null ? new Outlet(host, host, null, null, basis, clue) : of(entry, basis, clue);
  }

  private static Outlet of(OutletList.Entry entry, Basis basis, String clue) {
    return new Outlet(entry.name(), entry.host(), entry.country(), entry.kind(), basis, clue);
  }

  /** The outlet file of the article's folder, else of the nearest folder above it that has one. */
  private Outlet fromFolderFile(String source) {
    if (folderFiles.isEmpty()) {
      return null;
    }
    String folder = folderOf(source);
    while (folder != null) {
      Outlet outlet = folderFiles.get(folder);
      if (outlet != null) {
        return outlet;
      }
      int slash = folder.lastIndexOf('/');
      folder = folder.isEmpty() ? null : slash < 0 ? "" : folder.substring(0, slash);
    }
    return null;
  }

  /** "bbc/world/a.txt" → "bbc/world"; "a.txt" → ""; a feed item's "#3" is dropped first. */
  static String folderOf(String source) {
    String path = source;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private Outlet fromFolderName(String source) {
    int slash = source.indexOf('/');
    if (slash <= 0) {
      return null;
    }
    String folder = source.substring(0, slash);
    String host = OutletList.hostOf(folder);
    if (host == null || !host.equals(folder.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""))) {
      return null;
    }
    OutletList.Entry entry = list.byHost(host);
    if (entry != null) {
      return of(entry, Basis.FOLDER, folder);
    }
    String tld = host.substring(host.lastIndexOf('.') + 1);
    return GENERIC.contains(tld) || COUNTRY_DOMAINS.contains(tld)
        ? new Outlet(host, host, null, null, Basis.FOLDER, folder) : null;
  }

  private static Set<String> countryDomains() {
    Set<String> codes = new HashSet<>();
    for (String code : Locale.getISOCountries()) {
      codes.add(code.toLowerCase(Locale.ROOT));
    }
    codes.add("uk");
    codes.add("eu");
    return Set.copyOf(codes);
  }
}
