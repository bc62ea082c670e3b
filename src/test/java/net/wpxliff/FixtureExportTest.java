package net.wpxliff;

import net.wpxliff.input.InputException;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static net.wpxliff.testing.Exports.body;
import static net.wpxliff.testing.Exports.requireUnitWithText;
import static net.wpxliff.testing.Exports.segmentTexts;
import static net.wpxliff.testing.Exports.unitWithText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export of the project's own fixtures ({@code src/test/resources/fixtures/}), one feature per test:
 * {@code features.html} (a page with every kind of text, markup and protected content),
 * {@code two-posts.json} (a REST array of two posts, JSON-LD with {@code @graph}) and
 * {@code not-a-post.json} (a JSON object that is no post).
 */
class FixtureExportTest {
    private static Exporter.Result page;
    private static List<Exporter.Result> posts;

    @BeforeAll
    static void exportFixtures() {
        page = Exports.exportOne(Exports.fixture("features.html"));
        posts = Exports.export(Exports.fixture("two-posts.json"));
    }

    private static List<String> pageTexts() {
        return page.extraction().units().stream().map(u -> u.source().plainText()).toList();
    }

    private static void assertNoUnitContains(Exporter.Result result, String text) {
        for (TextUnit u : result.extraction().units()) {
            assertFalse(u.source().plainText().contains(text), u.id() + " contains \"" + text + "\": " + u.source());
        }
    }

    // ---- the page, unit by unit -------------------------------------------------------------------------

    @Test
    void pageUnitsInDocumentOrder() {
        assertEquals(List.of(
                "Fixture Page Title",
                "A page that covers every export feature.",
                "First paragraph with a titled link inside.",
                "Link tooltip text",
                "Inline  comment here.",
                "A sleeping cat & a dog",
                "Cats sleep a lot.",
                "Line oneLine two.",
                "Hover here and press × now.",
                "Span tooltip",
                "Close dialog",
                "Your email address",
                "Send message",
                "Buy  today.",
                "Use  carefully.",
                "Reenabled inner text",
                "Reenabled paragraph",
                "Run  then press + to stop.",
                "Before the image  The caption text after the image.",
                "Caption image alt",
                "Gallery below  and more text.",
                "This is bold. And this continues.",
                "Outer item one",
                "Inner item A",
                "Inner item B",
                "Outer item two",
                "Table caption text",
                "Header cell",
                "Data cell",
                "Second data cell",
                "Figure image alt",
                "Figure caption text",
                "Tom & Jerry\u00A0rock. It’s fine… Really.",
                "Lots of whitespace here and newlines."), pageTexts(), Exports.describe(page));
        List<String> ids = page.extraction().units().stream().map(TextUnit::id).toList();
        for (int i = 0; i < ids.size(); i++) assertEquals("html-" + (i + 1), ids.get(i), "ids number the page's units");
    }

    @Test
    void titleAndMetaDescriptionAreUnits() {
        assertEquals("html/head[1]/title[1]", requireUnitWithText(page, "Fixture Page Title").resname());
        TextUnit description = requireUnitWithText(page, "A page that covers every export feature.");
        assertEquals(TextContext.HTML_ATTRIBUTE, description.context());
        assertEquals("html/head[1]/meta[2]/@content", description.resname());
        assertNoUnitContains(page, "width=device-width");
    }

    @Test
    void translatableAttributesAreUnits() {
        record Expected(String text, String resname) {
        }
        for (Expected e : List.of(
                new Expected("A sleeping cat & a dog", "html/p[3]/img[1]/@alt"),
                new Expected("Link tooltip text", "html/p[1]/a[1]/@title"),
                new Expected("Span tooltip", "html/p[5]/span[1]/@title"),
                new Expected("Close dialog", "html/p[5]/button[1]/@aria-label"),
                new Expected("Your email address", "html/form[1]/input[1]/@placeholder"),
                new Expected("Send message", "html/form[1]/input[2]/@value"),
                new Expected("Figure image alt", "html/figure[1]/img[1]/@alt"))) {
            TextUnit u = requireUnitWithText(page, e.text());
            assertEquals(e.resname(), u.resname(), e.text());
            assertEquals(TextContext.HTML_ATTRIBUTE, u.context(), e.text());
        }
        assertTrue(page.xliff().contains("restype=\"x-html-attribute\""));
    }

    @Test
    void urlsAndNonTextAttributesAreNotUnits() {
        for (String notText : List.of("hidden token value", "https://example.com", "cat.png", "text", "submit",
                "attachment_1", "alignnone")) {
            assertFalse(pageTexts().contains(notText), "\"" + notText + "\" is not text for people");
        }
        assertNoUnitContains(page, "example.com");
        assertFalse(body(page.xliff()).contains("example.com"), "no URL in the XLIFF body");
    }

