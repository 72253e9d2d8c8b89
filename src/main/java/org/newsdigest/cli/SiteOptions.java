package org.newsdigest.cli;

import java.nio.file.Path;
import org.newsdigest.render.RenderMemo;
import org.newsdigest.render.SiteRenderer;

/**
 * What the site is rendered with, as {@code build} and {@code serve --watch} take it from the
 * command line and the settings file.
 *
 * @param templates the user's templates folder, or null
 * @param baseUrl the site's public address, or null
 * @param title the site's title, or null for the language's default
 * @param language the site's language ("en", "de")
 * @param markdown whether every page also gets its Markdown twin
 */
record SiteOptions(Path templates, String baseUrl, String title, String language, boolean markdown) {
  /** The renderer; throws IllegalArgumentException naming a bad option. */
  SiteRenderer renderer() {
    return settings().build();
  }

  /** A renderer that takes from and keeps in {@code memo} the fingerprints of its pages. */
  SiteRenderer renderer(RenderMemo memo) {
    return settings().remembering(memo).build();
  }

  private SiteRenderer.Builder settings() {
    return SiteRenderer.builder().userTemplates(templates).baseUrl(baseUrl).siteTitle(title)
        .language(language).markdownTwins(markdown);
  }
}
