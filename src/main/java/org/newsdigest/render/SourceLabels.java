package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.Article;
import org.newsdigest.model.DigestEntity;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Event;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.SyndicatedCopy;

/**
 * What each source of an event is called in citations, "Only in …" headings and source lists.
 *
 * <p>Policy: the article's outlet under the name the digest's entity table gives it (one name for
 * "NYT" and "The New York Times"), else as the read stage decided it (named, credited in a
 * dateline, or known by its address's or folder's host); else "Unnamed source", numbered in the event's source
 * order when an event has several. A headline
 * is never used as a label: it reads as a sentence in a citation, and the sources list already
 * shows every headline next to its label.
 */
final class SourceLabels {
  static final String UNNAMED = "Unnamed source";

  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Set<String> outlets = new LinkedHashSet<>();
  private final int unnamed;
  /** Each syndicated copy's source to its original's, in event order. */
  private final Map<String, String> originals = new LinkedHashMap<>();

  private SourceLabels(List<Article> articles, List<SyndicatedCopy> copies, EntityTable table) {
    for (SyndicatedCopy copy : copies) {
      originals.put(copy.source(), copy.original());
    }
    List<String> nameless = new ArrayList<>();
    Set<String> outletKeys = new LinkedHashSet<>();
    for (Article article : articles) {
      if (labels.containsKey(article.source())) {
        continue;
      }
      DigestEntity outlet = table.publisher(article.source());
      String named = outlet != null ? outlet.name() : outletOf(article);
      if (named == null) {
        nameless.add(article.source());
        labels.put(article.source(), UNNAMED);
      } else {
        labels.put(article.source(), named);
        // The entity table says which spellings are one outlet ("NYT", "The New York Times").
        if (outletKeys.add(outlet != null ? outlet.key() : named.toLowerCase(Locale.ROOT))) {
          outlets.add(named);
        }
      }
    }
    if (nameless.size() > 1) {
      for (int i = 0; i < nameless.size(); i++) {
        labels.put(nameless.get(i), UNNAMED + " " + (i + 1));
      }
    }
    this.unnamed = nameless.size();
  }

  /** The labels of the event's sources, each outlet named as the digest's entity table names it. */
  static SourceLabels of(Event event, EntityTable table) {
    return new SourceLabels(event.articles(), event.copies(), table);
  }

  /** The label of a source of this event; the file path for a source the event does not list. */
  String label(String source) {
    return labels.getOrDefault(source, source);
  }

  /** The distinct named outlets (outlet or web host), in source order. */
  List<String> outlets() {
    return List.copyOf(outlets);
  }

  /** How many of the sources are not syndicated copies of another. */
  int independentCount() {
    return labels.size() - copyCount();
  }

  /** How many of the sources are syndicated copies of another. */
  int copyCount() {
    return (int) originals.keySet().stream().filter(labels::containsKey).count();
  }

  /**
   * "3 sources from 2 outlets", "2 sources from 1 outlet and 1 unnamed source", "1 unnamed
   * source"; with copies, which sources they copy: "3 sources from 3 outlets, 1 of them a copy
   * of Reuters", so that a reader never counts a republished wire story as a second witness.
   */
  String coverage() {
    int sources = labels.size();
    String text;
    if (outlets.isEmpty()) {
      text = count(sources, "unnamed source", "unnamed sources");
    } else {
      text = count(sources, "source", "sources") + " from "
          + count(outlets.size(), "outlet", "outlets");
      if (unnamed > 0) {
        text += " and " + count(unnamed, "unnamed source", "unnamed sources");
      }
    }
    int copies = copyCount();
    if (copies == 0) {
      return text;
    }
    Set<String> copied = new LinkedHashSet<>();
    originals.forEach((copy, original) -> {
      if (labels.containsKey(copy)) {
        copied.add(label(original));
      }
    });
    return text + ", " + copies + " of them " + (copies == 1 ? "a copy" : "copies") + " of "
        + inWords(List.copyOf(copied));
  }

  /** "A", "A and B", "A, B and C". */
  static String inWords(List<String> names) {
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
  }

  /** The source {@code source} copies, or null when it is independent. */
  String originalOf(String source) {
    return originals.get(source);
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * The article's outlet as the read stage decided it (its stated name, the dateline's agency,
   * its address's or folder's host through the outlet list), or null when nothing told it.
   * Render lays out this decision and never makes its own.
   */
  static String outletOf(Article article) {
    String outlet = article.outlet();
    return outlet == null || outlet.isBlank() ? null : outlet.strip();
  }

  /** What sort of outlet published the article ("wire", "newspaper"), or null when unknown. */
  static String kindOf(Article article) {
    Outlet outlet = article.publisher();
    return outlet == null || outlet.kind() == null ? null : outlet.kind().id();
  }

  /** The outlet's country in English words ("United Kingdom"), or null when unknown. */
  static String countryOf(Article article) {
    Outlet outlet = article.publisher();
    if (outlet == null || outlet.country() == null) {
      return null;
    }
    String name = new Locale("", outlet.country()).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() || name.equals(outlet.country()) ? null : name;
  }
}
