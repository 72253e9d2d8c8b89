package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;

/**
 * Every HTML page of a built site passes the Nu HTML Checker with no error. The site is built
 * from the project's seeds plus a sample of articles in every shape (see {@link ValiditySample}),
 * through the command line and with the project's templates folder, as a user builds it.
 *
 * <p>Errors fail the test, each listed with its file, line and message. Warnings are printed and
 * allowed: the checker's warnings are advice that depends on the text of the articles, not on
 * the templates (e.g. "this document appears to be written in Spanish" for an article whose
 * language the reader could not tell), so failing on them would make the build depend on what
 * people drop into seeds/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityIT {
  SiteFixture site;
  NuChecker checker;

  @BeforeAll
  void build(@TempDir Path dir) throws Exception {
    site = new SiteFixture(dir);
    ValiditySample.writeInto(site);
    assertEquals(ExitCodes.OK, site.build("--templates", "templates", "--quiet"), site.err());
    checker = new NuChecker();
  }

  @Test
  void everyPageOfTheSiteHasNoCheckerError() throws Exception {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site.site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() >= 20, "too few pages to be a real check: " + pages);
    List<NuChecker.Message> errors = new ArrayList<>();
    for (Path page : pages) {
      for (NuChecker.Message message : checker.check(page)) {
        NuChecker.Message relative = new NuChecker.Message(site.site.relativize(page),
            message.line(), message.column(), message.error(), message.text());
        if (message.error()) {
          errors.add(relative);
        } else {
          System.out.println("vnu " + relative);
        }
      }
    }
    assertEquals(List.of(), errors, errors.size() + " errors in " + pages.size() + " pages:\n"
        + errors.stream().map(NuChecker.Message::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void theCheckerReportsTheMistakesThisTestExistsToCatch(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.html");
    Files.writeString(bad, """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
        <body><main><h1></h1><p id="x">One</p><p id="x">Two</p>
        <time datetime="6 January 2026">6 January</time><ul><p>not an item</p></ul>
        </main></body></html>
        """);
    List<NuChecker.Message> messages = checker.check(bad);
    String all =
        messages.stream().map(NuChecker.Message::toString).collect(Collectors.joining("\n"));
    assertTrue(messages.stream().filter(NuChecker.Message::error).count() >= 3, all);
    assertTrue(all.contains("Duplicate ID"), all);
    assertTrue(all.contains("datetime"), all);
    assertFalse(messages.stream().anyMatch(m -> m.line() < 1 && m.error()), all);
  }
}
