package net.wpxliff.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An exported XLIFF 1.2 file read as a DOM, for tests that look at targets, notes and alt-trans. */
public final class Xliff12Dom {
    private Xliff12Dom() {
    }

    /** The one file in {@code folder} whose name ends with {@code suffix} (asserted to be one). */
    public static Path only(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), folder + ": " + found);
            return found.get(0);
        }
    }

    public static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    /** The trans-units by id, in document order. */
    public static Map<String, Element> units(Document doc) {
        Map<String, Element> units = new LinkedHashMap<>();
        NodeList list = doc.getElementsByTagNameNS("*", "trans-unit");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            units.put(e.getAttribute("id"), e);
        }
        return units;
    }

    /** The unit's own target (not an alt-trans one), or null. */
    public static Element target(Element unit) {
        List<Element> targets = children(unit, "target");
        return targets.isEmpty() ? null : targets.get(0);
    }

    /** The child elements of {@code parent} with that local name. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)) found.add(e);
        }
        return found;
    }
}
