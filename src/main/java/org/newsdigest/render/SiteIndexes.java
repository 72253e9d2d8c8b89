package org.newsdigest.render;

/**
 * The indexes of one render that a page's view reads the rest of the site from: page paths and
 * outlets ({@link PagePlan}), entity pages, tag pages, storylines and the events' feed entries. Views of events and
 * articles read them only through a {@link PageReads}, which keeps each read as a question and
 * its answer.
 */
record SiteIndexes(PagePlan plan, EntityIndex entities, TagIndex tags, TimelineView timeline,
    FeedEntries feedEntries) {}
