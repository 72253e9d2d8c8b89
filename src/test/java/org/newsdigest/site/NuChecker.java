package org.newsdigest.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu and the {@code vnu} command) run
 * in-process: the HTML schema is compiled once, then each file is parsed and checked against it
 * and against the checker's own assertions (ids, ARIA, nesting, attribute values). The schemas
 * ship inside the validator artifact, so nothing is fetched from the network.
 */
final class NuChecker {
  /** The schema the {@code vnu} command uses by default: HTML with SVG and MathML. */
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  /** One finding of the checker, located in its file. */
  record Message(Path file, int line, int column, boolean error, String text) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + (error ? "error" : "warning") + ": " + text;
    }
  }

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  NuChecker() throws Exception {
    // No log4j set-up (the library would configure it globally), no remote entities; language
    // detection stays on so a page whose lang disagrees with its text gets a warning.
    validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
    validator.setUpValidatorAndParsers(collector, false, false);
  }

  /** Every error and warning for one UTF-8 HTML file, in the order the checker reports them. */
  List<Message> check(Path file) throws IOException {
    collector.start(file);
    try {
      validator.checkHtmlFile(file.toFile(), true);
    } catch (SAXException e) {
      // A fatal parse error stops the check: it is an error like any other, not a crash.
      collector.messages.add(new Message(file, -1, -1, true, "fatal: " + e.getMessage()));
    }
    return List.copyOf(collector.messages);
  }

  /** Collects the messages of the file being checked; reset before each file. */
  private static final class Collector implements ErrorHandler {
    private Path file;
    private final List<Message> messages = new ArrayList<>();

    void start(Path next) {
      file = next;
      messages.clear();
    }

    @Override
    public void warning(SAXParseException e) {
      messages.add(message(e, false));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(message(e, true));
    }

    @Override
    public void fatalError(SAXParseException e) {
      messages.add(message(e, true));
    }

    private Message message(SAXParseException e, boolean error) {
      return new Message(file, e.getLineNumber(), e.getColumnNumber(), error, e.getMessage());
    }
  }
}
