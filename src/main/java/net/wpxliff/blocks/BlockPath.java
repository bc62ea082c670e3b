package net.wpxliff.blocks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code resname}-style path of every block: {@code content/wp:columns[1]/wp:column[2]/wp:paragraph[1]},
 * each step the block's name as its delimiter writes it (core blocks without {@code core/}) and its 1-based
 * index among the siblings of the same name. Freeform HTML has no path. One pass over the tree.
 */
public final class BlockPath {
    private BlockPath() {
    }

    /**
     * The path of each block of {@code document} under {@code root} (e.g. {@code "content"}); blocks are keys by
     * identity. The work is linear in the number of blocks (plus the length of the paths it writes).
     */
    public static Map<Block, String> all(BlockDocument document, String root) {
        Map<Block, String> paths = new LinkedHashMap<>();
        Deque<Map.Entry<String, List<BlockContent>>> pending = new ArrayDeque<>();
        pending.push(Map.entry(root, document.contents()));
        while (!pending.isEmpty()) {
            Map.Entry<String, List<BlockContent>> level = pending.pop();
            Map<String, Integer> seen = new HashMap<>();
            for (BlockContent content : level.getValue()) {
                if (!(content instanceof Block block)) continue;
                int index = seen.merge(block.shortName(), 1, Integer::sum);
                String path = level.getKey() + "/wp:" + block.shortName() + "[" + index + "]";
                paths.put(block, path);
                if (!block.innerContent().isEmpty()) pending.push(Map.entry(path, block.innerContent()));
            }
        }
        return paths;
    }
}
