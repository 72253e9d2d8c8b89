package org.newsdigest.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.text.MonthNames;

/**
 * Recognises the metadata lines that scrapers and CMS exports put around an article's text
 * ("Published: ...", "By Jane Doe", "Tags: a, b", a bare date line) and files their values.
 */
final class MetadataLines {
  /** Words that make a value date-like; a label alone is not enough to take a line as a date. */
  private static final String MONTH =
      "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?"
          + "|oct(ober)?|nov(ember)?|dec(ember)?";
  private static final String WEEKDAY =
      "mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?";
  private static final Pattern DATE_LIKE =
      Pattern.compile(
          "(?i)(\\b(" + MONTH + ")\\b.*\\d|\\d.*\\b(" + MONTH + ")\\b"
              + "|\\d{1,4} ?[-/.] ?\\d{1,2} ?[-/.] ?\\d{1,4}"
              + "|\\b\\d{1,2} ?[:.] ?\\d{2} ?([ap]\\.? ?m\\b\\.?|gmt|utc|[ecmp][sd]t|bst|et)"
              + "|\\b(today|yesterday|ago)\\b)");

  private static final Pattern LABELLED =
      Pattern.compile("^(?<label>\\p{L}[\\p{L} ]{1,24}?)\\s*(:|\\s-\\s)\\s*(?<value>.*)$");
  /**
   * "Published on", and the same in the languages whose month names the date parser reads:
   * "Publié le", "Veröffentlicht am", "Erschienen am", "Publicado el", "Pubblicato il",
   * "Gepubliceerd op", "Opublikowano".
   */
  private static final Pattern PUBLISHED_ON = Pattern.compile(
      "(?iu)^(?:(?:first |originally )?(?:published|posted)(?: on| at)?|publi[ée]e?(?: le)?"
          + "|ver[öo]ffentlicht(?: am)?|erschienen(?: am)?|publicad[oa](?: el| en| em)?|pubblicato(?: il)?"
          + "|gepubliceerd(?: op)?|opublikowano(?: dnia)?)\\s+(?<value>.+)$");
  /**
   * The words that say a date is an update, not the publication, in the languages of
   * {@link #PUBLISHED_ON}; shared with the page-date search, which keeps such dates apart too.
   */
  static final String UPDATE_WORDS = "updated|modified|aktualisiert|geändert|mis à jour|actualizado"
      + "|aggiornato|bijgewerkt|atualizado|zaktualizowano";
  /** "Last updated on", "Zuletzt aktualisiert am", "Mis à jour le": a label and the date it gives. */
  private static final Pattern UPDATED_ON = Pattern.compile(
      "(?iu)^(?:last |zuletzt )?(?:" + UPDATE_WORDS + ")(?: on| at| am| le| el| il| op| em)?\\s+(?<value>.+)$");

