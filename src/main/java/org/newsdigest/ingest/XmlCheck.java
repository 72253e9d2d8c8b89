package org.newsdigest.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Says whether a feed is well-formed XML, and where it breaks if not. Jsoup's lenient parser
 * reads broken feeds without complaint, so the problem would otherwise go unreported.
 * DTDs and external entities are refused: a feed must never make the build read other files.
 */
final class XmlCheck {
  /** Empty when well-formed, else "line L, column C: message". */
  Optional<String> problem(String xml) {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.newSAXParser().parse(new InputSource(new StringReader(xml)), new DefaultHandler());
      return Optional.empty();
    } catch (SAXParseException e) {
      return Optional.of("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
          + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }
}
