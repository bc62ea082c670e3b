package net.wpxliff.extract;

import net.wpxliff.blocks.Block;
import net.wpxliff.config.BlockRule;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A wpml-config.xml {@code <xpath>} list restricts what is translated in a block's own HTML, as WPML reads it: only
 * text inside an element one of the expressions selects is a unit ({@code //h2}: the block's headings). Expressions
 * are evaluated over the whole field, keeping the elements that belong to the block itself (its inner blocks follow
 * their own rules), so positional ones ({@code (//p)[1]}) count across the field. Attribute units of the block
 * comment are not affected. An expression jsoup cannot evaluate lifts the restriction for that block, with a warning.
 */
final class BlockXpaths {
    private BlockXpaths() {
    }

    static List<TextUnit> restrict(List<TextUnit> units, BlockStructure blocks, Document html, TranslationConfig config,
                                   List<String> warnings) {
        Map<Block, List<int[]>> selected = new IdentityHashMap<>();
        for (Block block : blocks.blocks()) {
            BlockRule rule = config.rule(block.name());
            if (rule == null || !rule.translate() || rule.xpaths().isEmpty()) continue;
            List<int[]> ranges = ranges(block, rule, blocks, html, warnings);
            if (ranges != null) selected.put(block, ranges);
        }
        if (selected.isEmpty()) return units;
        List<TextUnit> kept = new ArrayList<>(units.size());
        for (TextUnit unit : units) {
            List<int[]> ranges = unit.context() == TextContext.BLOCK_ATTRIBUTE ? null
                    : selected.get(blocks.owner(unit.spanStart()));
            if (ranges == null || ranges.stream().anyMatch(r -> r[0] <= unit.spanStart() && unit.spanEnd() <= r[1])) {
                kept.add(unit);
            }
        }
        return kept;
    }

    /** The source ranges of the block's own elements its xpaths select, or null when one cannot be evaluated. */
    private static List<int[]> ranges(Block block, BlockRule rule, BlockStructure blocks, Document html,
                                      List<String> warnings) {
        List<int[]> ranges = new ArrayList<>();
        for (String xpath : rule.xpaths()) {
            List<Element> found;
            try {
                found = html.selectXpath(xpath);
            } catch (RuntimeException e) {
                warnings.add(blocks.path(block) + ": the configuration's xpath \"" + xpath + "\" for " + block.name()
                        + " cannot be evaluated (" + e.getMessage() + "); all of the block's text is exported");
                return null;
            }
            for (Element element : found) {
                Range start = element.sourceRange();
                if (!InlineRun.isReal(start) || blocks.owner(start.startPos()) != block) continue;
                ranges.add(new int[]{start.startPos(), outerEnd(element)});
            }
        }
        return ranges;
    }

    /** Where an element's source ends: its end tag, or (when the parser implied it) its last content. */
    private static int outerEnd(Node node) {
        int end = InlineRun.isReal(node.sourceRange()) ? node.sourceRange().endPos() : -1;
        if (node instanceof Element element && InlineRun.isReal(element.endSourceRange())) {
            end = Math.max(end, element.endSourceRange().endPos());
        }
        for (Node child : node.childNodes()) end = Math.max(end, outerEnd(child));
        return end;
    }
}
