package net.wpxliff.extract;

import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockDocument;
import net.wpxliff.blocks.BlockParser;
import net.wpxliff.blocks.BlockPath;
import net.wpxliff.config.BlockRule;
import net.wpxliff.config.TranslationConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Gutenberg blocks of one editor field ({@code content.raw}): each block's path and source range, the
 * innermost block holding a position of the field, and the ranges whose blocks are configured not to be
 * translated ({@code translate="0"}).
 */
final class BlockStructure {
    private static final String DELIMITER_SPACED = "wp:";

    private final BlockDocument document;
    /** Every block, depth first (walked once: each step of extraction asks for them). */
    private final List<Block> all;
    private final Map<Block, String> paths;
    private final Map<Block, Block> parents = new IdentityHashMap<>();
    private final Map<Block, Integer> ends = new IdentityHashMap<>();
    /** Blocks by the start of their opener: the last one at or before a position is where the search starts. */
    private final TreeMap<Integer, Block> byStart = new TreeMap<>();
    /** {@link #byStart} as arrays, searched without boxing (asked for every element's owner). */
    private final int[] starts;
    private final Block[] startBlocks;
    private final Set<String> pathSet;
    private final List<int[]> untranslated = new ArrayList<>();

    private BlockStructure(BlockDocument document, List<Block> all, String field, TranslationConfig config) {
        this.document = document;
        this.all = all;
        this.paths = BlockPath.all(document, field);
        this.pathSet = new HashSet<>(paths.values());
        for (Block block : all) {
            byStart.put(block.opener().start(), block);
            for (Block child : block.innerBlocks()) parents.put(child, block);
        }
        starts = byStart.keySet().stream().mapToInt(Integer::intValue).toArray();
        startBlocks = byStart.values().toArray(new Block[0]);
        for (Block block : all) {
            ends.put(block, end(block, document.source().length()));
            BlockRule rule = config.rule(block.name());
            if (rule != null && !rule.translate()) untranslated.add(new int[]{block.opener().start(), ends.get(block)});
        }
    }

    /**
     * The blocks of {@code text}, or null when it has none (the field is then named and split as plain HTML).
     * A quick look for a delimiter comes first, so fields without blocks cost nothing.
     */
    static BlockStructure of(String text, String field, TranslationConfig config) {
        int at = text.indexOf("<!--");
        if (at < 0 || text.indexOf(DELIMITER_SPACED, at) < 0) return null;
        BlockDocument document = BlockParser.parse(text);
        List<Block> all = document.allBlocks();
        if (all.isEmpty()) return null;
        return new BlockStructure(document, all, field, config);
    }

    BlockDocument document() {
        return document;
    }

    List<Block> blocks() {
        return all;
    }

    String path(Block block) {
        return paths.get(block);
    }

    /** The innermost block whose delimiters enclose {@code position}, or null for freeform HTML. */
    Block owner(int position) {
        if (position < 0) return null;
        int at = Arrays.binarySearch(starts, position);
        if (at < 0) at = -at - 2; // the last start before the position
        Block block = at < 0 ? null : startBlocks[at];
        while (block != null && ends.get(block) <= position) block = parents.get(block);
        return block;
    }

    /** True when {@code position} lies in a block configured with {@code translate="0"}. */
    boolean untranslated(int position) {
        for (int[] range : untranslated) if (range[0] <= position && position < range[1]) return true;
        return false;
    }

    /** The longest block path that {@code resname} starts with (followed by {@code /}), or null. */
    String blockPathOf(String resname) {
        String found = null;
        for (int slash = resname.indexOf('/'); slash >= 0; slash = resname.indexOf('/', slash + 1)) {
            String prefix = resname.substring(0, slash);
            if (pathSet.contains(prefix)) found = prefix;
        }
        return found;
    }

    /** Where a block's text ends: after its closer; a self-closing one after its opener; an unclosed one at the end. */
    private static int end(Block block, int textLength) {
        if (block.closer() != null) return block.closer().end();
        if (block.selfClosing()) return block.opener().end();
        return textLength;
    }
}
