package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/** A piece of Markdown inside a template: either escaped plain text or trusted markup. */
final class MarkdownOutputModel extends CommonTemplateMarkupOutputModel<MarkdownOutputModel> {
  private final MarkdownOutputFormat format;

  MarkdownOutputModel(MarkdownOutputFormat format, String plainText, String markup) {
    super(plainText, markup);
    this.format = format;
  }

  @Override
  public CommonMarkupOutputFormat<MarkdownOutputModel> getOutputFormat() {
    return format;
  }
}
