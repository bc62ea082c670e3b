package net.wpxliff.testing;

import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockParser;

import java.util.ArrayList;
import java.util.List;

/** A text's Gutenberg block tree as lines (depth, name, attributes), for comparing a translation with its source. */
public final class BlockTrees {
    private BlockTrees() {
    }

    /** One line per block, depth first: indentation for nesting, the full name, the attribute JSON (or "invalid"). */
    public static List<String> of(String content) {
        List<String> lines = new ArrayList<>();
        add(BlockParser.parse(content).topLevelBlocks(), "", lines);
        return lines;
    }

    private static void add(List<Block> blocks, String indent, List<String> lines) {
        for (Block block : blocks) {
            lines.add(indent + block.name() + " " + (block.attributesValid() ? block.attributes().toString() : "invalid")
                    + (block.selfClosing() ? " /" : ""));
            add(block.innerBlocks(), indent + "  ", lines);
        }
    }
}
