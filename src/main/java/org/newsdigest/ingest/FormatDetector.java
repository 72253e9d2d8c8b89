package org.newsdigest.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsdigest.model.InputFormat;

/**
 * Chooses a reader: the content's own strong signals first (so a lying extension loses), then
 * the extension, then plain text.
 */
final class FormatDetector {
  private static final Map<String, InputFormat> BY_EXTENSION =
      Map.of(
          "txt", InputFormat.TEXT,
          "text", InputFormat.TEXT,
          "md", InputFormat.MARKDOWN,
          "markdown", InputFormat.MARKDOWN,
          "html", InputFormat.HTML,
          "htm", InputFormat.HTML,
          "xml", InputFormat.FEED,
          "rss", InputFormat.FEED,
          "atom", InputFormat.FEED);

  private static final Pattern FEED_ROOT = Pattern.compile("<(rss|feed|rdf:RDF)[\\s>]");
  private static final Pattern HTML_START =
      Pattern.compile("^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html)[\\s>]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern FRONT_MATTER =
      Pattern.compile("^---[ \\t]*\\n(.*?\\n)?---[ \\t]*(\\n|$)", Pattern.DOTALL);

  InputFormat detect(String source, String text) {
    return sniff(text).orElseGet(() -> byExtension(source).orElse(InputFormat.TEXT));
  }

  static Optional<InputFormat> byExtension(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  static Optional<InputFormat> sniff(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 2048));
    if (HTML_START.matcher(head).find()) {
      return Optional.of(InputFormat.HTML);
    }
    if (head.startsWith("<") && FEED_ROOT.matcher(head).find()) {
      return Optional.of(InputFormat.FEED);
    }
    if (FRONT_MATTER.matcher(text.stripLeading()).find()) {
      return Optional.of(InputFormat.MARKDOWN);
    }
    return Optional.empty();
  }
}
