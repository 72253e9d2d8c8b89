package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.Slugs;

/**
 * An entity being assembled from its mentions during one recognition: the only mutable type of
 * the recogniser, never shared beyond the call that made it. Equality is identity on purpose:
 * two drafts with the same name so far are still two entities.
 */
final class EntityDraft {
  private final EntityType type;
  /** The display name of a place or organisation, fixed when the draft is made. */
  private final String canonical;
  /** For a person, the spelling-tolerant key of the surname that finds it from a lone surname. */
  private String surnameKey;
  private String name;
  private int nameSize;
  private String role;
  private final List<String> forms = new ArrayList<>();

  private EntityDraft(EntityType type, String canonical, String surnameKey) {
    this.type = type;
    this.canonical = canonical;
    this.surnameKey = surnameKey;
  }

  static EntityDraft person(String surnameKey) {
    return new EntityDraft(EntityType.PERSON, null, surnameKey);
  }

  static EntityDraft other(EntityType type, String canonical) {
    return new EntityDraft(type, canonical, null);
  }

  String surnameKey() {
    return surnameKey;
  }

  void surnameKey(String key) {
    this.surnameKey = key;
  }

  /** Names the person by {@code nameWords} from elsewhere (the title) when they are fuller. */
  void knownAs(List<String> nameWords) {
    if (nameWords.size() > nameSize) {
      name = String.join(" ", nameWords);
      nameSize = nameWords.size();
    }
  }

  /**
   * Adds a mention: its surface as an alias, its name if fuller, its role if the first. A
   * nickname in quotes or brackets gives two forms instead of the surface: the name without it
   * and the nickname with the surname ('Luis Gerardo "Jerry" Ortiz': "Luis Gerardo Ortiz",
   * "Jerry Ortiz"), the way other reports name the person.
   */
  void add(Candidate c, List<String> nameWords) {
    String form = c.surface();
    Matcher nickname = form.indexOf(' ') > 0 && (form.indexOf('"') > 0 || form.indexOf('“') > 0
        || form.indexOf('(') > 0) ? NICKNAME.matcher(form) : null;
    if (nickname != null && nickname.matches()) {
      addForm(nickname.group(1) + " " + nickname.group(3));
      addForm(nickname.group(2) + " " + Candidate.surname(List.of(nickname.group(3).split(" "))));
    } else {
      addForm(form);
    }
    if (type == EntityType.PERSON && nameWords.size() > nameSize) {
      name = String.join(" ", nameWords);
      nameSize = nameWords.size();
    }
    if (role == null && c.role() != null) {
      role = c.role();
    }
  }

  /** Another name the entity goes by that the article does not spell out. */
  void alsoKnownAs(String form) {
    addForm(form);
  }

  private void addForm(String form) {
    if (!forms.contains(form)) {
      forms.add(form);
    }
  }

  /** "Luis Gerardo "Jerry" Ortiz", "Kimani (Kiki) Gray": a name with a nickname inside. */
  private static final Pattern NICKNAME =
      Pattern.compile("(.+?) [\"“(](\\p{Lu}[\\p{L}\\-'’]*)[\"”)] (.+)");

  /** "person:volodymyr-zelenskyy": the type and the slug of the display name. */
  String naturalKey() {
    return type.id() + ":" + Slugs.keyOf(display());
  }

  /** The entity under {@code key}: {@link #naturalKey()}, or a numbered variant when taken. */
  Entity toEntity(String key) {
    String display = display();
    List<String> aliases = forms.stream().filter(f -> !f.equals(display)).toList();
    return new Entity(key, type, display, aliases, role);
  }

  private String display() {
    return type == EntityType.PERSON ? name : canonical;
  }
}
