package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;

/**
 * Wraps text the renderer already made safe (HTML from CommonMark, escaped Markdown) so the
 * templates' auto-escaping prints it as is instead of escaping it twice. Immutable.
 */
final class Markup {

  private final MarkdownOutputFormat markdownFormat;

  Markup(MarkdownOutputFormat markdownFormat) {
    this.markdownFormat = markdownFormat;
  }

  Object html(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("FreeMarker refused HTML markup", e);
    }
  }

  Object markdown(String md) {
    try {
      return markdownFormat.fromMarkup(md);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("FreeMarker refused Markdown markup", e);
    }
  }
}
