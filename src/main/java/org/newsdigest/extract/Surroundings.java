package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text right around a capitalised run and what it says about the run's type: an age, a
 * speech verb or an apposed role suggest a person, a preposition or a region word a place.
 *
 * @param text the whole paragraph
 * @param start where the run starts
 * @param before up to 40 characters before the run
 * @param after up to 60 characters after the run
 */
record Surroundings(String text, int start, String before, String after) {

  private static final Pattern AGE_AFTER = Pattern.compile("^, \\d{1,3},");
  /** A word of an apposition: letters, digits, inner hyphens, full stops and apostrophes. */
  private static final Pattern APPOSITION_WORD =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-'’]*");
  private static final Pattern SPEECH_AFTER =
      Pattern.compile("^,? (?:has |had |also |then )?(?<verb>\\p{Ll}+)\\b");
  private static final Pattern SPEECH_BEFORE =
      Pattern.compile(
          "(?:\\b(?:said|says|told|added|wrote|according to)|[”\"],? (?:said|says)) $");
  /**
   * "in X", "from X", and with a lower-case word of position between ("in downtown X", "in
   * northern X"; {@code cue-words.txt}, [place modifiers]).
   */
  private static final String PLACE_PREPOSITIONS =
      "in|at|from|near|outside|across|inside|towards|toward|around";
  private static final Pattern PLACE_BEFORE =
      Pattern.compile("\\b(?:" + PLACE_PREPOSITIONS + ")(?: (?:"
          + String.join("|", new java.util.TreeSet<>(CueWords.section("place modifiers")))
          + "))? $");
  /** The words a match of {@link #PLACE_BEFORE} can end in: a cheap test before the regex. */
  private static final java.util.Set<String> PLACE_BEFORE_LAST_WORDS = placeBeforeLastWords();

  private static java.util.Set<String> placeBeforeLastWords() {
    java.util.Set<String> words = new java.util.HashSet<>(CueWords.section("place modifiers"));
    words.addAll(List.of(PLACE_PREPOSITIONS.split("\\|")));
    return java.util.Set.copyOf(words);
  }
  /**
   * How far from the end of {@code before} a match of {@link #SPEECH_BEFORE} or {@link
   * #PLACE_BEFORE} can start: its longest word and the space, and a final line terminator that
   * {@code $} may stand before, with room to spare.
   */
  private static final int SPEECH_BEFORE_REACH = 24;
  private static final int PLACE_BEFORE_REACH = 40;
  private static final Pattern LIST_BEFORE =
      Pattern.compile("\\b(?<noun>\\p{L}+),? (?:including|such as|among them|like) $");
  private static final Pattern REGION_AFTER = Pattern.compile("^ (?<word>\\p{Ll}+)\\b");
  private static final Pattern AREA_AFTER =
      Pattern.compile("^, (?<area>\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)(?!\\p{L}|['’]s)");
  private static final Pattern AGE_BEFORE =
      Pattern.compile("\\d+ ?- ?years? ?- ?old $");
  /** "the town of X", "her hometown of X": {@code cue-words.txt}, [place nouns before of]. */
  private static final Pattern PLACE_NOUN_OF_BEFORE =
      Pattern.compile("\\b(?:"
          + String.join("|", new java.util.TreeSet<>(CueWords.section("place nouns before of")))
          + ") of $");
  private static final Pattern NOUN_AFTER = Pattern.compile("^ \\p{Ll}");
  private static final Pattern WHO_AFTER = Pattern.compile("^, who\\b");
  private static final Pattern NUMBER_AFTER = Pattern.compile("^[ \\-]?\\d.*");

  /** The surroundings of the run {@code text[start, end)}. */
  static Surroundings of(String text, int start, int end) {
    return new Surroundings(text, start, text.substring(Math.max(0, start - 40), start),
        text.substring(end, Math.min(text.length(), end + 60)));
  }

  /** "the Smith case", "the Paris Agreement": after "the", context says little about the run. */
  boolean afterThe() {
    return before.endsWith("the ") || before.endsWith("The ");
  }

