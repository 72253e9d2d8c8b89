package org.newsdigest.render;

import java.time.YearMonth;
import java.util.List;
import org.newsdigest.model.Event;

/**
 * The pages a reader browses by: people, places, organisations and outlets (an index each and a
 * page per entry that has one), the date archive and the tags, each in HTML and Markdown, long
 * lists paginated. Plans them as template jobs; immutable.
 */
final class BrowsePages {
  private static final List<String> EXTENSIONS = List.of(".html", ".md");

  private final EntityIndex entities;
  private final TagIndex tags;
  private final EntityPages entityPages;
  private final EntityView entityView;
  private final ArchivePages archive;

  BrowsePages(PagePlan plan, PageFrame frame, EntityIndex entities, TagIndex tags,
      List<Event> events) {
    this.entities = entities;
    this.tags = tags;
    this.entityPages = new EntityPages(plan, frame);
    this.entityView = new EntityView(frame);
    this.archive = new ArchivePages(frame, new EventCards(plan), events);
  }

  /** Plans every page: "people/index.html", "archive/2024/10.md", ... */
  void plan(SitePlan site) {
    for (String ext : EXTENSIONS) {
      String suffix = ext.equals(".html") ? ".ftlh" : ".md.ftl";
      String entity = "entity" + suffix;
      String eventList = "event-list" + suffix;
      for (EntityKind kind : EntityKind.values()) {
        List<EntityIndex.Entry> entries = entities.entries(kind);
        String index = "entities" + suffix;
        site.largeTemplate(kind.folder() + "/index" + ext, index,
            () -> entityPages.index(kind, entries, ext));
        for (EntityIndex.Entry entry : entries) {
          if (!entry.hasPage()) {
            continue;
          }
          String stem = kind.folder() + "/" + entry.slug();
          for (Pagination.Part<EntityIndex.Appearance> part
              : Pagination.of(entry.appearances(), stem)) {
            site.view(part.path(ext), entity, () -> EntityView.key(entry, part),
                reads -> entityView.model(entry, part, ext, reads));
          }
        }
      }
      String archiveIndex = "archive" + suffix;
      site.template("archive/index" + ext, archiveIndex,
          () -> archive.index(ext, tags.tags().size()));
      for (YearMonth month : archive.months()) {
        for (Pagination.Part<Event> part
            : Pagination.of(archive.eventsOf(month), ArchivePages.monthStem(month))) {
          site.template(part.path(ext), eventList, () -> archive.month(month, part, ext));
        }
      }
      if (!archive.undated().isEmpty()) {
        for (Pagination.Part<Event> part
            : Pagination.of(archive.undated(), ArchivePages.UNDATED)) {
          site.template(part.path(ext), eventList, () -> archive.undated(part, ext));
        }
      }
      String tagIndex = "entities" + suffix;
      site.template("tags/index" + ext, tagIndex, () -> archive.tagIndex(tags.tags(), ext));
      for (TagIndex.Tag tag : tags.tags()) {
        for (Pagination.Part<Event> part : Pagination.of(tag.events(), "tags/" + tag.slug())) {
          site.template(part.path(ext), eventList, () -> archive.tag(tag, part, ext));
        }
      }
    }
  }
}
