package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format of the {@code .md.ftl} templates: every value inserted into a
 * Markdown page is escaped, so a headline from an article cannot open a link, an HTML tag or a
 * list there.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputModel> {
  static final String NAME = "Markdown";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(MarkdownEscaper.escape(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return MarkdownEscaper.escape(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected MarkdownOutputModel newTemplateMarkupOutputModel(String plainText, String markup) {
    return new MarkdownOutputModel(this, plainText, markup);
  }
}
