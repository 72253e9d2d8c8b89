package org.newsdigest.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of the site, not yet rendered: its path, known when the site is planned (so the
 * sitemap can list every page without holding any), and how to make it. Making it only reads the
 * render's shared, immutable indexes, so jobs run in any order on any thread.
 *
 * @param path relative to the site root ("events/2026-01-06-leaders-meet.html")
 * @param kind what sort of output it is, for {@link RenderCosts}: its template ("event.ftlh") or,
 *     for a file made without one, what it is ("search index")
 * @param source a new {@link Source} of the page each time it is asked: one per making
 */
record PageJob(String path, String kind, Supplier<Source> source) {
  PageJob {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /** A page whose bytes {@code content} makes, with no known inputs: always made. */
  static PageJob ofBytes(String path, String kind, Supplier<byte[]> content) {
    Objects.requireNonNull(content, "content");
    return new PageJob(path, kind, () -> new Source() {
      @Override
      public byte[] inputs() {
        return null;
      }

      @Override
      public byte[] content() {
        return content.get();
      }
    });
  }

  /**
   * A page made by running {@code template} on the model {@code model} builds, stored as UTF-8;
   * its inputs are the template's name and the model (see {@link PageFingerprint}).
   */
  static PageJob ofTemplate(String path, String kind, TemplateEngine engine, String template,
      Supplier<Map<String, Object>> model) {
    Objects.requireNonNull(engine, "engine");
    return ofModel(path, kind, template, model,
        built -> engine.render(template, built).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A page that {@code writer} makes from the plain data {@code model} builds, without a template
   * (a JSON document); its inputs are {@code writerName} and the model. The name stands for the
   * writer's code, which the code's own fingerprint covers.
   */
  static PageJob ofModel(String path, String kind, String writerName,
      Supplier<Map<String, Object>> model, Function<Map<String, Object>, byte[]> writer) {
    Objects.requireNonNull(writerName, "writerName");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(writer, "writer");
    return new PageJob(path, kind, () -> new Source() {
      private Map<String, Object> built;

      private Map<String, Object> model() {
        if (built == null) {
          built = model.get();
        }
        return built;
      }

      @Override
      public byte[] inputs() {
        return PageFingerprint.of(writerName, model());
      }

      @Override
      public byte[] content() {
        return writer.apply(model());
      }
    });
  }

  /**
   * One making of a page, on one thread: what it is made from, and then, unless the sink keeps
   * the page it has, its bytes. Both may throw {@link RenderException}.
   */
  interface Source {
    /** The fingerprint of what the page is made from, or null when it cannot be told. */
    byte[] inputs();

    /** The page's bytes. */
    byte[] content();
  }
}
