package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Set<String> outlets = new LinkedHashSet<>();
  private final int unnamed;
  /** Each syndicated copy's source to its original's, in event order. */
  private final Map<String, String> originals = new LinkedHashMap<>();
  private final Messages messages;

  /**
   * An outlet as the digest's entity table has it: the name labels show, and the key that tells
   * two spellings of one outlet apart from two outlets.
   */
  record Publisher(String name, String key) {
    /** The publisher {@code table} gives the article with this source, or null. */
    static Publisher of(EntityTable table, String source) {
      DigestEntity outlet = table.publisher(source);
      return outlet == null ? null : new Publisher(outlet.name(), outlet.key());
    }
  }

  private SourceLabels(List<Article> articles, List<SyndicatedCopy> copies,
      Function<String, Publisher> publisherOf, Messages messages) {
    this.messages = messages;
    String unnamedLabel = messages.text("unnamedSource");
    for (SyndicatedCopy copy : copies) {
      originals.put(copy.source(), copy.original());
    }
    List<String> nameless = new ArrayList<>();
    Set<String> outletKeys = new LinkedHashSet<>();
    for (Article article : articles) {
      if (labels.containsKey(article.source())) {
        continue;
      }
      Publisher outlet = publisherOf.apply(article.source());
      String named = outlet != null ? outlet.name() : outletOf(article);
      if (named == null) {
        nameless.add(article.source());
        labels.put(article.source(), unnamedLabel);
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
        labels.put(nameless.get(i), unnamedLabel + " " + (i + 1));
      }
    }
    this.unnamed = nameless.size();
  }

  /** The labels of the event's sources, each outlet named as the digest's entity table names it. */
  static SourceLabels of(Event event, EntityTable table, Messages messages) {
    return of(event, source -> Publisher.of(table, source), messages);
  }

  /** The labels of the event's sources, each outlet named as {@code publisherOf} names it. */
  static SourceLabels of(Event event, Function<String, Publisher> publisherOf, Messages messages) {
    return new SourceLabels(event.articles(), event.copies(), publisherOf, messages);
  }

  /** The labels these are written in, for the views that word the sources' agreement. */
  Messages messages() {
    return messages;
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
      text = messages.count("unnamedSources", sources);
    } else {
      text = messages.text("coverageFrom", messages.count("sources", sources),
          messages.count("outlets", outlets.size()));
      if (unnamed > 0) {
        text = messages.text("coverageAndUnnamed", text, messages.count("unnamedSources", unnamed));
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
    return messages.count("copies", copies, text, messages.inWords(List.copyOf(copied)));
  }

  /** The source {@code source} copies, or null when it is independent. */
  String originalOf(String source) {
    return originals.get(source);
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

  /** What sort of outlet published the article, in the site's language ("wire"), or null. */
  static String kindLabel(Article article, Messages messages) {
    String kind = kindOf(article);
    return kind == null ? null : messages.text("outletKind." + kind);
  }

  /** What sort of outlet published the article ("wire", "newspaper"), or null when unknown. */
  static String kindOf(Article article) {
    Outlet outlet = article.publisher();
    return outlet == null || outlet.kind() == null ? null : outlet.kind().id();
  }

  /** The outlet's country in the site's language ("United Kingdom"), or null when unknown. */
  static String countryOf(Article article, Messages messages) {
    Outlet outlet = article.publisher();
    if (outlet == null || outlet.country() == null) {
      return null;
    }
    String name = new Locale("", outlet.country()).getDisplayCountry(messages.locale());
    return name.isBlank() || name.equals(outlet.country()) ? null : name;
  }
}
