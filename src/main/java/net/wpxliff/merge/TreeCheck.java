package net.wpxliff.merge;

import net.wpxliff.extract.JsonLdScripts;
import net.wpxliff.extract.PreformattedProse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The last fail-closed check before anything is written: the merged HTML must parse with no more
 * errors than the source, into the same element tree (same elements, nesting and attributes; values may
 * differ only for translated and localized attributes), with the same text in protected elements. Siblings
 * may come in another order (a translator moves a link or a bold phrase, as Korean word order needs, or merge
 * moves the charset declaration ahead), but no element may move into or out of another.
 */
final class TreeCheck {
    /** Attributes whose values merge may change: translatable ones, and localized links / language. */
    private static final Set<String> CHANGEABLE = Set.of(
            "alt", "title", "aria-label", "aria-description", "aria-placeholder", "placeholder", "summary",
            "label", "abbr", "standby", "content", "value", "href", "lang", "xml:lang");
    private static final Set<String> PROTECTED_TEXT = Set.of("pre", "code", "kbd", "samp", "var", "style", "textarea");

    private TreeCheck() {
    }

    private static final int MAX_ERRORS = 10_000;

    /**
     * The source field's side of the check, for all the checks of one field: the tree extraction parsed
     * (merge extracts the source anyway), and its parse errors, counted only when the merged HTML has any
     * (the extraction's parse does not collect them, and export has no use for them).
     */
    static final class Source {
        private final String html;
        private Document tree;
        private int errors = -1;

        /** @param tree the source parsed as jsoup's HTML parser parses it (positions tracked or not), or null */
        Source(String html, Document tree) {
            this.html = html;
            this.tree = tree;
        }

        private Document tree() {
            if (tree == null) tree = Jsoup.parse(html, "", Parser.htmlParser());
            return tree;
        }

        private int errors() {
            if (errors < 0) {
                Parser parser = Parser.htmlParser().setTrackErrors(MAX_ERRORS);
                Jsoup.parse(html, "", parser);
                errors = parser.getErrors().size();
            }
            return errors;
        }
    }

    /** @return a description of the first difference, or null when the trees agree */
    static String compare(String source, String merged) {
        return compare(new Source(source, null), merged);
    }

    /** @return a description of the first difference, or null when the trees agree */
    static String compare(Source source, String merged) {
        Parser mergedParser = Parser.htmlParser().setTrackErrors(MAX_ERRORS);
        Document a = source.tree();
        Document b = Jsoup.parse(merged, "", mergedParser);
        int mergedErrors = mergedParser.getErrors().size();
        if (mergedErrors > 0 && mergedErrors > source.errors()) {
            return "the merged HTML has more parse errors than the source (" + mergedErrors
                    + " > " + source.errors() + "), first: " + mergedParser.getErrors().get(0);
        }
        String difference = inOrder(a, b);
        return difference == null || SiblingOrder.sameTree(a, b) ? null : difference;
    }

    /** The first difference of the two trees compared element by element in document order, or null. */
    private static String inOrder(Document a, Document b) {
        List<Element> left = new ArrayList<>(), right = new ArrayList<>();
        List<Integer> leftDepths = new ArrayList<>(), rightDepths = new ArrayList<>();
        elementsWithDepth(a, left, leftDepths);
        elementsWithDepth(b, right, rightDepths);
        if (left.size() != right.size()) {
            return "the merged HTML has " + right.size() + " elements, the source " + left.size();
        }
        for (int i = 0; i < left.size(); i++) {
            if (!leftDepths.get(i).equals(rightDepths.get(i))) {
                return "element <" + right.get(i).normalName() + "> is nested differently from the source";
            }
            String difference = compareElements(left.get(i), right.get(i));
            if (difference != null) return difference;
        }
        return null;
    }

    /** Elements in document order with their depth, in one walk (long pages are deep as well as wide). */
    private static void elementsWithDepth(Document doc, List<Element> elements, List<Integer> depths) {
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element el) {
                elements.add(el);
                depths.add(depth);
            }
        }, doc);
    }

    /**
     * Trees compared up to the order of siblings: each element gets a number for its shape (its name, its
     * attributes as {@link #compareElements} compares them, its protected text, and the multiset of its
     * children's shapes), numbered bottom-up in one walk; the trees agree when their roots get the same number.
     */
    private static final class SiblingOrder {
        private final Map<String, Integer> shapes = new HashMap<>();

        static boolean sameTree(Document a, Document b) {
            SiblingOrder order = new SiblingOrder();
            return order.shape(a) == order.shape(b);
        }

        private int shape(Document doc) {
            Deque<List<Integer>> children = new ArrayDeque<>();
            children.push(new ArrayList<>());
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element) children.push(new ArrayList<>());
                }

                @Override
                public void tail(Node node, int depth) {
                    if (!(node instanceof Element el)) return;
                    List<Integer> own = children.pop();
                    Collections.sort(own);
                    String key = label(el) + own;
                    children.peek().add(shapes.computeIfAbsent(key, k -> shapes.size()));
                }
            }, doc);
            return children.pop().get(0);
        }

        private static String label(Element el) {
            // every piece prefixed with its length, so that no two different labels read the same
            StringBuilder label = new StringBuilder().append(el.normalName().length()).append(':').append(el.normalName());
            List<String> attributes = new ArrayList<>();
            for (Attribute attribute : el.attributes()) {
                String key = attribute.getKey();
                attributes.add(CHANGEABLE.contains(key.toLowerCase(Locale.ROOT)) ? key : key + "=" + attribute.getValue());
            }
            Collections.sort(attributes);
            for (String attribute : attributes) label.append(' ').append(attribute.length()).append(':').append(attribute);
            if (hasProtectedText(el)) label.append(" text ").append(el.wholeText().length()).append(':').append(el.wholeText());
            return label.toString();
        }
    }

    private static boolean hasProtectedText(Element x) {
        return PROTECTED_TEXT.contains(x.normalName()) && !PreformattedProse.is(x)
                || x.normalName().equals("script") && !JsonLdScripts.is(x);
    }

    private static String compareElements(Element x, Element y) {
        if (!x.normalName().equals(y.normalName())) {
            return "element <" + y.normalName() + "> where the source has <" + x.normalName() + ">";
        }
        if (x.attributesSize() != y.attributesSize()) return "attributes of <" + x.normalName() + "> differ";
        for (Attribute attribute : x.attributes()) {
            String key = attribute.getKey();
            if (!y.hasAttr(key)) return "attribute " + key + " of <" + x.normalName() + "> is missing";
            if (!CHANGEABLE.contains(key.toLowerCase(Locale.ROOT)) && !attribute.getValue().equals(y.attr(key))) {
                return "attribute " + key + " of <" + x.normalName() + "> changed";
            }
        }
        if (hasProtectedText(x) && !x.wholeText().equals(y.wholeText())) {
            return "the content of <" + x.normalName() + "> changed";
        }
        return null;
    }
}
