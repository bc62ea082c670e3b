package net.wpxliff.blocks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The parse of one text: the top-level freeform HTML chunks and blocks in WordPress's output order, and the text
 * they point into.
 */
public record BlockDocument(String source, List<BlockContent> contents) {
    public BlockDocument {
        contents = List.copyOf(contents);
    }

    /** The top-level blocks (freeform HTML left out). */
    public List<Block> topLevelBlocks() {
        return contents.stream().filter(Block.class::isInstance).map(Block.class::cast).toList();
    }

    /** Every block, depth first in document order (parents before their children). */
    public List<Block> allBlocks() {
        List<Block> all = new ArrayList<>();
        Deque<Block> pending = new ArrayDeque<>();
        for (int i = contents.size() - 1; i >= 0; i--) {
            if (contents.get(i) instanceof Block block) pending.push(block);
        }
        while (!pending.isEmpty()) {
            Block block = pending.pop();
            all.add(block);
            List<Block> children = block.innerBlocks();
            for (int i = children.size() - 1; i >= 0; i--) pending.push(children.get(i));
        }
        return all;
    }

    /**
     * The text rebuilt from the tree: chunks and delimiters in order. Equal to {@link #source()} whenever every
     * opener is closed or only the last one is left open; WordPress's tree for several unclosed openers repeats text.
     */
    public String reassemble() {
        StringBuilder out = new StringBuilder(source.length());
        Deque<Object> pending = new ArrayDeque<>();
        for (int i = contents.size() - 1; i >= 0; i--) pending.push(contents.get(i));
        while (!pending.isEmpty()) {
            Object next = pending.pop();
            if (next instanceof SourceRange range) {
                out.append(source, range.start(), range.end());
            } else if (next instanceof HtmlChunk chunk) {
                out.append(source, chunk.range().start(), chunk.range().end());
            } else if (next instanceof Block block) {
                out.append(source, block.opener().start(), block.opener().end());
                if (block.closer() != null) pending.push(block.closer());
                List<BlockContent> inner = block.innerContent();
                for (int i = inner.size() - 1; i >= 0; i--) pending.push(inner.get(i));
            }
        }
        return out.toString();
    }
}
