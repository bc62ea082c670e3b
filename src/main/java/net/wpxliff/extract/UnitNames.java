package net.wpxliff.extract;

import net.wpxliff.blocks.Block;
import net.wpxliff.unit.XmlChars;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Stable, readable keys for where a unit lives: {@code content/blockquote[1]/p[2]/@title}. One per
 * parsed document: paths are remembered, so long pages do not count siblings again for every unit.
 * <p>
 * In a field with Gutenberg blocks an element's path starts at the innermost block holding it
 * ({@code content/wp:table[1]/figure[1]/table[1]/tbody[1]/tr[2]/td[1]}): its steps are the elements inside that
 * block, each counted among the siblings in the same block, so text added to one block never renames another's.
 */
class UnitNames {
    private final String field;
    private final BlockStructure blocks;
    private final Map<Element, String> paths = new IdentityHashMap<>();
    private final Map<Element, Integer> positions = new IdentityHashMap<>();
    private final Map<Element, Block> owners = new IdentityHashMap<>();

    UnitNames(String field) {
        this(field, null);
    }

    /** @param blocks the field's blocks, or null when it has none */
    UnitNames(String field, BlockStructure blocks) {
        this.field = field;
        this.blocks = blocks;
    }

    /** The field's blocks, or null when it has none. */
    BlockStructure blocks() {
        return blocks;
    }

    /** Element path below the document, with 1-based positions among same-name siblings. */
    String path(Element el) {
        if (el == null || el instanceof Document) return field;
        String known = paths.get(el);
        if (known != null) return known;
        String tag = XmlChars.readable(el.normalName()); // binary junk makes tag names of control characters
        String path;
        if (tag.equals("html") || tag.equals("body")) {
            // html and body are implied for post fields; they carry no information for pages either
            path = blocks == null ? path(el.parent()) : field;
        } else {
            path = parentPath(el) + "/" + tag + "[" + sameNameIndex(el) + "]";
        }
        paths.put(el, path);
        return path;
    }

    /**
     * The key of a run of inline content in {@code parent} (its {@code runIndex}-th, from 0) starting at
     * {@code position}: the parent's path, with {@code /text()[n]} after the first run. Text lying directly in a
     * block whose parent element is outside it is named after the block.
     */
    String run(Element parent, int runIndex, int position) {
        String suffix = runIndex > 0 ? "/text()[" + (runIndex + 1) + "]" : "";
        if (blocks != null) {
            Block block = blocks.owner(position);
            if (block != null && block != owner(parent)) return blocks.path(block) + suffix;
        }
        return path(parent) + suffix;
    }

    private String parentPath(Element el) {
        Element parent = el.parent();
        if (blocks == null) return path(parent);
        Block own = owner(el);
        if (parent == null || parent instanceof Document || owner(parent) != own || isRoot(parent)) {
            return own == null ? field : blocks.path(own);
        }
        return path(parent);
    }

    private static boolean isRoot(Element el) {
        return el.normalName().equals("html") || el.normalName().equals("body");
    }

    /** The innermost block holding the element's start tag (or its first content, for a tag the parser implied). */
    private Block owner(Element el) {
        if (blocks == null || el == null || el instanceof Document || isRoot(el)) return null;
        if (owners.containsKey(el)) return owners.get(el);
        Block block = blocks.owner(firstPosition(el));
        owners.put(el, block);
        return block;
    }

    private static int firstPosition(Node node) {
        Range range = node.sourceRange();
        if (range.isTracked() && !range.isImplicit()) return range.startPos();
        for (Node child : node.childNodes()) {
            int position = firstPosition(child);
            if (position >= 0) return position;
        }
        return -1;
    }

    /**
     * Position among same-name siblings (in a field with blocks: those in the same block). Each parent's children
     * are counted once, for all of them: counting per unit made a page with many siblings quadratic.
     */
    private int sameNameIndex(Element el) {
        Integer known = positions.get(el);
        if (known != null) return known;
        Element parent = el.parent();
        if (parent == null) return 1;
        Map<Block, Map<String, Integer>> countsByBlock = new IdentityHashMap<>();
        for (int i = 0; i < parent.childNodeSize(); i++) {
            if (parent.childNode(i) instanceof Element sibling) {
                Map<String, Integer> counts = countsByBlock.computeIfAbsent(owner(sibling), b -> new HashMap<>());
                positions.put(sibling, counts.merge(sibling.normalName(), 1, Integer::sum));
            }
        }
        return positions.get(el);
    }
}
