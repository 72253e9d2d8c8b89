package org.newsdigest.render;

import org.newsdigest.model.EntityType;

/** The four kinds of entity page, each in its own folder of the site. */
enum EntityKind {
  PEOPLE("people", "People", "person"),
  PLACES("places", "Places", "place"),
  ORGANISATIONS("organisations", "Organisations", "organisation"),
  OUTLETS("outlets", "Outlets", "outlet");

  private final String folder;
  private final String title;
  private final String singular;

  EntityKind(String folder, String title, String singular) {
    this.folder = folder;
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

  /** The heading of its index page and its name in the site navigation: "People". */
  String title() {
    return title;
  }

  /** One of them, in words: "person". */
  String singular() {
    return singular;
  }
}
