package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code *.edit.json} of the shared corpus ({@code ../shared/corpus/wp}): {@code content.raw} parses into a
 * tree whose delimiters and chunks rebuild the text byte for byte, with one block per {@code <!-- wp:} comment.
 */
class BlockCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WP = SharedCorpus.ROOT.resolve("wp");

    /**
     * The block counts issue #8 quotes (content.raw kept 12/12, 61/61, 46/46, 141/141, 32/32 blocks; 61 is the
     * block test data's Quote post) and the corpus posts that have them: Title 12, Quote 61, Date and Table 46,
     * Buttons 141, Image and the theme test data's "Block: Image" 32. No other post has one of these counts.
     */
    private static final Map<String, Integer> ISSUE_FIGURES = Map.of(
            "wp61-block-test-data/posts-218.edit.json", 12,
            "wp61-block-test-data/posts-23.edit.json", 61,
            "wp61-block-test-data/posts-243.edit.json", 46,
            "wp61-block-test-data/posts-57.edit.json", 46,
            "wp61-block-test-data/posts-97.edit.json", 141,
            "wp61-block-test-data/posts-80.edit.json", 32,
            "wp61-theme-unit-test/posts-1755.edit.json", 32);

    private static List<Path> editFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(WP)) {
            return walk.filter(path -> path.getFileName().toString().endsWith(".edit.json")).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return WP.relativize(file).toString().replace('\\', '/');
    }

    private static String contentRaw(Path file) throws IOException {
        JsonNode raw = JSON.readTree(file.toFile()).path("content").path("raw");
        assertTrue(raw.isTextual(), file + ": no content.raw");
        return raw.textValue();
    }

    private static int occurrences(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) count++;
        return count;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusPostParsesAndRebuildsByteForByte() throws IOException {
        if (!SharedCorpus.present()) return SharedCorpus.missing("block parser over the corpus");
        List<Path> files = editFiles();
        assertFalse(files.isEmpty(), "no *.edit.json under " + WP);
        return files.stream().map(file -> DynamicTest.dynamicTest(relative(file), () -> {
            String raw = contentRaw(file);
            BlockDocument document = BlockParser.parse(raw);
            assertEquals(raw, document.reassemble(), file + ": the tree does not rebuild content.raw");
            List<Block> blocks = document.allBlocks();
            assertEquals(occurrences(raw, "<!-- wp:"), blocks.size(), file + ": blocks");
            assertEquals(occurrences(raw, "<!-- /wp:"), blocks.stream().filter(b -> b.closer() != null).count(),
                    file + ": closers");
            for (Block block : blocks) {
                assertTrue(block.selfClosing() || block.closer() != null, file + ": " + block + " never closed");
                assertNotNull(block.attributes(), file + ": " + block + " has invalid attribute JSON");
            }
            Map<Block, String> paths = BlockPath.all(document, "content");
            assertEquals(blocks.size(), paths.size());
            assertEquals(blocks.size(), paths.values().stream().distinct().count(), file + ": paths are unique");
        }));
    }

    @Test
    void blockCountsQuotedInTheIssue() throws IOException {
        SharedCorpus.assumeCorpus("block counts of issue #8");
        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : editFiles()) counts.put(relative(file), BlockParser.parse(contentRaw(file)).allBlocks().size());
        ISSUE_FIGURES.forEach((file, expected) -> assertEquals(expected, counts.get(file), file));
        counts.forEach((file, count) -> assertTrue(ISSUE_FIGURES.containsKey(file)
                || !ISSUE_FIGURES.containsValue(count), file + " also has " + count + " blocks"));
    }
}
