package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Block;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Quote;

/**
 * Quoted speech and who said it. Quoted text shorter than four words is a term ("coalition of
 * the willing"), not speech. The speaker is the person or organisation the attribution names
 * next to the quote ("…,” X said; said X; X said: “…”; according to X), or the subject of the
 * previous paragraph when that paragraph ends with a colon and this one is only the quote.
 */
final class QuoteFinder {

  static final int MIN_WORDS = 4;

  /** Below this many words, quoted text needs a speaker to count as speech. */
  static final int SHORT_UNATTRIBUTED = 6;

  /** Words that introduce a quoted name or term: "dubbed the “…”", "under the banner of the “…”". */
  private static final Pattern TERM_BEFORE =
      Pattern.compile("(?:\\b(?:dubbed|called|so-called|known as|named|titled|entitled|banner of|the|a|an)\\s*)$");

  private static final Pattern QUOTED = Pattern.compile("“([^“”]*)(?:”|$)|\"([^\"]+)\"");
  private static final String VERB = "(?<verb>\\p{Ll}+)";
  private static final Pattern VERB_THEN_NAME =
      Pattern.compile("^[,.!?]?\\s*" + VERB + "\\s+(?:[\\p{L}.\\-'’]+\\s+){0,4}?$");
  private static final Pattern NOTHING = Pattern.compile("^[,.!?]?\\s*$");
  private static final Pattern NAME_THEN_VERB =
      Pattern.compile("^\\s+(?:(?:has|had|also|then|later|previously|repeatedly|once)\\s+)*" + VERB + "\\b");
  private static final Pattern PRONOUN_AFTER =
      Pattern.compile("^[,.!?]?\\s*(?:he|she|they)\\s+" + VERB + "\\b");
  private static final Pattern ACCORDING_AFTER = Pattern.compile("^[,.!?]?\\s*according to\\s+$");
  private static final Pattern VERB_BEFORE_QUOTE =
      Pattern.compile(
          "^\\s+(?:(?:has|had|also|then|later|previously|repeatedly|once)\\s+)*" + VERB
              + "\\b[^“”\"]{0,50}?[:,]?\\s*$");

  List<Quote> find(List<Block> blocks, List<Entity> entities, List<Mention> mentions) {
    Map<String, Entity> byKey = new java.util.LinkedHashMap<>();
    entities.forEach(e -> byKey.put(e.key(), e));
    List<Quote> quotes = new ArrayList<>();
    Entity lastSpeaker = null;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      if (block.isHeading()) {
        continue;
      }
      String text = block.text();
      List<Mention> here = speakersIn(mentions, byKey, b);
      Matcher m = QUOTED.matcher(text);
      while (m.find()) {
        int group = m.group(1) != null ? 1 : 2;
        String words = clean(m.group(group));
        if (words.split("\\s+").length < MIN_WORDS) {
          continue;
        }
        if (isTerm(text, m.start())) {
          continue;
        }
        Entity speaker = speakerAfter(text, m.end(), here, byKey);
        if (speaker == null) {
          speaker = speakerBefore(text, m.start(), here, byKey);
        }
        if (speaker == null && PRONOUN_AFTER.matcher(text.substring(m.end())).find()
            && Lexicon.SPEECH_VERBS.contains(verbOf(PRONOUN_AFTER, text.substring(m.end())))) {
          speaker = lastSpeaker != null ? lastSpeaker : lastPersonBefore(mentions, byKey, b, m.start());
        }
        if (speaker == null && m.start() == 0 && b > 0 && blocks.get(b - 1).text().strip().endsWith(":")) {
          speaker = introducedBy(blocks.get(b - 1).text(), speakersIn(mentions, byKey, b - 1), byKey);
        }
        if (speaker == null && words.split("\\s+").length < SHORT_UNATTRIBUTED) {
          continue; // a short phrase in quotes that nobody says is a name or a term
        }
        if (speaker != null) {
          lastSpeaker = speaker;
        }
        quotes.add(new Quote(words, speaker == null ? null : speaker.name(),
            speaker == null ? null : speaker.key(), b));
      }
    }
    return quotes;
  }

  private static Entity speakerAfter(String text, int quoteEnd, List<Mention> here, Map<String, Entity> byKey) {
    for (Mention mention : here) {
      if (mention.start() < quoteEnd || mention.start() - quoteEnd > 60) {
        continue;
      }
      String gap = text.substring(quoteEnd, mention.start());
      Matcher verbFirst = VERB_THEN_NAME.matcher(gap);
      if (verbFirst.find() && Lexicon.SPEECH_VERBS.contains(verbFirst.group("verb"))) {
        return byKey.get(mention.entityKey());
      }
      if (ACCORDING_AFTER.matcher(gap).find()) {
        return byKey.get(mention.entityKey());
      }
      if (NOTHING.matcher(gap).find()) {
        Matcher nameFirst = NAME_THEN_VERB.matcher(text.substring(mention.end()));
        if (nameFirst.find() && Lexicon.SPEECH_VERBS.contains(nameFirst.group("verb"))) {
          return byKey.get(mention.entityKey());
        }
      }
      return null; // the nearest name after the quote decides
    }
    return null;
  }

  private static Entity speakerBefore(String text, int quoteStart, List<Mention> here, Map<String, Entity> byKey) {
    for (int i = here.size() - 1; i >= 0; i--) {
      Mention mention = here.get(i);
      if (mention.end() > quoteStart) {
        continue;
      }
      String gap = text.substring(mention.end(), quoteStart);
      Matcher verb = VERB_BEFORE_QUOTE.matcher(gap);
      if (verb.find() && Lexicon.SPEECH_VERBS.contains(verb.group("verb"))) {
        return byKey.get(mention.entityKey());
      }
      String lead = text.substring(Math.max(0, mention.start() - 14), mention.start());
      if (lead.endsWith("according to ") && gap.matches("^,?\\s*$")) {
        return byKey.get(mention.entityKey());
      }
    }
    return null;
  }

  /** "Macron emphasized that … :" — the first person named in the introducing sentence. */
  private static Entity introducedBy(String previous, List<Mention> there, Map<String, Entity> byKey) {
    int lastStop = Math.max(previous.lastIndexOf(". "), Math.max(previous.lastIndexOf("? "), previous.lastIndexOf("! ")));
    for (Mention mention : there) {
      if (mention.start() > lastStop && byKey.get(mention.entityKey()).type() == EntityType.PERSON) {
        return byKey.get(mention.entityKey());
      }
    }
    return null;
  }

  private static Entity lastPersonBefore(List<Mention> mentions, Map<String, Entity> byKey, int block, int pos) {
    Entity found = null;
    for (Mention m : mentions) {
      if (m.block() < block || (m.block() == block && m.end() <= pos)) {
        Entity e = byKey.get(m.entityKey());
        if (e.type() == EntityType.PERSON) {
          found = e;
        }
      }
    }
    return found;
  }

  private static List<Mention> speakersIn(List<Mention> mentions, Map<String, Entity> byKey, int block) {
    return mentions.stream()
        .filter(m -> m.block() == block && byKey.get(m.entityKey()).type() != EntityType.PLACE)
        .sorted(java.util.Comparator.comparingInt(Mention::start))
        .toList();
  }

  private static String verbOf(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group("verb") : "";
  }

  private static boolean isTerm(String text, int quoteStart) {
    return TERM_BEFORE.matcher(text.substring(Math.max(0, quoteStart - 30), quoteStart)).find();
  }

  private static String clean(String quoted) {
    return quoted.strip().replaceAll("[,\\s]+$", "").strip();
  }
}