  /** "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Reuters". */
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:(?:Written|Posted|Reported|Words)\\s+)?[Bb][Yy]:?\\s+"
              + "(?<value>\\p{Lu}[\\p{L}.'’\\-]*(?:(?:\\s+|\\s*,\\s*|\\s+(?:and|&)\\s+)"
              + "(?:\\p{Lu}[\\p{L}.'’\\-]*|de|van|von|der|da|del|la|le|bin|al|in|the))*"
              + "(?:\\s*[,|]\\s*\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){0,3})?)$");

  private static final Pattern LATER_UPDATE =
      Pattern.compile("(?i)\\s*[|,;]?\\s*\\b(last )?(updated|modified)( on| at)?\\s*:?\\s*");

  private static final Pattern NO_SPACE = Pattern.compile("\\S+");
  private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");

  private static final Pattern BARE_URL = Pattern.compile("^<?(https?://\\S+?)>?$");

  /** Tokens that may make up a bare date line besides digits and punctuation. */
  private static final Pattern DATE_LINE_WORDS =
      Pattern.compile(
          "(?i)\\b(" + MONTH + "|" + WEEKDAY + "|last|updated|update|published|posted|at|on|am|pm|a\\.m|p\\.m"
              + "|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|mst|mdt|ist|et|pt|hrs|st|nd|rd|th|of|a|p|m)\\b"
              + "|(?<=\\d)(am|pm|a|p|st|nd|rd|th|h)\\b");

  private MetadataLines() {}

  /**
   * Files a labelled or bare metadata line. Returns false, leaving the collector untouched, when
   * the line is not metadata.
   *
   * @param nearTop whether the line is in the article's head, where unlabelled date lines and
   *     bylines are expected; labelled date and tag lines are accepted anywhere
   */
  static boolean accept(String rawLine, boolean nearTop, MetadataCollector into) {
    String line = Texts.normalizeSpace(rawLine);
    if (line.isEmpty() || line.length() > 200) {
      return false;
    }
    Matcher labelled = LABELLED.matcher(line);
    if (labelled.matches() && acceptLabelled(labelled.group("label"), labelled.group("value"),
        nearTop, into)) {
      return true;
    }
    if (!nearTop) {
      return false;
    }
    Matcher published = PUBLISHED_ON.matcher(line);
    if (published.matches() && isDateLike(published.group("value")) && line.length() <= 80) {
      into.published(published.group("value"));
      return true;
    }
    Matcher updated = UPDATED_ON.matcher(line);
    if (updated.matches() && isDateLike(updated.group("value")) && line.length() <= 80) {
      into.updated(updated.group("value"));
      return true;
    }
    if (isDateLine(line)) {
      // "23 July 2013 Last updated at 13:42 GMT": the only date such a page gives.
      if (line.toLowerCase(Locale.ROOT).contains("updated")) {
        into.updated(line);
      }
      into.published(line);
      return true;
    }
    Matcher byline = BYLINE.matcher(line);
    if (byline.matches() && Texts.wordCount(line) <= 12) {
      into.byline(byline.group("value"));
      return true;
    }
    Matcher url = BARE_URL.matcher(line);
    if (url.matches()) {
      into.url(url.group(1));
      return true;
    }
    return false;
  }

  private static boolean acceptLabelled(
      String rawLabel, String value, boolean nearTop, MetadataCollector into) {
    String label = Texts.normalizeSpace(rawLabel).toLowerCase(Locale.ROOT);
    switch (label) {
      case "published", "published on", "first published", "originally published", "date",
          "dated", "publication date", "published date", "date published", "posted",
          "posted on", "pub date", "published time", "published at", "first posted",
          "datum", "veröffentlicht", "erschienen", "publié le", "date de publication", "fecha",
          "fecha de publicación", "publicado", "data", "data di pubblicazione", "pubblicato",
          "gepubliceerd", "data publikacji" -> {
        if (!isDateLike(value)) {
          return false;
        }
        // "Posted: 04/9/2012 8:33 am Updated: 04/9/2012 8:33 am" states both dates on one line.
        Matcher both = LATER_UPDATE.matcher(value);
        if (both.find() && isDateLike(value.substring(both.end()))) {
          into.published(value.substring(0, both.start()));
          into.updated(value.substring(both.end()));
        } else {
          into.published(value);
        }
        return true;
      }
      case "updated", "last updated", "updated on", "last modified", "modified",
          "document date", "date modified", "revised", "edited", "edited time", "last edited",
          "updated at", "last updated on", "modified on" -> {
        if (!isDateLike(value)) {
          return false;
        }
        into.updated(value);
        return true;
      }
      case "category", "categories", "tags", "tag", "tagged", "topics", "keywords",
          "filed under", "section" -> {
        into.tagList(value);
        return true;
      }
      default -> {
        // Short labels that are common words in prose ("Source: ...") only count in the head.
        if (!nearTop) {
          return false;
        }
        return acceptHeadLabel(label, value, into);
      }
    }
  }

  private static boolean acceptHeadLabel(String label, String value, MetadataCollector into) {
    switch (label) {
      case "source", "publisher", "outlet", "publication", "site", "news agency" -> {
        if (Texts.wordCount(value) > 8 || Texts.endsSentence(value) && !value.endsWith(".")) {
          return false;
        }
        into.outlet(value);
        return true;
      }
      case "author", "authors", "byline", "by", "written by", "reporter", "writer" -> {
        if (Texts.wordCount(value) > 12) {
          return false;
        }
        into.byline(value);
        return true;
      }
      case "url", "link", "source url", "original url", "canonical", "permalink", "web" -> {
        if (!NO_SPACE.matcher(value.strip()).matches()) {
          return false;
        }
        into.url(value);
        return true;
      }
      case "language", "lang" -> {
        into.language(value);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  static boolean isDateLike(String value) {
    if (value == null) {
      return false;
    }
    if (DATE_LIKE.matcher(value).find()) {
      return true;
    }
    // a day and a month named in another language: "3 mars 2024", "27. Juni 2019"
    if (!HAS_DIGIT.matcher(value).matches()) {
      return false;
    }
    Matcher words = LETTERS.matcher(value);
    while (words.find()) {
      if (MonthNames.month(words.group()) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line that is nothing but a date, maybe with a time, weekday and an "updated at" phrase:
   * "23 July 2013 Last updated at 13:42 GMT", "August 7, 2012 - 5:46 pm", "2013-06-13".
   */
  static boolean isDateLine(String line) {
    if (line.length() > 80 || !isDateLike(line) || !HAS_DIGIT.matcher(line).matches()) {
      return false;
    }
    String rest = DATE_LINE_WORDS.matcher(line).replaceAll(" ");
    return rest.chars().noneMatch(Character::isLetter);
  }
}
