package net.wpxliff.blocks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WordPress's block grammar, well-formed and malformed, on small fixtures written for these tests. */
class BlockParserTest {

    /** The source text of each top-level entry: "html:…" for freeform, "block:name" for blocks. */
    private static List<String> outline(BlockDocument document) {
        return document.contents().stream().map(content -> content instanceof Block block
                ? "block:" + block.name()
                : "html:" + ((HtmlChunk) content).range().of(document.source())).toList();
    }

    /** A block's inner content: chunk texts, and "*" where a child block sits (WordPress's null). */
    private static List<String> inner(BlockDocument document, Block block) {
        return block.innerContent().stream().map(content -> content instanceof HtmlChunk chunk
                ? chunk.range().of(document.source()) : "*").toList();
    }

    private static void assertTiles(BlockDocument document) {
        assertEquals(document.source(), document.reassemble(), "the tree covers the text exactly");
    }

    @Test
    void emptyTextHasNothing() {
        assertEquals(List.of(), BlockParser.parse("").contents());
    }

    @Test
    void textWithoutBlocksIsOneFreeformChunk() {
        String text = "<p>Classic</p>\n\n<!-- a comment --><p>two</p>";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("html:" + text), outline(document));
        assertTiles(document);
    }

    @Test
    void blockBetweenFreeformHtml() {
        String text = "before\n<!-- wp:paragraph --><p>Hi</p><!-- /wp:paragraph -->\nafter";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("html:before\n", "block:core/paragraph", "html:\nafter"), outline(document));
        Block paragraph = document.topLevelBlocks().get(0);
        assertEquals("<!-- wp:paragraph -->", paragraph.opener().of(text));
        assertEquals("<!-- /wp:paragraph -->", paragraph.closer().of(text));
        assertEquals(List.of("<p>Hi</p>"), inner(document, paragraph));
        assertNull(paragraph.attributesJson());
        assertTrue(paragraph.attributes().isEmpty());
        assertEquals("paragraph", paragraph.shortName());
        assertTiles(document);
    }

    @Test
    void namespacesAndTheCoreDefault() {
        String text = "<!-- wp:my-plugin/x_y-2 --><b>a</b><!-- /wp:my-plugin/x_y-2 -->"
                + "<!-- wp:core/quote --><q>b</q><!-- /wp:core/quote -->";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("block:my-plugin/x_y-2", "block:core/quote"), outline(document));
        assertEquals("my-plugin/x_y-2", document.topLevelBlocks().get(0).shortName());
        assertEquals("quote", document.topLevelBlocks().get(1).shortName());
        assertTiles(document);
    }

    @Test
    void attributesAndTheirJsonRange() {
        String text = "<!-- wp:heading {\"level\":3,\"style\":{\"x\":\"}\"}} --><h3>T</h3><!-- /wp:heading -->";
        BlockDocument document = BlockParser.parse(text);
        Block heading = document.topLevelBlocks().get(0);
        assertEquals("{\"level\":3,\"style\":{\"x\":\"}\"}}", heading.attributesJson().of(text));
        assertEquals(3, heading.attributes().get("level").intValue());
        assertEquals("}", heading.attributes().get("style").get("x").textValue());
        assertTiles(document);
    }

    @Test
    void selfClosingBlocksAtTopLevelAndNested() {
        String text = "x<!-- wp:spacer {\"height\":\"20px\"} /--><!-- wp:group --><div><!-- wp:separator /--></div>"
                + "<!-- /wp:group -->";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("html:x", "block:core/spacer", "block:core/group"), outline(document));
        Block spacer = document.topLevelBlocks().get(0);
        assertTrue(spacer.selfClosing());
        assertNull(spacer.closer());
        assertEquals("<!-- wp:spacer {\"height\":\"20px\"} /-->", spacer.opener().of(text));
        Block group = document.topLevelBlocks().get(1);
        assertEquals(List.of("<div>", "*", "</div>"), inner(document, group));
        assertEquals("core/separator", group.innerBlocks().get(0).name());
        assertTiles(document);
    }

    @Test
    void nestedBlocksKeepEveryChunkIncludingTheEmptyOneBeforeANestedCloser() {
        String text = "<!-- wp:columns --><div class=\"c\">\n<!-- wp:column --><div><!-- wp:paragraph -->"
                + "<p>A</p><!-- /wp:paragraph --><!-- /wp:column -->\n\n<!-- wp:column /--></div>\n<!-- /wp:columns -->";
        BlockDocument document = BlockParser.parse(text);
        Block columns = document.topLevelBlocks().get(0);
        assertEquals(List.of("<div class=\"c\">\n", "*", "\n\n", "*", "</div>\n"), inner(document, columns));
        Block column = columns.innerBlocks().get(0);
        // WordPress adds the (empty) HTML before a nested block's closer to innerContent unconditionally
        assertEquals(List.of("<div>", "*", ""), inner(document, column));
        assertEquals(4, document.allBlocks().size());
        assertTiles(document);
    }

    @Test
    void delimiterWhitespaceIsPcreAsciiWhitespace() {
        String text = "<!--\n\twp:paragraph\r\n{\"a\":1}\r\n--><p>x</p><!--\u000B/wp:paragraph\f-->";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("block:core/paragraph"), outline(document));
        assertEquals(1, document.topLevelBlocks().get(0).attributes().get("a").intValue());
        assertTiles(document);
        // a no-break space is whitespace for JavaScript's \s but not for PHP's
        String nbsp = "<!--\u00A0wp:paragraph --><p>x</p>";
        assertEquals(List.of("html:" + nbsp), outline(BlockParser.parse(nbsp)));
    }

    @Test
    void commentsThatAreNotDelimitersStayHtml() {
        for (String notADelimiter : List.of(
                "<!--wp:paragraph -->",            // no space after <!--
                "<!-- wp:paragraph-->",            // no space before -->
                "<!-- wp:Paragraph -->",           // upper case
                "<!-- wp:1col -->",                // name must start with a letter
                "<!-- wp:a/ -->",                  // empty name after the namespace
                "<!-- wp:a/b/c -->",               // two namespaces
                "<!-- wp:a {\"x\":1}-->",          // no space after the JSON
                "<!-- wp:a {\"x\":1 -->",          // JSON never closed
                "<!-- wp:a/-->",                   // no space before the void slash
                "<!-- WP:a -->",
                "<!-- wp: a -->")) {
            String text = notADelimiter + "<p>x</p>";
            assertEquals(List.of("html:" + text), outline(BlockParser.parse(text)), notADelimiter);
        }
    }

    @Test
    void attributeJsonEndsAtTheFirstBraceBeforeTheCommentEnd() {
        // a JSON string holding "} -->" ends the delimiter there: the JSON is cut and invalid, the block kept
        String text = "<!-- wp:a {\"s\":\"} -->\"} --><p>x</p><!-- /wp:a -->";
        BlockDocument document = BlockParser.parse(text);
        Block block = document.topLevelBlocks().get(0);
        assertEquals("<!-- wp:a {\"s\":\"} -->", block.opener().of(text));
        assertEquals("{\"s\":\"}", block.attributesJson().of(text));
        assertNull(block.attributes());
        assertFalse(block.attributesValid());
        assertEquals(List.of("\"} --><p>x</p>"), inner(document, block));
        assertTiles(document);
    }

    @Test
    void invalidJsonGivesNullAttributesAndKeepsTheBlock() {
        for (String json : List.of("{x:1}", "{\"a\":1,}", "{'a':1}", "{\"a\":NaN}", "{\"a\":01}",
                "{\"a\":1}}", "{\"a\":\"\\ud800\"}", "{\"a\":\"tab\there\"}")) {
            String text = "<!-- wp:a " + json + " /-->";
            BlockDocument document = BlockParser.parse(text);
            assertEquals(List.of("block:core/a"), outline(document), json);
            Block block = document.topLevelBlocks().get(0);
            assertNull(block.attributes(), json);
            assertEquals(json, block.attributesJson().of(text));
        }
        assertTrue(BlockParser.parse("<!-- wp:a {} /-->").topLevelBlocks().get(0).attributes().isEmpty());
        assertEquals(2, BlockParser.parse("<!-- wp:a {\"a\":1,\"a\":2} /-->").topLevelBlocks().get(0)
                .attributes().get("a").intValue(), "the last duplicate key wins, as in PHP");
    }

    @Test
    void attributeJsonIsDecodedWithTheWhitespaceAfterIt() {
        // WordPress decodes "{…}" plus the whitespace before "-->": JSON allows space, tab, CR, LF there, not FF or VT
        for (String end : List.of("\f-->", "\u000B-->", " \f/-->")) {
            String text = "<!-- wp:a {\"a\":1}" + end;
            Block block = BlockParser.parse(text).topLevelBlocks().get(0);
            assertNull(block.attributes(), end);
            assertEquals("{\"a\":1}", block.attributesJson().of(text));
        }
        assertEquals(1, BlockParser.parse("<!-- wp:a {\"a\":1} \t\r\n/-->").topLevelBlocks().get(0)
                .attributes().get("a").intValue());
    }

    @Test
    void longAttributeJson() {
        String value = "a".repeat(100_000);
        Block block = BlockParser.parse("<!-- wp:fake {\"a\":\"" + value + "\"} /-->").topLevelBlocks().get(0);
        assertEquals(value, block.attributes().get("a").textValue());
    }

    @Test
    void voidSlashMakesEvenACloserSelfClosingAndACloserIgnoresItsAttributes() {
        String text = "<!-- /wp:a /--><!-- wp:b --><p>x</p><!-- /wp:b {\"z\":1} -->";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("block:core/a", "block:core/b"), outline(document));
        assertTrue(document.topLevelBlocks().get(0).selfClosing());
        assertEquals("<!-- /wp:b {\"z\":1} -->", document.topLevelBlocks().get(1).closer().of(text));
        assertTiles(document);
    }

    @Test
    void aStrayCloserEndsParsingAndTheRestIsFreeform() {
        String text = "<p>a</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>b</p><!-- /wp:paragraph -->";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("html:" + text), outline(document));
        String after = "<!-- wp:a /-->x<!-- /wp:a -->y<!-- wp:b /-->";
        assertEquals(List.of("block:core/a", "html:x<!-- /wp:a -->y<!-- wp:b /-->"), outline(BlockParser.parse(after)));
        assertTiles(BlockParser.parse(after));
    }

    @Test
    void aCloserClosesTheInnermostBlockWhateverItsName() {
        String text = "<!-- wp:group --><!-- wp:quote -->q<!-- /wp:group --><!-- /wp:quote -->";
        BlockDocument document = BlockParser.parse(text);
        Block group = document.topLevelBlocks().get(0);
        assertEquals("core/group", group.name());
        Block quote = group.innerBlocks().get(0);
        assertEquals("<!-- /wp:group -->", quote.closer().of(text));
        assertEquals("<!-- /wp:quote -->", group.closer().of(text));
        assertTiles(document);
    }

    @Test
    void oneUnclosedOpenerRunsToTheEnd() {
        String text = "a<!-- wp:paragraph --><p>never closed</p>";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("html:a", "block:core/paragraph"), outline(document));
        Block paragraph = document.topLevelBlocks().get(0);
        assertNull(paragraph.closer());
        assertEquals(List.of("<p>never closed</p>"), inner(document, paragraph));
        assertTiles(document);
    }

    @Test
    void severalUnclosedOpenersAreFlattenedInnermostFirstAsWordPressDoes() {
        String text = "A<!-- wp:outer -->B<!-- wp:middle --><!-- wp:inner -->C";
        BlockDocument document = BlockParser.parse(text);
        // inner: "C"; middle: from after its opener to the end; outer: from after its opener to the end
        assertEquals(List.of("block:core/inner", "html:B", "block:core/middle", "html:A", "block:core/outer"),
                outline(document));
        assertEquals(List.of("C"), inner(document, document.topLevelBlocks().get(0)));
        assertEquals(List.of("<!-- wp:inner -->C"), inner(document, document.topLevelBlocks().get(1)));
        assertEquals(List.of("B<!-- wp:middle --><!-- wp:inner -->C"), inner(document, document.topLevelBlocks().get(2)));
        assertTrue(document.allBlocks().stream().allMatch(block -> block.innerBlocks().isEmpty()));
    }

    @Test
    void aChunkThatIsJustZeroIsKept() {
        String text = "<!-- wp:a -->0<!-- /wp:a -->";
        BlockDocument document = BlockParser.parse(text);
        assertEquals(List.of("0"), inner(document, document.topLevelBlocks().get(0)));
        assertTiles(document);
    }

    @Test
    void hundredThousandBlocksParseInLinearTime() {
        StringBuilder text = new StringBuilder();
        text.append("<!-- wp:group -->");
        for (int i = 0; i < 100_000; i++) {
            text.append("<!-- wp:paragraph {\"className\":\"p").append(i).append("\"} --><p>Text ").append(i)
                    .append("</p><!-- /wp:paragraph -->\n<!-- wp:separator /-->\n");
        }
        text.append("<!-- /wp:group -->");
        long started = System.nanoTime();
        BlockDocument document = BlockParser.parse(text.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200_001, document.allBlocks().size());
        assertEquals(text.toString(), document.reassemble());
        assertTrue(millis < 10_000, "parsed 200,001 blocks in " + millis + " ms");
    }

    @Test
    void unterminatedAttributesAndCommentsDoNotRescanTheText() {
        // each "<!-- wp:a {" would make a naive matcher scan to the end of the text: quadratic
        String text = "<!-- wp:a {\"x\":1 <!-- wp:b {".repeat(50_000) + "<!-- not a block ".repeat(50_000);
        long started = System.nanoTime();
        BlockDocument document = BlockParser.parse(text);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(List.of("html:" + text), outline(document));
        assertTrue(millis < 5_000, "parsed in " + millis + " ms");
    }

    @Test
    void freeformChunksAreHtmlChunks() {
        BlockContent first = BlockParser.parse("x").contents().get(0);
        assertInstanceOf(HtmlChunk.class, first);
    }
}
