package net.wpxliff.merge;

import net.wpxliff.Exporter;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.NuChecker;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.describe;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.refused;
import static net.wpxliff.merge.MergeSupport.segments;
import static net.wpxliff.merge.MergeSupport.withTarget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Korean word order (issue 7, point 11): Korean is verb-final, so a translator routinely moves a link or a
 * bold phrase. Sibling codes may change order, within a sentence and across the sentences of one unit, in
 * XLIFF 1.2 and 2.1; the page gets the same elements in another order, and is valid HTML (the Nu checker
 * finds no error the source does not have). Moving a code into or out of another code is still refused.
 */
class WordOrderTest {
    private static final Path POST = Exports.resource("/merge/word-order.json");

    // ------------------------------------------------------------------ XLIFF 1.2

    @Test
    void siblingPairsSwappedInASentenceMerge(@TempDir Path dir) {
        String xliff = withTarget(export12(), "content-1", segments(
                "시작하기 전에 <g id=\"2\">릴리스 노트</g>와 <g id=\"1\">설치 안내서</g>를 읽으세요."));
        String html = field(mergeText(dir, "swap.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>시작하기 전에 <strong>릴리스 노트</strong>와 <a href=\"https://example.com/en/guide/\""
                + " class=\"guide\">설치 안내서</a>를 읽으세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void validateAcceptsASwapAndMergeWritesIt(@TempDir Path dir) {
        Path xlf = MergeSupport.write(dir, "word-order.ko.xlf", withTarget(export12(), "content-1", segments(
                "시작하기 전에 <g id=\"2\">릴리스 노트</g>와 <g id=\"1\">설치 안내서</g>를 읽으세요.")));
        MergeSupport.CliRun validate = MergeSupport.cli("validate", xlf.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        MergeSupport.CliRun merge = MergeSupport.cli("merge", xlf.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(java.nio.file.Files.exists(dir.resolve("ko").resolve("word-order.ko.html")), merge.out());
    }

    @Test
    void pairsSwappedAcrossTheSentencesOfAUnitMerge(@TempDir Path dir) {
        // the italic phrase of sentence 2 moves to sentence 1, the link of sentence 1 to sentence 2
        String xliff = withTarget(export12(), "content-2", segments(
                "먼저 <g id=\"2\">네트워크 탭</g>을 여세요.", "그런 다음 <g id=\"1\">설정 페이지</g>에서 오류를 확인하세요."));
        String html = field(mergeText(dir, "across.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>먼저 <em>네트워크 탭</em>을 여세요. 그런 다음 <a href=\"https://example.com/en/settings/\">"
                + "설정 페이지</a>에서 오류를 확인하세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void sentencesATranslatorReorderedMergeInTheTargetsOrder(@TempDir Path dir) {
        // the target gives sentence 2 first: the translator's text as written (as Okapi merges), codes and all
        String xliff = withTarget(export12(), "content-2", "<mrk mtype=\"seg\" mid=\"2\">그런 다음 <g id=\"2\">네트워크 탭</g>에서"
                + " 오류를 확인하세요.</mrk> <mrk mtype=\"seg\" mid=\"1\">먼저 <g id=\"1\">설정 페이지</g>를 여세요.</mrk>");
        String html = field(mergeText(dir, "reordered.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>그런 다음 <em>네트워크 탭</em>에서 오류를 확인하세요. 먼저 <a href=\"https://example.com/en/settings/\">"
                + "설정 페이지</a>를 여세요.</p>"), html);
        assertValidHtml(html);

        // the memory keeps the unit whole too, so the next export gives the translator's order back, in context
        Path xlf = MergeSupport.write(dir, "word-order.ko.xlf", xliff);
        Path memory = dir.resolve("m.tmx");
        MergeSupport.CliRun merge = MergeSupport.cli("merge", xlf.toString(), "-o", dir.resolve("ko").toString(), "--tm",
                memory.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        MergeSupport.CliRun export = MergeSupport.cli("export", POST.toString(), "-o", dir.resolve("again").toString(),
                "--tm", memory.toString());
        assertEquals(0, export.exitCode(), export.err());
        String again;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("again"))) {
            again = java.nio.file.Files.readString(files.findFirst().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(Pattern.compile("state-qualifier=\"exact-match\"><mrk mtype=\"seg\" mid=\"1\">그런 다음 <g id=\"2\"[^>]*>"
                + "네트워크 탭</g>에서 오류를 확인하세요\\. 먼저 <g id=\"1\"[^>]*>설정 페이지</g>를 여세요\\.</mrk></target>")
                .matcher(again).find(), again);
    }

    @Test
    void standaloneCodesSwappedMerge(@TempDir Path dir) {
        String xliff = withTarget(export12(), "content-3", segments(
                "페이지를 새로 고치려면 <x id=\"2\"/> 다음에 <x id=\"1\"/>를 누르세요."));
        String html = field(mergeText(dir, "x.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>페이지를 새로 고치려면 <code>F5</code> 다음에 <kbd>Ctrl</kbd>를 누르세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void aPairMovedIntoItsSiblingIsRefused(@TempDir Path dir) {
        String xliff = withTarget(export12(), "content-1", segments(
                "시작하기 전에 <g id=\"1\">설치 안내서와 <g id=\"2\">릴리스 노트</g></g>를 읽으세요."));
        MergeException e = refused(dir, "nested.ko.xlf", xliff, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-1".equals(p.unitId()) && p.message().contains("nested")
                        && p.message().contains("may change order")),
                "refused naming the unit, saying order may change but nesting may not:" + describe(e));
    }

    @Test
    void aStandaloneCodeMovedIntoAPairIsRefused(@TempDir Path dir) {
        // content-2's italic pair around the link: the link would move inside <em>
        String xliff = withTarget(export12(), "content-2", segments(
                "<g id=\"2\">네트워크 탭에서 <g id=\"1\">설정 페이지</g></g>를 여세요.", "오류를 확인하세요."));
        MergeException e = refused(dir, "into.ko.xlf", xliff, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-2".equals(p.unitId()) && p.message().contains("nested")),
                describe(e));
    }

    @Test
    void aLostCodeIsStillRefused(@TempDir Path dir) {
        String xliff = withTarget(export12(), "content-1", segments("시작하기 전에 <g id=\"2\">릴리스 노트</g>와 설치 안내서를 읽으세요."));
        MergeException e = refused(dir, "lost.ko.xlf", xliff, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("lacks")), describe(e));
    }

    // ------------------------------------------------------------------ XLIFF 2.1

    @Test
    void siblingPairsSwappedInXliff2Merge(@TempDir Path dir) {
        String xliff = export2();
        String link = pc(xliff, "content-1", "1"), bold = pc(xliff, "content-1", "2");
        xliff = withTarget2(xliff, "content-1", 1, "시작하기 전에 " + bold.replace("the release notes", "릴리스 노트")
                + "와 " + link.replace("the setup guide", "설치 안내서") + "를 읽으세요.");
        String html = field(mergeText(dir, "swap2.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>시작하기 전에 <strong>릴리스 노트</strong>와 <a href=\"https://example.com/en/guide/\""
                + " class=\"guide\">설치 안내서</a>를 읽으세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void pairsSwappedAcrossSegmentsInXliff2Merge(@TempDir Path dir) {
        String xliff = across2(export2(), "먼저 {italic}을 여세요.", "그런 다음 {link}에서 오류를 확인하세요.");
        String html = field(mergeText(dir, "across2.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>먼저 <em>네트워크 탭</em>을 여세요. 그런 다음 <a href=\"https://example.com/en/settings/\">"
                + "설정 페이지</a>에서 오류를 확인하세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void segmentsReorderedByTheOrderAttributeMergeInThatOrder(@TempDir Path dir) {
        // XLIFF 2's way to reorder a unit's segments: <target order="N">, N the place among segments and ignorables
        String xliff = across2(export2(), "먼저 {link}를 여세요.", "그런 다음 {italic}에서 오류를 확인하세요.");
        String block = unit2(xliff, "content-2");
        int places = block.split("<segment |<ignorable", -1).length - 1;
        String reordered = block.replaceFirst("(<segment id=\"s1\"[^>]*>.*?)<target>", "$1<target order=\"" + places + "\">")
                .replaceFirst("(<segment id=\"s2\"[^>]*>.*?)<target>", "$1<target order=\"1\">");
        assertTrue(!reordered.equals(block) && reordered.contains("order=\"1\""), reordered);
        String html = field(mergeText(dir, "ordered2.ko.xlf", xliff.replace(block, reordered), STRICT), "content");
        assertTrue(html.contains("<p>그런 다음 <em>네트워크 탭</em>에서 오류를 확인하세요. 먼저 <a href=\"https://example.com/en/settings/\">"
                + "설정 페이지</a>를 여세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void placeholdersSwappedInXliff2Merge(@TempDir Path dir) {
        String xliff = export2();
        String kbd = ph(xliff, "content-3", "1"), code = ph(xliff, "content-3", "2");
        xliff = withTarget2(xliff, "content-3", 1, "페이지를 새로 고치려면 " + code + " 다음에 " + kbd + "를 누르세요.");
        String html = field(mergeText(dir, "ph2.ko.xlf", xliff, STRICT), "content");
        assertTrue(html.contains("<p>페이지를 새로 고치려면 <code>F5</code> 다음에 <kbd>Ctrl</kbd>를 누르세요.</p>"), html);
        assertValidHtml(html);
    }

    @Test
    void nestingChangeInXliff2IsRefused(@TempDir Path dir) {
        String xliff = export2();
        String link = pc(xliff, "content-1", "1"), bold = pc(xliff, "content-1", "2");
        String nested = link.replace("the setup guide", "설치 안내서와 " + bold.replace("the release notes", "릴리스 노트"));
        xliff = withTarget2(xliff, "content-1", 1, "시작하기 전에 " + nested + "를 읽으세요.");
        MergeException e = refused(dir, "nested2.ko.xlf", xliff, STRICT);
        assertTrue(e.problems().stream().anyMatch(p -> "content-1".equals(p.unitId()) && p.message().contains("nested")),
                describe(e));
    }

    // ------------------------------------------------------------------ the tree check itself

    @Test
    void treeCheckAcceptsReorderedSiblingsAndRefusesNestingChanges() {
        String source = "<p>Read <a href=\"/en/a\">A</a> and <b>B</b> and <br> <img src=x alt=\"C\">.</p><p>Next</p>";
        assertNull(TreeCheck.compare(source, "<p><b>B</b> and <img src=x alt=\"씨\"> <a href=\"/ko/a\">A</a> and <br>.</p><p>다음</p>"));
        assertEquals("element <b> is nested differently from the source",
                TreeCheck.compare(source, "<p>Read <a href=\"/en/a\">A and <b>B</b></a> and <br> <img src=x alt=C>.</p><p>Next</p>"));
        // moving an element to another parent is not a reordering of siblings
        assertTrue(TreeCheck.compare(source, "<p>Read <a href=\"/en/a\">A</a> and and <br> <img src=x alt=C>.</p><p><b>B</b>Next</p>")
                != null);
        // protected text and untranslatable attribute values still count, in any order
        assertTrue(TreeCheck.compare("<p><code>x</code> <b class=a>y</b></p>", "<p><b class=b>y</b> <code>x</code></p>") != null);
        assertTrue(TreeCheck.compare("<p><code>x</code> <b>y</b></p>", "<p><b>y</b> <code>z</code></p>") != null);
    }

    // ------------------------------------------------------------------ helpers

    private static String export12() {
        return MergeSupport.exportOne(POST, true).xliff(); // the other units keep their source as translation
    }

    private static String export2() {
        Exporter.Result exported = Exports.exportOne(POST, XliffFormat.XLIFF2, true);
        return exported.xliff();
    }

    /** A unit's XLIFF 2 block. */
    private static String unit2(String xliff, String id) {
        Matcher m = Pattern.compile("<unit id=\"" + id + "\".*?</unit>", Pattern.DOTALL).matcher(xliff);
        if (!m.find()) fail("no unit " + id);
        return m.group();
    }

    /** The source's {@code <pc id="N">…</pc>} element of a unit, as exported. */
    private static String pc(String xliff, String unit, String id) {
        Matcher m = Pattern.compile("<pc id=\"" + id + "\"[^>]*>[^<]*</pc>").matcher(unit2(xliff, unit));
        if (!m.find()) fail("no <pc id=\"" + id + "\"> in " + unit);
        return m.group();
    }

    private static String ph(String xliff, String unit, String id) {
        Matcher m = Pattern.compile("<ph id=\"" + id + "\"[^>]*/>").matcher(unit2(xliff, unit));
        if (!m.find()) fail("no <ph id=\"" + id + "\"> in " + unit);
        return m.group();
    }

    /** Sets the target of segment sN of a unit exported with its source copied into the targets. */
    /** content-2's two segments translated; {@code {link}} and {@code {italic}} stand for its codes, translated. */
    private static String across2(String xliff, String first, String second) {
        String link = pc(xliff, "content-2", "1").replace("the settings page", "설정 페이지");
        String italic = pc(xliff, "content-2", "2").replace("the network tab", "네트워크 탭");
        xliff = withTarget2(xliff, "content-2", 1, first.replace("{link}", link).replace("{italic}", italic));
        return withTarget2(xliff, "content-2", 2, second.replace("{link}", link).replace("{italic}", italic));
    }

    private static String withTarget2(String xliff, String unit, int segment, String target) {
        String block = unit2(xliff, unit);
        Matcher seg = Pattern.compile("(<segment id=\"s" + segment + "\"[^>]*>.*?<target>)(.*?)(</target>)", Pattern.DOTALL)
                .matcher(block);
        if (!seg.find()) fail("unit " + unit + " has no segment s" + segment + " with a target");
        String edited = block.substring(0, seg.start()) + seg.group(1) + target + seg.group(3) + block.substring(seg.end());
        return xliff.replace(block, edited);
    }

    /** The merged content, in a page, has no Nu checker error the source content in the same page lacks. */
    private static void assertValidHtml(String content) {
        String source = MergeSupport.exportOne(POST, false).document().field("content").html();
        List<String> added = NuChecker.shared().newErrors(page(source), page(content));
        assertEquals(List.of(), added, "Nu checker errors the merged content adds");
    }

    private static byte[] page(String content) {
        return ("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n<title>t</title>\n</head>\n<body>\n"
                + content + "</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
