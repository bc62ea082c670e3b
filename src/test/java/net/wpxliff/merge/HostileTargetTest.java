package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.xliff.XliffException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static net.wpxliff.merge.MergeSupport.ALLOW_MISSING;
import static net.wpxliff.merge.MergeSupport.SEED;
import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.cli;
import static net.wpxliff.merge.MergeSupport.describe;
import static net.wpxliff.merge.MergeSupport.editUnit;
import static net.wpxliff.merge.MergeSupport.elementTree;
import static net.wpxliff.merge.MergeSupport.exportOne;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.filesUnder;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.parse;
import static net.wpxliff.merge.MergeSupport.parseErrors;
import static net.wpxliff.merge.MergeSupport.refused;
import static net.wpxliff.merge.MergeSupport.segments;
import static net.wpxliff.merge.MergeSupport.unitBlock;
import static net.wpxliff.merge.MergeSupport.withTarget;
import static net.wpxliff.merge.MergeSupport.withoutTarget;
import static net.wpxliff.merge.MergeSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What a careless or malicious translation, or a broken file, can do: every case is either refused (a
 * {@link MergeException} naming the unit and saying what is wrong; the CLI writes nothing and exits 1) or
 * neutralised (the typed markup comes out as escaped text and the page's element tree is the source's).
 * Files start from the seed exported with copied targets, so each test changes exactly one thing.
 */
class HostileTargetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEGMENTS = Pattern.compile("<seg-source>(.*?)</seg-source>", Pattern.DOTALL);

    /** Seed with every target a copy of its source: merges cleanly as it is. */
    private static String seed;
    private static String seedContent;
    /** The links fixture (attributes alt, title, unquoted title), targets copied. */
    private static String fixture;
    private static String fixtureContent;

    @BeforeAll
    static void export() throws IOException {
        Exporter.Result s = exportOne(SEED, true);
        seed = s.xliff();
        seedContent = s.document().field("content").html();
        Exporter.Result f = exportOne(MergeSupport.resource(MergeSupport.LINKS_FIXTURE), true);
        fixture = f.xliff();
        fixtureContent = f.document().field("content").html();
    }

    /** The unit's {@code <seg-source>} content: the exported sentences, to edit into a target. */
    private static String sourceSegments(String xliff, String unitId) {
        Matcher m = SEGMENTS.matcher(unitBlock(xliff, unitId));
        if (!m.find()) fail("no seg-source in " + unitId);
        return m.group(1);
    }

    /** Replaces {@code from} by {@code to} in the target of a unit (whose target starts as a copy of the source). */
    private static String editTarget(String xliff, String unitId, String from, String to) {
        String segs = sourceSegments(xliff, unitId);
        if (!segs.contains(from)) fail(unitId + " has no \"" + from + "\" in:\n" + segs);
        return withTarget(xliff, unitId, segs.replace(from, to));
    }

    // ------------------------------------------------------------------ assertions

    /**
     * The API refuses the file with a problem on {@code unitId}, at a line of the file, whose message contains
     * every one of {@code says}; the CLI exits 1, names the unit and writes nothing.
     */
    private static MergeException assertRefused(Path dir, String xliff, String unitId, String... says) {
        MergeException e = refused(dir, "hostile.ko.xlf", xliff, STRICT);
        Problem problem = e.problems().stream()
                .filter(p -> unitId.equals(p.unitId()) && containsAll(p.message(), says)).findFirst()
                .orElseGet(() -> fail("expected a problem on " + unitId + " saying " + List.of(says) + "; got:" + describe(e)));
        assertTrue(problem.line() > 0 || problem.message().contains("missing from the file"),
                "the problem points at a line of the file:" + describe(e));
        assertCliRefuses(dir.resolve("hostile.ko.xlf"), dir.resolve("cli-out"), unitId);
        return e;
    }

    private static boolean containsAll(String message, String... parts) {
        String lower = message.toLowerCase(Locale.ROOT);
        for (String part : parts) if (!lower.contains(part.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    private static void assertCliRefuses(Path xlf, Path out, String mentions) {
        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", out.toString());
        assertEquals(1, run.exitCode(), "CLI exit code; stderr: " + run.err());
        assertTrue(run.err().contains(mentions), "CLI error names " + mentions + ": " + run.err());
        assertEquals(List.of(), filesUnder(out), "the CLI writes nothing for a refused file");
    }

    /** Merged without complaint, with the source's element tree (same elements, nesting, attribute names). */
    private static String assertNeutralised(Path dir, String xliff, String sourceHtml) {
        String html = field(mergeText(dir, "hostile.ko.xlf", xliff, STRICT), "content");
        assertEquals(elementTree(sourceHtml), elementTree(html), "element tree of the merged content");
        assertTrue(parseErrors(html) <= parseErrors(sourceHtml), "no new HTML parse errors");
        return html;
    }

    // ------------------------------------------------------------------ markup typed as text

    @Test
    void scriptTypedAsTargetTextComesOutAsEscapedText(@TempDir Path dir) {
        String xliff = withTarget(seed, "content-4", segments(
                "&lt;script&gt;alert(1)&lt;/script&gt; 중국의 AI 지형은 BAT만이 아니다.",
                "&amp;lt;b&amp;gt; 스타트업이 승인된 AI 모델의 60% 이상을 차지한다."));
        String html = assertNeutralised(dir, xliff, seedContent);
        assertEquals(2, parse(html).select("script").size(), "still only the two JSON-LD scripts");
        assertTrue(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt; 중국의 AI 지형은 BAT만이 아니다."
                + " &amp;lt;b&amp;gt; 스타트업이"), "escaped in the HTML: " + html);
        assertEquals("<script>alert(1)</script> 중국의 AI 지형은 BAT만이 아니다. &lt;b&gt; 스타트업이 승인된 AI 모델의"
                + " 60% 이상을 차지한다.", parse(html).selectFirst("blockquote p").text(),
                "the reader sees exactly what the translator typed, entities included");

        // safe, but almost never meant: merge says so, naming the unit and the first such text
        assertEquals(List.of("1 unit's translation holds text that looks like markup where the source has none:"
                + " content-4 (<script>); the page shows it as typed, not as formatting: use the source's codes (tags)"
                + " for formatting and type characters, not entities"), mergeText(dir, "hostile.ko.xlf", xliff, STRICT)
                .warnings());
    }

    @Test
    void shortcodeTypedAsTargetTextIsEscapedTheWayWordPressDoes(@TempDir Path dir) {
        String xliff = withTarget(seed, "content-4", segments(
                "[gallery ids=\"1,2\"] 중국의 AI 지형은 BAT만이 아니다[1].", "[/caption] 스타트업이 [[embed]] 차지한다."));
        String html = assertNeutralised(dir, xliff, seedContent);
        String paragraph = parse(html).selectFirst("blockquote p").outerHtml();
        assertTrue(html.contains("&#91;gallery ids=\"1,2\"] 중국의 AI 지형은 BAT만이 아니다[1]. &#91;/caption] 스타트업이"
                + " &#91;&#91;embed]] 차지한다."), "shortcode brackets escaped, a footnote [1] left alone: " + paragraph);
        assertFalse(html.contains("[gallery") || html.contains("[/caption") || html.contains("[embed"),
                "no shortcode can run: " + paragraph);
    }

    /** WordPress's do_shortcode does not skip {@code <script>}: brackets are escaped in JSON-LD strings too. */
    @Test
    void shortcodeTypedIntoJsonLdCannotRun(@TempDir Path dir) throws IOException {
        String xliff = withTarget(seed, "content-11", segments("[gallery ids=\"1\"] 중국 기술 대기업"));
        String html = assertNeutralised(dir, xliff, seedContent);
        Element script = parse(html).select("script").first();
        assertFalse(script.data().contains("[gallery"), "the shortcode must not appear as such: " + script.data());
        assertEquals("[gallery ids=\"1\"] 중국 기술 대기업", JSON.readTree(script.data()).path("headline").asText());
    }

    @Test
    void targetCannotBreakOutOfAnAttributeValue(@TempDir Path dir) {
        String xliff = withTarget(fixture, "content-5", segments("\" onerror=\"alert(1)"));         // alt="..."
        xliff = withTarget(xliff, "content-6", segments("' onmouseover='alert(2)"));                   // title='...'
        xliff = withTarget(xliff, "content-9", segments("x onfocus=alert(3) autofocus"));              // title=unquoted
        String html = assertNeutralised(dir, xliff, fixtureContent);
        Element img = parse(html).selectFirst("img");
        assertEquals("\" onerror=\"alert(1)", img.attr("alt"), "alt holds exactly the typed text");
        assertEquals("' onmouseover='alert(2)", img.attr("title"), "title holds exactly the typed text");
        assertEquals("x onfocus=alert(3) autofocus", parse(html).selectFirst("abbr").attr("title"),
                "an unquoted value is quoted when the translation needs it");
        assertTrue(html.contains("alt=\"&quot; onerror=&quot;alert(1)\""), html);
        assertTrue(html.contains("title='&#39; onmouseover=&#39;alert(2)'"), html);
        assertTrue(html.contains("<abbr title=\"x onfocus=alert(3) autofocus\">"), html);
    }

    @Test
    void targetCannotBreakOutOfTheJsonLdScript(@TempDir Path dir) throws IOException {
        String typed = "</script><script>alert(1)</script><!--";
        String xliff = withTarget(seed, "content-11", segments(
                typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
        String html = assertNeutralised(dir, xliff, seedContent);
        Document doc = parse(html);
        assertEquals(2, doc.select("script").size(), "no script added");
        Element article = doc.select("script").first();
        assertFalse(article.data().toLowerCase(Locale.ROOT).contains("</script")
                || article.data().contains("<!--"), "nothing that ends or confuses the script: " + article.data());
        JsonNode json = JSON.readTree(article.data());
        assertEquals(typed, json.path("headline").asText(), "the headline is the typed text, as a JSON string");
    }

    // ------------------------------------------------------------------ size

    /**
     * QA: a target of 50 million characters made a 231 MB {@code .ko.json}. A translation many times longer than its
     * source is no translation of it (a CAT tool pasted a document, or an attack on the disk): refused naming the unit,
     * nothing written; one as long as the rule allows merges.
     */
    @Test
    void aTranslationFarLongerThanItsSourceIsRefused(@TempDir Path dir) {
        String flood = "아주 긴 번역입니다. ".repeat(300_000);
        assertRefused(dir, withTarget(seed, "content-4", flood), "content-4", "the translation is 3,599,999 characters long and its source 272",
                "a translation may be at most 10 times as long as its source");
        // the seed's title is short (under a tenth of the floor), so it may be translated in up to FLOOR characters
        assertTrue(sourceSegments(seed, "title-1").length() * TranslationLength.RATIO < TranslationLength.FLOOR);
        String longest = "가".repeat(TranslationLength.FLOOR);
        assertTrue(field(mergeText(dir, "long.ko.xlf", withTarget(seed, "title-1", longest), STRICT), "title")
                .contains(longest), "a translation at the bound merges");
        assertRefused(dir, withTarget(seed, "title-1", longest + "가"), "title-1", "at most");
    }

    // ------------------------------------------------------------------ bidirectional text

    /**
     * QA: a right-to-left override in a Korean translation merged without a word; it shows the rest of the text
     * reversed, so the page reads other than its text ("Trojan Source"). Refused naming the unit.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"202E", "202D"})
    void aBidiOverrideTheSourceDoesNotHaveIsRefused(String hex, @TempDir Path dir) {
        assertRefused(dir, editTarget(seed, "content-4", "BAT", "&#x" + hex + ";BAT"), "content-4",
                "the translation holds the bidirectional override U+" + hex, "remove it");
    }

    /**
     * Marks, isolates and embeddings have legitimate uses (an Arabic or Hebrew name in a Korean sentence): they merge,
     * with one warning naming the units and the characters each adds.
     */
    @Test
    void bidiMarksIsolatesAndEmbeddingsMergeWithAWarningNamingTheUnit(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-4", "BAT", "BAT &#x2067;بات&#x2069;&#x200F;");
        xliff = editTarget(xliff, "content-3", "Meanwhile", "&#x202B;Meanwhile&#x202C;");
        List<String> warnings = mergeText(dir, "bidi.ko.xlf", xliff, STRICT).warnings();
        assertTrue(warnings.contains("2 units' translations add bidirectional control characters to their sources:"
                + " content-3 (U+202B, U+202C), content-4 (U+200F, U+2067, U+2069); they change the order in which the"
                + " text around them is shown: check that the page reads as its text (an Arabic or Hebrew name may need"
                + " them; Korean and English text does not)"), warnings.toString());
    }

    // ------------------------------------------------------------------ inline codes

    /**
     * A target that shows nothing is no translation, whatever invisible characters fill it (QA: a zero-width space, a
     * no-break space or a byte-order mark had replaced whole paragraphs without a word).
     */
    @ParameterizedTest(name = "target of U+{0}")
    @ValueSource(strings = {"200B", "00A0", "FEFF", "2003", "3000", "200E", "3164", "115F", "FFA0", "0301", "FE0F", "2800"})
    void aTargetOfInvisibleCharactersIsNoTranslation(String hex, @TempDir Path dir) {
        String invisible = new String(Character.toChars(Integer.parseInt(hex, 16)));
        assertRefused(dir, withTarget(seed, "content-4", invisible + " " + invisible), "content-4", "no translation");
        assertRefused(dir, withTarget(seed, "title-1", "<mrk mtype=\"seg\" mid=\"1\">" + invisible + "</mrk>"),
                "title-1", "no translation");
    }

    /** DEL and C1 controls (U+009B starts a terminal escape as ESC does) are refused, as XML 1.0 lets them through. */
    @ParameterizedTest(name = "target with {0}")
    @ValueSource(strings = {"&#x9B;", "&#x7F;", "&#x85;"})
    void aControlCharacterXmlAllowsIsRefusedInATranslation(String reference, @TempDir Path dir) {
        String hex = reference.substring(3, reference.length() - 1);
        assertRefused(dir, withTarget(seed, "content-4", "제목" + reference + "[2J 입니다."), "content-4",
                "the translation holds the control character U+00" + hex.toUpperCase(Locale.ROOT));
    }

    /**
     * A target of the source's codes without a word (a CAT tool's "copy tags" left untranslated) merges, with a warning
     * naming the unit: the page would lose the paragraph's text (QA: it became empty {@code <a>} and {@code <strong>}).
     */
    @Test
    void aTargetOfCodesWithoutWordsIsWarnedAbout(@TempDir Path dir) throws IOException {
        String codesOnly = "<g id=\"1\" ctype=\"link\" clone=\"no\"></g> <g id=\"2\" ctype=\"bold\" clone=\"no\">…</g>"
                + "<g id=\"3\" ctype=\"bold\" clone=\"no\">!</g>";
        Path xlf = write(dir, "wordless.ko.xlf", withTarget(seed, "content-3", codesOnly));
        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 unit's translation has no words where the source has some (only codes, spaces or"
                + " punctuation): content-3; the page loses that text"), run.err());
        MergeSupport.CliRun translated = cli("merge", write(dir, "words.ko.xlf", editTarget(seed, "content-3",
                "Meanwhile", "한편")).toString(), "-o", dir.resolve("out2").toString());
        assertEquals(0, translated.exitCode(), translated.err());
        assertFalse(translated.err().contains("no words"), translated.err());
    }

    /**
     * The sentence checks hold for a target only partly marked by sentence (text outside the marks): a sentence given
     * twice is refused, one left out is warned about (QA: with one word outside the marks, both passed unseen).
     */
    @Test
    void aTargetPartlyMarkedBySentenceIsCheckedLikeOneWhollyMarked(@TempDir Path dir) {
        assertRefused(dir, withTarget(seed, "content-4", "<mrk mtype=\"seg\" mid=\"1\">첫 문장.</mrk> <mrk mtype=\"seg\""
                + " mid=\"1\">또 첫 문장.</mrk> 밖에 쓴 글"), "content-4", "sentence 1 is translated twice");
        MergeSupport.CliRun run = cli("merge", write(dir, "partly.ko.xlf", withTarget(seed, "content-4",
                "<mrk mtype=\"seg\" mid=\"1\">첫 문장.</mrk> 밖에 쓴 글")).toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("leaves sentences of the source out: content-4 (sentence 2)"), run.err());
    }

    @Test
    void addedPairedCodeIsRefused(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-1", "dominate artificial intelligence",
                "dominate <g id=\"99\">artificial</g> intelligence");
        assertRefused(dir, xliff, "content-1", "id=\"99\"", "not in the source");
    }

    @Test
    void addedStandaloneCodeIsRefused(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-1", "It’s simple.", "It’s <x id=\"99\"/>simple.");
        assertRefused(dir, xliff, "content-1", "not in the source");
    }

    @Test
    void deletedCodeIsRefused(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-1",
                "<g id=\"2\" ctype=\"bold\" clone=\"no\">dominate artificial intelligence</g>", "dominate artificial intelligence");
        assertRefused(dir, xliff, "content-1", "lacks", "<g id=\"2\">");
    }

    @Test
    void duplicatedCodeIsRefused(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-1", "(BAT)", "(<g id=\"3\">BAT</g>)");
        assertRefused(dir, xliff, "content-1", "more than once");
    }

    @Test
    void duplicatedStandaloneCodeIsRefused(@TempDir Path dir) {
        String xliff = editTarget(fixture, "content-7", "line two", "line <x id=\"1\"/>two");
        assertRefused(dir, xliff, "content-7", "more than once");
    }

    @Test
    void crossingPairsAreRefused(@TempDir Path dir) {
        // bpt1 bpt2 ept1 ept2: only <bpt>/<ept> (or <bx/>/<ex/>) can write this in well-formed XML
        String xliff = withTarget(seed, "content-1", segments(
                "<bpt id=\"1\">&lt;strong&gt;</bpt>중국이 <bpt id=\"2\">&lt;strong&gt;</bpt>질주하는<ept id=\"1\">&lt;/strong&gt;</ept>"
                        + " 인공지능<ept id=\"2\">&lt;/strong&gt;</ept>?",
                "간단하다.", "<g id=\"3\">빅3</g> – <g id=\"4\">BAT</g>.", "전혀.", "진지하다."));
        assertRefused(dir, xliff, "content-1", "mis-nested", "(<bpt id=\"2\"> (opening) must close first)");
    }

    @Test
    void closingBeforeOpeningIsRefused(@TempDir Path dir) {
        String xliff = withTarget(seed, "content-1", segments(
                "<ex id=\"1\" rid=\"1\"/>중국<bx id=\"1\" rid=\"1\"/> <g id=\"2\">인공지능</g>?",
                "간단하다.", "<g id=\"3\">빅3</g> – <g id=\"4\">BAT</g>.", "전혀.", "진지하다."));
        assertRefused(dir, xliff, "content-1", "closed before it is opened");
    }

    @Test
    void standaloneCodeInPlaceOfAPairIsRefusedAsTheWrongRole(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-1", "<g id=\"1\" ctype=\"bold\" clone=\"no\">China racing</g>",
                "<x id=\"1\"/>China racing");
        assertRefused(dir, xliff, "content-1", "wrong role");
    }

    @Test
    void pairInPlaceOfAStandaloneCodeIsRefusedAsTheWrongRole(@TempDir Path dir) {
        String xliff = editTarget(fixture, "content-7", "<x id=\"1\" ctype=\"lb\" clone=\"no\" equiv-text=\"line break\"/>",
                "<g id=\"1\"></g>");
        assertRefused(dir, xliff, "content-7", "wrong role");
    }

    /**
     * Pairs that are apart in the source ({@code <strong>A</strong> ... <strong>B</strong>}) nested in the
     * target ({@code <g id="1">A <g id="2">B</g></g>}): well-formed XLIFF and properly nested codes, but the
     * page would get a {@code <strong>} inside a {@code <strong>}, a tree the source does not have. Merge's
     * last check refuses it rather than write a different structure (fail-closed).
     */
    @Test
    void pairsNestedWhereTheSourceHasThemApartAreRefusedByTheTreeCheck(@TempDir Path dir) {
        String xliff = withTarget(seed, "content-1", segments(
                "<g id=\"1\">중국이 이토록 빠르게 <g id=\"2\">인공지능 장악</g>을 향해 질주하는</g> 이유는?",
                "간단하다.", "<g id=\"3\">빅3</g> – <g id=\"4\">BAT</g>.", "전혀.", "진지하다."));
        MergeException e = refused(dir, "hostile.ko.xlf", xliff, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-1".equals(p.unitId())
                        && p.message().contains("structure")),
                "the problem names the unit whose translation changed the tree:" + describe(e));
        assertCliRefuses(dir.resolve("hostile.ko.xlf"), dir.resolve("cli-out"), "content");
    }

    @Test
    void pairsNestedWhereTheSourceHasThemApartAreRefusedNamingTheUnit(@TempDir Path dir) {
        String xliff = withTarget(seed, "content-1", segments(
                "<g id=\"1\">중국이 이토록 빠르게 <g id=\"2\">인공지능 장악</g>을 향해 질주하는</g> 이유는?",
                "간단하다.", "<g id=\"3\">빅3</g> – <g id=\"4\">BAT</g>.", "전혀.", "진지하다."));
        assertRefused(dir, xliff, "content-1", "nest", "<g id=\"2\"> is inside <g id=\"1\">, which it is not in the source");
    }

    /**
     * The nesting problem names the codes as the file writes them, which the translator finds in the CAT tool (QA: it
     * named the page's {@code <strong>} only): XLIFF 2's {@code <pc>}, and XLIFF 1.2's {@code <bpt>}/{@code <ept>}.
     */
    @Test
    void codesNestedDifferentlyAreNamedAsTheFileWritesThem(@TempDir Path dir) throws IOException {
        String xliff2 = net.wpxliff.testing.Exports.exportOne(SEED, net.wpxliff.xliff.XliffFormat.XLIFF2, true).xliff();
        Matcher s1 = Pattern.compile("(<unit id=\"content-1\".*?<segment id=\"s1\"[^>]*><source>.*?</source>)<target>.*?</target>",
                Pattern.DOTALL).matcher(xliff2);
        assertTrue(s1.find(), "content-1 s1 with a target");
        String nested = xliff2.substring(0, s1.start()) + s1.group(1) + "<target><pc id=\"1\">중국이 이토록 빠르게"
                + " <pc id=\"2\">인공지능 장악</pc>을 향해 질주하는</pc> 이유는?</target>" + xliff2.substring(s1.end());
        MergeException e = refused(dir, "nested2.ko.xlf", nested, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-1".equals(p.unitId()) && p.message().contains(
                "the translation's codes are nested differently from the source, which changes the page's structure:"
                        + " <pc id=\"2\"> is inside <pc id=\"1\">,"
                        + " which it is not in the source")), describe(e));
        String bpt = withTarget(seed, "content-1", segments(
                "<bpt id=\"1\">&lt;strong&gt;</bpt>중국이 이토록 빠르게 <bpt id=\"2\">&lt;strong&gt;</bpt>인공지능 장악"
                        + "<ept id=\"2\">&lt;/strong&gt;</ept>을 향해 질주하는<ept id=\"1\">&lt;/strong&gt;</ept> 이유는?",
                "간단하다.", "<g id=\"3\">빅3</g> – <g id=\"4\">BAT</g>.", "전혀.", "진지하다."));
        assertRefused(dir, bpt, "content-1", "<bpt id=\"2\"> is inside <bpt id=\"1\">, which it is not in the source");
    }

    @Test
    void targetCannotBreakOutOfThePostJson(@TempDir Path dir) throws IOException {
        String typed = "\"}, \"status\": \"draft\", \"x\": {\"a\": \"\\u0000 \\ </script>";
        String xliff = withTarget(seed, "title-1", segments(typed.replace("&", "&amp;").replace("<", "&lt;")));
        DocumentMerger.Result result = mergeText(dir, "title.ko.xlf", xliff, STRICT);
        JsonNode post = JSON.readTree(MergeSupport.outputText(result, ".ko.json"));
        assertEquals(typed.replace("<", "&lt;").replace(">", "&gt;"), post.path("title").path("rendered").asText(),
                "the title is the typed text, HTML-escaped, inside its JSON string");
        assertEquals("publish", post.path("status").asText(), "no member added or changed");
        assertFalse(post.has("x"));
    }

    // ------------------------------------------------------------------ unsafe XML

    private static String withDoctype(String xliff, String doctype) {
        String declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        if (!xliff.startsWith(declaration)) fail("unexpected XML declaration");
        return declaration + doctype + "\n" + xliff.substring(declaration.length());
    }

    /** Reading the file is refused within 5 seconds, at a line of the file; returns the message. */
    private static XliffException assertUnreadableQuickly(Path xlf) {
        XliffException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(XliffException.class, () -> MergeSupport.merge(xlf, STRICT)));
        assertTrue(e.line() > 0, "the refusal points at a line: " + e.line() + ": " + e.getMessage());
        return e;
    }

    @ParameterizedTest(name = "external entity {0}")
    @ValueSource(strings = {"secret-file", "/etc/passwd"})
    void externalEntityIsRefusedWithoutReadingTheFile(String which, @TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731\n");
        String uri = which.equals("secret-file") ? secret.toUri().toString() : "file:///etc/passwd";
        String xliff = withDoctype(seed, "<!DOCTYPE xliff [<!ENTITY e SYSTEM \"" + uri + "\">]>");
        xliff = editTarget(xliff, "content-5", "Baidu dominates autonomous driving.", "&e;");
        Path xlf = write(dir, "xxe.ko.xlf", xliff);
        String message = assertUnreadableQuickly(xlf).getMessage();
        assertTrue(message.contains("DOCTYPE") || message.contains("DTD"), "says why: " + message);
        assertFalse(message.contains("TOP-SECRET") || message.contains("root:"), "leaks nothing: " + message);

        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("TOP-SECRET") || run.err().contains("root:") || run.out().contains("TOP-SECRET"),
                "the CLI leaks nothing: " + run.err());
        assertEquals(List.of(), filesUnder(dir.resolve("out")));
    }

    @Test
    void billionLaughsIsRefusedQuickly(@TempDir Path dir) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        dtd.append("]>");
        String xliff = editTarget(withDoctype(seed, dtd.toString()), "content-5", "Baidu dominates autonomous driving.", "&lol9;");
        Path xlf = write(dir, "lol.ko.xlf", xliff);
        String message = assertUnreadableQuickly(xlf).getMessage();
        assertTrue(message.contains("DOCTYPE") || message.contains("DTD"), "says why: " + message);
        assertCliRefuses(xlf, dir.resolve("out"), xlf + ":2:");
    }

    @Test
    void externalDtdIsRefusedWithoutNetworkAccess(@TempDir Path dir) {
        // 192.0.2.0/24 is TEST-NET-1: a fetch would hang until a timeout instead of failing at once
        String xliff = withDoctype(seed, "<!DOCTYPE xliff SYSTEM \"http://192.0.2.1/xliff.dtd\">");
        String message = assertUnreadableQuickly(write(dir, "dtd.ko.xlf", xliff)).getMessage();
        assertTrue(message.contains("DOCTYPE"), message);
    }

    @Test
    void undeclaredEntityIsRefused(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-5", "Baidu dominates autonomous driving.", "&nbsp;바이두");
        assertUnreadableQuickly(write(dir, "entity.ko.xlf", xliff));
    }

    // ------------------------------------------------------------------ broken and foreign files

    @ParameterizedTest(name = "cut at {0}% of the file")
    @ValueSource(ints = {3, 50, 99})
    void truncatedFileIsRefusedNamingFileAndLine(int percent, @TempDir Path dir) {
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        int cut = (int) ((long) bytes.length * percent / 100);
        String truncated = new String(bytes, 0, cut, StandardCharsets.UTF_8);
        Path xlf = write(dir, "cut.ko.xlf", truncated);
        int lastLine = (int) truncated.chars().filter(c -> c == '\n').count() + 1;
        XliffException e = assertUnreadableQuickly(xlf);
        assertEquals(lastLine, e.line(), "the line where the file ends: " + e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), "suggests what happened: " + e.getMessage());
        assertCliRefuses(xlf, dir.resolve("out"), xlf + ":" + lastLine + ":");
    }

    @Test
    void unitsOfAnotherPostUnderThisPostsHeaderAreRefused(@TempDir Path dir) {
        String foreign = seed.substring(0, seed.indexOf("<body>")) + fixture.substring(fixture.indexOf("<body>"));
        MergeException e = refused(dir, "foreign.ko.xlf", foreign, STRICT);
        // both posts have title-1 and content-1..10: their sources differ; the seed's other units are missing
        assertTrue(e.problems().stream().allMatch(p -> p.unitId() != null), "each problem names a unit:" + describe(e));
        assertTrue(e.problems().stream().anyMatch(p -> p.unitId().equals("title-1") && p.message().contains("differs")),
                describe(e));
        assertTrue(e.problems().stream().anyMatch(p -> p.unitId().equals("content-15") && p.message().contains("missing")),
                describe(e));
        assertCliRefuses(dir.resolve("foreign.ko.xlf"), dir.resolve("out"), "title-1");
    }

    @Test
    void unitsOfThisPostUnderAnotherPostsHeaderAreRefused(@TempDir Path dir) {
        String foreign = fixture.substring(0, fixture.indexOf("<body>")) + seed.substring(seed.indexOf("<body>"));
        MergeException e = refused(dir, "foreign.ko.xlf", foreign, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-15".equals(p.unitId())
                && p.message().contains("no unit with this id")), describe(e));
    }

    @Test
    void unknownUnitIdIsRefused(@TempDir Path dir) {
        String extra = unitBlock(seed, "content-5").replace("id=\"content-5\"", "id=\"content-99\"");
        String xliff = seed.replace("</body>", extra + "\n</body>");
        assertRefused(dir, xliff, "content-99", "no unit with this id");
    }

    @Test
    void duplicatedUnitIsRefused(@TempDir Path dir) {
        String xliff = seed.replace("</body>", unitBlock(seed, "content-5") + "\n</body>");
        assertRefused(dir, xliff, "content-5", "twice");
    }

    @Test
    void changedSourceIsRefused(@TempDir Path dir) {
        String xliff = editUnit(seed, "content-5", "<source>Each major player has carved out their niche.",
                "<source>Each major player has found their niche.");
        assertRefused(dir, xliff, "content-5", "<source> differs");
    }

    @Test
    void damagedEmbeddedSourceIsRefused(@TempDir Path dir) {
        int start = seed.indexOf("<internal-file");
        int payload = seed.indexOf('>', start) + 1;
        int middle = payload + (seed.indexOf("</internal-file>") - payload) / 2;
        char flipped = seed.charAt(middle) == 'A' ? 'B' : 'A';
        String xliff = seed.substring(0, middle) + flipped + seed.substring(middle + 1);
        MergeException e = refused(dir, "damaged.ko.xlf", xliff, STRICT);
        assertTrue(e.getMessage().contains("embedded source"), e.getMessage());
        assertCliRefuses(dir.resolve("damaged.ko.xlf"), dir.resolve("out"), "embedded source");
    }

    @Test
    void editedChecksumIsRefused(@TempDir Path dir) {
        Matcher crc = Pattern.compile("crc=\"hmac-sha256-[0-9a-f]{8}-([0-9a-f]{64})\"").matcher(seed);
        assertTrue(crc.find(), "export writes an HMAC-SHA-256 crc");
        String other = (crc.group(1).charAt(0) == '0' ? "1" : "0") + crc.group(1).substring(1);
        MergeException e = refused(dir, "crc.ko.xlf", seed.replace(crc.group(1), other), STRICT);
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void embeddedSourceOfAnotherPostIsRefusedByTheChecksum(@TempDir Path dir) {
        Pattern payload = Pattern.compile("(<internal-file[^>]*>)([^<]*)(</internal-file>)");
        Matcher other = payload.matcher(fixture);
        assertTrue(other.find());
        Matcher own = payload.matcher(seed);
        assertTrue(own.find());
        // the other post's payload under this file's crc attribute
        String xliff = seed.substring(0, own.start(2)) + other.group(2) + seed.substring(own.end(2));
        MergeException e = refused(dir, "swapped.ko.xlf", xliff, STRICT);
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void removedHeaderIsRefused(@TempDir Path dir) {
        String xliff = seed.substring(0, seed.indexOf("<header>")) + seed.substring(seed.indexOf("</header>") + "</header>\n".length());
        MergeException e = refused(dir, "noheader.ko.xlf", xliff, STRICT);
        assertTrue(e.getMessage().contains("no embedded source"), e.getMessage());
    }

    // ------------------------------------------------------------------ missing translations

    @Test
    void missingTargetIsRefused(@TempDir Path dir) {
        assertRefused(dir, withoutTarget(seed, "content-5"), "content-5", "no translation");
    }

    @Test
    void emptyTargetIsRefused(@TempDir Path dir) {
        assertRefused(dir, withTarget(seed, "content-5", ""), "content-5", "no translation");
    }

    @Test
    void deletedUnitIsRefused(@TempDir Path dir) {
        String xliff = seed.replace(unitBlock(seed, "content-5") + "\n", "");
        assertRefused(dir, xliff, "content-5", "missing from the file");
    }

    @Test
    void missingTargetWithAllowMissingKeepsTheSourceAndListsTheUnit(@TempDir Path dir) {
        String xliff = withoutTarget(seed, "content-5");
        xliff = withTarget(xliff, "content-8", segments("미국의 칩 규제?", "문제없다.", "앤트 그룹 등은 알리바바와 화웨이의 국산"
                + " 칩으로 모델을 훈련하고 있다.", "국산 AI 칩은 이제 중국 AI 훈련 작업의 60% 이상을 담당한다."));
        DocumentMerger.Result result = mergeText(dir, "missing.ko.xlf", xliff, ALLOW_MISSING);
        assertEquals(List.of("content-5"), result.missingUnits());
        String content = field(result, "content");
        assertTrue(content.contains("<p>Each major player has carved out their niche. Baidu dominates autonomous driving."),
                "content-5 keeps its English source");
        assertTrue(content.contains("<p>미국의 칩 규제? 문제없다. 앤트 그룹 등은"), "content-8 is translated");

        MergeSupport.CliRun run = cli("merge", write(dir, "missing.ko.xlf", xliff).toString(), "-o",
                dir.resolve("out").toString(), "--allow-missing", "--no-link-rewrite");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("content-5"), "the CLI lists the untranslated unit: " + run.err());
    }

    /**
     * An empty sentence mark beside translated ones is what CAT tools leave when a translator joins two segments (QA
     * pass 5: it was refused, while the same target without the empty mark was only warned about): taken as a mark left
     * out, named in a warning and refused with --require-translated, since its text may as well be lost.
     */
    @Test
    void anEmptySentenceBesideTranslatedOnesIsTakenAsMergedAndNamed(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-5", "<mrk mtype=\"seg\" mid=\"3\">Alibaba rules e-commerce and cloud.</mrk>",
                "<mrk mtype=\"seg\" mid=\"3\"></mrk>");
        Path file = write(dir, "joined.ko.xlf", xliff);
        MergeSupport.CliRun run = cli("merge", file.toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("leaves sentences of the source out: content-5 (sentence 3)"), run.err());
        MergeSupport.CliRun strict = cli("merge", file.toString(), "-o", dir.resolve("strict").toString(),
                "--require-translated");
        assertEquals(1, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("unit content-5: the target leaves out sentence 3 of the source"), strict.err());
        // every sentence empty: no translation at all
        String none = withTarget(seed, "content-4", "<mrk mtype=\"seg\" mid=\"1\"></mrk> <mrk mtype=\"seg\" mid=\"2\"> </mrk>");
        assertRefused(dir, none, "content-4", "no translation");
    }

    /**
     * A target whose sentences carry the source's marks but repeat one or add one gained or duplicated text: refused.
     * One that leaves a mark out may be a translator's merge of two sentences into one {@code <mrk>}, or a lost
     * sentence: taken as it is, with a warning naming it, and refused with --require-translated. Before 2026-12-03 all
     * three were taken as they stood without a word, and the sentence left out went into the memory so.
     */
    @Test
    void sentencesRepeatedOrAddedInAMarkedTargetAreRefusedAndOneLeftOutIsNamed(@TempDir Path dir) {
        String sentence = "<mrk mtype=\"seg\" mid=\"3\">Alibaba rules e-commerce and cloud.</mrk>";
        assertRefused(dir, editTarget(seed, "content-5", sentence, sentence.replace("mid=\"3\"", "mid=\"2\"")), "content-5",
                "sentence 2 is translated twice: keep one");
        assertRefused(dir, editTarget(seed, "content-5", sentence, sentence + " <mrk mtype=\"seg\" mid=\"9\">More.</mrk>"),
                "content-5", "the target has a sentence 9, which the source does not have (its sentences: 1, 2, 3, 4, 5, 6, 7)");

        String leftOut = editTarget(seed, "content-5", sentence, "");
        DocumentMerger.Result result = mergeText(dir, "left-out.ko.xlf", leftOut, STRICT);
        assertEquals(List.of("content-5 (sentence 3)"), result.sentencesLeftOut());
        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("1 unit(s) have a target marked by sentence that"
                + " leaves sentences of the source out: content-5 (sentence 3); taken as sentences the translator merged")),
                result.warnings().toString());
        MergeSupport.CliRun run = cli("merge", write(dir, "left-out.ko.xlf", leftOut).toString(), "-o",
                dir.resolve("out").toString(), "--require-translated");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("unit content-5: the target leaves out sentence 3 of the source (no <mrk mid> for it)"),
                run.err());
    }

    @Test
    void untranslatedSentenceWithAllowMissingIsListed(@TempDir Path dir) {
        String xliff = withTarget(seed, "content-5", segments("주요 기업마다 자기 영역을 개척했다.", "바이두는 자율주행을 장악한다.",
                "", "텐센트는 소셜과 게임을 가졌다.", "화웨이?", "물론 통신 하드웨어다.", "서로의 영역을 침범하지 않는다. 현명한 선택이다."));
        DocumentMerger.Result result = mergeText(dir, "sentence.ko.xlf", xliff, ALLOW_MISSING);
        assertTrue(field(result, "content").contains("바이두는 자율주행을 장악한다. Alibaba rules e-commerce and cloud."
                + " 텐센트는"), "the sentence is kept in English");
        assertTrue(result.missingUnits().stream().anyMatch(id -> id.startsWith("content-5")),
                "the unit with English left in it is listed: " + result.missingUnits());
    }

    // ------------------------------------------------------------------ all at once

    @Test
    void everyProblemOfAFileIsReportedAtOnce(@TempDir Path dir) {
        String xliff = editTarget(seed, "content-1", "It’s simple.", "It’s <x id=\"99\"/>simple.");   // added code
        xliff = withoutTarget(xliff, "content-2");                                                          // no target
        xliff = editUnit(xliff, "content-5", "<source>Each major player", "<source>Every major player");  // changed source
        MergeException e = refused(dir, "three.ko.xlf", xliff, STRICT);
        assertEquals(List.of("content-1", "content-2", "content-5"), e.problems().stream().map(Problem::unitId).toList(),
                "one problem per broken unit, in file order:" + describe(e));
        for (String id : List.of("content-1", "content-2", "content-5")) {
            assertTrue(e.getMessage().contains("unit " + id + ": "), "the message lists " + id + ":\n" + e.getMessage());
        }
        MergeSupport.CliRun run = cli("merge", dir.resolve("three.ko.xlf").toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("3 problem(s)"), run.err());
    }
}
