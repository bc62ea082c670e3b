package net.wpxliff.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.Deque;

/** Stable, readable keys for where a unit lives: {@code content/blockquote[1]/p[2]/@title}. */
final class UnitNames {
    private UnitNames() {
    }

    /** Element path below the document, with 1-based positions among same-name siblings. */
    static String path(String field, Element el) {
        Deque<String> steps = new ArrayDeque<>();
        for (Element e = el; e != null && !(e instanceof Document); e = e.parent()) {
            String tag = e.normalName();
            // html and body are implied for post fields; head/body carry no information for them either
            if (tag.equals("html") || tag.equals("body")) continue;
            steps.push(tag + "[" + sameNameIndex(e) + "]");
        }
        StringBuilder sb = new StringBuilder(field);
        for (String step : steps) sb.append('/').append(step);
        return sb.toString();
    }

    private static int sameNameIndex(Element el) {
        Element parent = el.parent();
        if (parent == null) return 1;
        int index = 0;
        for (Element sibling : parent.children()) {
            if (sibling.normalName().equals(el.normalName())) index++;
            if (sibling == el) break;
        }
        return index;
    }
}