  /**
   * "Smith, 42,", "Smith, the mayor", "Smith said", "said Smith", "Smith, who", "the
   * 36-year-old Smith".
   */
  boolean suggestsPerson() {
    if (AGE_AFTER.matcher(after).lookingAt() || WHO_AFTER.matcher(after).lookingAt()) {
      return true;
    }
    if (before.endsWith("old ") && AGE_BEFORE.matcher(before).find()
        && !NOUN_AFTER.matcher(after).lookingAt()) {
      return true; // not "the 15-year-old Greek boy", "a 66-year-old Burnsville woman"
    }
    if (appositionRole() != null) {
      return true;
    }
    Matcher speech = SPEECH_AFTER.matcher(after);
    if (speech.lookingAt() && Lexicon.SPEECH_VERBS.contains(speech.group("verb"))) {
      return true;
    }
    return mayEndInSpace() && findNearEnd(SPEECH_BEFORE, SPEECH_BEFORE_REACH);
  }

  /**
   * "Smith, the club's president", "Rahman, a former heavyweight champion", "Smith, chief
   * executive of": the first role head among the words of an apposition (up to five after "a",
   * "an", "the", "who is" or "who was", else up to three lower-case ones), or null.
   */
  String appositionRole() {
    if (!after.startsWith(", ")) {
      return null;
    }
    Matcher word = APPOSITION_WORD.matcher(after);
    int at = 2;
    int reach = 3;
    boolean lowerOnly = true;
    for (String opener : APPOSITION_OPENERS) {
      if (after.startsWith(opener, at)) {
        at += opener.length();
        reach = 5;
        lowerOnly = false;
        break;
      }
    }
    for (int k = 0; k < reach && word.find(at) && word.start() == at; k++) {
      String w = word.group();
      if (w.endsWith("'s") || w.endsWith("’s")) {
        w = w.substring(0, w.length() - 2);
      }
      if (Lexicon.isRoleHead(w)) {
        // "Wasilla, the church's minister said": the subject of a verb, not an apposition
        Matcher verb = SPEECH_AFTER.matcher(after.substring(word.end()));
        return verb.lookingAt() && Lexicon.SPEECH_VERBS.contains(verb.group("verb")) ? null : w;
      }
      if (lowerOnly ? !Lexicon.isRole(w) : Lexicon.NOT_NAMES.contains(WordShapes.lower(w))) {
        return null; // "Smith, former president", not "Morningside, although the actress ..."
      }
      at = word.end();
      if (at >= after.length() || after.charAt(at) != ' ') {
        return null; // the apposition ends at a comma or a full stop
      }
      at++;
    }
    return null;
  }

  /** What opens an apposition that describes someone: "Smith, a", "Smith, who is". */
  private static final List<String> APPOSITION_OPENERS =
      List.of("a ", "an ", "the ", "who is ", "who was ");

  /**
   * What follows the run after a comma, one or two capitalised words ("Alaska" in "Wasilla,
   * Alaska"), or null; not a possessive ("Palin, Alaska's governor").
   */
  String areaAfter() {
    Matcher area = AREA_AFTER.matcher(after);
    return area.lookingAt() ? area.group("area") : null;
  }

  /** "Kashmir region", "Sahel state": a lower-case region word right after. */
  boolean regionAfter() {
    Matcher region = REGION_AFTER.matcher(after);
    return region.lookingAt() && Lexicon.REGION_WORDS.contains(region.group("word"));
  }

  /** "told X", "confirmed to X", "according to X": X is told or quoted, a person or a body. */
  boolean speechOrToBefore() {
    return mayEndInSpace()
        && (findNearEnd(SPEECH_BEFORE, SPEECH_BEFORE_REACH) || before.endsWith(" to "));
  }

  /** "in X", "from X": weak evidence of a place (see {@link PrepositionEvidence}). */
  boolean placePrepositionBefore() {
    return mayEndInSpace() && PLACE_BEFORE_LAST_WORDS.contains(lastWordBeforeSpace())
        && findNearEnd(PLACE_BEFORE, PLACE_BEFORE_REACH);
  }

