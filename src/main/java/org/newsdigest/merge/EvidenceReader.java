package org.newsdigest.merge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Fact;
import org.newsdigest.model.Mention;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.TextWords;

/** Reads the event date and place out of one article, with the evidence in words. */
final class EvidenceReader {

  /** The lead: the first two paragraphs, where news puts the when and where. */
  private static final int LEAD_PARAGRAPHS = 2;

  /**
   * A place named after a locative preposition ("in Paris", "at Lyon") says where the event
   * happened; a bare mention ("Ukraine's allies") often does not. It counts this many times.
   */
  private static final int LOCATIVE_WEIGHT = 3;

  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("(?i)\\b(in|at|near|outside)\\s+(the\\s+)?$");

  /** A lead date at most this many days before publication is news, not background. */
  private static final int CORROBORATING_DAYS = 7;

  /**
   * A lead date at most this many days after publication is the day of the happening a report
   * looks ahead to ("will testify on Wednesday"): its reports, before and after, are one event.
   */
  private static final int AHEAD_DAYS = 7;

  /**
   * The dateline date, else the earliest-in-text day-precise date in the lead that is not more
   * than a week after publication, else the publication day, else null.
   */
  EventDate eventDate(Article article) {
    if (article.dateline() != null && article.dateline().date() != null) {
      return new EventDate(
          article.dateline().date(),
          DateEvidence.of(DateEvidence.Kind.DATELINE, article.dateline().text(), null),
          EventDate.DATELINE,
          true);
    }
    LocalDate published = publishedDay(article);
    Set<Integer> lead = leadBlocks(article);
    for (DateMention mention : orderedDates(article)) {
      boolean dayPrecise = mention.precision().compareTo(DatePrecision.DAY) >= 0;
      boolean notFarAhead =
          published == null || !mention.date().isAfter(published.plusDays(AHEAD_DAYS));
      if (mention.date() != null && dayPrecise && notFarAhead
          && lead.contains(mention.block()) && !isBirthDate(article, mention)) {
        DateEvidence words = DateEvidence.of(DateEvidence.Kind.LEAD, mention.text(),
            mention.relative() ? published : null);
        boolean corroborated = published != null
            && !mention.date().isBefore(published.minusDays(CORROBORATING_DAYS));
        return new EventDate(mention.date(), words, EventDate.LEAD, corroborated);
      }
    }
    if (published != null) {
      return new EventDate(published, DateEvidence.of(DateEvidence.Kind.PUBLICATION, null, null),
          EventDate.PUBLICATION, false);
    }
    return null;
  }

  /** "born" up to this many characters before a date makes it a birthday. */
  private static final int BORN_WITHIN = 60;

  private static final Pattern BORN = Pattern.compile("(?i)\\bborn\\b");

  /**
   * True when the date is someone's birthday ("Page was born Betty Mae Page in Nashville on April
   * 22, 1923"): an obituary's lead gives it, and it is background, never the day of the news.
   */
  private static boolean isBirthDate(Article article, DateMention mention) {
    String text = article.blocks().get(mention.block()).text();
    int at = text.indexOf(mention.text());
    return at > 0 && BORN.matcher(text.substring(Math.max(0, at - BORN_WITHIN), at)).find();
  }

  /** A person named this often, and more than anyone else, is who the article is about. */
  static final int MAIN_PERSON_MENTIONS = 3;

