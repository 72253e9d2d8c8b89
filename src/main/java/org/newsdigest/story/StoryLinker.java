package org.newsdigest.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Event;
import org.newsdigest.model.Storyline;
import org.newsdigest.text.UniqueNames;

/**
 * Entry point of the story stage: finds the storylines among a digest's events. Events are tied
 * when they name the same rare people or organisations (the same entities of the digest's entity
 * table, so "Cooley" in one event is "Steve Cooley" in another only where the table says so), share key terms of their headlines and
 * summaries, and lie within a bounded time of each other; tied events form a story (a shooting,
 * the arrest, the trial). Deterministic, near-linear in the number of events (only events
 * sharing a rare participant are compared), stateless and thread-safe.
 */
public final class StoryLinker {
  /** A participant named by more events than this ties nothing: it is news, not a story. */
  static final int MAX_BLOCK = 30;

  /**
   * The storylines of {@code events}, whose participants {@code entities} (the events' entity
   * table) resolves: each of two or more events, each event in at most one,
   * events oldest first, storylines with the newest activity first. Never throws for odd events
   * (no date, no participants): they simply join no story.
   */
  public List<Storyline> link(List<Event> events, EntityTable entities) {
    Objects.requireNonNull(events, "The parameter 'events' must not be null.");
    Objects.requireNonNull(entities, "The parameter 'entities' must not be null.");
    List<EventTraits> traits = NamedInText.complete(EventTraits.of(events, entities));
    Rarity rarity = new Rarity(traits, MAX_BLOCK);
    List<PairEvidence> links = CandidatePairs.linked(traits, rarity);
    List<Integer> articleCounts = events.stream().map(e -> e.articles().size()).toList();
    List<List<Integer>> groups = StoryGroups.of(traits, links);
    double[] centrality = StoryNaming.centrality(events.size(), groups, links);

    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> group : groups) {
      List<Integer> ordered = new ArrayList<>(group);
      ordered.sort(Comparator.comparing((Integer i) -> traits.get(i).date(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingInt(i -> i));
      int central = StoryNaming.central(group, centrality, articleCounts);
      List<String> shared =
          StoryNaming.shared(ordered.stream().map(traits::get).toList(), rarity);
      LocalDate begun = traits.get(ordered.get(0)).date();
      LocalDate latest = ordered.stream().map(i -> traits.get(i).date())
          .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
      String title = events.get(central).title();
      drafts.add(new Draft(StoryNaming.slug(shared, title, begun), title,
          ordered.stream().map(events::get).toList(), shared, latest, ordered.get(0)));
    }
    drafts.sort(Comparator.comparing(Draft::latest, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Draft::slug)
        .thenComparingInt(Draft::firstIndex));
    UniqueNames taken = new UniqueNames();
    List<Storyline> out = new ArrayList<>();
    for (Draft draft : drafts) {
      String slug = taken.claim(draft.slug());
      out.add(new Storyline(slug, draft.title(), draft.events(), draft.shared()));
    }
    return List.copyOf(out);
  }

  /** A storyline before its slug is known to be unique. */
  private record Draft(
      String slug, String title, List<Event> events, List<String> shared, LocalDate latest,
      int firstIndex) {}
}
