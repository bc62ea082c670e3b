package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.Extraction;
import net.wpxliff.extract.RichTextValue;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor field with core blocks and a custom block declared in a fixture wpml-config.xml
 * ({@code src/test/resources/blocks}): block-path keys, block-attribute units with notes, and translations (hostile
 * ones included) written back inside the attribute's JSON string, the block tree unchanged.
 */
class BlockUnitsTest {
    /** A translation that would end the comment, the JSON, or add an element, if it were not encoded. */
    static final String HOSTILE = "Evil --> \"} <script>alert(1)</script> back\\slash \\";

    @TempDir
    Path work;

    static String resource(String name) throws IOException {
        try (InputStream in = BlockUnitsTest.class.getResourceAsStream("/blocks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TranslationConfig fixtureConfig() throws Exception {
        return TranslationConfig.parse("wpml-config.xml", resource("wpml-config.xml"));
    }

    private static EditorFieldMerge fixture() throws Exception {
        return new EditorFieldMerge(fixtureConfig(), false);
    }

    @Test
    void unitsAreNamedByBlockPath() throws Exception {
        Extraction extraction = fixture().extract(resource("editor-content.html"));
        List<String> text = extraction.units().stream().filter(u -> u.context() != TextContext.BLOCK_ATTRIBUTE)
                .map(TextUnit::resname).toList();
        assertEquals(List.of(
                "content/wp:heading[1]",
                "content/wp:paragraph[1]",
                "content/wp:columns[1]/wp:column[1]/wp:paragraph[1]",
                "content/wp:columns[1]/wp:column[2]/wp:paragraph[1]",
                "content/wp:columns[1]/wp:column[2]/wp:paragraph[2]",
                "content/wp:table[1]/figure[1]/table[1]/tbody[1]/tr[1]/td[1]",
                "content/wp:table[1]/figure[1]/table[1]/tbody[1]/tr[1]/td[2]",
                "content/wp:table[1]/figure[1]/table[1]/tbody[1]/tr[2]/td[1]",
                "content/wp:table[1]/figure[1]/table[1]/tbody[1]/tr[2]/td[2]",
                "content/wp:table[1]/figure[1]/figcaption[1]",
                "content/wp:image[1]/figure[1]/img[1]/@alt",
                "content/wp:image[1]",
                "content/wp:acme/hero[1]"), text); // <xpath>//h2</xpath>: the hero's heading, not its paragraph
        assertEquals("Hero heading", unit(extraction, "content/wp:acme/hero[1]").source().plainText());
        assertEquals(extraction.units().size(), extraction.units().stream().map(TextUnit::resname).distinct().count());
        assertTrue(extraction.warnings().isEmpty(), extraction.warnings().toString());
    }

    @Test
    void textAttributesOfCoreAndConfiguredBlocksAreUnitsWithNotes() throws Exception {
        Extraction extraction = fixture().extract(resource("editor-content.html"));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("content/wp:paragraph[1]/@placeholder", "Write your story…");
        expected.put("content/wp:search[1]/@label", "Search the site");
        expected.put("content/wp:search[1]/@buttonText", "Find");
        expected.put("content/wp:search[1]/@placeholder", "Type & press enter");
        expected.put("content/wp:post-navigation-link[1]/@label", "Next story");
        expected.put("content/wp:post-navigation-link[2]/@label", "Previous story");
        expected.put("content/wp:post-excerpt[1]/@moreText", "Keep reading");
        expected.put("content/wp:read-more[1]/@content", "{1}Read{/1} the rest");
        expected.put("content/wp:post-terms[1]/@prefix", "Filed under:");
        expected.put("content/wp:post-terms[1]/@suffix", "(more soon)");
        expected.put("content/wp:post-author[1]/@byline", "Written by");
        expected.put("content/wp:navigation-link[1]/@label", "About us");
        expected.put("content/wp:navigation-link[1]/@description", "Who we are");
        expected.put("content/wp:query-pagination-next[1]/@label", "Older posts");
        expected.put("content/wp:social-link[1]/@label", "Our WordPress page");
        expected.put("content/wp:acme/hero[1]/@title", "Big \"hero\" title");
        expected.put("content/wp:acme/hero[1]/@labels/@next", "Forward");
        expected.put("content/wp:acme/hero[1]/@labels/@previous", "Back");
        Map<String, String> found = new java.util.LinkedHashMap<>();
        for (TextUnit unit : extraction.units()) {
            if (unit.context() != TextContext.BLOCK_ATTRIBUTE) continue;
            found.put(unit.resname(), unit.source().toString());
            String attribute = unit.resname().substring(unit.resname().indexOf("/@") + 2).replace("/@", ".");
            assertTrue(unit.note().startsWith("post content: the \"" + attribute + "\" attribute of the "), unit.note());
            assertTrue(unit.note().contains("block (") && unit.note().endsWith(")"), unit.note());
        }
        assertEquals(expected, found);
        assertEquals("post content: the \"labels.next\" attribute of the acme/hero block (acme/hero)",
                unit(extraction, "content/wp:acme/hero[1]/@labels/@next").note());
    }

    @Test
    void classesUrlsColoursAndUnconfiguredBlocksAreNeverUnits() throws Exception {
        Extraction extraction = fixture().extract(resource("editor-content.html"));
        Set<String> notText = Set.of("className", "url", "textColor", "backgroundColor", "color", "align", "style",
                "buttonPosition", "icon", "service", "kind", "id", "type", "term", "language", "caption");
        for (TextUnit unit : extraction.units()) {
            String last = unit.resname().substring(unit.resname().lastIndexOf('/') + 1);
            assertFalse(last.startsWith("@") && notText.contains(last.substring(1)), unit.resname());
            String text = unit.source().plainText();
            for (String value : List.of("lead", "arrow-right", "#ff0000", "#cf2e2e", "https://", "Not configured",
                    "Never translated", "Sample output", "Hero text")) {
                assertFalse(text.contains(value), unit.resname() + " holds " + value);
            }
        }
        // translate="0": neither the block's HTML nor its attributes
        assertTrue(extraction.units().stream().noneMatch(u -> u.resname().contains("code-sample")));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(net.wpxliff.xliff.XliffFormat.class)
    void hostileTranslationsStayInsideTheAttributesJsonString(net.wpxliff.xliff.XliffFormat format) throws Exception {
        String raw = resource("editor-content.html");
        EditorFieldMerge merge = new EditorFieldMerge(fixtureConfig(), false, format);
        Extraction extraction = merge.extract(raw);
        String merged = merge.merge(raw, unit -> unit.context() == TextContext.BLOCK_ATTRIBUTE
                ? hostile(unit.source()) : unit.source(), work);

        Set<String> translated = new HashSet<>();
        for (TextUnit unit : extraction.units()) if (unit.context() == TextContext.BLOCK_ATTRIBUTE) translated.add(unit.resname());
        assertNull(BlockTreeCheck.difference(raw, merged, translated, "content"));
        assertNotNull(BlockTreeCheck.difference(raw, merged, Set.of(), "content"), "attributes did change");

        BlockDocument source = BlockParser.parse(raw);
        BlockDocument result = BlockParser.parse(merged);
        assertEquals(source.allBlocks().size(), result.allBlocks().size());
        Map<String, Block> resultBlocks = byPath(result);
        Map<String, Block> sourceBlocks = byPath(source);
        for (TextUnit unit : extraction.units()) {
            if (unit.context() != TextContext.BLOCK_ATTRIBUTE) continue;
            String blockPath = unit.resname().substring(0, unit.resname().indexOf("/@"));
            List<String> key = List.of(unit.resname().substring(blockPath.length() + 2).split("/@"));
            String sourceValue = at(sourceBlocks.get(blockPath).attributes(), key);
            String value = at(resultBlocks.get(blockPath).attributes(), key);
            assertEquals(expectedValue(sourceValue, hostile(unit.source())), value, unit.resname());
            assertTrue(value.contains("--&gt; \"} &lt;script&gt;alert(1)&lt;/script&gt; back\\slash \\"), value);
        }
        assertEquals("Evil --&gt; \"} &lt;script&gt;alert(1)&lt;/script&gt; back\\slash \\ ",
                at(resultBlocks.get("content/wp:post-terms[1]").attributes(), List.of("prefix")), "trailing space kept");
        // the value is HTML (&lt;script&gt;), then encoded as WordPress encodes attribute JSON
        assertTrue(merged.contains("{\"label\":\"Evil \\u002d\\u002d\\u0026gt; \\u0022} \\u0026lt;script\\u0026gt;"
                + "alert(1)\\u0026lt;/script\\u0026gt; back\\\\slash \\\\\",\"buttonText\":"), "as WordPress writes it");
        // every byte outside the blocks' attribute JSON is the source's
        assertEquals(outsideAttributes(source), outsideAttributes(result));
    }

    @Test
    void identityMergeIsByteExactAndPseudoMergeTranslatesEveryAttribute() throws Exception {
        String raw = resource("editor-content.html");
        EditorFieldMerge merge = fixture();
        assertEquals(raw, merge.merge(raw, TextUnit::source, work));

        String pseudo = merge.pseudoMerge(raw, work);
        Extraction extraction = merge.extract(raw);
        Set<String> translated = new HashSet<>();
        for (TextUnit unit : extraction.units()) if (unit.context() == TextContext.BLOCK_ATTRIBUTE) translated.add(unit.resname());
        assertNull(BlockTreeCheck.difference(raw, pseudo, translated, "content"));
        Map<String, Block> result = byPath(BlockParser.parse(pseudo));
        for (String resname : translated) {
            String blockPath = resname.substring(0, resname.indexOf("/@"));
            String value = at(result.get(blockPath).attributes(), List.of(resname.substring(blockPath.length() + 2).split("/@")));
            assertTrue(value.contains("⟦") && !value.contains("Read") && !value.replaceAll("&[a-z]+;", "").matches(".*[A-Za-z]{3}.*")
                    || value.startsWith("<em>⟦"), resname + ": " + value);
        }
    }

    @Test
    void anXpathJsoupCannotEvaluateLiftsTheRestrictionWithAWarning() throws Exception {
        TranslationConfig config = TranslationConfig.parse("c.xml", "<wpml-config><gutenberg-blocks>"
                + "<gutenberg-block type=\"acme/box\"><xpath>//[</xpath></gutenberg-block></gutenberg-blocks></wpml-config>");
        Extraction extraction = new EditorFieldMerge(config, false).extract(
                "<!-- wp:acme/box --><div><h2>Title</h2><p>Body</p></div><!-- /wp:acme/box -->");
        assertEquals(List.of("Title", "Body"), extraction.units().stream().map(u -> u.source().plainText()).toList());
        assertEquals(1, extraction.warnings().size());
        assertTrue(extraction.warnings().get(0).startsWith("content/wp:acme/box[1]: the configuration's xpath \"//[\""
                + " for acme/box cannot be evaluated"), extraction.warnings().get(0));
    }

    @Test
    void noUnitRunsAcrossTwoBlocksSoNoTranslationCanMoveADelimiter() throws Exception {
        // freeform text running across two blocks: delimiters end units, so each block's text is a unit of its
        // own and no code stands for a delimiter (merge's BlockTreeCheck, tested directly in BlockTreeCheckTest,
        // stays as a second guard)
        String raw = "<!-- wp:html -->Hello <!-- /wp:html --><!-- wp:html -->world<!-- /wp:html -->";
        EditorFieldMerge merge = new EditorFieldMerge(TranslationConfig.BUILT_IN, false);
        List<TextUnit> units = merge.extract(raw).units();
        assertEquals(List.of("Hello", "world"), units.stream().map(u -> u.source().plainText().strip()).toList());
        for (TextUnit unit : units) assertTrue(unit.source().codes().isEmpty(), unit.source().toString());
    }

    /** Each text of the source replaced by the hostile string; codes kept in place. */
    static Fragment hostile(Fragment source) {
        return EditorFieldMerge.eachTextAs(source, HOSTILE);
    }

    /** What the attribute must hold: the translation as HTML, with the value's markup and edges kept. */
    private static String expectedValue(String sourceValue, Fragment target) {
        RichTextValue read = RichTextValue.read(sourceValue);
        StringBuilder out = new StringBuilder(sourceValue.substring(0, read.start()));
        for (Part part : target.parts()) {
            if (part instanceof Text t) {
                out.append(t.value().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            } else {
                Code code = (Code) part;
                out.append(sourceValue, code.rawStart(), code.rawEnd());
            }
        }
        return out.append(sourceValue.substring(read.end())).toString();
    }

    /** The text with each block's attribute JSON left out. */
    private static String outsideAttributes(BlockDocument document) {
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (Block block : document.allBlocks()) {
            if (block.attributesJson() == null) continue;
            out.append(document.source(), cursor, block.attributesJson().start()).append("{…}");
            cursor = block.attributesJson().end();
        }
        return out.append(document.source().substring(cursor)).toString();
    }

    static Map<String, Block> byPath(BlockDocument document) {
        Map<String, Block> byPath = new java.util.HashMap<>();
        BlockPath.all(document, "content").forEach((block, path) -> byPath.put(path, block));
        return byPath;
    }

    static String at(JsonNode attributes, List<String> key) {
        JsonNode node = attributes;
        for (String step : key) node = node.path(step);
        assertTrue(node.isTextual(), key + " is a string");
        return node.textValue();
    }

    private static TextUnit unit(Extraction extraction, String resname) {
        return extraction.units().stream().filter(u -> u.resname().equals(resname)).findFirst().orElseThrow();
    }
}
