package org.newsdigest.model;

import java.util.List;

/**
 * Everything one speaker is quoted as saying in an event.
 *
 * @param speaker the speaker's display name, or null for quotes nobody is credited with
 * @param speakerKey the participant key, or null
 * @param role the speaker's role, or null
 * @param quotes the quotes, in order of first appearance
 */
public record SpeakerQuotes(String speaker, String speakerKey, String role, List<EventQuote> quotes) {
  public SpeakerQuotes {
    quotes = List.copyOf(quotes);
  }
}
