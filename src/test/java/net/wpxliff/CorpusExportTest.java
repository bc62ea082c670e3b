package net.wpxliff;

import net.wpxliff.input.InputException;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Export of every file of the shared conformance corpus ({@code ../shared/corpus/wp} and {@code html}): each
 * gives XLIFF valid against the strict schema, or fails as listed in {@link #EXPECTED_FAILURES}. And the W3C
 * ITS {@code translate} pages: text marked translate="no" is never in a unit. Skipped when the corpus is absent.
 */
class CorpusExportTest {
    private static final Path CORPUS = Exports.CORPUS;

    /** Corpus files (relative to the corpus, '/'-separated) that must fail, and why. Nothing else may fail. */
    private static final Map<String, String> EXPECTED_FAILURES = Map.of(
            "html/tt-html2po/expected.json",
            "not a post: Translate Toolkit's expectations for the html2po snippets (a JSON object of test names)");

    private static void assumeCorpus() {
        SharedCorpus.assumeCorpus("corpus export tests");
    }

    private static List<Path> filesUnder(String folder) throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS.resolve(folder))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return CORPUS.relativize(file).toString().replace('\\', '/');
    }

    // ---- every file -------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyCorpusFileExportsToValidStrictXliffOrFailsAsExpected() throws IOException {
        if (!SharedCorpus.present()) return SharedCorpus.missing("export of every corpus file");
        List<Path> files = new ArrayList<>(filesUnder("wp"));
        files.addAll(filesUnder("html"));
        assertTrue(files.size() > 300, "the corpus has about 350 files; found " + files.size());
        Set<String> present = new HashSet<>();
        files.forEach(f -> present.add(relative(f)));
        for (String expected : EXPECTED_FAILURES.keySet()) {
            assertTrue(present.contains(expected), "expected failure " + expected + " is not in the corpus any more");
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(relative(file), () -> exportOrFailAsExpected(file)));
    }

    private static void exportOrFailAsExpected(Path file) {
        String name = relative(file);
        String reason = EXPECTED_FAILURES.get(name);
        if (reason != null) {
            InputException e = assertThrows(InputException.class, () -> Exports.shared().export(file),
                    name + " should fail (" + reason + ")");
            assertTrue(e.getMessage().contains(file.toString()), "the message names the file: " + e.getMessage());
            return;
        }
        List<Exporter.Result> results;
        try {
            results = Exports.shared().export(file);
        } catch (InputException | RuntimeException e) {
            throw new AssertionError(name + ": export failed unexpectedly: " + e, e);
        }
        assertFalse(results.isEmpty(), name + ": no document");
        for (Exporter.Result r : results) {
            String what = name + " / " + r.document().name();
            XliffSchemas.assertValidStrict(r.xliff(), what);
            checkUnits(what, r);
        }
    }

    /** Invariants every export must keep: unique ids, non-empty units, sentences that rebuild the unit. */
    private static void checkUnits(String what, Exporter.Result r) {
        Set<String> ids = new HashSet<>();
        for (TextUnit u : r.extraction().units()) {
            assertTrue(ids.add(u.id()), what + ": duplicate id " + u.id());
            assertTrue(u.source().hasTranslatableText(), what + ": " + u.id() + " has no words: " + u.source());
            assertFalse(u.segments().isEmpty(), what + ": " + u.id() + " has no segment");
            StringBuilder joined = new StringBuilder();
            for (Segment s : u.segments()) joined.append(s.content().plainText()).append(s.gapAfter());
            assertEquals(u.source().plainText(), joined.toString(), what + ": " + u.id() + ": segments + gaps");
        }
    }

    // ---- translate="no" on the W3C ITS pages ------------------------------------------------------------------

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_'’-]*");

    /** Attributes whose values are text for people (only these can carry protected text into a unit). */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value",
            "content", "label", "summary", "abbr");

    /**
     * Texts of one page by their translate flag, as HTML defines it: every translate="no" text (text nodes and
     * text attributes), and every text that is translatable (text nodes and all attribute values).
     */
    record TranslateRegions(List<String> noTexts, List<String> yesTexts) {
        /** Words of translatable text: a protected word that is also one of these may rightly be in a unit. */
        Set<String> yesWords() {
            Set<String> w = new HashSet<>();
            yesTexts.forEach(t -> w.addAll(words(t)));
            return w;
        }

        boolean alsoTranslatable(String protectedText) {
            return yesTexts.stream().anyMatch(t -> t.contains(protectedText));
        }
    }

    /**
     * Walks the page with jsoup: an element's translate attribute ("no"/"yes", any case, surrounding spaces
     * ignored; "" means yes) sets the flag for its content and attributes; otherwise it inherits, so a
     * translate="yes" inside translate="no" re-enables translation.
     */
    static TranslateRegions translateRegions(Document page) {
        List<String> no = new ArrayList<>();
        List<String> yes = new ArrayList<>();
        walk(page, true, no, yes);
        return new TranslateRegions(no, yes);
    }

    private static void walk(Node node, boolean translate, List<String> no, List<String> yes) {
        boolean here = translate;
        if (node instanceof Element el) {
            if (el.hasAttr("translate")) {
                String value = el.attr("translate").trim().toLowerCase(Locale.ROOT);
                if (value.equals("no")) here = false;
                else if (value.equals("yes") || value.isEmpty()) here = true;
            }
            for (Attribute a : el.attributes()) {
                if (a.getKey().equals("translate") || a.getValue().isBlank()) continue;
                if (here) yes.add(a.getValue().strip());
                else if (TEXT_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) no.add(a.getValue().strip());
            }
        }
        if (node instanceof TextNode t && !t.isBlank()) {
            (translate ? yes : no).add(t.text().strip());
        }
        for (Node child : node.childNodes()) walk(child, here, no, yes);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        return words;
    }

    @TestFactory
    Stream<DynamicTest> translateNoTextIsNeverInAUnitOnTheItsPages() throws IOException {
        if (!SharedCorpus.present()) return SharedCorpus.missing("ITS translate=\"no\" pages");
        List<Path> pages = filesUnder("html/okapi-its-translate");
        assertEquals(7, pages.size(), "translate1html.html ... translate7html.html");
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            TranslateRegions regions = translateRegions(Jsoup.parse(page.toFile(), null));
            Exporter.Result result = Exports.exportOne(page);
            XliffSchemas.assertValidStrict(result.xliff(), page.toString());
            assertFalse(result.extraction().units().isEmpty(), page + ": the page has translatable text");
            List<String> unitTexts = result.extraction().units().stream().map(u -> u.source().plainText()).toList();
            Set<String> unitWords = new HashSet<>();
            unitTexts.forEach(t -> unitWords.addAll(words(t)));
            Set<String> yesWords = regions.yesWords();
            for (String protectedText : regions.noTexts()) {
                for (String word : words(protectedText)) {
                    if (yesWords.contains(word)) continue; // the word is also outside translate="no"
                    assertFalse(unitWords.contains(word), page.getFileName() + ": \"" + word + "\" (from translate=\"no\""
                            + " text \"" + protectedText + "\") is in a unit: " + unitTexts);
                }
                if (regions.alsoTranslatable(protectedText)) continue;
                for (String text : unitTexts) {
                    assertFalse(text.contains(protectedText), page.getFileName() + ": translate=\"no\" text \""
                            + protectedText + "\" in unit \"" + text + "\"");
                }
            }
        }));
    }

    @Test
    void translateRegionsFollowHtmlInheritance() {
        // the derivation the ITS check relies on (no corpus needed)
        Document doc = Jsoup.parse("<p title=\"Tip\">a <span translate=\" No \" title=\"Hidden tip\">X</span>"
                + " <span translate=\"no\"><b translate=\"yes\">Y</b> Z <i translate=\"maybe\">W</i></span></p>");
        TranslateRegions regions = translateRegions(doc);
        assertEquals(List.of("Hidden tip", "X", "Z", "W"), regions.noTexts(), "invalid values inherit");
        assertTrue(regions.yesTexts().containsAll(List.of("Tip", "a", "Y")), regions.yesTexts().toString());
    }

    @Test
    void translate2MixedCaseTranslateNoIsHonoured() throws IOException {
        assumeCorpus();
        Path page = CORPUS.resolve("html/okapi-its-translate/translate2html.html");
        // derived, not typed in: the page marks these two words with translate="NO" and translate="nO"
        assertEquals(List.of("doppelgänger", "aficionado"), translateRegions(Jsoup.parse(page.toFile(), null)).noTexts());
        Exporter.Result result = Exports.exportOne(page);
        TextUnit paragraph = Exports.requireUnitWithText(result,
                "Everything started when Zebulon discovered that he had a  who was a serious baseball  .");
        assertEquals(2, paragraph.source().codes().size(), "each translate=no span is one standalone code");
    }

    @Test
    void translate1WithoutItsExternalRulesStillKeepsCodeOutOfUnits() throws IOException {
        assumeCorpus();
        // translate1html.html takes its rules from translate1htmlrules.xml, which the corpus does not have, and
        // has no translate attribute: nothing can be derived from the page. What we can check: the page exports,
        // its paragraph and title attribute are units, and the <code> element's text (the obvious target of
        // such rules, and never translated by us anyway) is in no unit.
        Path page = CORPUS.resolve("html/okapi-its-translate/translate1html.html");
        assertTrue(translateRegions(Jsoup.parse(page.toFile(), null)).noTexts().isEmpty(), "no translate attribute");
        Exporter.Result result = Exports.exportOne(page);
        XliffSchemas.assertValidStrict(result.xliff(), page.toString());
        Exports.requireUnitWithText(result, "HTML Link Example");
        Exports.requireUnitWithText(result, "Text");
        TextUnit paragraph = result.extraction().units().stream()
                .filter(u -> u.source().plainText().startsWith("This is the first paragraph.")).findFirst()
                .orElseGet(() -> fail("no paragraph unit: " + Exports.describe(result)));
        assertEquals("This is the first paragraph. It has some  .", paragraph.source().plainText());
        for (TextUnit u : result.extraction().units()) {
            assertFalse(u.source().plainText().contains("un-translatable"), u.id() + ": " + u.source());
        }
    }
}
