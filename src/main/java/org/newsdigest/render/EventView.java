package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.model.SummarySentence;

/**
 * The model of an event page, HTML or Markdown: its facts of record, who and where, the summary,
 * the facts, quotes and exclusives with links to the articles that said them, and why the
 * articles were merged. What it reads of the rest of the site it reads through {@link PageReads},
 * so the model is a function of the event and those reads. Immutable.
 */
final class EventView {

  private final PageFrame frame;

  EventView(PageFrame frame) {
    this.frame = frame;
  }

  /** The page of a participant or speaker of the event, relative to this page, or null. */
  private static String entityPage(Event event, String key, String root, String extension,
      PageReads reads) {
    String page = reads.participantPage(event, key, extension);
    return page == null ? null : root + page;
  }

  Map<String, Object> model(Event event, String extension, PageReads reads) {
    String path = reads.eventPage(event, extension);
    String description = event.summary().isEmpty() ? event.title() : event.summary().get(0).text();
    Map<String, Object> model = frame.model(path, event.title(), description);
    SourceLabels labels = reads.labels(event);
    SourceRefs refs = new SourceRefs(reads, Links.root(path), extension, labels);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", reads.eventId(event));
    view.put("title", event.title());
    view.put("date", frame.dates().of(event.date()));
    view.put("dateEvidence", DateNote.of(event.dateEvidence(), frame.messages()));
    view.put("place", event.place());
    view.put("firstReported", frame.dates().of(event.firstReported()));
    view.put("lastUpdated", frame.dates().of(event.lastUpdated()));
    view.put("sourceCount", event.articles().size());
    view.put("outletCount", labels.outlets().size());
    view.put("independentCount", labels.independentCount());
    view.put("copyCount", labels.copyCount());
    view.put("coverage", labels.coverage());
    view.put("participants", participants(event, frame.messages()));
    String root = Links.root(path);
    view.put("who", new WhoAndWhere(event.participants(),
        p -> entityPage(event, p.key(), root, extension, reads)).view());
    view.put("summary", summary(event, refs));
    view.put("facts", FactViews.of(event.facts(), refs, labels.independentCount()));
    view.put("quotes", quotes(event, refs, root, extension));
    view.put("exclusives", exclusives(event, refs));
    view.put("sources", sources(event, refs, root, extension));
    view.put("links", links(event, refs, frame.messages()));
    view.put("matrix", CoverageView.of(event, refs));
    view.put("story", reads.storyAround(event, extension));
    model.put("event", view);
    return model;
  }

  private static List<Object> participants(Event event, Messages messages) {
    List<Object> out = new ArrayList<>();
    for (Participant participant : event.participants()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", participant.name());
      item.put("role", participant.role());
      item.put("type", participant.type().id());
      item.put("typeLabel", typeLabel(participant.type(), messages));
      item.put("aliases", participant.aliases());
      out.add(item);
    }
    return out;
  }

  /** Every summary sentence links to the article it came from. */
  private static List<Object> summary(Event event, SourceRefs refs) {
    List<Object> summary = new ArrayList<>();
    for (SummarySentence sentence : event.summary()) {
      Map<String, Object> item = refs.ref(sentence.source());
      item.put("text", sentence.text());
      summary.add(item);
    }
    return summary;
  }

  private static List<Object> quotes(Event event, SourceRefs refs, String root, String extension) {
    List<Object> out = new ArrayList<>();
    for (SpeakerQuotes speaker : event.quotes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("speaker", speaker.speaker());
      item.put("url", entityPage(event, speaker.speakerKey(), root, extension, refs.reads()));
      item.put("role", speaker.role());
      List<Object> quotes = new ArrayList<>();
      for (EventQuote quote : speaker.quotes()) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("text", quote.text());
        List<Object> sources = new ArrayList<>();
        for (String source : quote.sources()) {
          sources.add(refs.ref(source));
        }
        q.put("sources", sources);
        quotes.add(q);
      }
      item.put("quotes", quotes);
      out.add(item);
    }
    return out;
  }

  /** What only one source reports; a source with nothing of its own is left out. */
  private static List<Object> exclusives(Event event, SourceRefs refs) {
    List<Object> exclusives = new ArrayList<>();
    for (Exclusive exclusive : event.exclusives()) {
      if (exclusive.sentences().isEmpty()) {
        continue;
      }
      Map<String, Object> item = refs.ref(exclusive.source());
      item.put("sentences", exclusive.sentences());
      exclusives.add(item);
    }
    return exclusives;
  }

  /** Every source with its headline; a syndicated copy says which source it copies. */
  private List<Object> sources(Event event, SourceRefs refs, String root, String extension) {
    List<Object> sources = new ArrayList<>();
    for (Article article : event.articles()) {
      Map<String, Object> item = refs.ref(article.source());
      item.put("title", article.title());
      String outletPage = refs.reads().outletPage(article, extension);
      item.put("outletUrl", outletPage == null ? null : root + outletPage);
      item.put("outletKind", SourceLabels.kindLabel(article, frame.messages()));
      item.put("published", frame.dates().of(article.published()));
      item.put("byline", article.byline());
      String original = event.originalOf(article.source());
      item.put("copyOf", original == null ? null : refs.ref(original));
      sources.add(item);
    }
    return sources;
  }

  /** Why the merge put two articles together: the score and the evidence it weighed. */
  private static List<Object> links(Event event, SourceRefs refs, Messages messages) {
    List<Object> out = new ArrayList<>();
    for (MergeLink link : event.links()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("from", refs.ref(link.source()));
      item.put("to", refs.ref(link.target()));
      item.put("score", String.format(Locale.ROOT, "%.2f", link.score()));
      item.put("evidence", MergeReasons.of(link.evidence(), messages));
      out.add(item);
    }
    return out;
  }

  /** Words for readers; in English they equal {@link EntityType#id()}, which is for machines. */
  private static String typeLabel(EntityType type, Messages messages) {
    return EntityKind.of(type).singular(messages);
  }
}
