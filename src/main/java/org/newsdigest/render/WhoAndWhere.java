package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Participant;

/**
 * The "Who and where" of an event as three short groups (people with roles, organisations,
 * places), most-mentioned first. Each group shows its first few names and keeps the rest apart,
 * so twenty places do not push the summary's evidence off the screen.
 */
final class WhoAndWhere {
  static final int PEOPLE_SHOWN = 6;
  static final int NAMES_SHOWN = 8;

  private final List<Participant> participants;
  private final Function<Participant, String> pages;

  /** {@code pages} gives a participant's page relative to the page shown, or null for none. */
  WhoAndWhere(List<Participant> participants, Function<Participant, String> pages) {
    this.participants = List.copyOf(participants);
    this.pages = pages;
  }

  WhoAndWhere(List<Participant> participants) {
    this(participants, p -> null);
  }

  /** {@code people}, {@code organisations}, {@code places}: each null when empty. */
  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("people", group(EntityType.PERSON, PEOPLE_SHOWN));
    view.put("organisations", group(EntityType.ORGANISATION, NAMES_SHOWN));
    view.put("places", group(EntityType.PLACE, NAMES_SHOWN));
    return view;
  }

  private Map<String, Object> group(EntityType type, int shown) {
    // Stable sort: equally mentioned names keep the merge stage's order.
    List<Participant> ranked = participants.stream()
        .filter(p -> p.type() == type)
        .sorted(Comparator.comparingInt((Participant p) -> p.sources().size()).reversed())
        .toList();
    if (ranked.isEmpty()) {
      return null;
    }
    List<Object> all = new ArrayList<>();
    for (Participant participant : ranked) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", participant.name());
      String role = participant.role();
      item.put("role", role == null || role.isBlank() ? null : role.strip());
      item.put("mentions", participant.sources().size());
      item.put("url", pages.apply(participant));
      all.add(item);
    }
    // Hiding a single name behind "1 more" saves nothing.
    int cut = all.size() <= shown + 1 ? all.size() : shown;
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("all", all);
    group.put("shown", all.subList(0, cut));
    group.put("more", all.subList(cut, all.size()));
    return group;
  }
}
