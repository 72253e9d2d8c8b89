package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConsoleTextTest {
  @TempDir Path dir;

  @Test
  void plainNamesAreLeftAsTheyAre() {
    String name = "wire/Zürich – 東京 report (2).txt";
    assertSame(name, ConsoleText.oneLine(name));
  }

  @Test
  void aNameLongerThanAScreenKeepsItsStartAndEnd() {
    String deep = "a/".repeat(2000) + "article.txt";
    String shown = ConsoleText.name(deep);
    assertTrue(shown.startsWith("a/a/") && shown.contains("…")
        && shown.endsWith("a/article.txt (4011 characters)"), shown);
    assertTrue(shown.length() < ConsoleText.LONGEST_NAME + 30, shown);
    assertEquals("wire/x.txt", ConsoleText.name("wire/x.txt"));
  }

  @Test
  void lineBreaksEscapesAndBidiControlsAreWrittenAsEscapes() {
    assertEquals("a\\nskipped b.txt: fake", ConsoleText.oneLine("a\nskipped b.txt: fake"));
    assertEquals("x\\r\\ty\\u001b[31mred", ConsoleText.oneLine("x\r\ty\u001b[31mred"));
    assertEquals("txt.\\u202eexe", ConsoleText.oneLine("txt.\u202eexe"));
    assertEquals("a\\u2028b\\u0085c", ConsoleText.oneLine("a\u2028b\u0085c"));
  }

  @Test
  void aSkippedFileNamedWithANewlinePrintsOneLine() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.write(seeds.resolve("bad\nskipped forged.txt: ok.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    cli.execute("build", "-q", "--no-cache", "--seeds", seeds.toString(), "--out",
        dir.resolve("site").toString());
    String printed = err.toString();
    assertTrue(printed.contains("skipped bad\\nskipped forged.txt: ok.txt: "), printed);
    assertFalse(printed.lines().anyMatch(line -> line.startsWith("skipped forged.txt")), printed);
    assertEquals(1, printed.lines().filter(line -> line.startsWith("skipped ")).count(), printed);
  }
}
