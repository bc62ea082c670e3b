package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.Extraction;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code *.edit.json} of the corpus: its {@code content.raw} as an editor field extracts with unique block-path
 * keys, merges back byte for byte untranslated, and pseudo-translated keeps the same block tree (names, nesting,
 * delimiters, attributes but the translated ones), with every block-attribute unit translated.
 */
class BlockTreeCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WP = SharedCorpus.ROOT.resolve("wp");

    @TempDir
    Path work;

    @Test
    void everyCorpusContentRawKeepsItsBlockTree() throws Exception {
        SharedCorpus.assumeCorpus("editor fields (content.raw) of the corpus");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(WP)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".edit.json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no *.edit.json under " + WP);
        EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, true);
        int blocks = 0, units = 0, attributeUnits = 0;
        TreeMap<String, Integer> attributes = new TreeMap<>();
        for (Path file : files) {
            String where = WP.relativize(file).toString();
            JsonNode raw = JSON.readTree(file.toFile()).path("content").path("raw");
            assertTrue(raw.isTextual(), where + ": no content.raw");
            String content = raw.textValue();
            Extraction extraction = merge.extract(content);
            assertEquals(extraction.units().size(), extraction.units().stream().map(TextUnit::resname).distinct().count(),
                    where + ": keys are unique");
            Set<String> translated = new HashSet<>();
            for (TextUnit unit : extraction.units()) {
                if (unit.context() != TextContext.BLOCK_ATTRIBUTE) continue;
                translated.add(unit.resname());
                attributes.merge(unit.resname().replaceAll("\\[\\d+]", "").replaceAll("^.*/wp:", ""), 1, Integer::sum);
            }
            assertEquals(content, merge.merge(content, TextUnit::source, work), where + ": identity merge is byte-exact");
            String pseudo = merge.pseudoMerge(content, work);
            assertNull(BlockTreeCheck.difference(content, pseudo, translated, "content"), where);
            blocks += BlockParser.parse(content).allBlocks().size();
            units += extraction.units().size();
            attributeUnits += translated.size();
        }
        System.err.printf("[wpxliff tests] editor corpus: %d posts, %d blocks, %d units, %d block-attribute units %s%n",
                files.size(), blocks, units, attributeUnits, attributes);
        assertTrue(attributeUnits > 0, "the corpus has search and read-more blocks with text attributes");
    }
}