  /**
   * The keys of the people the article is about: those its stated headline names (a name form
   * of two words, or a surname, as whole words), else the one it names most when that is at
   * least {@link #MAIN_PERSON_MENTIONS} times and more than anyone else.
   */
  Set<String> mainPeopleKeys(Article article) {
    Set<String> keys = new TreeSet<>();
    if (!article.titleDerived()) {
      String title = " " + TextWords.fold(article.title()) + " ";
      for (Entity person : article.people()) {
        for (String name : namesOf(person)) {
          List<String> words = TextWords.words(name);
          if (!words.isEmpty() && title.contains(" " + String.join(" ", words) + " ")) {
            keys.add(person.key());
          }
        }
      }
    }
    if (!keys.isEmpty()) {
      return keys;
    }
    Map<String, Integer> counts = new TreeMap<>();
    Set<String> people = new TreeSet<>();
    article.people().forEach(p -> people.add(p.key()));
    for (Mention m : article.mentions()) {
      if (people.contains(m.entityKey())) {
        counts.merge(m.entityKey(), 1, Integer::sum);
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    if (best != null && !tie && bestCount >= MAIN_PERSON_MENTIONS) {
      keys.add(best);
    }
    return keys;
  }

  /**
   * The numbers the lead states, by unit: the key facts of a report ("23 pirates", "magnitude
   * 5.6") sit in its first paragraphs; later ones are often background.
   */
  Map<String, Set<BigDecimal>> leadNumbers(Article article) {
    Set<Integer> lead = leadBlocks(article);
    Map<String, Set<BigDecimal>> numbers = new TreeMap<>();
    for (Fact fact : article.facts()) {
      if (lead.contains(fact.block()) && fact.unit() != null && !fact.unit().isBlank()
          && fact.value() != null) {
        numbers.computeIfAbsent(fact.unit().strip().toLowerCase(Locale.ROOT), u -> new TreeSet<>())
            .add(fact.value().stripTrailingZeros());
      }
    }
    return numbers;
  }

  /** "117th Street", "Pacific Coast Highway": an address, too fine to compare events by. */
  private static final Pattern STREET =
      Pattern.compile("(?i).* (?:street|avenue|road|boulevard|lane|drive|highway|st\\.?|ave\\.?|rd\\.?)$");

  /**
   * The dateline place, else the place the lead names most (first named wins ties), else null.
   * A street counts only when the article names no other place: two reports of one crash name
   * different corners of the same borough.
   */
  Entity placeEntity(Article article) {
    List<Entity> named = article.places();
    List<Entity> areas = named.stream().filter(p -> !STREET.matcher(p.name()).matches()).toList();
    List<Entity> places = areas.isEmpty() ? named : areas;
    if (article.dateline() != null && article.dateline().place() != null
        && !article.dateline().place().isBlank()) {
      String place = article.dateline().place().trim();
      for (Entity entity : places) {
        if (forms(entity).contains(NameKeys.key(place))) {
          return entity;
        }
      }
      return new Entity("place:" + Slugs.keyOf(place), EntityType.PLACE, place, List.of(), null);
    }
    Set<Integer> lead = leadBlocks(article);
    Map<Entity, int[]> counts = new LinkedHashMap<>();
    if (!article.mentions().isEmpty()) {
      Map<String, Entity> byKey = new LinkedHashMap<>();
      places.forEach(p -> byKey.put(p.key(), p));
      article.mentions().stream()
          .filter(m -> lead.contains(m.block()) && byKey.containsKey(m.entityKey()))
          .sorted(Comparator.comparingInt(Mention::block).thenComparingInt(Mention::start))
          .forEach(m -> counts.computeIfAbsent(byKey.get(m.entityKey()), k -> new int[1])[0] +=
              locative(article.blocks().get(m.block()).text(), m.start()) ? LOCATIVE_WEIGHT : 1);
    } else {
      // No mention spans: count the names in the lead text instead.
      String leadText = leadText(article, lead);
      for (Entity place : places) {
        int n = 0;
        for (String form : namesOf(place)) {
          n += countWord(leadText, form) + (LOCATIVE_WEIGHT - 1) * countWord(leadText, "in " + form);
        }
        if (n > 0) {
          counts.put(place, new int[] {n});
        }
      }
    }
    Entity best = null;
    int bestCount = 0;
    for (Map.Entry<Entity, int[]> e : counts.entrySet()) {
      if (e.getValue()[0] > bestCount) {
        best = e.getKey();
        bestCount = e.getValue()[0];
      }
    }
    return best;
  }

  private static boolean locative(String text, int start) {
    int from = Math.max(0, start - 16);
    return start <= text.length() && LOCATIVE_BEFORE.matcher(text.substring(from, start)).find();
  }

  static Set<String> forms(Entity entity) {
    Set<String> forms = new TreeSet<>();
    for (String name : namesOf(entity)) {
      String folded = NameKeys.key(name);
      if (!folded.isEmpty()) {
        forms.add(folded);
      }
    }
    return forms;
  }

  private static List<String> namesOf(Entity entity) {
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    return names;
  }

  private static int countWord(String text, String word) {
    if (word.isBlank()) {
      return 0;
    }
    var matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }

  private static String leadText(Article article, Set<Integer> lead) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < article.blocks().size(); i++) {
      if (lead.contains(i)) {
        text.append(article.blocks().get(i).text()).append('\n');
      }
    }
    return text.toString();
  }

  private static LocalDate publishedDay(Article article) {
    return article.published() != null && article.published().hasDay()
        ? article.published().date()
        : null;
  }

  private static List<DateMention> orderedDates(Article article) {
    List<DateMention> dates = new ArrayList<>(article.dates());
    dates.sort(Comparator.comparingInt(DateMention::block)); // stable: keeps in-block order
    return dates;
  }

  /** Block indexes of the first two paragraphs (headings and images skipped). */
  static Set<Integer> leadBlocks(Article article) {
    Set<Integer> lead = new TreeSet<>();
    List<Block> blocks = article.blocks();
    for (int i = 0; i < blocks.size() && lead.size() < LEAD_PARAGRAPHS; i++) {
      if (!blocks.get(i).isHeading() && !blocks.get(i).isImage()) {
        lead.add(i);
      }
    }
    return lead;
  }
}
