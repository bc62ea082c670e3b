package net.wpxliff.extract;

import net.wpxliff.unit.XmlChars;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Stable, readable keys for where a unit lives: {@code content/blockquote[1]/p[2]/@title}. One per
 * parsed document: paths are remembered, so long pages do not count siblings again for every unit.
 */
final class UnitNames {
    private final String field;
    private final Map<Element, String> paths = new IdentityHashMap<>();
    private final Map<Element, Integer> positions = new IdentityHashMap<>();

    UnitNames(String field) {
        this.field = field;
    }

    /** Element path below the document, with 1-based positions among same-name siblings. */
    String path(Element el) {
        if (el == null || el instanceof Document) return field;
        String known = paths.get(el);
        if (known != null) return known;
        String tag = XmlChars.readable(el.normalName()); // binary junk makes tag names of control characters
        // html and body are implied for post fields; they carry no information for pages either
        String path = tag.equals("html") || tag.equals("body") ? path(el.parent())
                : path(el.parent()) + "/" + tag + "[" + sameNameIndex(el) + "]";
        paths.put(el, path);
        return path;
    }

    /**
     * Position among same-name siblings. Each parent's children are counted once, for all of them:
     * counting per unit made a page with many siblings quadratic.
     */
    private int sameNameIndex(Element el) {
        Integer known = positions.get(el);
        if (known != null) return known;
        Element parent = el.parent();
        if (parent == null) return 1;
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element sibling) {
                positions.put(sibling, counts.merge(sibling.normalName(), 1, Integer::sum));
            }
        }
        return positions.get(el);
    }
}
