package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Mention;
import org.newsdigest.text.Gazetteer;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.UniqueNames;

/**
 * Folds typed candidates into entities: name variants of one person by a spelling-tolerant
 * surname key, places and organisations by their canonical name. Untyped candidates count only
 * when they repeat a person's surname. Immutable; all state lives in one call.
 */
final class EntityResolver {

  /** A candidate and the entity it names. */
  private record Assignment(Candidate candidate, EntityDraft entity) {}

  private final Gazetteer gazetteer;

  EntityResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @param candidates every candidate in text order
   * @param modifierWords words the article uses as modifiers, never people alone
   * @param titleNames full names the title gives (given name and surname): a lone surname of the
   *     body that no fuller name of the body owns is that person
   */
  EntityRecognizer.Result resolve(
      List<Candidate> candidates, Set<String> modifierWords, List<List<String>> titleNames) {
    // full names first, so a surname anywhere in the article can find its person
    PersonIndex people = PersonIndex.ofFullNames(candidates);
    titleNames.forEach(people::addTitleName);
    List<Candidate> retyped = retype(candidates, people);
    Map<String, EntityDraft> others = new LinkedHashMap<>();
    List<Assignment> assigned = new ArrayList<>();
    for (Candidate c : retyped) {
      List<String> name = c.nameWords();
      EntityDraft target = null;
      if (name.size() >= 2 && c.type() == EntityType.PERSON) {
        target = people.byFullName(name);
      } else if (name.size() == 1 && c.type() != EntityType.ORGANISATION
          && !(c.type() == EntityType.PLACE && !c.weak())) {
        target = people.bySurname(name.get(0));
        if (target == null && (c.type() == null || c.type() == EntityType.PERSON)) {
          target = people.byFirstName(name.get(0)); // "Lindsay" after "Lindsay Lohan"
        }
        if (target == null && c.type() == EntityType.PERSON
            && !modifierWords.contains(c.surface())) {
          target = people.single(name.get(0));
        }
      }
      if (target == null && c.type() == null && name.size() == 1
          && Lexicon.ORG_SUFFIXES.contains(WordShapes.lower(name.get(0)))) {
        target = institutionEndingWith(others, name.get(0)); // "the Navy" after "Indian Navy"
      }
      if (target == null && (c.type() == EntityType.PLACE || c.type() == EntityType.ORGANISATION)) {
        String canonical = c.type() == EntityType.PLACE && gazetteer.canonical(c.surface()) != null
            ? gazetteer.canonical(c.surface()) : String.join(" ", c.words());
        target = others.computeIfAbsent(c.type().id() + ":" + Slugs.keyOf(canonical),
            k -> EntityDraft.other(c.type(), canonical));
      }
      if (target != null) {
        target.add(c, name);
        if (c.type() == EntityType.ORGANISATION) {
          String shorter = withoutPlace(c.words());
          if (shorter != null) {
            target.alsoKnownAs(shorter);
          }
        }
        assigned.add(new Assignment(c, target));
      }
    }
    return result(assigned);
  }

