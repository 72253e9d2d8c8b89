package org.newsdigest.render;

import org.newsdigest.model.DateEvidence;

/**
 * How an event's date was decided, in the site's language: "dateline 'Paris, January 06'; 2 of 2
 * sources agree", "„am Dienstag“ im Vorspann, veröffentlicht am 2026-01-06". The quoted words stay
 * as the article wrote them; a publication day read with a relative phrase stays ISO, as it is
 * evidence to check, not prose.
 */
final class DateNote {
  private DateNote() {}

  /** The note, or null without evidence. */
  static String of(DateEvidence evidence, Messages messages) {
    if (evidence == null) {
      return null;
    }
    String statement = switch (evidence.kind()) {
      case DATELINE -> messages.text("dateNoteDateline", evidence.quoted());
      case LEAD -> evidence.publishedFor() == null ? messages.text("dateNoteLead", evidence.quoted())
          : messages.text("dateNoteLeadPublished", evidence.quoted(), evidence.publishedFor().toString());
      case PUBLICATION -> messages.text("dateNotePublication");
    };
    if (evidence.sources() <= 1) {
      return statement;
    }
    return statement + "; " + messages.text(evidence.independentOnly() ? "dateNoteAgreeIndependent" : "dateNoteAgree",
        evidence.agreeing(), evidence.sources());
  }
}
