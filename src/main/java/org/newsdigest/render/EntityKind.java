package org.newsdigest.render;

import org.newsdigest.model.EntityType;

/** The four kinds of entity page, each in its own folder of the site. */
enum EntityKind {
  PEOPLE("people", "person", "people", "kindPerson"),
  PLACES("places", "place", "places", "kindPlace"),
  ORGANISATIONS("organisations", "organisation", "organisations", "kindOrganisation"),
  OUTLETS("outlets", "outlet", "outlets", "kindOutlet");

  private final String folder;
  private final String slugWord;
  /** The keys of its words in {@link Messages}. */
  private final String title;
  private final String singular;

  EntityKind(String folder, String slugWord, String title, String singular) {
    this.folder = folder;
    this.slugWord = slugWord;
    this.title = title;
    this.singular = singular;
  }

  static EntityKind of(EntityType type) {
    return switch (type) {
      case PERSON -> PEOPLE;
      case PLACE -> PLACES;
      case ORGANISATION -> ORGANISATIONS;
      case OUTLET -> OUTLETS;
    };
  }

  /** The folder of its pages, without slash: "people". */
  String folder() {
    return folder;
  }

  /**
   * The page name of a name that has no letters for a slug ("person-2"): part of an address,
   * so the same in every language.
   */
  String slugWord() {
    return slugWord;
  }

  /** The heading of its index page and its name in the site navigation: "People". */
  String title(Messages messages) {
    return messages.text(title);
  }

  /** One of them, in words: "person". */
  String singular(Messages messages) {
    return messages.text(singular);
  }
}
