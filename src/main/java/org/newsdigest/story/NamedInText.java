package org.newsdigest.story;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsdigest.text.NameKeys;

/**
 * People an event's headline or summary names in full although its participant list lacks them
 * (the extract stage missed the name in that article): "Trial of Victor Harcourt opens" names
 * Victor Harcourt. Only names of two or more words another event lists as a person count, and
 * only when every word of the name is among the event's terms, so a lone surname links nothing.
 */
final class NamedInText {
  private NamedInText() {}

  static List<EventTraits> complete(List<EventTraits> traits) {
    // Each multi-word person name, looked up by its last word: near-linear, not events x names.
    Map<String, Map<String, String>> byLastWord = new TreeMap<>();
    for (EventTraits t : traits) {
      t.participants().forEach((key, name) -> {
        if (key.startsWith(EventTraits.PERSON)) {
          Set<String> words = KeyTerms.of(name);
          String folded = NameKeys.key(name);
          if (NameKeys.wordCount(folded) >= 2 && words.size() >= 2) {
            String last = folded.substring(folded.lastIndexOf(' ') + 1);
            byLastWord.computeIfAbsent(last, w -> new TreeMap<>()).putIfAbsent(key, name);
          }
        }
      });
    }
    // Each event is completed alone against the finished, read-only index: on every core, in order.
    return traits.parallelStream().map(t -> completed(t, byLastWord)).toList();
  }

  private static EventTraits completed(EventTraits t, Map<String, Map<String, String>> byLastWord) {
    EventTraits completed = t;
    for (String term : new TreeSet<>(t.terms())) {
      for (Map.Entry<String, String> person : byLastWord.getOrDefault(term, Map.of()).entrySet()) {
        if (!completed.participants().containsKey(person.getKey())
            && t.terms().containsAll(KeyTerms.of(person.getValue()))) {
          completed = completed.withPerson(person.getKey(), person.getValue());
        }
      }
    }
    return completed;
  }
}
