package net.wpxliff.xliff2;

import net.wpxliff.testing.TranslationOf;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.TextFragment;
import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.OkapiXliff;
import net.wpxliff.testing.OkapiXliff2;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.ExportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static net.sf.okapi.common.resource.TextFragment.TagType.CLOSING;
import static net.sf.okapi.common.resource.TextFragment.TagType.OPENING;
import static net.wpxliff.testing.OkapiXliff.code;
import static net.wpxliff.testing.OkapiXliff.fragment;
import static net.wpxliff.xliff2.ToolForms.replaceOnce;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 4, point 5: files as CAT tools really return them merge, and into exactly the expected HTML. Made by
 * the tool itself where it runs in the test (Okapi), by faithful rewrites where it does not ({@link ToolForms}:
 * OmegaT from its XLIFF filter's code, Translate Toolkit's podebug from its real output, also kept as a file),
 * and by hand for what XLIFF 2 lets translators do (re-segmenting) and annotation markers in both versions.
 *
 * <p>All start from {@code bold-across-sentences.json}: a link, {@code <strong>} around two sentences (bx/ex in
 * 1.2, sc/ec in 2.1), an image with alt text, a line break, and JSON-LD whose description has a double space.
 * Each file is checked as {@code wpxliff merge} checks it ({@link Merger#check}: schema, source, ids, codes) and
 * merged without link rewriting.
 */
class CatToolReturnsTest {
    private static final Path POST = Xliff2ExportTest.BOLD_ACROSS_SENTENCES;
    private static final LocaleId KO = LocaleId.fromString("ko");

    // ------------------------------------------------------------------ the post, its translation, the HTML expected

    private static String sourceTitle, sourceExcerpt, sourceContent, sourcePost;

    static final String TITLE_KO = "문장을 넘는 굵은 글씨";
    static final String EXCERPT_KO = "<p>짧은 발췌문이다. 두 문장으로 되어 있다.</p>\n";
    /** The whole post in Korean: the link moved to the front, the image and the line break kept, JSON-LD spacing kept. */
    static final String CONTENT_KO = "<p><a href=\"https://example.com/en/guide/\">안내서</a>가 왜 중요할까?"
            + " <strong>먼저 읽어라. 몇 시간을 아껴 준다.</strong> 그다음 시작하라.</p>\n"
            + "<p>차트 <img src=\"https://example.com/en/wp-content/uploads/chart.png\" alt=\"특허 차트\" />는 추세를 보여 준다."
            + "<br /> 계속 늘고 있다.</p>\n"
            + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
            + "\"headline\":\"문장을 넘는 굵은 글씨\",\"description\":\"안내서는  왜 중요할까?\"}</script>\n";

    /** The Korean translation in XLIFF 1.2 inline markup, per unit, one entry per exported segment. */
    static final Map<String, List<String>> KOREAN_12 = ordered(
            "title-1", List.of(TITLE_KO),
            "excerpt-1", List.of("짧은 발췌문이다.", "두 문장으로 되어 있다."),
            "content-1", List.of("<g id=\"1\" ctype=\"link\" clone=\"no\">안내서</g>가 왜 중요할까?",
                    "<bx id=\"2\" rid=\"2\" ctype=\"bold\" clone=\"no\"/>먼저 읽어라.",
                    "몇 시간을 아껴 준다.<ex id=\"2\" rid=\"2\"/>",
                    "그다음 시작하라."),
            "content-2", List.of("차트 <x id=\"1\" ctype=\"image\" clone=\"no\" equiv-text=\"image\"/>는 추세를 보여 준다.",
                    "<x id=\"2\" ctype=\"lb\" clone=\"no\" equiv-text=\"line break\"/> 계속 늘고 있다."),
            "content-3", List.of("특허 차트"),
            "content-4", List.of(TITLE_KO),
            "content-5", List.of("안내서는  왜 중요할까?"));

    /** The same translation in XLIFF 2 inline markup (codes copied as tools copy them from the source). */
    static final Map<String, List<String>> KOREAN_2 = ordered(
            "title-1", List.of(TITLE_KO),
            "excerpt-1", List.of("짧은 발췌문이다.", "두 문장으로 되어 있다."),
            "content-1", List.of("<pc id=\"1\" dataRefStart=\"d1\" dataRefEnd=\"d1e\" canCopy=\"no\" canDelete=\"no\" type=\"link\">안내서</pc>가 왜 중요할까?",
                    "<sc id=\"2\" dataRef=\"d2\" canCopy=\"no\" canDelete=\"no\" canOverlap=\"no\" type=\"fmt\" subType=\"xlf:b\"/>먼저 읽어라.",
                    "몇 시간을 아껴 준다.<ec startRef=\"2\" dataRef=\"d2e\" canCopy=\"no\" canDelete=\"no\" canOverlap=\"no\" type=\"fmt\" subType=\"xlf:b\"/>",
                    "그다음 시작하라."),
            "content-2", List.of("차트 <ph id=\"1\" dataRef=\"d1\" canCopy=\"no\" canDelete=\"no\" type=\"image\"/>는 추세를 보여 준다.",
                    "<ph id=\"2\" dataRef=\"d2\" canCopy=\"no\" canDelete=\"no\" type=\"fmt\" subType=\"xlf:lb\"/> 계속 늘고 있다."),
            "content-3", List.of("특허 차트"),
            "content-4", List.of(TITLE_KO),
            "content-5", List.of("안내서는  왜 중요할까?"));

    private static Map<String, List<String>> ordered(Object... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            @SuppressWarnings("unchecked") List<String> value = (List<String>) pairs[i + 1];
            map.put((String) pairs[i], value);
        }
        return map;
    }

    @BeforeAll
    static void readSource() throws IOException {
        Exporter.Result r = Exports.exportOne(POST, XliffFormat.XLIFF12, false);
        sourceTitle = r.document().field("title").html();
        sourceExcerpt = r.document().field("excerpt").html();
        sourceContent = r.document().field("content").html();
        sourcePost = r.document().text();
        assertEquals("Bold across sentences", sourceTitle);
        assertTrue(sourceContent.contains("<strong>Read it first. It saves hours.</strong>"), sourceContent);
    }

    private static String export(XliffFormat format, boolean copySource) {
        return Exports.exportOne(POST, format, copySource).xliff();
    }

    // ------------------------------------------------------------------ checking and merging a returned file

    /** Checks the file as merge does (schema included) and merges it: the result, or a failure listing every problem. */
    private static DocumentMerger.Result merge(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        Merger.FileOutcome outcome = new Merger(new DocumentMerger.Options(false, false)).check(file);
        if (!outcome.ok()) {
            fail(name + ": refused:\n  " + outcome.problems().stream()
                    .map(p -> "line " + p.line() + (p.unitId() == null ? "" : ", unit " + p.unitId()) + ": " + p.message())
                    .collect(Collectors.joining("\n  ")) + "\nfile:\n" + new String(content, StandardCharsets.UTF_8));
        }
        assertEquals(1, outcome.results().size(), name + ": one document");
        return outcome.results().get(0);
    }

    private static DocumentMerger.Result merge(Path dir, String name, String xliff) throws IOException {
        return merge(dir, name, xliff.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertHtml(DocumentMerger.Result result, String title, String excerpt, String content, String what) {
        assertEquals(title, result.fields().get("title"), what + ": title");
        assertEquals(excerpt, result.fields().get("excerpt"), what + ": excerpt");
        assertEquals(content, result.fields().get("content"), what + ": content");
        assertEquals(List.of(), result.missingUnits(), what + ": no unit merged as missing");
    }

    private static void assertKorean(DocumentMerger.Result result, String what) {
        assertHtml(result, TITLE_KO, EXCERPT_KO, CONTENT_KO, what);
    }

    /** The baseline: our own export with the Korean targets set, in both versions, merges to {@link #CONTENT_KO}. */
    @Test
    void ourOwnFileWithTheKoreanTargetsMergesToTheExpectedHtml(@TempDir Path dir) throws IOException {
        assertKorean(merge(dir, "ours.ko.xlf", ToolForms.withTargets12(export(XliffFormat.XLIFF12, true), KOREAN_12)), "1.2");
        assertKorean(merge(dir, "ours2.ko.xlf", ToolForms.withTargets2(export(XliffFormat.XLIFF2, true), KOREAN_2)), "2.1");
    }

    // ------------------------------------------------------------------ OmegaT (XLIFF 1.2, translated in place)

    @Test
    void omegaTTranslatingInPlaceMerges(@TempDir Path dir) throws IOException {
        String exported = export(XliffFormat.XLIFF12, true);
        // the translator's words as typed in OmegaT's editor: a line break and spaces inside the sentences
        Map<String, List<String>> typed = new LinkedHashMap<>(KOREAN_12);
        typed.put("excerpt-1", List.of("짧은\n      발췌문이다.", "두 문장으로   되어 있다."));
        String omegat = ToolForms.omegaT(exported, typed);

        assertTrue(omegat.contains("<mrk mtype=\"seg\" mid=\"1\">짧은\n      발췌문이다.</mrk> <mrk mtype=\"seg\" mid=\"2\">"),
                "one marker per segment, its content as typed (a segment marker is preformatted for OmegaT)");
        assertTrue(omegat.contains("<mrk mtype=\"seg\" mid=\"1\">안내서는  왜 중요할까?</mrk>"));
        assertTrue(omegat.contains("state=\"needs-translation\""), "OmegaT leaves the exported state as it is");
        // merge collapses the typed whitespace in HTML text, as the browser would; JSON-LD keeps its double space
        assertKorean(merge(dir, "omegat.ko.xlf", omegat), "OmegaT");
    }

    /** A target without segment markers (export --no-segment) is one paragraph OmegaT compresses, unless xml:space="preserve". */
    @Test
    void omegaTCompressesWhitespaceOfUnsegmentedTargetsUnlessPreserved(@TempDir Path dir) throws Exception {
        String exported = new Exporter(new ExportOptions("en", "ko", false, true)).export(POST).get(0).xliff();
        assertFalse(exported.contains("<seg-source>"), "unsegmented export");
        Map<String, List<String>> sentences = new LinkedHashMap<>(KOREAN_12);
        sentences.put("content-1", List.of("<g id=\"1\" ctype=\"link\" clone=\"no\">안내서</g>가  왜 중요할까?\n",
                "<g id=\"2\" ctype=\"bold\" clone=\"no\">먼저 읽어라.", "몇 시간을 아껴 준다.</g>", "그다음 시작하라."));
        sentences.put("content-2", List.of("차트 <x id=\"1\" ctype=\"image\" clone=\"no\" equiv-text=\"image\"/>는 추세를 보여 준다."
                + "<x id=\"2\" ctype=\"lb\" clone=\"no\" equiv-text=\"line break\"/>", "계속 늘고 있다."));
        String omegat = ToolForms.omegaT(exported, sentences);
        assertTrue(omegat.contains(">안내서</g>가 왜 중요할까? <g id=\"2\""), "runs compressed, sentences joined by one space");
        assertTrue(omegat.contains(">안내서는  왜 중요할까?</target>"), "xml:space=\"preserve\" keeps the double space");
        assertKorean(merge(dir, "omegat-unsegmented.ko.xlf", omegat), "OmegaT, unsegmented targets");
    }

    @Test
    void omegaTKeepsStateNewAndItStillMerges(@TempDir Path dir) throws IOException {
        String exported = export(XliffFormat.XLIFF12, true).replace("state=\"needs-translation\"", "state=\"new\"");
        String omegat = ToolForms.omegaT(exported, KOREAN_12);
        assertFalse(omegat.contains("state=\"translated\""));
        assertKorean(merge(dir, "omegat-new.ko.xlf", omegat), "OmegaT, state=\"new\" kept");
    }

    /**
     * In-place translation: after {@code export --copy-source}, a target OmegaT leaves unchanged is the source
     * copied, and merge takes it as translated (the same words in Korean, a brand name): no "missing" unit, no
     * --allow-missing needed, and those units are byte for byte the source.
     */
    @Test
    void omegaTUnchangedTargetsCountAsTranslated(@TempDir Path dir) throws IOException {
        Map<String, List<String>> some = new LinkedHashMap<>();
        some.put("title-1", List.of(TITLE_KO));
        some.put("content-1", Arrays.asList(null, KOREAN_12.get("content-1").get(1), KOREAN_12.get("content-1").get(2), null));
        String omegat = ToolForms.omegaT(export(XliffFormat.XLIFF12, true), some);
        DocumentMerger.Result result = merge(dir, "omegat-partly.ko.xlf", omegat);
        String content = replaceOnce(sourceContent, "<strong>Read it first. It saves hours.</strong>",
                "<strong>먼저 읽어라. 몇 시간을 아껴 준다.</strong>");
        assertHtml(result, TITLE_KO, sourceExcerpt, content, "OmegaT, partly translated");

        Cli.Run validate = Cli.run("validate", dir.resolve("omegat-partly.ko.xlf").toString());
        assertEquals(0, validate.exitCode(), "validate without --allow-missing accepts it: " + validate.out() + validate.err());
    }

    // ------------------------------------------------------------------ Okapi's XLIFF filter and writer (real)

    @Test
    void okapiCopyingSourceToTargetGivesTheSourceBack(@TempDir Path dir) throws IOException {
        byte[] written = OkapiXliff.rewrite(export(XliffFormat.XLIFF12, false), KO, unit -> OkapiXliff.copySource(unit, KO));
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("<target xml:lang=\"ko\">"), "Okapi wrote targets");
        DocumentMerger.Result result = merge(dir, "okapi-copy.ko.xlf", written);
        assertHtml(result, sourceTitle, sourceExcerpt, sourceContent, "Okapi, source copied");
        assertEquals(TranslationOf.renamed(sourcePost), new String(output(result, ".ko.json"), StandardCharsets.UTF_8),
                "the post object byte for byte, its id recorded as translation_of");
    }

    @Test
    void okapiWrittenKoreanWithMovedCodesMerges(@TempDir Path dir) throws IOException {
        byte[] written = OkapiXliff.rewrite(export(XliffFormat.XLIFF12, false), KO, unit -> {
            OkapiXliff.copySource(unit, KO);
            ISegments segments = unit.getTarget(KO).getSegments();
            switch (unit.getId()) {
                case "title-1", "content-4" -> segments.get("1").text = new TextFragment(TITLE_KO);
                case "excerpt-1" -> {
                    segments.get("1").text = new TextFragment("짧은 발췌문이다.");
                    segments.get("2").text = new TextFragment("두 문장으로 되어 있다.");
                }
                case "content-1" -> {
                    TextFragment s1 = segments.get("1").text, s2 = segments.get("2").text, s3 = segments.get("3").text;
                    segments.get("1").text = fragment(code(s1, 1, OPENING), "안내서", code(s1, 1, CLOSING), "가 왜 중요할까?");
                    segments.get("2").text = fragment(code(s2, 2, OPENING), "먼저 읽어라.");
                    segments.get("3").text = fragment("몇 시간을 아껴 준다.", code(s3, 2, CLOSING));
                    segments.get("4").text = new TextFragment("그다음 시작하라.");
                }
                case "content-2" -> {
                    TextFragment s1 = segments.get("1").text, s2 = segments.get("2").text;
                    segments.get("1").text = fragment("차트 ", code(s1, 1, TextFragment.TagType.PLACEHOLDER), "는 추세를 보여 준다.");
                    segments.get("2").text = fragment(code(s2, 2, TextFragment.TagType.PLACEHOLDER), " 계속 늘고 있다.");
                }
                case "content-3" -> segments.get("1").text = new TextFragment("특허 차트");
                case "content-5" -> segments.get("1").text = new TextFragment("안내서는  왜 중요할까?");
                default -> fail("unexpected unit " + unit.getId());
            }
        });
        assertKorean(merge(dir, "okapi-ko.ko.xlf", written), "Okapi, Korean with moved codes");
    }

    /** Okapi's XLIFF 2 library (reader and writer, the API Okapi-based XLIFF 2 tools use) copying source to target. */
    @Test
    void okapiXliff2WriterCopyingSourceGivesTheSourceBack(@TempDir Path dir) throws IOException {
        String written = OkapiXliff2.rewrite(export(XliffFormat.XLIFF2, false), OkapiXliff2::copySource);
        assertTrue(written.contains("<target>"), "Okapi wrote targets:\n" + written);
        DocumentMerger.Result result = merge(dir, "okapi2-copy.ko.xlf", written);
        assertHtml(result, sourceTitle, sourceExcerpt, sourceContent, "Okapi XLIFF 2 writer, source copied");
        assertEquals(TranslationOf.renamed(sourcePost), new String(output(result, ".ko.json"), StandardCharsets.UTF_8),
                "the post object byte for byte, its id recorded as translation_of");
    }

    /** The Korean translation typed through Okapi's XLIFF 2 API: the source's tags moved, sc/ec across segments kept. */
    @Test
    void okapiXliff2WriterKoreanWithMovedCodesMerges(@TempDir Path dir) throws IOException {
        String written = OkapiXliff2.rewrite(export(XliffFormat.XLIFF2, false), unit -> {
            switch (unit.getId()) {
                case "title-1", "content-4" -> OkapiXliff2.setTarget(unit, 0, TITLE_KO);
                case "excerpt-1" -> {
                    OkapiXliff2.setTarget(unit, 0, "짧은 발췌문이다.");
                    OkapiXliff2.setTarget(unit, 1, "두 문장으로 되어 있다.");
                }
                case "content-1" -> {
                    OkapiXliff2.setTarget(unit, 0, "{0}안내서{1}가 왜 중요할까?");
                    OkapiXliff2.setTarget(unit, 1, "{0}먼저 읽어라.");
                    OkapiXliff2.setTarget(unit, 2, "몇 시간을 아껴 준다.{0}");
                    OkapiXliff2.setTarget(unit, 3, "그다음 시작하라.");
                }
                case "content-2" -> {
                    OkapiXliff2.setTarget(unit, 0, "차트 {0}는 추세를 보여 준다.");
                    OkapiXliff2.setTarget(unit, 1, "{0} 계속 늘고 있다.");
                }
                case "content-3" -> OkapiXliff2.setTarget(unit, 0, "특허 차트");
                case "content-5" -> OkapiXliff2.setTarget(unit, 0, "안내서는  왜 중요할까?");
                default -> fail("unexpected unit " + unit.getId());
            }
        });
        assertKorean(merge(dir, "okapi2-ko.ko.xlf", written), "Okapi XLIFF 2 writer, Korean with moved codes");
    }

    private static byte[] output(DocumentMerger.Result result, String suffix) {
        return result.outputs().stream().filter(o -> o.suffix().equals(suffix)).findFirst()
                .map(DocumentMerger.Output::content).orElseGet(() -> fail("no output " + suffix));
    }

    // ------------------------------------------------------------------ Translate Toolkit podebug

    /** What podebug's "[xx] " prefix gives once merged: "[" before a letter is written &#91; (no shortcode). */
    private static final String TITLE_XX = "&#91;xx] Bold across sentences";
    private static final String EXCERPT_XX = "<p>&#91;xx] A short excerpt. It has two sentences.</p>\n";

    private static String contentXx() {
        String c = replaceOnce(sourceContent, "<p>Why does", "<p>&#91;xx] Why does");
        c = replaceOnce(c, "<p>The chart", "<p>&#91;xx] The chart");
        c = replaceOnce(c, "shows the trend.<br />\nIt keeps", "shows the trend.<br /> It keeps");
        c = replaceOnce(c, "alt=\"A chart of patents\"", "alt=\"&#91;xx] A chart of patents\"");
        // in JSON-LD the bracket is a JSON escape
        c = replaceOnce(c, "\"headline\":\"Bold across sentences\"", "\"headline\":\"\\u005bxx] Bold across sentences\"");
        return replaceOnce(c, "\"description\":\"Why  does", "\"description\":\"\\u005bxx] Why  does");
    }

    /**
     * podebug leaves the header alone; the real file was written from an export of payload format 1 (unsigned), so
     * its {@code <internal-file>} is replaced by this run's signed one for the same post (same text, same units).
     */
    @Test
    void podebugOutputAsTranslateToolkitWroteItMerges(@TempDir Path dir) throws IOException {
        String real = Files.readString(Exports.resource("/xliff2/podebug/bold-across-sentences.copy-source.ko.xlf"));
        Pattern internalFile = Pattern.compile("<internal-file[^>]*>[^<]*</internal-file>");
        Matcher signed = internalFile.matcher(export(XliffFormat.XLIFF12, true));
        assertTrue(signed.find());
        String resigned = internalFile.matcher(real).replaceFirst(Matcher.quoteReplacement(signed.group()));
        assertHtml(merge(dir, "podebug-real.ko.xlf", resigned), TITLE_XX, EXCERPT_XX, contentXx(), "podebug 3.8.4's own output");
    }

    /** A file exported before payloads were signed is refused with a message saying to export again. */
    @Test
    void fileOfTheUnsignedPayloadFormatIsRefusedWithExportAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("old.ko.xlf");
        Files.copy(Exports.resource("/xliff2/podebug/bold-across-sentences.copy-source.ko.xlf"), file);
        Merger.FileOutcome outcome = new Merger(new DocumentMerger.Options(false, false)).check(file);
        assertFalse(outcome.ok());
        String message = outcome.problems().get(0).message();
        assertTrue(message.contains("format 1") && message.contains("export the post again"), message);
    }

    /**
     * The rewrite is podebug's: its targets are those podebug 3.8.4 wrote for the same export (the rest of the file,
     * the embedded source and the indentation, is compared by hand once; it depends on where the export ran).
     */
    @Test
    void podebugFormWritesTheTargetsPodebugWrote() throws IOException {
        String real = Files.readString(Exports.resource("/xliff2/podebug/bold-across-sentences.copy-source.ko.xlf"));
        String ours = ToolForms.podebug(export(XliffFormat.XLIFF12, true), "[xx] ");
        assertEquals(targetLines(real), targetLines(ours));
        assertEquals(real.lines().skip(1).findFirst(), ours.lines().skip(1).findFirst(), "the root element as lxml writes it");
    }

    private static List<String> targetLines(String xliff) {
        return xliff.lines().map(String::strip).filter(l -> l.startsWith("<target")).toList();
    }

    @Test
    void podebugRewritingTargetsMerges(@TempDir Path dir) throws IOException {
        String podebug = ToolForms.podebug(export(XliffFormat.XLIFF12, true), "[xx] ");
        assertFalse(podebug.contains("<target xml:lang=\"ko\" state=\"needs-translation\"><mrk"), "segment markers dropped");
        assertHtml(merge(dir, "podebug.ko.xlf", podebug), TITLE_XX, EXCERPT_XX, contentXx(), "podebug on --copy-source");
    }

    /**
     * podebug on an export without targets adds each {@code <target>} right after {@code <source>}, before
     * {@code <seg-source>}: against the XLIFF 1.2 schema's order, which the schema check accepts for this one
     * case (the order means nothing to merge); the file merges like any other.
     */
    @Test
    void podebugOnAnExportWithoutTargetsMerges(@TempDir Path dir) throws IOException {
        String podebug = ToolForms.podebug(export(XliffFormat.XLIFF12, false), "[xx] ");
        assertTrue(podebug.contains("</source>\n        <target>[xx] "), "podebug's bare <target> after <source>");
        assertHtml(merge(dir, "podebug-new.ko.xlf", podebug), TITLE_XX, EXCERPT_XX, contentXx(), "podebug on a plain export");
    }

    // ------------------------------------------------------------------ XLIFF 2: segments merged or split by the translator

    @Test
    void twoSegmentsJoinedIntoOneMerge(@TempDir Path dir) throws IOException {
        String xliff = ToolForms.withTargets2(export(XliffFormat.XLIFF2, true), KOREAN_2);
        String joined = ToolForms.mapUnits2(xliff, (id, unit) -> !id.equals("excerpt-1") ? unit : unit.replaceAll(
                "(?s)<segment id=\"s1\".*</segment>\\n",
                "<segment id=\"s1\" state=\"translated\"><source>A short excerpt. It has two sentences.</source>"
                        + "<target>짧은 발췌문이다. 두 문장으로 되어 있다.</target></segment>\n"));
        assertFalse(joined.contains("두 문장으로 되어 있다.</target></segment>\n<segment id=\"s2\""));
        assertTrue(joined.contains("It has two sentences.</source><target>짧은"), "one segment now holds both sentences");
        assertKorean(merge(dir, "joined.ko.xlf", joined), "segments s1 and s2 joined");
    }

    @Test
    void oneSegmentSplitInTwoWithNewIdsMerges(@TempDir Path dir) throws IOException {
        String xliff = ToolForms.withTargets2(export(XliffFormat.XLIFF2, true), KOREAN_2);
        String ph = "<ph id=\"1\" dataRef=\"d1\" canCopy=\"no\" canDelete=\"no\" type=\"image\"/>";
        String split = ToolForms.mapUnits2(xliff, (id, unit) -> !id.equals("content-2") ? unit : unit.replaceAll(
                "(?s)<segment id=\"s1\".*?</segment>",
                "<segment id=\"s1-1\" state=\"translated\"><source>The chart " + ph + "</source><target>차트 " + ph + "</target></segment>"
                        + "<segment id=\"s1-2\" state=\"translated\"><source> shows the trend.</source><target>는 추세를 보여 준다.</target></segment>"));
        assertTrue(split.contains("<segment id=\"s1-2\""));
        assertKorean(merge(dir, "split.ko.xlf", split), "segment s1 split into s1-1 and s1-2");
    }

    // ------------------------------------------------------------------ annotation markers in targets

    @Test
    void commentAndTermMarkersInXliff12TargetsMerge(@TempDir Path dir) throws IOException {
        Map<String, List<String>> marked = new LinkedHashMap<>(KOREAN_12);
        marked.put("content-1", List.of(KOREAN_12.get("content-1").get(0),
                "<bx id=\"2\" rid=\"2\" ctype=\"bold\" clone=\"no\"/><mrk mtype=\"x-comment\" comment=\"tone?\">먼저 읽어라.</mrk>",
                "몇 시간을 <mrk mtype=\"term\">아껴</mrk> 준다.<ex id=\"2\" rid=\"2\"/>",
                KOREAN_12.get("content-1").get(3)));
        marked.put("content-2", List.of("<mrk mtype=\"term\">차트</mrk> <x id=\"1\" ctype=\"image\" clone=\"no\" equiv-text=\"image\"/>는"
                        + " <mrk mtype=\"x-comment\" comment=\"check\">추세를 <mrk mtype=\"term\">보여</mrk></mrk> 준다.",
                KOREAN_12.get("content-2").get(1)));
        String xliff = ToolForms.withTargets12(export(XliffFormat.XLIFF12, true), marked);
        assertKorean(merge(dir, "marked.ko.xlf", xliff), "XLIFF 1.2 <mrk> comments and terms");
    }

    @Test
    void commentMarkersAndSmEmRangesInXliff2TargetsMerge(@TempDir Path dir) throws IOException {
        Map<String, List<String>> marked = new LinkedHashMap<>(KOREAN_2);
        List<String> c1 = KOREAN_2.get("content-1");
        marked.put("content-1", List.of(
                c1.get(0).replace("가 왜 중요할까?", "가 <mrk id=\"m1\" type=\"comment\" value=\"tone?\">왜 중요할까?</mrk>"),
                c1.get(1).replace("먼저 읽어라.", "<sm id=\"m2\" type=\"comment\" value=\"check\"/>먼저 읽어라."),
                c1.get(2).replace("몇 시간을", "몇 <mrk id=\"m3\" type=\"term\">시간</mrk>을").replace("아껴 준다.", "아껴<em startRef=\"m2\"/> 준다."),
                c1.get(3)));
        String xliff = ToolForms.withTargets2(export(XliffFormat.XLIFF2, true), marked);
        assertTrue(xliff.contains("<em startRef=\"m2\"/>"));
        assertKorean(merge(dir, "marked2.ko.xlf", xliff), "XLIFF 2 <mrk> and <sm/>…<em/> annotations");
    }

    /** The forms really change the file (a form that changed nothing would test nothing). */
    @Test
    void theToolFormsChangeTheFile() {
        String copy = export(XliffFormat.XLIFF12, true);
        assertNotEquals(copy, ToolForms.omegaT(copy, KOREAN_12));
        assertNotEquals(copy, ToolForms.podebug(copy, "[xx] "));
        assertEquals(copy, ToolForms.omegaT(copy, Map.of()), "OmegaT without translations changes no text of our export");
    }
}
