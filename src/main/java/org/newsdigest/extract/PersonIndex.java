package org.newsdigest.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.NameKeys;

/**
 * The people of one article, found by a spelling-tolerant key of their full name or of their
 * surname. Full names are indexed first, so a lone surname anywhere in the article finds its
 * person; a lone name nobody owns becomes a person of its own. Grows during one recognition only.
 */
final class PersonIndex {

  /** Marks a first name that several people share. */
  private static final EntityDraft NOBODY = EntityDraft.person(null);

  /** Insertion order is first-mention order: a surname goes to the first person it fits. */
  private final Map<String, EntityDraft> people = new LinkedHashMap<>();
  /** The people named in full, by their first name as written; null where two share it. */
  private final Map<String, EntityDraft> byFirstName = new HashMap<>();

  /** Indexes every person candidate named with two or more words. */
  static PersonIndex ofFullNames(List<Candidate> candidates) {
    PersonIndex index = new PersonIndex();
    for (Candidate c : candidates) {
      List<String> name = c.nameWords();
      if (c.type() == EntityType.PERSON && name.size() >= 2) {
        EntityDraft p = index.people.computeIfAbsent(fullKey(name), k -> EntityDraft.person(null));
        p.surnameKey(NameKeys.transliteration(Candidate.surname(name)));
        index.byFirstName.merge(name.get(0), p, (a, b) -> a == b ? a : NOBODY);
      }
    }
    return index;
  }

  /**
   * A full name the title gives: it names the person its surname finds in the body, when no
   * fuller name of the body has that surname already.
   */
  void addTitleName(List<String> words) {
    String surname = NameKeys.transliteration(Candidate.surname(words));
    if (bySurname(Candidate.surname(words)) == null) {
      EntityDraft p = people.computeIfAbsent(fullKey(words), k -> EntityDraft.person(surname));
      p.knownAs(words);
    }
  }

  /** "Volodymyr Zelenskyy" → "volodimir zelenski": one phonetic key per word. */
  static String fullKey(List<String> words) {
    return String.join(" ", words.stream().map(NameKeys::transliteration).toList());
  }

  boolean hasFullName(List<String> words) {
    return people.containsKey(fullKey(words));
  }

  /** The person with these full name words, or null. */
  EntityDraft byFullName(List<String> words) {
    return people.get(fullKey(words));
  }

  /** The first person whose surname has the key of {@code word}, or null. */
  EntityDraft bySurname(String word) {
    String key = NameKeys.transliteration(word);
    for (EntityDraft p : people.values()) {
      if (key.equals(p.surnameKey())) {
        return p;
      }
    }
    return null;
  }

  /**
   * The one person named in full whose first name is {@code word} as written ("Lindsay" for
   * Lindsay Lohan), or null when none or several are.
   */
  EntityDraft byFirstName(String word) {
    EntityDraft p = byFirstName.get(word);
    return p == NOBODY ? null : p;
  }

  /** The person known by the single name {@code word}, made on first use. */
  EntityDraft single(String word) {
    String key = NameKeys.transliteration(word);
    return people.computeIfAbsent("single " + key, k -> EntityDraft.person(key));
  }
}
