package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.extract.QuoteSpans.Passage;
import org.newsdigest.extract.QuoteSpans.Segment;
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

  private static final String VERB = "(?<verb>\\p{Ll}+)";
  /** Adverbs and auxiliaries between a name or pronoun and its speech verb: "has also said". */
  private static final String ADVERBS = "(?:(?:has|had|also|then|later|previously|repeatedly|once)\\s+)*";
  /** The auxiliary of a compound past after a quote: "», a déclaré Jean Martin", "“, ha detto". */
  private static final String AUXILIARY = "(?:(?:a|hat|ha|heeft)\\s+)?";
  private static final Pattern VERB_THEN_NAME =
      Pattern.compile("^[,.!?]?\\s*" + AUXILIARY + VERB + "\\s+(?:[\\p{L}\\p{N}.\\-'’]+\\s+){0,7}?$");
  /** Words between a closing mark and the speaker's name: a place or a role, no clause. */
  private static final Pattern DESCRIPTION =
      Pattern.compile("^[,.!?]?\\s*(?:[\\p{L}\\p{N}.\\-'’]+,?\\s+){0,6}$");
  /** ", director of the Turkmenistan Helsinki Foundation, said": an apposition, then the verb. */
  private static final Pattern APPOSITION_THEN_VERB =
      Pattern.compile("^,\\s[^,.;:!?“”\"]{1,90},\\s+(?:(?:has|had|also|then|later)\\s+)*" + VERB + "\\b");
  private static final Pattern NAME_THEN_VERB =
      Pattern.compile("^,?\\s+" + ADVERBS + VERB + "\\b");
  private static final Pattern PRONOUN_AFTER =
      Pattern.compile("^[,.!?]?\\s*(?:he|she|they)\\s+" + ADVERBS + VERB + "\\b");
  private static final Pattern PRONOUN_BEFORE =
      Pattern.compile("\\b(?:he|she|they)\\s+" + ADVERBS + VERB + "\\b(?:(?!\\b(?:he|she|they)\\b).)*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ACCORDING_AFTER = Pattern.compile("^[,.!?]?\\s*according to\\s+$");
  private static final Pattern VERB_BEFORE_QUOTE =
      Pattern.compile(
          "^\\s+" + ADVERBS + VERB
              + "\\b(?:[^“”\".!?]|\\.(?!\\s)){0,160}?[:,]?\\s*$");
  /** "X, a spokesman for Y, said: “…”" and "X, 40, told reporters that …“…”". */
  private static final Pattern APPOSITION_BEFORE_QUOTE =
      Pattern.compile("^,\\s[^,.;:!?“”\"]{1,90},\\s+(?:(?:has|had|also|then|later)\\s+)*" + VERB
          + "\\b(?:[^“”\".!?]|\\.(?!\\s)){0,160}?[:,]?\\s*$");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final QuoteSpans spans = new QuoteSpans();

  List<Quote> find(List<Block> blocks, List<Entity> entities, List<Mention> mentions) {
    Map<String, Entity> byKey = new java.util.LinkedHashMap<>();
    entities.forEach(e -> byKey.put(e.key(), e));
    List<Quote> quotes = new ArrayList<>();
    Entity lastSpeaker = null;
    Segment lastQuote = null;
    for (Passage passage : spans.find(blocks)) {
      Segment first = passage.first();
      Segment last = passage.last();
      String firstText = blocks.get(first.block()).text();
      String lastText = blocks.get(last.block()).text();
      String words = clean(String.join(" ", passage.segments().stream()
          .map(s -> blocks.get(s.block()).text().substring(s.start(), s.end()).strip()).toList()));
      int quoteStart = Math.max(0, first.start() - 1);
      int wordCount = words.isEmpty() ? 0 : WHITESPACE.split(words).length;
      if (wordCount < MIN_WORDS || isTerm(firstText, quoteStart)) {
        continue;
      }
      Entity speaker = null;
      if (passage.closed()) {
        speaker = speakerAfter(lastText, last.end() + 1, speakersIn(mentions, byKey, last.block()), byKey);
        if (speaker == null && speechVerbFound(PRONOUN_AFTER, lastText.substring(last.end() + 1))) {
          speaker = lastSpeaker != null ? lastSpeaker : lastPersonBefore(mentions, byKey, first.block(), quoteStart);
        }
      }
      if (speaker == null) {
        speaker = speakerBefore(firstText, quoteStart, speakersIn(mentions, byKey, first.block()), byKey);
      }
      if (speaker == null && speechVerbFound(PRONOUN_BEFORE, sentenceBefore(firstText, quoteStart))) {
        speaker = lastSpeaker != null ? lastSpeaker : lastPersonBefore(mentions, byKey, first.block(), quoteStart);
      }
      boolean opensParagraph = firstText.substring(0, quoteStart).isBlank();
      if (speaker == null && opensParagraph && first.block() > 0
          && blocks.get(first.block() - 1).text().strip().endsWith(":")) {
        speaker = introducedBy(blocks.get(first.block() - 1).text(),
            speakersIn(mentions, byKey, first.block() - 1), byKey);
      }
      if (speaker == null && lastSpeaker != null && lastQuote != null
          && continuesLastQuote(lastQuote, first, opensParagraph, mentions, byKey, lastSpeaker)) {
        speaker = lastSpeaker; // the next quote of the same speaker, with no one else named between
      }
      if (speaker == null && (wordCount < SHORT_UNATTRIBUTED || !QuoteShape.isClause(words))) {
        // a short phrase in quotes that nobody says is a name or a term; words nobody says that
        // are no clause are the writer's, quoting a phrase ("will put women in the driver's
        // seat"), a title, or prose caught between two quotes. A speaker's phrase stays: it is
        // what they said ("the administration was 'using global warming as a stalking horse'").
        continue;
      }
      lastSpeaker = speaker;
      lastQuote = last;
      quotes.add(new Quote(words, speaker == null ? null : speaker.name(),
          speaker == null ? null : speaker.key(), first.block()));
    }
    return quotes;
  }

  /**
   * A quote with no attribution of its own continues the one before when it follows it in the
   * same or the next paragraph and no other person is named in between ("“A,” X said. “B.”").
   */
  private static boolean continuesLastQuote(Segment previous, Segment current, boolean opensParagraph,
      List<Mention> mentions, Map<String, Entity> byKey, Entity speaker) {
    boolean adjacent = current.block() == previous.block()
        || current.block() == previous.block() + 1 && opensParagraph;
    if (!adjacent) {
      return false;
    }
    for (Mention m : mentions) {
      boolean between = (m.block() > previous.block() || m.block() == previous.block() && m.start() >= previous.end())
          && (m.block() < current.block() || m.block() == current.block() && m.end() <= current.start());
      Entity e = byKey.get(m.entityKey());
      if (between && e.type() == EntityType.PERSON && !e.key().equals(speaker.key())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code pattern} finds its group "verb" in {@code text} and that verb is of speech. */
  private static boolean speechVerbFound(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() && Lexicon.SPEECH_VERBS.contains(m.group("verb"));
  }

  /** The part of the sentence before a quote: "But, he said, Greeks must understand …". */
  private static String sentenceBefore(String text, int quoteStart) {
    String before = text.substring(0, quoteStart);
    int stop = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
    return stop < 0 ? before : before.substring(stop + 2);
  }

  private static Entity speakerAfter(String text, int quoteEnd, List<Mention> here, Map<String, Entity> byKey) {
    for (Mention mention : here) {
      if (mention.start() < quoteEnd) {
        continue;
      }
      if (mention.start() - quoteEnd > 90) {
        return null;
      }
      String gap = text.substring(quoteEnd, mention.start());
      if (speechVerbFound(VERB_THEN_NAME, gap)) {
        return byKey.get(mention.entityKey());
      }
      if (ACCORDING_AFTER.matcher(gap).find()) {
        return byKey.get(mention.entityKey());
      }
      if (!DESCRIPTION.matcher(gap).matches() || hasSpeechVerb(gap)) {
        return null; // the attribution, if any, names someone else first
      }
      // ",” X said", ",” Palmer public safety director X said", ",” X, director of Y, said"
      String rest = text.substring(mention.end());
      if (speechVerbFound(NAME_THEN_VERB, rest)) {
        return byKey.get(mention.entityKey());
      }
      if (speechVerbFound(APPOSITION_THEN_VERB, rest)) {
        return byKey.get(mention.entityKey());
      }
      // the next name may still be the speaker: ",” European Union President Herman Van Rompuy said"
    }
    return null;
  }

  private static boolean hasSpeechVerb(String gap) {
    for (String w : gap.split("[^\\p{L}]+")) {
      if (Lexicon.SPEECH_VERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Entity speakerBefore(String text, int quoteStart, List<Mention> here, Map<String, Entity> byKey) {
    for (int i = here.size() - 1; i >= 0; i--) {
      Mention mention = here.get(i);
      if (mention.end() > quoteStart) {
        continue;
      }
      String gap = text.substring(mention.end(), quoteStart);
      if (speechVerbFound(VERB_BEFORE_QUOTE, gap)) {
        return byKey.get(mention.entityKey());
      }
      if (speechVerbFound(APPOSITION_BEFORE_QUOTE, gap)) {
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

  private static boolean isTerm(String text, int quoteStart) {
    return TERM_BEFORE.matcher(text.substring(Math.max(0, quoteStart - 30), quoteStart)).find();
  }

  private static String clean(String quoted) {
    return quoted.strip().replaceAll("[,\\s]+$", "").strip();
  }
}