  /** The letters right before the final space of {@code before} (and a line terminator). */
  private String lastWordBeforeSpace() {
    int end = before.length();
    if (end > 0 && "\n\r\u0085\u2028\u2029".indexOf(before.charAt(end - 1)) >= 0) {
      end -= end > 1 && before.charAt(end - 1) == '\n' && before.charAt(end - 2) == '\r' ? 2 : 1;
    }
    end--; // the space
    int start = end;
    while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
      start--;
    }
    return before.substring(start, Math.max(start, end));
  }

  /** "the island of Qeshm", "the town of Palmer": a place noun and "of" right before the run. */
  boolean placeNounOfBefore() {
    return before.endsWith(" of ") && PLACE_NOUN_OF_BEFORE.matcher(before).find();
  }

  /** "Raj Chohan, 59, of Queens", "Luann Johnson, of Burnsville": where someone lives. */
  boolean residenceBefore() {
    return before.endsWith(", of ");
  }

  /** "officials including X": a list introduced by a role noun. */
  boolean roleListBefore() {
    if (!mayEndInSpace()) {
      return false;
    }
    Matcher list = LIST_BEFORE.matcher(before);
    return list.find() && Lexicon.isRole(list.group("noun"));
  }

  private static final Pattern WEB_ADDRESS_AFTER =
      Pattern.compile("^\\.(?:com|net|org|co\\.uk|tv)\\b");

  /** "UsMagazine.com": the run is the name of a website. */
  boolean webAddressAfter() {
    return WEB_ADDRESS_AFTER.matcher(after).lookingAt();
  }

  /** "a Betty Crocker store": a company or town noun right after the run. */
  boolean companyNounAfter() {
    Matcher next = REGION_AFTER.matcher(after);
    return next.lookingAt() && Lexicon.NOT_PERSON_HEADS.contains(next.group("word"));
  }

  /** "a Waitrose store", "People magazine": a business's noun right after the run. */
  boolean businessNounAfter() {
    Matcher next = REGION_AFTER.matcher(after);
    return next.lookingAt() && Lexicon.BUSINESS_NOUNS.contains(next.group("word"));
  }

  /** "AK 47", "F-16": a capitalised code followed by a number is a model or a code, not a body. */
  boolean numberAfter() {
    return NUMBER_AFTER.matcher(after).matches();
  }

  /**
   * {@code pattern.matcher(before).find()} for a pattern ending in {@code " $"} whose matches
   * are at most {@code reach} characters long: only the end of {@code before} is searched, with
   * transparent bounds so that {@code \b} still sees the character before.
   */
  private boolean findNearEnd(Pattern pattern, int reach) {
    Matcher m = pattern.matcher(before);
    m.useTransparentBounds(true);
    m.region(Math.max(0, before.length() - reach), before.length());
    return m.find();
  }

  /**
   * Whether {@code before} can match a pattern ending in {@code " $"}: a cheap exact test that
   * spares the regex scan. {@code $} also matches before one final line terminator.
   */
  private boolean mayEndInSpace() {
    return before.endsWith(" ") || before.endsWith(" \n") || before.endsWith(" \r\n")
        || before.endsWith(" \r") || before.endsWith(" \u0085") || before.endsWith(" \u2028")
        || before.endsWith(" \u2029");
  }

  /**
   * Up to four lower-case role words right before the run, with a head among them: "general
   * manager" in "team president and general manager Ed Stefanski"; else null.
   */
  String lowerCaseRoleBefore() {
    String near = text.substring(Math.max(0, start - 60), start);
    String[] words = near.split(" ", -1);
    if (words.length < 2 || !words[words.length - 1].isEmpty()) {
      return null;
    }
    List<String> role = new ArrayList<>();
    for (int i = words.length - 2; i >= 0 && role.size() < 4; i--) {
      String w = words[i];
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Lexicon.isRole(w)) {
        role.add(0, w);
      } else {
        break;
      }
    }
    if (role.isEmpty() || role.stream().noneMatch(Lexicon::isRoleHead)) {
      return null;
    }
    return String.join(" ", role);
  }
}
