package net.wpxliff.merge;

import net.wpxliff.Exporter;
import net.wpxliff.blocks.BlockDelimiters;
import net.wpxliff.blocks.SourceRange;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static net.wpxliff.merge.EditorFields.extract;
import static net.wpxliff.merge.EditorFields.identity;
import static net.wpxliff.merge.EditorFields.pseudo;
import static net.wpxliff.merge.EditorFields.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editor text ({@code content.raw}, {@link Field.Markup#EDITOR}): what bounds its units (block delimiters,
 * {@code <!--more-->}, {@code <!--nextpage-->}, the blank lines WordPress's {@code wpautop} makes paragraphs of),
 * single newlines as line-break codes, and shortcodes as codes; merged back through the real merge (its checks and
 * the HTML tree check included).
 */
class EditorContentTest {
    /** Issue 8's acceptance post: three blank-line paragraphs and a [caption] (its image has no alt text). */
    static final String CLASSIC = """
            WordPress turns blank lines into paragraphs. This first one has a <strong>bold</strong> word.

            The second paragraph follows a blank line.
            \t
            The third paragraph is the last one of text.

            [caption id="attachment_7" align="aligncenter" width="300"]<img src="https://site.example/wp-content/uploads/photo.jpg" alt="" width="300" height="200" /> A caption under the photo[/caption]
            """;
    /** wpautop's paragraph separator, after its newline normalization: {@code \n\s*\n}. */
    private static final Pattern BLANK_LINE = Pattern.compile("(?:\r\n|\r|\n)[ \t\n\u000B\f\r]*(?:\r\n|\r|\n)");
    private static final Pattern SHORTCODE_TAG = Pattern.compile("\\[\\[?/?[A-Za-z][\\w-]*(?:\\s[^\\[\\]]*)?/?]]?");

    static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }

    @Test
    void classicPostWithThreeParagraphsAndACaptionGivesFourUnitsAndMergesBack() throws MergeException {
        Extraction extraction = extract(CLASSIC);
        assertEquals(List.of(
                "WordPress turns blank lines into paragraphs. This first one has a {1}bold{/1} word.",
                "The second paragraph follows a blank line.",
                "The third paragraph is the last one of text.",
                "A caption under the photo"), units(extraction));
        assertEquals(CLASSIC, identity(extraction), "identity merge is byte-exact");

        String merged = pseudo(extraction);
        assertEquals(all(BLANK_LINE, CLASSIC), all(BLANK_LINE, merged), "the blank lines, in order");
        String[] source = CLASSIC.split("\n[ \t]*\n"), translated = merged.split("\n[ \t]*\n");
        assertEquals(4, translated.length, merged);
        for (int i = 0; i < 4; i++) assertNotEquals(source[i], translated[i], "paragraph " + (i + 1) + " is translated");
        String captionOpen = "[caption id=\"attachment_7\" align=\"aligncenter\" width=\"300\"]<img src="
                + "\"https://site.example/wp-content/uploads/photo.jpg\" alt=\"\" width=\"300\" height=\"200\" /> ";
        assertTrue(translated[3].startsWith(captionOpen) && translated[3].endsWith("[/caption]\n"), translated[3]);
        assertEquals(all(SHORTCODE_TAG, CLASSIC), all(SHORTCODE_TAG, merged));
    }

    @Test
    void captionImageAltIsAUnitOfItsOwnAndALinkedImageStaysOutOfTheCaption() throws MergeException {
        String text = "[caption id=\"attachment_754\" width=\"604\"]<a href=\"https://site.example/bell.jpg\">"
                + "<img src=\"https://site.example/bell.jpg\" alt=\"Bell on Wharf\" /></a> Bell on wharf in San Francisco[/caption]";
        Extraction extraction = extract(text);
        assertEquals(List.of("Bell on Wharf", "Bell on wharf in San Francisco"), units(extraction));
        assertTrue(extraction.units().get(0).resname().endsWith("/@alt"), extraction.units().get(0).resname());
        assertEquals(text, identity(extraction));
        String merged = pseudo(extraction);
        assertTrue(merged.startsWith("[caption id=\"attachment_754\" width=\"604\"]<a href=\"https://site.example/bell.jpg\">"
                + "<img src=\"https://site.example/bell.jpg\" alt=\"⟦"), merged);
        assertTrue(merged.endsWith("⟧[/caption]"), merged);
        // the acceptance post with alt text: one unit more, the alt
        Extraction withAlt = extract(CLASSIC.replace("alt=\"\"", "alt=\"A photo\""));
        assertEquals(5, withAlt.units().size(), units(withAlt).toString());
        assertTrue(units(withAlt).contains("A photo"));
    }

    @Test
    void aSingleNewlineInClassicTextIsALineBreakCodeThatMustSurvive() throws MergeException {
        String text = "Roses are red,\nviolets are blue.\r\nSugar is sweet.\n\n<p>Line one\nline two</p>";
        Extraction extraction = extract(text);
        assertEquals(List.of("Roses are red,{1/}violets are blue.{2/}Sugar is sweet.", "Line one{1/}line two"), units(extraction));
        TextUnit poem = extraction.units().get(0);
        assertEquals(List.of("lb", "lb"), poem.source().codes().stream().map(Code::type).toList());
        assertEquals(List.of("\n", "\r\n"), poem.source().codes().stream()
                .map(c -> text.substring(c.rawStart(), c.rawEnd())).toList());

        String merged = pseudo(extraction);
        assertEquals(text.replaceAll("[^\r\n]", ""), merged.replaceAll("[^\r\n]", ""), "every newline where it was");
        assertEquals(text, identity(extraction));

        // a translator's own newline is a space, not a new <br />; a line break dropped from the target is refused
        Code first = poem.source().codes().get(0), second = poem.source().codes().get(1);
        String ownNewline = EditorFields.merge(extraction, unit -> unit == poem
                ? Fragment.of(List.of(new Text("장미는\n빨갛고"), first, new Text("제비꽃은 파랗다."), second, new Text("설탕은 달다.")))
                : unit.source());
        assertTrue(ownNewline.startsWith("장미는 빨갛고\n제비꽃은 파랗다.\r\n설탕은 달다.\n\n"), ownNewline);
        MergeException refused = assertThrows(MergeException.class, () -> EditorFields.merge(extraction, unit -> unit == poem
                ? Fragment.of(List.of(new Text("장미는 빨갛고 "), first, new Text("제비꽃은 파랗다. 설탕은 달다.")))
                : unit.source()));
        assertTrue(refused.getMessage().contains("the target lacks code"), refused.getMessage());
    }

    @Test
    void preformattedTextIsLeftAsItIs() throws MergeException {
        String text = "Before the code:\n\n<pre>line one\n\nline two\nline three</pre>\n\nAfter the code.";
        Extraction extraction = extract(text);
        assertEquals(List.of("Before the code:", "After the code."), units(extraction));
        assertTrue(pseudo(extraction).contains("\n\n<pre>line one\n\nline two\nline three</pre>\n\n"));
    }

    @Test
    void aProtectedElementHoldingStructureEndsTheUnitAsAWhole() throws MergeException {
        // wpautop and WordPress's block parser read raw text: a <code> does not hide a blank line or a delimiter
        String classic = "Type <code>one\n\ntwo</code> to see it.";
        assertEquals(List.of("Type", "to see it."), units(extract(classic)));
        String blocks = "<!-- wp:paragraph --><p>Run <code>x <!-- wp:spacer /--> y</code> now.</p><!-- /wp:paragraph -->";
        Extraction extraction = extract(blocks);
        assertEquals(List.of("Run", "now."), units(extraction));
        assertEquals(delimiters(blocks), delimiters(pseudo(extraction)));
        // without structure in it, a <code> is one protected code inside the sentence, as in HTML
        assertEquals(List.of("Type {1/} to see it."), units(extract("Type <code>one\ntwo</code> to see it.")));
    }

    @Test
    void newlinesInBlockContentAreSpacesAsInHtml() throws MergeException {
        String text = "<!-- wp:paragraph -->\n<p>Line one\nline two</p>\n<!-- /wp:paragraph -->\n\nFreeform one\nand two.";
        Extraction extraction = extract(text);
        assertEquals(List.of("Line one line two", "Freeform one and two."), units(extraction));
        assertEquals(text, identity(extraction));
    }

    @Test
    void aBlankLineInHtmlBetweenBlocksEndsTheUnitAsInAClassicBlock() throws MergeException {
        // QA: a Classic block's two paragraphs were one unit, and the translation joined them on one line (the editor,
        // which shows that HTML through wpautop, then showed one paragraph); inside a block a blank line is a space
        String text = "<!-- wp:paragraph -->\n<p>Inside a block\n\nstill one.</p>\n<!-- /wp:paragraph -->\n\n"
                + "Loose classic text between blocks.\n\nSecond loose classic paragraph.\n\n"
                + "<!-- wp:paragraph -->\n<p>After.</p>\n<!-- /wp:paragraph -->";
        Extraction extraction = extract(text);
        assertEquals(List.of("Inside a block still one.", "Loose classic text between blocks.",
                "Second loose classic paragraph.", "After."), units(extraction));
        assertEquals(text, identity(extraction));
        String merged = pseudo(extraction);
        int from = merged.indexOf("<!-- /wp:paragraph -->\n\n") + "<!-- /wp:paragraph -->\n\n".length();
        String[] loose = merged.substring(from, merged.indexOf("\n\n<!-- wp:paragraph -->", from)).split("\n\n");
        assertEquals(2, loose.length, merged);
        assertTrue(!loose[0].contains("Loose") && !loose[1].contains("Second") && !loose[1].isBlank(), merged);
    }

    @Test
    void galleryEmbedAndMediaShortcodesAreWhollyProtected() throws MergeException {
        assertEquals(List.of(), units(extract("[gallery ids=\"755,757,758\" columns=\"3\"]")));
        assertEquals(List.of(), units(extract("[audio https://site.example/wp-content/uploads/blues.mp3]")));
        assertEquals(List.of(), units(extract("[video src=\"movie.mp4\"]Your browser cannot play"
                + " <a href=\"movie.mp4\">this video</a>.[/video]")));

        String text = "Watch this: [embed]https://www.youtube.com/watch?v=abc[/embed] and enjoy.\n\n[playlist ids=\"1,2\"]";
        Extraction extraction = extract(text);
        assertEquals(List.of("Watch this: {1/} and enjoy."), units(extraction));
        Code embed = extraction.units().get(0).source().codes().get(0);
        assertEquals("[embed]https://www.youtube.com/watch?v=abc[/embed]", text.substring(embed.rawStart(), embed.rawEnd()));
        String merged = pseudo(extraction);
        assertTrue(merged.contains(" [embed]https://www.youtube.com/watch?v=abc[/embed] "), merged);
        assertTrue(merged.endsWith("\n\n[playlist ids=\"1,2\"]"), merged);
    }

    @Test
    void unknownShortcodesHaveProtectedTagsAndTranslatedText() throws MergeException {
        String text = "Some [highlight color=\"yellow\"]marked words[/highlight] here.\n\n"
                + "Coracles [simple_boat] are small.\n\n" // shaped like a shortcode: words in brackets are text
                + "<em>[x]one</em> two[/x]\n\n"
                + "Type [[gallery]] to show a gallery.";
        Extraction extraction = extract(text);
        assertEquals(List.of("Some {1}marked words{/1} here.", "Coracles {1/} are small.", "{1}{2/}one{/1} two",
                "Type {1/} to show a gallery."), units(extraction));
        assertEquals(List.of("x-shortcode", "x-shortcode"),
                extraction.units().get(0).source().codes().stream().map(Code::type).toList());
        assertEquals("[[gallery]]", text.substring(extraction.units().get(3).source().codes().get(0).rawStart(),
                extraction.units().get(3).source().codes().get(0).rawEnd()));
        String merged = pseudo(extraction);
        assertEquals(all(SHORTCODE_TAG, text), all(SHORTCODE_TAG, merged));
        assertTrue(Pattern.compile("\\[highlight color=\"yellow\"][^\\[A-Za-z]+\\[/highlight]").matcher(merged).find(), merged);
        assertEquals(text, identity(extraction));
    }

    @Test
    void anOpeningTagEnclosesUpToTheFirstClosingTagNoEarlierOneTook() throws MergeException {
        // WordPress's pattern: the outer [a] takes the first [/a]; the inner [a] has none left, nor has the last [/a]
        String nested = "[a]one [a]two[/a] three[/a] four";
        assertEquals(List.of("{1}one {2/}two{/1} three{3/} four"), units(extract(nested)));
        // crossing pairs cannot both be paired codes: the second stays two standalone tags
        assertEquals(List.of("{1}x {2/}y{/1} z{3/} w"), units(extract("[a]x [b]y[/a] z[/b] w")));

        // many tags in one paragraph stay linear: 20,000 openings and one closing
        StringBuilder many = new StringBuilder("Start ");
        for (int i = 0; i < 20_000; i++) many.append("[a]w ");
        many.append("[/a] end.");
        long started = System.nanoTime();
        Extraction extraction = extract(many.toString());
        assertEquals(1, extraction.units().size());
        assertEquals(many.toString(), identity(extraction));
        assertTrue(System.nanoTime() - started < 20_000_000_000L, "took " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @Test
    void aTranslatorCannotWriteAShortcodeOrAStructuralComment() throws MergeException {
        Extraction extraction = extract("A paragraph.\n\nAnother one.");
        String merged = EditorFields.merge(extraction, unit -> Fragment.text(unit.id().equals("content-1")
                ? "[gallery] 또는 [x] 그리고 [/x] [[y]]" : "<!--more--> <!-- wp:html --> 끝"));
        assertEquals("&#91;gallery] 또는 &#91;x] 그리고 &#91;/x] &#91;&#91;y]]\n\n&lt;!--more--&gt; &lt;!-- wp:html --&gt; 끝", merged);
    }

    @Test
    void blockDelimitersMoreAndNextpageEndUnitsOtherCommentsStayCodes() throws MergeException {
        String blocks = "<!-- wp:paragraph -->\n<p>A block paragraph.</p>\n<!-- /wp:paragraph -->\n\n"
                + "Classic words next to blocks <!-- wp:shortcode -->[gallery]<!-- /wp:shortcode --> and more classic words."
                + "\n\n<!-- wp:paragraph --><p><strong>bold before <!-- wp:spacer /--> bold after</strong></p><!-- /wp:paragraph -->";
        Extraction extraction = extract(blocks);
        assertEquals(List.of("A block paragraph.", "Classic words next to blocks", "and more classic words.",
                "bold before", "bold after"), units(extraction));
        assertNoUnitHoldsADelimiter(blocks, extraction);
        String merged = pseudo(extraction);
        assertEquals(delimiters(blocks), delimiters(merged));
        assertEquals(blocks, identity(extraction));
        // as HTML (a rendered field) the same text keeps today's units: the comments are codes inside them
        assertTrue(units(extract(blocks, Field.Markup.HTML)).get(1)
                .matches("Classic words next to blocks \\{\\d/}\\{\\d/}\\{\\d/} and more classic words\\."));

        String classic = "Teaser text. <!--more--> The rest. <!--nextpage--> Page two <!-- a note --> goes on."
                + " <!--more Read the whole story--> End.";
        Extraction pages = extract(classic);
        assertEquals(List.of("Teaser text.", "The rest.", "Page two {1/} goes on.", "End."), units(pages));
        assertEquals("x-html-comment", pages.units().get(2).source().codes().get(0).type());
        assertEquals(classic, identity(pages));
        assertTrue(pseudo(pages).contains("⟧ <!--more--> ⟦"));
    }

    @Test
    void delimiterTextTheHtmlParserDoesNotSeeAsOneCommentStillEndsTheUnit() throws MergeException {
        // attribute JSON holding "-->" (WordPress's serializer never writes it): the comment ends early for HTML
        String text = "<!-- wp:paragraph --><p>Before <!-- wp:x {\"a\":\"-->\"} --> after</p><!-- /wp:paragraph -->";
        Extraction extraction = extract(text);
        assertEquals(List.of("Before", "after"), units(extraction));
        assertNoUnitHoldsADelimiter(text, extraction);
        assertEquals(text, identity(extraction));
    }

    @Test
    void htmlFieldsKeepTodaysUnits() {
        // as HTML the blank lines are spaces and the shortcodes standalone codes: one unit, as rendered fields give it
        List<String> html = units(extract(CLASSIC, Field.Markup.HTML));
        assertEquals(1, html.size(), html.toString());
        assertTrue(html.get(0).startsWith("WordPress turns blank lines into paragraphs. This first one has a {1}bold{/1}"
                + " word. The second paragraph follows a blank line. The third"), html.get(0));
    }

    @Test
    void editorUnitsWriteSchemaValidXliff() {
        String text = CLASSIC + "\nSome [highlight]marked words[/highlight] here.\nA second line. And [gallery] too.\n";
        var document = EditorFields.post(text, Field.Markup.EDITOR);
        var options = new ExportOptions("en", "ko", true, false);
        String xliff12 = new Exporter(options, XliffFormat.XLIFF12).export(document).xliff();
        XliffSchemas.assertValidStrict(xliff12, "editor text, XLIFF 1.2");
        assertTrue(xliff12.contains("Some <g id=\"1\" ctype=\"x-shortcode\" clone=\"no\">marked words</g> here."
                + "<x id=\"2\" ctype=\"lb\" clone=\"no\" equiv-text=\"line break\"/>A second line."), xliff12);
        assertTrue(xliff12.contains("<x id=\"3\" ctype=\"x-shortcode\" clone=\"no\" equiv-text=\"[gallery]\"/>"), xliff12);
        String xliff2 = new Exporter(options, XliffFormat.XLIFF2).export(document).xliff();
        XliffSchemas.assertValidXliff2(xliff2, "editor text, XLIFF 2.1");
    }

    static List<String> delimiters(String text) {
        return BlockDelimiters.in(text).stream().map(r -> r.of(text)).toList();
    }

    static void assertNoUnitHoldsADelimiter(String text, Extraction extraction) {
        for (TextUnit unit : extraction.units()) {
            for (SourceRange d : BlockDelimiters.in(text)) {
                // a block attribute's unit is a string inside one delimiter's JSON: it lies within it, never across
                if (unit.context() == net.wpxliff.unit.TextContext.BLOCK_ATTRIBUTE
                        && d.start() < unit.spanStart() && unit.spanEnd() < d.end()) continue;
                assertFalse(d.end() > unit.spanStart() && d.start() < unit.spanEnd(),
                        unit.id() + " (" + unit.source() + ") holds the delimiter " + d.of(text));
            }
        }
    }
}
