package org.newsdigest.merge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Fact;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Quote;
import org.newsdigest.model.Sentence;

/**
 * Reads the compact article format of merge-spec.md into an {@link Article}: header lines
 * {@code key: value} up to a line {@code ---}, then the body, paragraphs separated by blank
 * lines ({@code # } starts a heading). Keys:
 *
 * <pre>
 * source: a.txt                      (required)
 * title: Leaders meet in Geneva      (omit for a derived title: the first sentence)
 * published: 2025-03-04
 * updated: 2025-03-05
 * dateline: Geneva, March 4 | Geneva | 2025-03-04
 * people: Ana Ruiz / Ruiz = Foreign Minister; John Smith      (name / alias = role; ...)
 * places: Geneva; Switzerland
 * orgs: United Nations / UN
 * date: 2025-03-04 | on Tuesday | relative    (one line per date, placed in the block naming it)
 * fact: 35 | countries | approximately | approximately 35 countries
 * quote: John Smith | We are ready to sign.
 * </pre>
 */
final class ArticleFixture {
  private ArticleFixture() {}

  static Article parse(String text) {
    Map<String, List<String>> header = new LinkedHashMap<>();
    List<String> lines = List.of(text.strip().split("\n", -1));
    int i = 0;
    for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
      String line = lines.get(i).strip();
      int colon = line.indexOf(':');
      if (colon > 0) {
        header.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
            .add(line.substring(colon + 1).strip());
      }
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (i = i + 1; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (line.isEmpty()) {
        if (paragraph.length() > 0) {
          String p = paragraph.toString().strip();
          blocks.add(p.startsWith("# ") ? Block.heading(p.substring(2), 2) : Block.paragraph(p));
          paragraph.setLength(0);
        }
      } else {
        paragraph.append(line).append(' ');
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      if (!blocks.get(b).isHeading()) {
        for (String s : blocks.get(b).text().split("(?<=[.!?][”\"]?)\\s+(?=[A-Z“\"])")) {
          sentences.add(new Sentence(s.strip(), b));
        }
      }
    }
    List<Entity> entities = new ArrayList<>();
    addEntities(entities, EntityType.PERSON, one(header, "people"));
    addEntities(entities, EntityType.PLACE, one(header, "places"));
    addEntities(entities, EntityType.ORGANISATION, one(header, "orgs"));
    List<Mention> mentions = new ArrayList<>();
    for (Entity e : entities) {
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(0, e.name());
      for (int b = 0; b < blocks.size(); b++) {
        String block = blocks.get(b).text();
        for (String form : forms) {
          for (int at = block.indexOf(form); at >= 0; at = block.indexOf(form, at + 1)) {
            mentions.add(new Mention(e.key(), b, at, at + form.length(), form));
          }
        }
      }
    }
    List<DateMention> dates = new ArrayList<>();
    for (String d : header.getOrDefault("date", List.of())) {
      String[] parts = d.split("\\|");
      String words = parts[1].strip();
      dates.add(new DateMention(words, LocalDate.parse(parts[0].strip()), DatePrecision.DAY,
          parts.length > 2 && parts[2].strip().equals("relative"), blockOf(blocks, words)));
    }
    List<Fact> facts = new ArrayList<>();
    for (String f : header.getOrDefault("fact", List.of())) {
      String[] parts = f.split("\\|");
      String wording = parts[3].strip();
      int block = blockOf(blocks, wording);
      String sentence = sentences.stream().map(Sentence::text).filter(s -> s.contains(wording))
          .findFirst().orElse(wording);
      String qualifier = parts[2].strip().isEmpty() ? null : parts[2].strip();
      facts.add(new Fact(new BigDecimal(parts[0].strip()), parts[1].strip(), qualifier, wording,
          sentence, block));
    }
    List<Quote> quotes = new ArrayList<>();
    for (String q : header.getOrDefault("quote", List.of())) {
      String[] parts = q.split("\\|", 2);
      String speaker = parts[0].strip();
      String words = parts[1].strip();
      String key = entities.stream().filter(e -> e.name().equals(speaker)).map(Entity::key)
          .findFirst().orElse(null);
      quotes.add(new Quote(words, speaker.isEmpty() ? null : speaker, key, blockOf(blocks, words)));
    }
    Dateline dateline = null;
    String dl = one(header, "dateline");
    if (dl != null) {
      String[] parts = dl.split("\\|");
      dateline = new Dateline(parts[0].strip(), parts[1].strip(),
          parts.length > 2 ? LocalDate.parse(parts[2].strip()) : null, null);
    }
    String title = one(header, "title");
    boolean derived = title == null;
    if (derived) {
      title = sentences.isEmpty() ? one(header, "source") : sentences.get(0).text();
    }
    return new Article(one(header, "source"), InputFormat.TEXT, title, derived, Outlet.stated(one(header, "outlet")),
        null, moment(one(header, "published")), moment(one(header, "updated")), dateline, "en",
        null, List.of(), blocks, sentences, entities, mentions, quotes, facts, dates, List.of());
  }

  private static Moment moment(String iso) {
    return iso == null ? null : Moment.ofDay(LocalDate.parse(iso));
  }

  private static int blockOf(List<Block> blocks, String words) {
    for (int b = 0; b < blocks.size(); b++) {
      if (blocks.get(b).text().contains(words)) {
        return b;
      }
    }
    return 0;
  }

  private static String one(Map<String, List<String>> header, String key) {
    List<String> values = header.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static void addEntities(List<Entity> into, EntityType type, String list) {
    if (list == null) {
      return;
    }
    for (String item : list.split(";")) {
      String[] nameAndRole = item.split("=", 2);
      String[] names = nameAndRole[0].split("/");
      String name = names[0].strip();
      List<String> aliases = new ArrayList<>();
      for (int k = 1; k < names.length; k++) {
        aliases.add(names[k].strip());
      }
      String role = nameAndRole.length > 1 ? nameAndRole[1].strip() : null;
      into.add(new Entity(type.id() + ":" + org.newsdigest.text.Slugs.keyOf(name), type, name, aliases, role));
    }
  }
}
