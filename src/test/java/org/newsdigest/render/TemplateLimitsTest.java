package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's template cannot hang or exhaust the build: a loop without end is stopped after the
 * time limit, a page that grows past the size limit is refused before the memory is taken, a
 * macro that calls itself is caught; each is a {@link RenderException} naming the template and,
 * where FreeMarker knows it, the line. Short limits here; the build's are in {@link
 * TemplateLimits#DEFAULT}.
 */
class TemplateLimitsTest {
  @TempDir Path dir;

  private TemplateEngine engine() {
    return new TemplateEngine(dir, new MarkdownOutputFormat(), new TemplateLimits(Duration.ofSeconds(1), 10_000));
  }

  private RenderException failure(String template) throws IOException {
    Files.writeString(dir.resolve("page.ftlh"), template);
    TemplateEngine engine = engine();
    return assertThrows(RenderException.class, () -> engine.render("page.ftlh", Map.of()));
  }

  @Test
  void aLoopWithoutEndIsStoppedNamingItsLine() throws IOException {
    RenderException e = failure("<p>before</p>\n<#list 1.. as i></#list>\n");
    assertTrue(e.getMessage().startsWith("Template 'page.ftlh' line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("took longer than 1 s"), e.getMessage());
    assertFalse(Thread.currentThread().isInterrupted(), "the render's thread is left with a clear flag");
  }

  @Test
  void aLoopWithoutEndInAnIncludedTemplateIsNamedThere() throws IOException {
    Files.writeString(dir.resolve("loop.ftlh"), "\n\n<#list 1.. as i><#assign x = i></#list>\n");
    RenderException e = failure("<#include \"loop.ftlh\">\n");
    assertTrue(e.getMessage().startsWith("Template 'loop.ftlh' line 3"), e.getMessage());
  }

  @Test
  void aPageThatGrowsPastTheLimitIsRefusedNamingTheLine() throws IOException {
    RenderException e = failure("<p>\n<#list 1..1000000000 as i>${i}</#list>\n");
    assertTrue(e.getMessage().startsWith("Template 'page.ftlh' line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("grew past 10,000 characters"), e.getMessage());
  }

  @Test
  void aStreamedPageIsTheSamePageAndKeepsTheLimit() throws IOException {
    Files.writeString(dir.resolve("fine.ftlh"), "<p>${n} caf\u00e9 \u6771\u4eac</p>\n<#list 1..n as i>${i} </#list>");
    TemplateEngine engine = engine();
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    engine.render("fine.ftlh", Map.of("n", 300), streamed);
    assertArrayEquals(engine.render("fine.ftlh", Map.of("n", 300)).getBytes(StandardCharsets.UTF_8),
        streamed.toByteArray());

    Files.writeString(dir.resolve("page.ftlh"), "<p>\n<#list 1..1000000000 as i>${i}</#list>\n");
    ByteArrayOutputStream tooLong = new ByteArrayOutputStream();
    RenderException e = assertThrows(RenderException.class,
        () -> engine.render("page.ftlh", Map.of(), tooLong));
    assertTrue(e.getMessage().contains("grew past 10,000 characters"), e.getMessage());
    assertTrue(tooLong.size() <= 10_000 * 3, "stopped at the limit: " + tooLong.size());
  }

  @Test
  void aMacroThatCallsItselfIsCaught() throws IOException {
    RenderException e = failure("<#macro again n><@again n + 1/></#macro>\n<@again 1/>\n");
    assertTrue(e.getMessage().startsWith("Template 'page.ftlh' (or one it includes): templates nested too deeply"),
        e.getMessage());
  }

  @Test
  void theEngineRendersTheNextPageAsUsualAfterStoppingOne() throws IOException {
    Files.writeString(dir.resolve("page.ftlh"), "<#list 1.. as i></#list>");
    Files.writeString(dir.resolve("fine.ftlh"), "<p>${n}</p>");
    TemplateEngine engine = engine();
    assertThrows(RenderException.class, () -> engine.render("page.ftlh", Map.of()));
    assertEquals("<p>7</p>", engine.render("fine.ftlh", Map.of("n", 7)));
    assertFalse(Thread.currentThread().isInterrupted());
  }
}
