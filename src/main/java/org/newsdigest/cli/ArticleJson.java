package org.newsdigest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Moment;

/**
 * The {@code inspect --format json} contract of ARCHITECTURE.md: one object per article, the
 * contract's fields first and in its order, unknown values null. Fields after {@code warnings}
 * are extras that tools may ignore.
 */
final class ArticleJson {
  private final ObjectMapper mapper = new ObjectMapper();

  String toJson(Article article) {
    try {
      return mapper.writeValueAsString(fields(article));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + article.source(), e);
    }
  }

  static Map<String, Object> fields(Article article) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", article.source());
    json.put("format", article.format().id());
    json.put("title", article.title());
    json.put("outlet", article.outlet());
    json.put("byline", article.byline());
    json.put("published", iso(article.published()));
    json.put("dateline", dateline(article.dateline()));
    json.put("language", article.language());
    json.put("body", article.bodyText());
    json.put("paragraphs", article.paragraphs().size());
    json.put(
        "quotes",
        article.quotes().stream()
            .map(q -> ordered("text", q.text(), "speaker", q.speaker()))
            .toList());
    json.put("people", names(article, EntityType.PERSON));
    json.put("places", names(article, EntityType.PLACE));
    json.put("organisations", names(article, EntityType.ORGANISATION));
    json.put("warnings", article.warnings());
    // Extras beyond the contract.
    json.put("titleDerived", article.titleDerived());
    json.put("updated", iso(article.updated()));
    json.put("url", article.url());
    json.put("tags", article.tags());
    json.put("headings", article.blocks().stream().filter(Block::isHeading).map(Block::text).toList());
    json.put("entities", article.entities().stream().map(ArticleJson::entity).toList());
    json.put(
        "facts",
        article.facts().stream()
            .map(f -> ordered("wording", f.wording(), "value", f.value(), "unit", f.unit(),
                "qualifier", f.qualifier(), "sentence", f.sentence()))
            .toList());
    json.put(
        "dates",
        article.dates().stream()
            .map(d -> ordered("text", d.text(), "date", d.date().toString(), "relative", d.relative()))
            .toList());
    return json;
  }

  private static Object dateline(Dateline dateline) {
    if (dateline == null) {
      return null;
    }
    return ordered(
        "text", dateline.text(),
        "place", dateline.place(),
        "date", dateline.date() == null ? null : dateline.date().toString(),
        "agency", dateline.agency());
  }

  private static Map<String, Object> entity(Entity entity) {
    return ordered(
        "type", entity.type().id(), "name", entity.name(), "aliases", entity.aliases(), "role", entity.role());
  }

  private static List<String> names(Article article, EntityType type) {
    return article.entitiesOf(type).stream().map(Entity::name).toList();
  }

  private static String iso(Moment moment) {
    return moment == null ? null : moment.iso();
  }

  /** A map that keeps the order its pairs were given in (Map.of does not). */
  private static Map<String, Object> ordered(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }
}
