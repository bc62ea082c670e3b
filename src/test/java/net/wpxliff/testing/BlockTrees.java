package net.wpxliff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockDocument;
import net.wpxliff.blocks.BlockParser;
import net.wpxliff.blocks.BlockPath;
import net.wpxliff.extract.Extraction;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * As {@link #of(String)}, with the string value of each translated attribute shown as {@code "‹translated›"}:
     * a translation and its source then give the same lines exactly when nothing but those values differs.
     *
     * @param translated block-attribute unit keys ({@code content/wp:search[1]/@label}, nested {@code …/@labels/@next})
     * @param root       the field's key, first step of every block path
     */
    public static List<String> of(String content, Set<String> translated, String root) {
        BlockDocument document = BlockParser.parse(content);
        Map<Block, String> paths = BlockPath.all(document, root);
        List<String> lines = new ArrayList<>();
        add(document.topLevelBlocks(), "", lines, block -> masked(block, paths.get(block), translated));
        return lines;
    }

    /** The keys of an extraction's block-attribute units. */
    public static Set<String> translatedAttributes(Extraction extraction) {
        Set<String> keys = new HashSet<>();
        for (TextUnit unit : extraction.units()) {
            if (unit.context() == TextContext.BLOCK_ATTRIBUTE) keys.add(unit.resname());
        }
        return keys;
    }

    private static String masked(Block block, String path, Set<String> translated) {
        if (!block.attributesValid()) return "invalid";
        ObjectNode attributes = block.attributes().deepCopy();
        for (String key : translated) {
            if (!key.startsWith(path + "/@")) continue;
            String[] chain = key.substring(path.length() + 2).split("/@");
            JsonNode node = attributes;
            for (int i = 0; i < chain.length - 1 && node != null; i++) node = node.get(chain[i]);
            String last = chain[chain.length - 1];
            if (node instanceof ObjectNode object && object.path(last).isTextual()) object.put(last, "‹translated›");
        }
        return attributes.toString();
    }

    private static void add(List<Block> blocks, String indent, List<String> lines) {
        add(blocks, indent, lines, block -> block.attributesValid() ? block.attributes().toString() : "invalid");
    }

    private static void add(List<Block> blocks, String indent, List<String> lines,
                            java.util.function.Function<Block, String> attributes) {
        for (Block block : blocks) {
            lines.add(indent + block.name() + " " + attributes.apply(block) + (block.selfClosing() ? " /" : ""));
            add(block.innerBlocks(), indent + "  ", lines, attributes);
        }
    }
}
