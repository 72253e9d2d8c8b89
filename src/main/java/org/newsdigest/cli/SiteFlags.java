package org.newsdigest.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that say how the site looks, the same for {@code build} and {@code serve --watch}
 * (a picocli mixin): its address, title, language and whether pages get Markdown twins.
 */
final class SiteFlags {
  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Public address of the site, for absolute URLs in the sitemap and feeds (e.g. https://example.org/news/).")
  String baseUrl;

  @Option(names = "--title", paramLabel = "TEXT", description = "Site title (default: News digest, in the site's language).")
  String title; // null: the language's default

  @Option(names = "--markdown", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also write each page's Markdown twin (page.md beside page.html); --no-markdown leaves them out"
          + " (default: written).")
  boolean markdown = true;

  @Option(names = "--language", paramLabel = "CODE",
      description = "Language of the site's labels and dates: en, de or fr (default: ${DEFAULT-VALUE}),"
          + " or another with a messages_CODE.properties in the templates folder.")
  String language = "en";

  /** These options with the templates folder, and the base URL as the command checked it. */
  SiteOptions options(Path templates, String checkedBaseUrl) {
    return new SiteOptions(templates, checkedBaseUrl, title, language, markdown);
  }
}