  /**
   * Second thoughts once the whole article is read: a one-word "person" that is a place named
   * elsewhere, and a place found by a preposition alone that is really someone's name.
   */
  private static List<Candidate> retype(List<Candidate> candidates, PersonIndex people) {
    Set<String> placeWords = new HashSet<>();
    Set<String> lastNameWords = new HashSet<>();
    List<List<String>> organisations = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.ORGANISATION && (PrepositionEvidence.organisationHead(c.words())
          || c.words().size() >= 3 && c.words().get(1).equals("of"))) {
        // a company's or venue's name ("Kraft Foods", not "… Police"), or "Academy of …"
        organisations.add(c.words());
      }
      if (c.type() == EntityType.PLACE && !c.weak()) {
        placeWords.add(c.surface());
      }
      if ((c.type() == null || c.type() == EntityType.PERSON) && c.words().size() >= 2) {
        lastNameWords.add(NameKeys.transliteration(Candidate.surname(c.words())));
      }
    }
    List<Candidate> retyped = new ArrayList<>();
    for (Candidate c : candidates) {
      int size = c.words().size();
      if (c.type() == EntityType.PERSON && size == 1 && placeWords.contains(c.surface())) {
        c = c.withType(EntityType.PLACE); // "Palmer firemen" after "in Palmer": the place again
      }
      if (c.weak() && size == 1 && lastNameWords.contains(NameKeys.transliteration(c.surface()))) {
        c = c.withType(null); // "at Cheeks" after "Mo Cheeks": a surname, not a place
      }
      if (c.weak() && size >= 2 && people.hasFullName(c.words())) {
        // "from Chris Byrd" where the article names him elsewhere
        c = c.withType(EntityType.PERSON);
      }
      if (c.type() == null || c.weak() && c.type() == EntityType.PERSON) {
        // "Morningside" or "Betty Ford" after "Morningside Recovery" or "Betty Ford Center"
        List<String> longer = organisationStartingWith(organisations, c.words());
        if (longer != null && !(size == 1 && lastNameWords.contains(NameKeys.transliteration(c.surface())))) {
          c = new Candidate(c.block(), c.start(), c.end(), c.surface(), longer,
              EntityType.ORGANISATION, null, false);
        }
      }
      retyped.add(c);
    }
    return retyped;
  }

  /**
   * An institution's name without the place it belongs to, as the article may call it next:
   * "Department of Criminal Justice" of "Texas Department of Criminal Justice", "Central
   * Election Commission" of "Central Election Commission of Turkmenistan"; else null.
   */
  String withoutPlace(List<String> words) {
    int n = words.size();
    for (int i = 1; i + 2 < n; i++) {
      if (words.get(i + 1).equals("of") && Lexicon.ORG_HEADS.contains(WordShapes.lower(words.get(i)))
          && gazetteer.canonical(String.join(" ", words.subList(0, i))) != null) {
        return String.join(" ", words.subList(i, n));
      }
    }
    int of = words.indexOf("of");
    if (of >= 2 && of + 1 < n && words.lastIndexOf("of") == of
        && Lexicon.ORG_SUFFIXES.contains(WordShapes.lower(words.get(of - 1)))
        && gazetteer.canonical(String.join(" ", words.subList(of + 1, n))) != null) {
      return String.join(" ", words.subList(0, of));
    }
    return null;
  }

  /** The one organisation found so far whose name ends in {@code word}, or null. */
  private static EntityDraft institutionEndingWith(Map<String, EntityDraft> others, String word) {
    EntityDraft found = null;
    for (Map.Entry<String, EntityDraft> e : others.entrySet()) {
      String key = e.getKey();
      if (key.startsWith(EntityType.ORGANISATION.id() + ":")
          && key.endsWith("-" + Slugs.slug(word))) {
        if (found != null) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /** The first organisation's words that start with {@code words} and are longer, or null. */
  private static List<String> organisationStartingWith(
      List<List<String>> organisations, List<String> words) {
    for (List<String> organisation : organisations) {
      if (organisation.size() > words.size()
          && organisation.subList(0, words.size()).equals(words)) {
        return organisation;
      }
    }
    return null;
  }

  /** Entities in order of first mention, each under a key no other entity of the article has. */
  private static EntityRecognizer.Result result(List<Assignment> assigned) {
    Map<EntityDraft, String> keys = new IdentityHashMap<>();
    List<Entity> entities = new ArrayList<>();
    UniqueNames usedKeys = new UniqueNames();
    for (Assignment a : assigned) {
      EntityDraft draft = a.entity();
      if (keys.containsKey(draft)) {
        continue;
      }
      String key = usedKeys.claim(draft.naturalKey());
      keys.put(draft, key);
      entities.add(draft.toEntity(key));
    }
    List<Mention> mentions = new ArrayList<>();
    for (Assignment a : assigned) {
      Candidate c = a.candidate();
      mentions.add(new Mention(keys.get(a.entity()), c.block(), c.start(), c.end(), c.surface()));
    }
    return new EntityRecognizer.Result(entities, mentions);
  }
}
