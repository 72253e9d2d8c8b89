package org.newsdigest.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * FreeMarker set up for untrusted-looking templates and data, each page bounded in time and size
 * ({@link TemplateLimits}): the user's templates folder first,
 * then the defaults in the jar; HTML, XML and Markdown auto-escaped by file name; no Java reachable
 * from a template; fixed locale and zone; the site's labels as {@code msg} ({@link MessagesModel});
 * every failure a {@link RenderException} with a position.
 * Thread-safe: the render threads share one engine and its parsed templates.
 */
final class TemplateEngine {
  static final String DEFAULTS = "/newsdigest/templates";
  /** Room for a typical page, so the buffer seldom grows (each growth copies the page so far). */
  private static final int PAGE_CHARS = 8 * 1024;

  private final Configuration configuration;
  private final TemplateLimits limits;
  private final Messages messages;

  TemplateEngine(Path userTemplates, MarkdownOutputFormat markdown, Messages messages) {
    this(userTemplates, markdown, TemplateLimits.DEFAULT, messages);
  }

  TemplateEngine(Path userTemplates, MarkdownOutputFormat markdown, TemplateLimits limits) {
    this(userTemplates, markdown, limits, Messages.english());
  }

  TemplateEngine(Path userTemplates, MarkdownOutputFormat markdown, TemplateLimits limits,
      Messages messages) {
    this.limits = limits;
    this.messages = messages;
    Configuration cfg = new GuardedConfiguration();
    cfg.setTemplateLoader(loader(userTemplates));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setRecognizeStandardFileExtensions(true); // .ftlh -> HTML, .ftlx -> XML escaping
    cfg.setRegisteredCustomOutputFormats(List.of(markdown));
    TemplateConfiguration markdownTemplates = new TemplateConfiguration();
    markdownTemplates.setOutputFormat(markdown);
    cfg.setTemplateConfigurations(
        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdownTemplates));
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new PageObjectWrapper());
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setAttemptExceptionReporter((te, env) -> { });
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocalizedLookup(false);
    // Each template is parsed once and kept while the renderer lives (the default soft cache
    // may drop and re-parse them under memory pressure, which a large site's render is).
    // Configuration and Template are thread-safe once set up: every render thread shares them.
    cfg.setCacheStorage(new StrongCacheStorage());
    this.configuration = cfg;
  }

  private static TemplateLoader loader(Path userTemplates) {
    TemplateLoader defaults = new ClassTemplateLoader(TemplateEngine.class, DEFAULTS);
    if (userTemplates == null) {
      return defaults;
    }
    if (!Files.isDirectory(userTemplates)) {
      throw new IllegalArgumentException("The templates folder '" + userTemplates + "' is not a folder.");
    }
    try {
      return new MultiTemplateLoader(
          new TemplateLoader[] {new FileTemplateLoader(userTemplates.toFile()), defaults});
    } catch (IOException e) {
      throw new IllegalArgumentException("The templates folder '" + userTemplates + "' cannot be read.", e);
    }
  }

  /**
   * Runs template {@code name} on {@code model}, within the engine's {@link TemplateLimits}.
   *
   * @throws RenderException naming the template, and the line when known, when it cannot be
   *     read or parsed, fails, takes too long, writes too large a page or nests too deeply
   */
  String render(String name, Map<String, Object> model) {
    TextWriter out = new TextWriter(PAGE_CHARS, limits.characters());
    try {
      process(name, model, out);
    } catch (IOException e) {
      throw new RenderException("Template '" + name + "' could not be written: " + e.getMessage(), e);
    }
    return out.toString(); // whole, even if the alarm rang as it finished
  }

  /**
   * As {@link #render(String, Map)}, writing the page to {@code out} as UTF-8 as it is made, for a
   * page too large to hold (the site's feeds and sitemap at 100,000 articles); {@code out} is
   * flushed, not closed.
   *
   * @throws IOException when {@code out} fails
   */
  void render(String name, Map<String, Object> model, OutputStream out) throws IOException {
    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    process(name, model, new LimitedWriter(text, limits.characters()));
    text.flush();
  }

  private void process(String name, Map<String, Object> model, Writer out) throws IOException {
    Template template = template(name);
    TemplateLimits.Alarm alarm = null;
    try {
      Environment env = template.createProcessingEnvironment(model, out);
      // Escaped for this template's format: HTML, XML or Markdown.
      env.setGlobalVariable("msg", new MessagesModel(messages, template.getOutputFormat()));
      alarm = limits.start(env);
      env.process();
    } catch (TemplateException e) {
      if (alarm != null && alarm.rang()) {
        throw tooLong(name, alarm, e);
      }
      throw new RenderException(
          position(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
              + firstLine(e.getMessageWithoutStackTop()) + blamed(e), e);
    } catch (TemplateLimits.PageTooLarge e) {
      throw new RenderException(where(name, e.where) + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw new RenderException(where(name, null) + "templates nested too deeply (a macro or"
          + " function that calls itself without end?)", e);
    } catch (RuntimeException e) {
      // FreeMarker's own signal that the thread was interrupted is an unchecked exception.
      if (alarm != null && alarm.rang()) {
        throw tooLong(name, alarm, e);
      }
      throw e;
    } finally {
      if (alarm != null) {
        alarm.stop();
      }
    }
  }

  private Template template(String name) {
    try {
      return configuration.getTemplate(name);
    } catch (ParseException e) {
      throw new RenderException(
          position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
              + firstLine(e.getEditorMessage()), e);
    } catch (IOException e) {
      throw new RenderException("Template '" + name + "' could not be read: " + e.getMessage(), e);
    }
  }

  private RenderException tooLong(String name, TemplateLimits.Alarm alarm, Exception cause) {
    return new RenderException(where(name, alarm.where()) + "the page " + limits.timeText()
        + " to render (a loop that does not end?)", cause);
  }

  /** Where a render was stopped; without a line, the page's template "or one it includes". */
  private static String where(String name, String position) {
    return position != null ? position : "Template '" + name + "' (or one it includes): ";
  }

  /** A static file (stylesheet) found like a template but copied as is. */
  String staticFile(String name) {
    try {
      StringWriter out = new StringWriter();
      configuration.getTemplate(name, null, null, false).process(Map.of(), out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new RenderException("File '" + name + "' could not be read: " + e.getMessage(), e);
    }
  }

  /** A page streamed to {@code target}, refused once it would grow past the limit. */
  private static final class LimitedWriter extends Writer {
    private final Writer target;
    private final long limit;
    private long written;

    LimitedWriter(Writer target, long limit) {
      this.target = target;
      this.limit = limit;
    }

    private void room(long more) {
      if (written + more > limit) {
        throw new TemplateLimits.PageTooLarge(limit);
      }
      written += more;
    }

    @Override
    public void write(int c) throws IOException {
      room(1);
      target.write(c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      room(length);
      target.write(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) throws IOException {
      room(length);
      target.write(string, offset, length);
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }

    @Override
    public void close() throws IOException {
      target.flush(); // the stream belongs to whoever opened it
    }
  }

  /**
   * A page being written: StringWriter without its synchronized StringBuffer, which one page on
   * one thread never needs.
   */
  private static final class TextWriter extends Writer {
    private final StringBuilder text;
    private final long limit;

    TextWriter(int capacity, long limit) {
      this.text = new StringBuilder(capacity);
      this.limit = limit;
    }

    /** Refuses to grow the page past the limit, before the memory is taken. */
    private void room(int more) {
      if (text.length() + (long) more > limit) {
        throw new TemplateLimits.PageTooLarge(limit);
      }
    }

    @Override
    public void write(int c) {
      room(1);
      text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      room(length);
      text.append(chars, offset, length);
    }

    @Override
    public void write(String string, int offset, int length) {
      room(length);
      text.append(string, offset, offset + length);
    }

    @Override
    public void write(String string) {
      room(string.length());
      text.append(string);
    }

    @Override
    public Writer append(CharSequence chars) {
      room(chars.length());
      text.append(chars);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  private static String position(String template, Integer line, Integer column) {
    return "Template '" + template + "'"
        + (line == null ? "" : " line " + line) + (column == null ? "" : ", column " + column) + ": ";
  }

  /**
   * " ${event.plaec}" when FreeMarker knows the expression that failed: its first line alone
   * ("The following has evaluated to null or missing:") does not say what.
   */
  private static String blamed(TemplateException e) {
    String expression = e.getBlamedExpressionString();
    return expression == null || expression.isBlank() ? "" : " ${" + expression.strip() + "}";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Wraps view models as {@link SimpleObjectWrapper} does (plain data only), and makes the HTML of
   * a {@link CommonMarkHtml} when a template reads it.
   */
  private static final class PageObjectWrapper extends SimpleObjectWrapper {
    private final ArticleMarkdown commonMark = new ArticleMarkdown();

    PageObjectWrapper() {
      super(Configuration.VERSION_2_3_34);
    }

    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
      if (value instanceof CommonMarkHtml body) {
        return HTMLOutputFormat.INSTANCE.fromMarkup(commonMark.html(body.markdown()));
      }
      return super.handleUnknownType(value);
    }
  }
}
