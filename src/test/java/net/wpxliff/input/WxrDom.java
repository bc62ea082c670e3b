package net.wpxliff.input;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A WXR file read the plain way, with a DOM, for the tests to count and compare against {@link WxrReader}
 * independently of it (fine for the corpus's files of a few hundred KB).
 */
record WxrDom(List<Map<String, String>> items) {
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

    static WxrDom parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setCoalescing(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        List<Map<String, String>> items = new ArrayList<>();
        NodeList channels = doc.getDocumentElement().getElementsByTagName("channel");
        for (Node n = channels.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element item && item.getLocalName().equals("item")) items.add(fields(item));
        }
        return new WxrDom(items);
    }

    /** The item's child elements by a short name: title, link, content, excerpt, and wp:x as x. */
    private static Map<String, String> fields(Element item) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) continue;
            String ns = child.getNamespaceURI() == null ? "" : child.getNamespaceURI();
            String key = ns.isEmpty() ? child.getLocalName()
                    : ns.equals(CONTENT) ? "content"
                    : ns.endsWith("/excerpt/") ? "excerpt"
                    : ns.matches("https?://wordpress\\.org/export/1\\.[0-9]+/") ? child.getLocalName()
                    : null;
            if (key != null) fields.putIfAbsent(key, child.getTextContent());
        }
        return fields;
    }

    static String type(Map<String, String> item) {
        String type = item.getOrDefault("post_type", "").strip();
        return type.isEmpty() ? "post" : type;
    }

    /** Posts, pages, and the synced patterns and navigation menus they show by id (an oracle written apart from WxrReader's). */
    private static final java.util.Set<String> TRANSLATED = java.util.Set.of("post", "page", "wp_block", "wp_navigation");

    static boolean translated(Map<String, String> item) {
        String status = item.getOrDefault("status", "").strip();
        return TRANSLATED.contains(type(item)) && !status.equals("trash") && !status.equals("auto-draft");
    }

    List<Map<String, String>> translatedItems() {
        return items.stream().filter(WxrDom::translated).toList();
    }

    /** Items of the types that are not translated, counted by type. */
    Map<String, Integer> otherTypes() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, String> item : items) {
            if (!TRANSLATED.contains(type(item))) counts.merge(type(item), 1, Integer::sum);
        }
        return counts;
    }

    /** Translated items counted by type. */
    Map<String, Integer> translatedTypes() {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, String> item : translatedItems()) counts.merge(type(item), 1, Integer::sum);
        return counts;
    }
}
