package net.wpxliff.push;

import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockContent;
import net.wpxliff.blocks.BlockDocument;
import net.wpxliff.blocks.BlockParser;
import net.wpxliff.blocks.HtmlChunk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edits editors made on the target site to a field of block markup, block by block: the top-level blocks the field
 * holds there now against those push wrote (by digest), and whether a new translation carries them. A block of the
 * site's that push did not write was changed or added there; one push wrote that the site lacks was changed or removed
 * there; the blocks both have keep the site's order. A change inside a block of columns or a group is the change of
 * that whole top-level block.
 */
final class SiteEdits {
    private SiteEdits() {
    }

    /** Whether the text is block markup (a block delimiter in it). */
    static boolean hasBlocks(String text) {
        return text.contains("<!-- wp:");
    }

    /**
     * The first 16 hex digits of the SHA-256 of each top-level block of the text, in order: a block from its opening to
     * its closing delimiter, and each run of HTML between blocks with something in it but whitespace (a freeform block).
     */
    static List<String> blocks(String text) {
        BlockDocument document = BlockParser.parse(text);
        List<String> digests = new ArrayList<>();
        for (BlockContent content : document.contents()) {
            String piece;
            if (content instanceof HtmlChunk chunk) {
                piece = chunk.range().of(text).strip();
                if (piece.isEmpty()) continue;
            } else {
                Block block = (Block) content;
                int end = block.closer() != null ? block.closer().end() : block.selfClosing() ? block.opener().end() : text.length();
                piece = text.substring(block.opener().start(), end);
            }
            digests.add(PushedText.digest(piece).substring(0, 16));
        }
        return digests;
    }

    /**
     * Whether the new translation ({@code wanted}) carries every edit made on the site ({@code there}) to what push wrote
     * ({@code pushed}, block digests): it holds each block the site changed or added, none the site changed or removed,
     * and the blocks the site kept in the site's order.
     */
    static boolean carried(List<String> pushed, String there, String wanted) {
        List<String> site = blocks(there);
        List<String> translation = blocks(wanted);
        Map<String, Integer> pushedCount = counts(pushed), siteCount = counts(site), translationCount = counts(translation);
        for (Map.Entry<String, Integer> e : siteCount.entrySet()) { // changed or added there: in the translation too
            int added = e.getValue() - pushedCount.getOrDefault(e.getKey(), 0);
            if (added > 0 && translationCount.getOrDefault(e.getKey(), 0) < e.getValue()) return false;
        }
        for (Map.Entry<String, Integer> e : pushedCount.entrySet()) { // changed or removed there: not put back
            int removed = e.getValue() - siteCount.getOrDefault(e.getKey(), 0);
            if (removed > 0 && translationCount.getOrDefault(e.getKey(), 0) > siteCount.getOrDefault(e.getKey(), 0)) {
                return false;
            }
        }
        // the blocks each holds once, in the same order (a block moved there stays moved; repeated ones, spacers and
        // the like, tell no order)
        return once(site, siteCount, translationCount).equals(once(translation, translationCount, siteCount));
    }

    /** The blocks both texts hold exactly once, in this text's order. */
    private static List<String> once(List<String> blocks, Map<String, Integer> counts, Map<String, Integer> other) {
        List<String> kept = new ArrayList<>();
        for (String block : blocks) if (counts.get(block) == 1 && other.getOrDefault(block, 0) == 1) kept.add(block);
        return kept;
    }

    private static Map<String, Integer> counts(List<String> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (String block : blocks) counts.merge(block, 1, Integer::sum);
        return counts;
    }
}
