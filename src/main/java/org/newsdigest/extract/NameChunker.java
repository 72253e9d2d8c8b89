package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Cuts a paragraph into runs of capitalised words ("French President Emmanuel Macron", "Ministry
 * of Defence"): the candidates for names. A possessive or a hyphenated lower-case tail ("Putin's",
 * "U.S.-led") ends a run; months and weekdays never join one.
 */
final class NameChunker {
  private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
  private static final Pattern NUMBERED_NAME = Pattern.compile("\\d+[a-z]{2,}s");

  /*
   * A word is what the regex (?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’\-&](?=[\p{L}\p{N}]))*
   * finds: an abbreviation ("U.S.") or a letter or digit followed by letters, marks, digits and
   * inner apostrophes, hyphens and ampersands. It is scanned by hand (wordEnd) because the regex
   * was the costliest single step of extraction; the scan gives the same matches.
   */

  /** Small words allowed inside a name when a capitalised word follows: "Bank of England". */
  private static final Set<String> CONNECTORS =
      Set.of("of", "de", "van", "von", "der", "den", "da", "di", "du", "bin", "al", "la", "le", "del");

  /** Abbreviated titles written with a full stop before a name: "Rep. Nick Rahall". */
  private static final Set<String> TITLE_ABBREVIATIONS = CueWords.section("name chunker title abbreviations");

  /** Whether a name is a known place: "Bank of England and Barclays" lists two names. */
  private final Predicate<String> isPlace;

  NameChunker() {
    this(name -> false);
  }

  NameChunker(Predicate<String> isPlace) {
    this.isPlace = isPlace;
  }

