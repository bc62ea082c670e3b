package net.wpxliff.xliff2;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Reading XLIFF 2 text as a DOM in the tests (namespace-aware, no DOCTYPE, nothing fetched). */
final class Xliff2Dom {
    static final String CORE = "urn:oasis:names:tc:xliff:document:2.0";
    static final String METADATA = "urn:oasis:names:tc:xliff:metadata:2.0";

    private Xliff2Dom() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** An attribute's value, or null when absent; {@code xml:space} and {@code xml:lang} by their namespace. */
    static String attr(Element e, String name) {
        Attr a = name.startsWith("xml:") ? e.getAttributeNodeNS(XMLConstants.XML_NS_URI, name.substring(4)) : e.getAttributeNode(name);
        return a == null ? null : a.getValue();
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element e) out.add(e);
        return out;
    }

    /** The first child element with this local name, or null. */
    static Element child(Element parent, String localName) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).findFirst().orElse(null);
    }

    /** All elements under (not including) an element, in document order. */
    static List<Element> descendants(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Element child : children(parent)) {
            out.add(child);
            out.addAll(descendants(child));
        }
        return out;
    }

    /** The core {@code <unit>} elements of the document, in order (also inside groups). */
    static List<Element> units(Document dom) {
        List<Element> out = new ArrayList<>();
        for (Element e : descendants(dom.getDocumentElement())) {
            if (CORE.equals(e.getNamespaceURI()) && e.getLocalName().equals("unit")) out.add(e);
        }
        return out;
    }
}