    @Test
    void translateNoAndNotranslateContentIsInNoUnitAndNowhereInTheXliffBody() {
        String body = body(page.xliff());
        for (String hidden : List.of("Brand Name Never Translated", "AcmeWidget", "Protected span title",
                "NoTranslateClassText", "Untranslated paragraph", "Protected paragraph tooltip", "Protected alt text",
                "Protected block text")) {
            assertNoUnitContains(page, hidden);
            assertFalse(body.contains(hidden), "\"" + hidden + "\" shows in the XLIFF body (e.g. as equiv-text)");
        }
        // the translate=no span is one standalone code, labelled with its tag name only
        assertTrue(page.xliff().contains("<source>Buy <x id=\"1\" ctype=\"x-span\" clone=\"no\" equiv-text=\"span\"/> today.</source>"),
                "translate=no inline element = standalone code without its text");
    }

    @Test
    void codeAndKbdAreStandaloneCodesWhoseTextIsNotTranslated() {
        TextUnit u = requireUnitWithText(page, "Run  then press + to stop.");
        assertEquals(List.of("x-code", "x-kbd", "x-kbd"), u.source().codes().stream().map(Code::type).toList());
        assertTrue(u.source().codes().stream().allMatch(c -> c.kind() == Code.Kind.STANDALONE), "standalone <x/>");
        assertTrue(page.xliff().contains("Run <x id=\"1\" ctype=\"x-code\" clone=\"no\" equiv-text=\"npm install\"/>"
                + " then press <x id=\"2\" ctype=\"x-kbd\" clone=\"no\" equiv-text=\"Ctrl\"/>+"), "code text is a hint only");
    }

    @Test
    void preScriptAndStyleAreNeverUnits() {
        for (String hidden : List.of("Preformatted block text", "Script text stays out", "scriptSecret",
                "Style text stays out", "::before")) {
            assertNoUnitContains(page, hidden);
            assertFalse(body(page.xliff()).contains(hidden), hidden);
        }
    }

    @Test
    void htmlAndGutenbergCommentsAreNeverUnitText() {
        for (String comment : List.of("wp:paragraph", "/wp:paragraph", "align", "page comment", "inline comment", "<!--")) {
            assertNoUnitContains(page, comment);
            assertFalse(body(page.xliff()).contains(comment), comment);
        }
        TextUnit inline = requireUnitWithText(page, "Inline  comment here.");
        assertEquals(List.of("x-html-comment"), inline.source().codes().stream().map(Code::type).toList(),
                "a comment inside a paragraph is a standalone code");
    }

    @Test
    void shortcodesAreStandaloneShortcodeCodes() {
        TextUnit caption = requireUnitWithText(page, "Before the image  The caption text after the image.");
        assertEquals(List.of("x-shortcode", "image", "x-shortcode"), caption.source().codes().stream().map(Code::type).toList());
        TextUnit gallery = requireUnitWithText(page, "Gallery below  and more text.");
        assertEquals(List.of("x-shortcode"), gallery.source().codes().stream().map(Code::type).toList());
        assertTrue(page.xliff().contains("Gallery below <x id=\"1\" ctype=\"x-shortcode\" clone=\"no\"/> and more text."));
        assertFalse(body(page.xliff()).contains("[caption") || body(page.xliff()).contains("[gallery")
                || body(page.xliff()).contains("ids="), "shortcode source never shows");
        assertEquals("html/p[11]/img[1]/@alt", requireUnitWithText(page, "Caption image alt").resname(),
                "the alt inside a shortcode is still a unit");
    }

    @Test
    void numberAndPunctuationOnlyBlocksAreNotUnits() {
        for (String t : List.of("12345", "... !!! --- 3.14", "42", "×")) {
            assertTrue(unitWithText(page, t).isEmpty(), "\"" + t + "\" has no words: not a unit");
        }
    }

    @Test
    void sentenceBreakInsideStrongSplitsThePairIntoBxAndEx() {
        TextUnit u = requireUnitWithText(page, "This is bold. And this continues.");
        assertEquals(List.of("This is bold.", "And this continues."), segmentTexts(u));
        assertTrue(page.xliff().contains("<source>This is <g id=\"1\" ctype=\"bold\" clone=\"no\">bold. And this</g>"
                + " continues.</source>"), "whole pair in <source>");
        assertTrue(page.xliff().contains("<seg-source><mrk mtype=\"seg\" mid=\"1\">This is <bx id=\"1\" rid=\"1\""
                + " ctype=\"bold\" clone=\"no\"/>bold.</mrk> <mrk mtype=\"seg\" mid=\"2\">And this<ex id=\"1\" rid=\"1\"/>"
                + " continues.</mrk></seg-source>"), "split pair in <seg-source>");
        List<Segment> segments = u.segments();
        assertEquals(Code.Kind.OPENING, segments.get(0).content().codes().get(0).kind());
        assertEquals(Code.Kind.CLOSING, segments.get(1).content().codes().get(0).kind());
    }