  /** One word of a paragraph; {@code ends} when nothing may follow it inside a name. */
  record Word(String text, int start, int end, boolean ends) {
    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0));
    }
  }

  /** A run of name words with its position and whether it opens a sentence. */
  record Chunk(List<Word> words, boolean sentenceInitial) {}

  static boolean isConnector(String word) {
    return CONNECTORS.contains(word) || word.equals("the");
  }

  List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int start = from;
      int end = wordEnd(text, start);
      if (end < 0) {
        from++; // like Matcher.find: a low surrogate never starts a word, so chars will do
        continue;
      }
      from = end;
      String word = text.substring(start, end);
      boolean ends = false;
      if (word.length() > 2 && isPossessive(word)) {
        word = word.substring(0, word.length() - 2);
        end -= 2;
        ends = true;
      } else if (end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
          && word.endsWith("s")) {
        ends = true; // plural possessive: "the Smiths' house"
      }
      int hyphen = word.indexOf('-');
      if (hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1))
          && Character.isUpperCase(word.charAt(0))) {
        word = word.substring(0, hyphen);
        end = start + hyphen;
        ends = true;
      }
      if (end < text.length() && text.charAt(end) == '-' && !ends) {
        ends = true; // "U.S.-led": the tail is not part of the name
      }
      words.add(new Word(word, start, end, ends));
    }
    return words;
  }

  /** Where the word starting at {@code i} ends, or -1 when none starts there. */
  static int wordEnd(String text, int i) {
    int cp = text.codePointAt(i);
    if (isLetter(cp)) {
      int abbreviationEnd = abbreviationEnd(text, i);
      if (abbreviationEnd >= 0) {
        return abbreviationEnd;
      }
    } else if (!isNumber(cp)) {
      return -1;
    }
    int end = i + Character.charCount(cp);
    while (end < text.length()) {
      int next = text.codePointAt(end);
      if (isLetter(next) || isMark(next) || isNumber(next)) {
        end += Character.charCount(next);
      } else if ((next == '\'' || next == '’' || next == '-' || next == '&')
          && end + 1 < text.length() && isLetterOrNumber(text.codePointAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** The end of two or more "letter, full stop" pairs from {@code i} ("U.S."), or -1. */
  private static int abbreviationEnd(String text, int i) {
    int pairs = 0;
    int at = i;
    while (at < text.length()) {
      int cp = text.codePointAt(at);
      int dot = at + Character.charCount(cp);
      if (!isLetter(cp) || dot >= text.length() || text.charAt(dot) != '.') {
        break;
      }
      pairs++;
      at = dot + 1;
    }
    return pairs >= 2 ? at : -1;
  }

  /** {@code \p{L}}: the general categories the regex class names. */
  private static boolean isLetter(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
      default -> false;
    };
  }

  /** {@code \p{N}}. */
  private static boolean isNumber(int cp) {
    return switch (Character.getType(cp)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** {@code \p{M}}. */
  private static boolean isMark(int cp) {
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }

  private static boolean isLetterOrNumber(int cp) {
    return isLetter(cp) || isNumber(cp);
  }

  /** "Putin's", "Macron’S": an apostrophe and an s at the end. */
  private static boolean isPossessive(String word) {
    char s = word.charAt(word.length() - 1);
    char apostrophe = word.charAt(word.length() - 2);
    return (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '’');
  }

  /**
   * The name runs among {@code words}, the words {@link #words(String)} cut from {@code text};
   * none starts inside {@code excluded} (a dateline), when given.
   */
  List<Chunk> chunks(String text, List<Word> words, List<TextSpan> sentences, TextSpan excluded) {
    List<Chunk> chunks = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      boolean street = isOrdinal(w.text()) && i + 1 < words.size() && !w.ends()
          && joined(text, w, words.get(i + 1)) && words.get(i + 1).capitalised()
          && Lexicon.PLACE_SUFFIXES.contains(words.get(i + 1).text().toLowerCase(Locale.ROOT));
      if (!(isNameWord(w) || street) || (excluded != null && w.start() < excluded.end())) {
        i++;
        continue;
      }
      List<Word> run = new ArrayList<>();
      run.add(w);
      boolean joinedByAnd = false;
      int j = i + 1;
      while (j < words.size() && !words.get(j - 1).ends()) {
        Word next = words.get(j);
        if (!joined(text, words.get(j - 1), next)) {
          if (j + 1 < words.size() && isNameWord(next) && !next.ends()
              && isNickname(text, words.get(j - 1), next, words.get(j + 1))) {
            run.add(words.get(j + 1)); // 'Luis Gerardo "Jerry" Ortiz': the nickname left out
            j += 2;
            continue;
          }
          break;
        }
        if (isNameWord(next) || isNumberedName(next.text())) {
          run.add(next); // "Philadelphia 76ers"
          j++;
        } else if (CONNECTORS.contains(next.text()) && j + 1 < words.size()
            && isNameWord(words.get(j + 1)) && joined(text, next, words.get(j + 1))
            && !Lexicon.isMonthOrWeekday(words.get(j + 1).text())) {
          run.add(next);
          run.add(words.get(j + 1));
          j += 2;
        } else if (next.text().equals("of") && j + 2 < words.size()
            && words.get(j + 1).text().equals("the") && isNameWord(words.get(j + 2))
            && joined(text, next, words.get(j + 1)) && joined(text, words.get(j + 1), words.get(j + 2))) {
          run.add(next); // "Coalition of the Willing", "Bank of the West"
          run.add(words.get(j + 1));
          run.add(words.get(j + 2));
          j += 3;
        } else if (next.text().equals("and") && !joinedByAnd && j + 1 < words.size()
            && joined(text, next, words.get(j + 1)) && isNameWord(words.get(j + 1))
            && (run.size() >= 2 || afterThe(text, run.get(0))) && run.stream().allMatch(NameChunker::canContinue)) {
          int tail = orgTail(text, words, j + 1, headOfOf(run));
          if (tail < 0) {
            break;
          }
          run.addAll(words.subList(j, tail + 1)); // "Fish and Wildlife Service"
          j = tail + 1;
          joinedByAnd = true;
        } else {
          break;
        }
      }
      chunks.add(new Chunk(List.copyOf(run), opensSentence(text, sentences, w.start())));
      i = j;
    }
    return chunks;
  }

  /**
   * The index of the last word of a capitalised run starting at {@code from} when that run ends
   * in an institution word ("… and Atmospheric Administration"), else -1: only then does "and"
   * join two runs into one name rather than list two names.
   */
  private int orgTail(String text, List<Word> words, int from, boolean headOfOf) {
    int k = from;
    while (k + 1 < words.size() && !words.get(k).ends() && isNameWord(words.get(k + 1))
        && joined(text, words.get(k), words.get(k + 1))) {
      k++;
    }
    boolean shortTail = k - from <= 2
        && !Lexicon.NOT_NAMES.contains(words.get(from).text().toLowerCase(Locale.ROOT));
    if (shortTail && headOfOf && k - from <= 1
        && words.subList(from, k + 1).stream().noneMatch(w -> WordShapes.isAcronym(w.text()))
        && !isPlace.test(WordShapes.join(words.subList(from, k + 1)))) {
      return k; // "Academy of Motion Picture Arts and Sciences"
    }
    return shortTail && Lexicon.ORG_SUFFIXES.contains(words.get(k).text().toLowerCase(Locale.ROOT)) ? k : -1;
  }

  /**
   * "Academy of Motion Picture Arts", "Department of Alcohol": an institution word, "of" and
   * capitalised words, none of them the place the institution is of ("Bank of England").
   */
  private boolean headOfOf(List<Word> run) {
    return run.size() >= 3 && Lexicon.ORG_HEADS.contains(run.get(0).text().toLowerCase(Locale.ROOT))
        && run.get(1).text().equals("of") && run.stream().noneMatch(w -> w.text().equals("the"))
        && !isPlace.test(WordShapes.join(run.subList(2, run.size())));
  }

  /** "117th", "2nd": an ordinal in digits. */
  private static boolean isOrdinal(String word) {
    return startsWithDigit(word) && ORDINAL.matcher(word).matches();
  }

  /** "76ers", "49ers": digits, then a plural word, inside a team's name. */
  private static boolean isNumberedName(String word) {
    return startsWithDigit(word) && NUMBERED_NAME.matcher(word).matches() && !isOrdinal(word);
  }

  private static boolean startsWithDigit(String word) {
    return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9';
  }

  /**
   * A run holding a whole name already ("… Police", "U.S.", "Capt. Tom Tennant") is listed
   * with the next one, not joined to it.
   */
  private static boolean canContinue(Word word) {
    String lower = word.text().toLowerCase(Locale.ROOT);
    return !Lexicon.ORG_SUFFIXES.contains(lower) && !WordShapes.isAcronym(word.text())
        && !Lexicon.isRole(word.text()) && !word.text().contains(".");
  }

  private static boolean afterThe(String text, Word first) {
    String before = text.substring(Math.max(0, first.start() - 4), first.start());
    return before.equalsIgnoreCase("the ");
  }

  private static boolean isNameWord(Word w) {
    return w.capitalised() && !Lexicon.isMonthOrWeekday(w.text())
        && !Lexicon.HEADLINE_VERBS.contains(w.text().toLowerCase(Locale.ROOT))
        && !w.text().chars().allMatch(Character::isDigit);
  }

  /**
   * 'Luis Gerardo "Jerry" Ortiz', "Kimani (Kiki) Gray": one capitalised word in quotes or
   * brackets between two words of a name, a single space outside them.
   */
  private static boolean isNickname(String text, Word left, Word nickname, Word right) {
    if (!left.capitalised() || !right.capitalised() || !isNameWord(right)
        || Lexicon.NOT_NAMES.contains(left.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    String open = text.substring(left.end(), nickname.start());
    String close = text.substring(nickname.end(), right.start());
    return open.equals(" (") && close.equals(") ")
        || (open.equals(" \"") || open.equals(" “")) && (close.equals("\" ") || close.equals("” "));
  }

  /** Two words belong to one name only when a single space parts them ("Mr. Smith" too). */
  private static boolean joined(String text, Word left, Word right) {
    String gap = text.substring(left.end(), right.start());
    if (gap.equals(" ")) {
      return true;
    }
    boolean initial = left.text().length() == 1 && Character.isUpperCase(left.text().charAt(0));
    return gap.equals(". ")
        && (initial || Lexicon.HONORIFICS.contains(left.text().toLowerCase(Locale.ROOT))
            || TITLE_ABBREVIATIONS.contains(left.text().toLowerCase(Locale.ROOT)));
  }

  private static boolean opensSentence(String text, List<TextSpan> sentences, int position) {
    for (TextSpan s : sentences) {
      if (s.contains(position)) {
        String before = text.substring(s.start(), position);
        return before.chars().noneMatch(Character::isLetterOrDigit);
      }
    }
    return false;
  }
}
