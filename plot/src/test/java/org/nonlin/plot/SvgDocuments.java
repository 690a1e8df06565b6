package org.nonlin.plot;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses SVG text with the JDK's XML parser and lists its elements, for assertions. */
final class SvgDocuments {

  private SvgDocuments() {}

  /** The document; throws if the text is not well-formed XML. */
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** Every element of the given local name, in document order. */
  static List<Element> elements(Document document, String name) {
    NodeList nodes = document.getElementsByTagNameNS("*", name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  /** The text content of every text element. */
  static List<String> texts(Document document) {
    return elements(document, "text").stream().map(Element::getTextContent).toList();
  }

  /** The polylines stroked in the colour ("#rrggbb") with more than two points: data lines. */
  static long dataLines(Document document, String stroke) {
    return elements(document, "polyline").stream()
        .filter(e -> e.getAttribute("stroke").equals(stroke))
        .filter(e -> e.getAttribute("points").trim().split(" ").length > 2)
        .count();
  }

  /** The colour as SVG writes it, "#rrggbb". */
  static String hex(java.awt.Color color) {
    return String.format("#%06x", color.getRGB() & 0xFFFFFF);
  }
}