    @Test
    void nestedListItemsAreUnitsOfTheirOwn() {
        assertEquals("html/ul[1]/li[1]", requireUnitWithText(page, "Outer item one").resname());
        assertEquals("html/ul[1]/li[1]/ul[1]/li[1]", requireUnitWithText(page, "Inner item A").resname());
        assertEquals("html/ul[1]/li[1]/ul[1]/li[2]", requireUnitWithText(page, "Inner item B").resname());
        assertEquals("html/ul[1]/li[2]", requireUnitWithText(page, "Outer item two").resname());
        assertEquals("page: list item", requireUnitWithText(page, "Inner item A").note());
    }

    @Test
    void tableCaptionAndCellsAreUnits() {
        assertEquals("page: table caption", requireUnitWithText(page, "Table caption text").note());
        assertEquals("page: table header cell", requireUnitWithText(page, "Header cell").note());
        assertEquals("html/table[1]/tbody[1]/tr[2]/td[2]", requireUnitWithText(page, "Second data cell").resname());
    }

    @Test
    void figureImageAltAndFigcaptionAreUnits() {
        assertEquals("page: figure caption", requireUnitWithText(page, "Figure caption text").note());
        assertEquals("page: image alt text of <img>", requireUnitWithText(page, "Figure image alt").note());
    }

    @Test
    void linkWithTitleIsALinkCodeAndItsTitleAUnitInsideTheParagraph() {
        TextUnit paragraph = requireUnitWithText(page, "First paragraph with a titled link inside.");
        TextUnit title = requireUnitWithText(page, "Link tooltip text");
        assertEquals(List.of("link", "link"), paragraph.source().codes().stream().map(Code::type).toList());
        assertTrue(paragraph.contains(title), "the title's span lies inside the paragraph's span (nested units)");
        assertTrue(page.xliff().contains("First paragraph with <g id=\"1\" ctype=\"link\" clone=\"no\">a titled link</g> inside."));
    }

    @Test
    void lineBreakIsAStandaloneCode() {
        TextUnit u = requireUnitWithText(page, "Line oneLine two.");
        assertEquals(List.of("lb"), u.source().codes().stream().map(Code::type).toList());
    }

    @Test
    void entitiesAreDecoded() {
        requireUnitWithText(page, "Tom & Jerry\u00A0rock. It’s fine… Really.");
        requireUnitWithText(page, "A sleeping cat & a dog");
        assertTrue(page.xliff().contains("<source>Tom &amp; Jerry\u00A0rock. It’s fine… Really.</source>"),
                "& escaped once for XML, nbsp/’/… as characters");
        assertEquals(List.of("Tom & Jerry\u00A0rock.", "It’s fine…", "Really."),
                segmentTexts(requireUnitWithText(page, "Tom & Jerry\u00A0rock. It’s fine… Really.")));
        for (TextUnit u : page.extraction().units()) {
            assertFalse(u.source().plainText().matches(".*&(amp|nbsp|hellip|#\\d+);.*"), u.id() + ": " + u.source());
        }
    }

    @Test
    void whitespaceRunsAndNewlinesInAParagraphCollapseToSingleSpaces() {
        TextUnit u = requireUnitWithText(page, "Lots of whitespace here and newlines.");
        assertFalse(u.preserveSpace());
        assertFalse(page.xliff().contains("Lots   of"));
    }

    // ---- WordPress post JSON ------------------------------------------------------------------------------

    @Test
    void arrayOfTwoPostsGivesTwoXliffs() {
        assertEquals(2, posts.size(), "one result per post");
        assertEquals(List.of("first-fixture-post", "second-fixture-post"), posts.stream().map(r -> r.document().name()).toList());
        assertTrue(posts.get(0).xliff().contains("original=\"https://example.org/first-fixture-post/\""));
        assertTrue(posts.get(1).xliff().contains("original=\"https://example.org/second-fixture-post/\""));
        assertEquals(List.of("title-1", "excerpt-1", "content-1", "content-2", "content-3", "content-4", "content-5"),
                posts.get(0).extraction().units().stream().map(TextUnit::id).toList(), Exports.describe(posts.get(0)));
        assertEquals(List.of("title-1", "content-1"), posts.get(1).extraction().units().stream().map(TextUnit::id).toList(),
                "an empty excerpt gives no unit");
    }

