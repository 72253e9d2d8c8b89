package org.newsdigest.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the page furniture that scrapers keep around an article: comment prompts,
 * "click here" and "read more" lines, share rows, advertisement and newsletter prompts,
 * copyright and image credit lines. Rules are about the shape of the line, never about one
 * site's words, and only short lines qualify so a real sentence is never dropped.
 */
final class Boilerplate {
  private static final String SOCIAL =
      "facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|email|e-mail|mail"
          + "|print|tweet|share|messenger|copy link|copy|sms|flipboard|threads|bluesky|mastodon";

  /**
   * Whole-line patterns, each with the lower-case words one of which every line it matches
   * holds (or starts with): most lines hold none, and the check costs one lower-casing instead
   * of a regex each. Matching is ASCII-case-insensitive, so a lower-cased line holds the word
   * wherever the pattern matched it.
   */
  static final List<Rule> WHOLE_LINE =
      List.of(
          // Comment prompts.
          Rule.anywhere(
              "(?i)(leave|post|add|write|submit) a (reply|comment|response)|comments?"
                  + "|\\d+\\s+(comments?|replies|responses)|(view|show|read|see|hide) (all )?comments"
                  + "|join the (discussion|conversation)|(no|be the first to) comment.*"
                  + "|comments are closed.*|reply|responses"
                  + "|(sound off|tell us|let us know|share your thoughts).{0,60}\\bcomments?\\b.{0,20}",
              "comment", "repl", "response", "join the "),
          // Calls to action.
          Rule.anywhere(
              "(?i).{0,60}\\bclick here\\b.{0,60}|(read|see|learn|view|find out) more\\b.{0,80}"
                  + "|continue reading\\b.{0,80}|read the (full|whole|original) (story|article|report).{0,60}"
                  + "|(show|view|open) (on|in) (the )?(website|browser|app).{0,40}"
                  + "|read (this|the) article (on|at) .{0,60}",
              "click here", "more", "continue reading", "read ", "show ", "view ", "open "),
          // Share rows and lone social words.
          Rule.atStart(
              "(?i)(share|share this( article| story| post| page)?|share on|follow us( on)?)\\s*:?\\s*"
                  + "((" + SOCIAL + ")\\b[\\s|•·,/]*)*",
              "share", "follow us"),
          Rule.atStart("(?i)((" + SOCIAL + ")\\b[\\s|•·,/]*){1,8}", SOCIAL.split("\\|")),
          // Advertising and newsletters.
          Rule.atStart(
              "(?i)(advertisement|advertising|sponsored( content)?|ad|ads by .{1,40}|promoted)",
              "ad", "sponsored", "promoted"),
          Rule.anywhere(
              "(?i)(subscribe|sign up|signup|register (now|here|for free|today))\\b.{0,100}|.{0,60}\\bnewsletter\\b.{0,60}"
                  + "|get (our|the) .{0,40}(in your inbox|delivered).{0,40}",
              "subscribe", "sign up", "signup", "register ", "newsletter", "get "),
          // Copyright lines.
          Rule.anywhere(
              "(?i)(©|\\(c\\)|copyright\\b).{0,150}|.{0,100}\\ball rights reserved\\b.{0,60}",
              "©", "(c)", "copyright", "all rights reserved"),
          // Image and photo credits.
          Rule.anywhere(
              "(?i)\\(?(photo|image|picture|photograph|file photo|video|graphic|illustration)s?"
                  + "( credit)?\\s*(:|/|by\\b|courtesy\\b).{0,100}"
                  + "|.{0,80}\\b(getty images|ap photo|afp photo|reuters/|shutterstock|epa-efe|istock)\\b.{0,40}"
                  + "|(credit|source): *(getty|reuters|ap|afp|shutterstock).{0,60}"
                  + "|(photo |image )?courtesy of\\b.{0,80}",
              "photo", "image", "picture", "video", "graphic", "illustration", "getty images",
              "reuters/", "shutterstock", "epa-efe", "istock", "credit", "source", "courtesy of"),
          // Navigation leftovers.
          Rule.atStart(
              "(?i)(back to top|skip to (main )?content|top of page|previous|next|home|menu)",
              "back to top", "skip to ", "top of page", "previous", "next", "home", "menu"),
          // The same furniture in the other languages whose pages the readers date (German,
          // French, Spanish, Italian, Dutch, Portuguese, Polish): pointers to other articles...
          Rule.atStart(
              "(?iu)(lesen sie (auch|mehr|hier)|auch lesen|mehr zu\\b|mehr (zum thema|themen|zu diesem thema)"
                  + "|weitere (artikel|beiträge|themen|nachrichten)|ähnliche artikel|verwandte artikel"
                  + "|das (thema )?könnte (sie|dich) (auch )?interessieren|aktuellste beiträge"
                  + "|meistgelesen\\p{L}*|kommentierte artikel|zurück zu(r|m)? "
                  + "|(à )?lire aussi|voir aussi|lire la suite|sur le même sujet|à découvrir"
                  + "|lea (también|más|además)|lee (también|más)|leer más|(lea|lee|puedes ver|mira)(?=\\s*:)|(también )?(te|le) puede interesar"
                  + "|noticias relacionadas|leggi anche|potrebbe interessarti|articoli correlati"
                  + "|lees (ook|meer)|gerelateerde artikelen|leia (também|mais)|veja também|saiba mais"
                  + "|czytaj (też|także|więcej)|zobacz (też|także)|przeczytaj (też|także)|polecamy)\\b.{0,120}",
              "lesen sie", "auch lesen", "mehr ", "weitere ", "ähnliche", "verwandte", "das ",
              "aktuellste", "meistgelesen", "kommentierte", "zurück", "à lire", "lire ", "voir aussi",
              "sur le même", "à découvrir", "lea", "lee", "leer ", "te puede", "también te",
              "noticias relacionadas", "leggi ", "potrebbe", "articoli correlati", "lees ",
              "gerelateerde", "leia ", "veja também", "saiba mais", "czytaj", "zobacz", "przeczytaj",
              "polecamy", "puedes ver", "mira", "le puede"),
          // ... advertising labels, comment counts and prompts to subscribe ...
          Rule.atStart(
              "(?iu)(anzeige|werbung|publicité|publicidad|pubblicità|advertentie|reklama|publicidade)",
              "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "advertentie", "reklama",
              "publicidade"),
          Rule.atStart(
              "(?iu)(\\d+\\s+)?(kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze?"
                  + "|comentários?)(\\s*\\(\\d+\\))?",
              "komment", "comment", "reacties", "koment", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
          Rule.atStart(
              "(?iu)(jetzt )?(abonnieren|newsletter abonnieren|s'abonner|abonnez-vous|suscr[ií]bete"
                  + "|iscriviti|abonneer|zapisz się|assine)\\b.{0,100}",
              "jetzt ", "abonn", "s'abonner", "suscr", "iscriviti", "zapisz", "assine"),
          // ... prompts to comment, lone clock times of a ticker's furniture, tag and source
          // labels, ad and affiliate disclosures and app prompts ...
          Rule.atStart(
              "(?iu)(kommentar(e)? (schreiben|verfassen)|schreib(e|en sie) einen kommentar|écrire un commentaire"
                  + "|laisser un commentaire|deja (un|tu) comentario|lascia un commento|napisz komentarz"
                  + "|plaats een reactie|deixe (um|seu) comentário)\\b.{0,60}",
              "komment", "schreib", "écrire", "laisser", "deja", "lascia", "napisz", "plaats", "deixe"),
          Rule.atStart("(?i)\\d{1,2}[:.]\\d{2}( ?(uhr|h|am|pm))?", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
          Rule.atStart(
              "(?iu)(categor(y|ies)|kategorien?|catégories?|categorías?|tags?|schlagwörter|schlagworte"
                  + "|quellen?|fuente|źródło|bron|fonte|source)\\s*:.{0,80}",
              "categor", "kategor", "catégor", "tag", "schlagw", "quelle", "fuente", "źródło", "bron", "fonte",
              "source"),
          Rule.anywhere(
              "(?iu).{0,40}\\b(affiliate[- ]links?|enthält werbung|werbung für|contains affiliate|sponsored by"
                  + "|in freundlicher zusammenarbeit mit)\\b.{0,100}",
              "affiliate", "werbung", "sponsored by", "zusammenarbeit"),
          Rule.anywhere(
              "(?iu).{0,80}\\bdownload (the|our) .{0,40}\\bapps?\\b.{0,60}",
              "download"),
          // ... and rights notices.
          Rule.anywhere(
              "(?iu).{0,100}(alle rechte vorbehalten|vervielfältigung nur mit genehmigung"
                  + "|tous droits réservés|todos los derechos reservados|tutti i diritti riservati"
                  + "|alle rechten voorbehouden|todos os direitos reservados|wszelkie prawa zastrzeżone)"
                  + ".{0,60}",
              "alle rechte", "vervielfältigung", "droits réservés", "derechos reservados",
              "diritti riservati", "rechten voorbehouden", "direitos reservados", "prawa zastrzeżone"));

  /**
   * A whole-line pattern and the lower-case words a line must hold, anywhere or at its start,
   * for the pattern to have a chance: a quick no before the regex.
   */
  record Rule(Pattern pattern, List<String> words, boolean atStart) {
    static Rule anywhere(String regex, String... words) {
      return new Rule(Pattern.compile(regex), List.of(words), false);
    }

    static Rule atStart(String regex, String... words) {
      return new Rule(Pattern.compile(regex), List.of(words), true);
    }

    /** False only when {@code pattern} cannot match the line whose lower case is given. */
    boolean mayMatch(String lowerLine) {
      for (String word : words) {
        if (atStart ? lowerLine.startsWith(word) : lowerLine.contains(word)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Labels that open a trailing list of links to other stories. */
  private static final Pattern RELATED_LABEL =
      Pattern.compile(
          "(?iu)(related( articles| stories| coverage| content| news| posts| links)?|see also"
              + "|more (on this|stories|from|news)( \\w+)*|read also|also read|you may also like"
              + "|recommended( for you)?|most (read|popular)|trending( now)?"
              + "|(media |press )?contacts?|further information"
              // The same labels in the other languages the readers know, and the label of the
              // contact box that closes a press release ("Kontakt:", "Pressekontakt").
              + "|auch interessant|ähnliche (beiträge|artikel|themen)|zum weiterlesen|mehr zum thema"
              + "|das könnte (sie|dich) auch interessieren|weitere (artikel|beiträge|informationen|nachrichten)"
              + "|zusatzinformationen|aktuelle (news|nachrichten|beiträge)|(presse)?kontakt|ansprechpartner(in)?"
              + "|(à )?lire aussi|sur le même (sujet|thème)|contact presse|(también )?(te|le) puede interesar"
              + "|noticias relacionadas|contacto( de prensa)?|leggi anche|articoli correlati|lees ook"
              + "|leia também|veja também|czytaj (też|także|więcej)|zobacz (też|także))\\s*:?(\\s.*)?");

  private static final Pattern IMAGE_LINK = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern EMPTY_LABEL_LINK = Pattern.compile("\\[\\s*\\]\\([^)]*\\)");
  private static final Pattern PLACEHOLDER_LINK =
      Pattern.compile("\\[[^\\]]*\\]\\(\\s*#?\\s*\\)");
  private static final Pattern REAL_LINK =
      Pattern.compile("\\[([^\\]]+)\\]\\((https?://|/|\\.)[^)]*\\)");

  /** What may lead a line without changing it: ASCII spaces, bullets, quote marks, dashes, '#'. */
  private static final String LEADING_DECORATION = " \t\n\u000B\f\r*•·|>»›-–—#";
  /** What may trail a line without changing it: ASCII spaces, bars, bullets, colons, dashes. */
  private static final String TRAILING_DECORATION = " \t\n\u000B\f\r|•·:»›-–—";
  private static final Pattern COPYRIGHT_SENTENCE = Pattern.compile("(?i)copyright\\b.*");

  private Boilerplate() {}

  /** True when the whole line or block is furniture, not article text. */
  static boolean isBoilerplate(String text) {
    String t = stripDecoration(text);
    if (t.isEmpty()) {
      return true;
    }
    if (t.length() > 160 || Texts.wordCount(t) > 20) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (Rule rule : WHOLE_LINE) {
      if (rule.mayMatch(lower) && rule.pattern().matcher(t).matches()) {
        // "Copyright law changed on Monday." is a sentence, not a notice.
        return !(Texts.wordCount(t) > 8 && t.endsWith(".") && COPYRIGHT_SENTENCE.matcher(t).matches());
      }
    }
    return false;
  }

  /** Labels of the box about the article's author: "About the author", "Über den Autor", "AUTOR". */
  private static final Pattern AUTHOR_LABEL = Pattern.compile(
      "(?iu)(about the author|the author|(über|zum|zur) (den |die )?autor(in)?|autor(in)?|(à propos de )?l'auteur"
          + "|sobre (el|la|o) autor(a)?|el autor|l'autore|over de auteur|o autorze)\\s*:?");

  /** True for the label of an author box, which ends the article wherever it stands in its second half. */
  static boolean isAuthorLabel(String text) {
    return AUTHOR_LABEL.matcher(stripDecoration(text)).matches();
  }

  /** True for the label line that introduces "Related:" style link lists. */
  static boolean isRelatedLabel(String text) {
    String t = stripDecoration(text);
    return Texts.wordCount(t) <= 8 && RELATED_LABEL.matcher(t).matches()
        && (t.endsWith(":") || Texts.wordCount(t) <= 4);
  }

  /** Removes empty or placeholder Markdown links and flattens real ones to their text. */
  static String flattenMarkdownLinks(String text) {
    // Every line of every text file comes through here: the patterns are compiled once.
    String t = IMAGE_LINK.matcher(text).replaceAll("");
    t = EMPTY_LABEL_LINK.matcher(t).replaceAll("");
    t = PLACEHOLDER_LINK.matcher(t).replaceAll("");
    return REAL_LINK.matcher(t).replaceAll("$1");
  }

  /** A forward scan, as the regex {@code ^[\s*•·|>»›\-–—#]+} replaced by nothing would cut. */
  private static String withoutLeadingDecoration(String t) {
    int start = 0;
    while (start < t.length() && LEADING_DECORATION.indexOf(t.charAt(start)) >= 0) {
      start++;
    }
    return t.substring(start);
  }

  /**
   * A backward scan, not a {@code [...]+$} regex: the regex tries every decoration character
   * of a long block as the start of the tail.
   */
  private static String withoutTrailingDecoration(String t) {
    int end = t.length();
    while (end > 0 && TRAILING_DECORATION.indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return t.substring(0, end);
  }

  /** Bullets, list markers and trailing separators do not change what a line is. */
  private static String stripDecoration(String text) {
    String t = Texts.normalizeSpace(text);
    t = withoutLeadingDecoration(t);
    t = withoutTrailingDecoration(t);
    return t.strip();
  }
}
