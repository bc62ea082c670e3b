package net.wpxliff.blocks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Block paths: 1-based index among same-name siblings, core blocks without their namespace. */
class BlockPathTest {

    @Test
    void pathsCountSameNameSiblings() {
        String text = "<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->"
                + "<!-- wp:columns --><div>"
                + "<!-- wp:column --><div><!-- wp:paragraph --><p>a</p><!-- /wp:paragraph --></div><!-- /wp:column -->"
                + "<!-- wp:column --><div><!-- wp:heading --><h2>h</h2><!-- /wp:heading -->"
                + "<!-- wp:paragraph --><p>b</p><!-- /wp:paragraph --><!-- wp:my-plugin/x /-->"
                + "<!-- wp:paragraph --><p>c</p><!-- /wp:paragraph --></div><!-- /wp:column -->"
                + "</div><!-- /wp:columns -->"
                + "<!-- wp:core/paragraph --><p>y</p><!-- /wp:core/paragraph -->";
        BlockDocument document = BlockParser.parse(text);
        Map<Block, String> paths = BlockPath.all(document, "content");
        List<String> inOrder = document.allBlocks().stream().map(paths::get).toList();
        assertEquals(List.of(
                "content/wp:paragraph[1]",
                "content/wp:columns[1]",
                "content/wp:columns[1]/wp:column[1]",
                "content/wp:columns[1]/wp:column[1]/wp:paragraph[1]",
                "content/wp:columns[1]/wp:column[2]",
                "content/wp:columns[1]/wp:column[2]/wp:heading[1]",
                "content/wp:columns[1]/wp:column[2]/wp:paragraph[1]",
                "content/wp:columns[1]/wp:column[2]/wp:my-plugin/x[1]",
                "content/wp:columns[1]/wp:column[2]/wp:paragraph[2]",
                "content/wp:paragraph[2]"), inOrder);
    }

    @Test
    void deepAndWidePathsInOnePass() {
        StringBuilder text = new StringBuilder();
        int depth = 2_000;
        text.append("<!-- wp:group -->".repeat(depth)).append("<!-- wp:paragraph /-->")
                .append("<!-- /wp:group -->".repeat(depth)).append("<!-- wp:paragraph /-->".repeat(50_000));
        BlockDocument document = BlockParser.parse(text.toString());
        long started = System.nanoTime();
        Map<Block, String> paths = BlockPath.all(document, "content");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(depth + 50_001, paths.size());
        Block deepest = document.allBlocks().get(depth);
        assertEquals("content" + "/wp:group[1]".repeat(depth) + "/wp:paragraph[1]", paths.get(deepest));
        assertTrue(paths.containsValue("content/wp:paragraph[50000]"));
        assertTrue(millis < 10_000, "paths in " + millis + " ms");
    }
}
