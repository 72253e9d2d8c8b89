package org.newsdigest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsdigest.build.BuildReport;
import org.newsdigest.build.Skipped;
import org.newsdigest.build.StageTime;

/**
 * {@code build --format json}: the build's result as one JSON object on one line, for scripts
 * and CI: counts, every skipped file with its reason, notices, kept files and stage times.
 */
final class BuildReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private BuildReportJson() {}

  static String of(BuildReport report, double seconds) {
    ObjectNode json = JSON.createObjectNode();
    json.put("files", report.filesFound());
    json.put("filesFromCache", report.filesFromCache());
    json.put("articles", report.articles());
    json.put("events", report.events());
    json.put("pages", report.pages());
    json.put("pagesChanged", report.pagesChanged());
    json.put("pagesKept", report.pagesKept());
    json.put("warnings", report.warnings().size());
    json.put("seconds", Math.round(seconds * 1000) / 1000.0);
    ArrayNode skipped = json.putArray("skipped");
    for (Skipped s : report.skipped()) {
      skipped.addObject().put("source", s.source()).put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT))
          .put("reason", s.reason());
    }
    report.notices().forEach(json.putArray("notices")::add);
    report.kept().forEach(json.putArray("kept")::add);
    ObjectNode stages = json.putObject("stages");
    for (StageTime time : report.timings()) {
      stages.put(time.stage(), Math.round(time.seconds() * 1000) / 1000.0);
    }
    try {
      return JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
