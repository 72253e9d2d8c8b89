package org.newsdigest.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.MarkupOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * The templates' {@code msg}: the site's labels ({@code ${msg.keyFacts}}), a label with places
 * filled ({@code ${msg.format("pageNumber", 2, 5)}}) and a label that counts ({@code
 * ${msg.plural("sources", n)}}: "1 source", "3 sources").
 *
 * <p>A label is text, whoever wrote it: it is escaped for the template's output format like any
 * value. For HTML and XML that is {@code & < > "} but not the apostrophe, so "Each source's
 * headline" reads as it did when the templates held it; for Markdown, the characters that would
 * make Markdown. A value filled in is escaped as {@code ${value}} would be, unless it is already
 * markup of the page's format (a link captured with {@code <#assign link>...</#assign>}), which
 * goes in as it is. Immutable.
 */
final class MessagesModel implements TemplateHashModel {
  private final Messages messages;
  private final OutputFormat format;
  private final TemplateMethodModelEx formatMethod = this::format;
  private final TemplateMethodModelEx pluralMethod = this::plural;

  MessagesModel(Messages messages, OutputFormat format) {
    this.messages = messages;
    this.format = format;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    return switch (key) {
      case "format" -> formatMethod;
      case "plural" -> pluralMethod;
      default -> output(escapeLabel(label(key)));
    };
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  /** {@code format(key, values...)}. */
  private Object format(List<?> arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("msg.format needs a label's key, then the values to fill in.");
    }
    return output(fill(label(key(arguments)), values(arguments.subList(1, arguments.size()))));
  }

  /** {@code plural(key, n, values...)}: {0} is n, the values follow as {1}, {2}, ... */
  private Object plural(List<?> arguments) throws TemplateModelException {
    if (arguments.size() < 2 || !(arguments.get(1) instanceof TemplateNumberModel number)) {
      throw new TemplateModelException("msg.plural needs a label's key and a number, e.g."
          + " msg.plural(\"sources\", 3).");
    }
    long n = number.getAsNumber().longValue();
    String pattern = label(messages.pluralKey(key(arguments), n));
    return output(fill(pattern, values(arguments.subList(1, arguments.size()))));
  }

  private String key(List<?> arguments) throws TemplateModelException {
    if (!(arguments.get(0) instanceof TemplateScalarModel scalar)) {
      throw new TemplateModelException("A label's key must be a string, such as \"pageNumber\".");
    }
    return scalar.getAsString();
  }

  /** The label {@code key}, or an error the template's line is added to. */
  private String label(String key) throws TemplateModelException {
    if (!messages.has(key)) {
      throw new TemplateModelException("No label '" + key + "' in the messages of language '"
          + messages.language() + "'.");
    }
    return messages.raw(key);
  }

  /** Each value as markup of the page's format: escaped text, digits, or markup as it is. */
  private String[] values(List<?> arguments) throws TemplateModelException {
    String[] values = new String[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = markup(arguments.get(i));
    }
    return values;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private String markup(Object value) throws TemplateModelException {
    if (value instanceof TemplateMarkupOutputModel markup) {
      MarkupOutputFormat own = markup.getOutputFormat();
      return own.getMarkupString(markup);
    }
    if (value instanceof TemplateNumberModel number) {
      return number.getAsNumber().toString();
    }
    if (value instanceof TemplateScalarModel scalar) {
      String text = scalar.getAsString();
      return format instanceof MarkupOutputFormat<?> markupFormat ? markupFormat.escapePlainText(text) : text;
    }
    throw new TemplateModelException("A label's value must be text, a number or markup, not " + value + ".");
  }

  /** The label with its places filled by markup, its own text escaped between them. */
  private String fill(String pattern, String[] values) {
    return Messages.fill(pattern, this::escapeLabel, (Object[]) values);
  }

  private String escapeLabel(String text) {
    if (format instanceof MarkdownOutputFormat) {
      return MarkdownEscaper.escapePart(text, false, false);
    }
    if (format instanceof MarkupOutputFormat<?>) {
      return escapeMarkup(text);
    }
    return text;
  }

  /** What HTML and XML text and double-quoted attributes need escaped. */
  static String escapeMarkup(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private TemplateModel output(String markup) throws TemplateModelException {
    if (format instanceof CommonMarkupOutputFormat common) {
      return common.fromMarkup(markup);
    }
    return new SimpleScalar(markup);
  }
}