    @Test
    void jsonEscapesInRenderedHtmlAreDecoded() {
        requireUnitWithText(posts.get(1), "The second post’s only paragraph — with an escaped dash.");
        assertEquals(List.of("Hello from the first post.", "It has two sentences."),
                segmentTexts(requireUnitWithText(posts.get(0), "Hello from the first post. It has two sentences.")));
    }

    @Test
    void jsonLdGraphTextsAreUnitsButUrlsDatesAndIdsAreNot() {
        Exporter.Result first = posts.get(0);
        List<String> jsonLd = first.extraction().units().stream().filter(u -> u.context() == TextContext.JSON_STRING)
                .map(u -> u.resname() + " = " + u.source().plainText()).toList();
        assertEquals(List.of(
                "content/script[1]/$.@graph[0].headline = First Fixture Post",
                "content/script[1]/$.@graph[0].description = A short description of the first post.",
                "content/script[1]/$.@graph[0].image.caption = An image caption",
                "content/script[1]/$.@graph[1].name = Fixture Site"), jsonLd);
        for (TextUnit u : first.extraction().units()) {
            String t = u.source().plainText();
            assertFalse(t.startsWith("http") || t.matches("\\d{4}-\\d{2}-\\d{2}.*") || t.equals("Article")
                    || t.equals("WebSite") || t.equals("ImageObject"), u.id() + " is not text: " + t);
        }
    }

    @Test
    void jsonThatIsNotAPostIsAClearError() {
        Path file = Exports.fixture("not-a-post.json");
        InputException e = assertThrows(InputException.class, () -> Exports.defaultExporter().export(file));
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains("not a WordPress REST post"), e.getMessage());
    }

    @Test
    void arrayItemThatIsNotAnObjectIsAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, "[{\"title\": {\"rendered\": \"A\"}}, 42]", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Exports.defaultExporter().export(file));
        assertTrue(e.getMessage().contains("item 1 of the array is not a post object"), e.getMessage());
    }

    // ---- validity under every option ------------------------------------------------------------------------

    static Stream<Arguments> fixturesAndOptions() {
        List<Arguments> cases = new ArrayList<>();
        for (String fixture : List.of("features.html", "two-posts.json")) {
            for (boolean segmented : List.of(true, false)) {
                for (boolean copySource : List.of(false, true)) cases.add(Arguments.of(fixture, segmented, copySource));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} segmented={1} copySource={2}")
    @MethodSource("fixturesAndOptions")
    void everyFixtureXliffValidatesAgainstTheStrictSchema(String fixture, boolean segmented, boolean copySource)
            throws InputException {
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", segmented, copySource));
        for (Exporter.Result r : exporter.export(Exports.fixture(fixture))) {
            XliffSchemas.assertValidStrict(r.xliff(), fixture + " / " + r.document().name());
            assertEquals(segmented, r.xliff().contains("<seg-source>"), "seg-source only when segmented");
            assertEquals(copySource, r.xliff().contains("<target "), "target only with copySource");
        }
    }

    // ---- known bugs in src/main (assert the correct behaviour; enable when fixed) ------------------------------

    @Test
    void translateYesInsideTranslateNoIsTranslatedAgain() {
        requireUnitWithText(page, "Reenabled paragraph");
        requireUnitWithText(page, "Reenabled inner text");
        assertNoUnitContains(page, "Protected block text");
    }

    @Test
    void codeElementMarkedTranslateNoHasNoTextInEquivText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("code-no.html");
        Files.writeString(file, "<p>Run <code translate=\"no\">secret-cmd --flag</code> now and press"
                + " <kbd class=\"notranslate\">SecretKey</kbd> too.</p>", StandardCharsets.UTF_8);
        String xliff = Exports.exportOne(file).xliff();
        assertFalse(body(xliff).contains("secret-cmd"), "translate=no code text in equiv-text:\n" + body(xliff));
        assertFalse(body(xliff).contains("SecretKey"), "notranslate kbd text in equiv-text:\n" + body(xliff));
    }

    @Test
    void characterReferenceToAControlCharacterProtectsOnlyThatCharacter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("control.html");
        Files.writeString(file, "<p>Control char &#1; here.</p>", StandardCharsets.UTF_8);
        Exporter.Result r = Exports.exportOne(file);
        TextUnit u = requireUnitWithText(r, "Control char  here.");
        assertEquals(List.of("x-control"), u.source().codes().stream().map(Code::type).toList());
    }
}
