package org.newsdigest.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsdigest.model.PageContent;

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
record PageJob(String path, String kind, Supplier<Source> source, boolean large) {
  PageJob {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(source, "source");
  }

  /**
   * This page as one over the whole site (events.json, the site's feeds, the index of every
   * person): it runs before the others, and its bytes are streamed to the sink ({@link
   * Source#writeTo}) rather than held, since at 100,000 articles each runs to tens of megabytes.
   */
  PageJob asLarge() {
    return new PageJob(path, kind, source, true);
  }

  /** A page whose bytes {@code content} makes, with no known inputs: always made. */
  static PageJob ofBytes(String path, String kind, Supplier<byte[]> content) {
    Objects.requireNonNull(content, "content");
    Source source = new Bytes(content);
    return new PageJob(path, kind, () -> source, false);
  }

  /** A page whose bytes {@code content} writes, with no known inputs: always made. */
  static PageJob ofStream(String path, String kind, PageContent content) {
    Objects.requireNonNull(content, "content");
    Source source = new Stream(content);
    return new PageJob(path, kind, () -> source, false);
  }

  /** Bytes from a supplier; it holds no state, so one serves every making. */
  private record Bytes(Supplier<byte[]> bytes) implements Source {
    @Override
    public byte[] inputs() {
      return null;
    }

    @Override
    public byte[] content() {
      return bytes.get();
    }
  }

  /** Bytes written to a stream; stateless, as {@link Bytes}. */
  private record Stream(PageContent bytes) implements Source {
    @Override
    public byte[] inputs() {
      return null;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      bytes.writeTo(out);
    }
  }

  /**
   * A page made by running {@code template} on the model {@code model} builds, stored as UTF-8;
   * its inputs are the template's name and the model (see {@link PageFingerprint}).
   */
  static PageJob ofTemplate(String path, String kind, TemplateEngine engine, String template,
      Supplier<Map<String, Object>> model) {
    return ofModel(path, kind, template, model, templateWriter(engine, template));
  }

  private static ModelWriter templateWriter(TemplateEngine engine, String template) {
    Objects.requireNonNull(engine, "engine");
    return new ModelWriter() {
      @Override
      public byte[] bytes(Map<String, Object> built) {
        return engine.render(template, built).getBytes(StandardCharsets.UTF_8);
      }

      @Override
      public void write(Map<String, Object> built, OutputStream out) throws IOException {
        engine.render(template, built, out);
      }
    };
  }

  /**
   * A page whose model {@code view} builds from what {@code key} stands for and what it reads of
   * {@code site} (see {@link PageReads}), run through {@code template}. With a memo, the page's
   * fingerprint comes from the last render when its key and reads are unchanged ({@link
   * RenderMemo}), and the model is only built if the page must be made.
   *
   * @param key gives, when there is a memo, what is equal for equal inputs besides the reads: all
   *     the model is made from (asked on the render's thread, not while the site is planned)
   * @param memo the memo to take fingerprints from and keep them in, or null for none
   */
  static PageJob ofView(String path, String kind, TemplateEngine engine, String template,
      Supplier<?> key, Function<PageReads, Map<String, Object>> view, SiteIndexes site,
      RenderMemo memo) {
    return ofView(path, kind, template, templateWriter(engine, template), key, view, site, memo);
  }

  /**
   * As {@link #ofView(String, String, TemplateEngine, String, Supplier, Function, SiteIndexes,
   * RenderMemo)}, for a page that {@code writer} makes without a template (a JSON document); its
   * model's fingerprint is taken with {@code writerName}, as {@link #ofModel} does.
   */
  static PageJob ofView(String path, String kind, String writerName, ModelWriter writer,
      Supplier<?> key, Function<PageReads, Map<String, Object>> view, SiteIndexes site,
      RenderMemo memo) {
    Objects.requireNonNull(writerName, "writerName");
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(site, "site");
    return new PageJob(path, kind, () -> new ModelSource(writer) {
      @Override
      Map<String, Object> build() {
        return view.apply(PageReads.of(site));
      }

      @Override
      public byte[] inputs() {
        if (memo == null) {
          return PageFingerprint.of(writerName, model());
        }
        Object inputs = key.get();
        byte[] kept = memo.fingerprint(path, inputs, site);
        if (kept != null) {
          return kept;
        }
        PageReads reads = PageReads.recording(site);
        byte[] fingerprint = PageFingerprint.of(writerName, use(view.apply(reads)));
        if (fingerprint != null) {
          memo.keep(path, inputs, reads.reads(), fingerprint);
        }
        return fingerprint;
      }
    }, false);
  }

  /**
   * A page that {@code writer} makes from the plain data {@code model} builds, without a template
   * (a JSON document); its inputs are {@code writerName} and the model. The name stands for the
   * writer's code, which the code's own fingerprint covers.
   */
  static PageJob ofModel(String path, String kind, String writerName,
      Supplier<Map<String, Object>> model, ModelWriter writer) {
    Objects.requireNonNull(writerName, "writerName");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(writer, "writer");
    return new PageJob(path, kind, () -> new ModelSource(writer) {
      @Override
      Map<String, Object> build() {
        return model.get();
      }

      @Override
      public byte[] inputs() {
        return PageFingerprint.of(writerName, model());
      }
    }, false);
  }

  /**
   * A making of a page whose bytes {@code writer} makes from its model, which is built once, when
   * first needed, unless the making was given one ({@link #use}).
   */
  private abstract static class ModelSource implements Source {
    private final ModelWriter writer;
    private Map<String, Object> built;

    ModelSource(ModelWriter writer) {
      this.writer = writer;
    }

    /** Builds the model. */
    abstract Map<String, Object> build();

    /** The model, built now if not yet. */
    final Map<String, Object> model() {
      if (built == null) {
        built = build();
      }
      return built;
    }

    /** Takes {@code model} as this making's model, and gives it back. */
    final Map<String, Object> use(Map<String, Object> model) {
      built = model;
      return model;
    }

    @Override
    public byte[] content() {
      return writer.bytes(model());
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      writer.write(model(), out);
    }
  }

  /** Turns a page's model into its bytes: whole, or streamed for a large page. */
  interface ModelWriter {
    byte[] bytes(Map<String, Object> model);

    /** Writes what {@link #bytes} gives to {@code out}, which it leaves open. */
    default void write(Map<String, Object> model, OutputStream out) throws IOException {
      out.write(bytes(model));
    }
  }

  /**
   * One making of a page, on one thread: what it is made from, and then, unless the sink keeps
   * the page it has, its bytes, whole or streamed; a source gives one of the two ways and gets
   * the other. All may throw {@link RenderException}.
   */
  interface Source {
    /** The fingerprint of what the page is made from, or null when it cannot be told. */
    byte[] inputs();

    /** The page's bytes. */
    default byte[] content() {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        writeTo(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a byte array stream does not fail
      }
      return bytes.toByteArray();
    }

    /** Writes the page's bytes, those {@link #content} gives, to {@code out}: for a large page. */
    default void writeTo(OutputStream out) throws IOException {
      out.write(content());
    }
  }
}
