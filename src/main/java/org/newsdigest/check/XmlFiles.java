package org.newsdigest.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Parses the site's XML files (feed, sitemap, SVG) safely and walks their elements. */
final class XmlFiles {
  private final DocumentBuilderFactory factory;

  XmlFiles() {
    factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try {
      // The site's XML has no DTD: refusing one also refuses external entities and entity bombs.
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser lacks a standard feature", e);
    }
    factory.setExpandEntityReferences(false);
  }

  /** The parsed document, or empty after recording why the file is not well-formed XML. */
  Optional<Document> parse(String path, byte[] bytes, Problems problems) {
    try {
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return Optional.of(builder.parse(new ByteArrayInputStream(bytes)));
    } catch (SAXParseException e) {
      problems.add(path, "not well-formed XML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      problems.add(path, "not well-formed XML: " + e.getMessage());
    }
    return Optional.empty();
  }

  static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  /**
   * The text of the one {@code name} child of {@code parent}, or empty after recording that it
   * is missing, repeated or blank.
   */
  static Optional<String> onlyText(String path, Element parent, String namespace, String name,
      String context, Problems problems) {
    List<Element> found = children(parent, namespace, name);
    if (found.size() != 1) {
      problems.add(path, context + " has " + found.size() + " <" + name + "> elements, not one");
      return Optional.empty();
    }
    String text = found.get(0).getTextContent().strip();
    if (text.isEmpty()) {
      problems.add(path, context + " has an empty <" + name + ">");
      return Optional.empty();
    }
    return Optional.of(text);
  }
}
