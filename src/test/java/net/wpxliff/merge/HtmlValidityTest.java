package net.wpxliff.merge;

import net.wpxliff.Exporter;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.NuChecker;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.xliff.Targets;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static net.wpxliff.merge.MergeSupport.REWRITE;
import static net.wpxliff.merge.MergeSupport.describe;
import static net.wpxliff.merge.MergeSupport.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merge adds no HTML error (issue 7, point 7), as the Nu HTML checker sees it: {@code xml:lang} follows
 * {@code lang}, and the charset declaration stays in the first 1024 bytes when a translation before it grows.
 * Each page is exported, pseudo-translated (Hangul, a third longer than the source) and merged with the
 * page moved into the target locale; the Nu checker then finds no error in the merged page that the source
 * page does not have.
 */
class HtmlValidityTest {
    private static final PseudoTranslator PSEUDO = new PseudoTranslator();
    /** Pages checked from the corpus: all up to this size (the checker takes seconds on the largest). */
    private static final long CORPUS_PAGE_LIMIT = 64 * 1024;

    /**
     * The pseudo-translation without its ⟦ ⟧ frame: the frame goes before a unit's first code and after its
     * last, so in a unit such as {@code <ul><b>Why</b> <li>…} it would put text where the source has none and
     * the page allows none (a {@code <ul>}): an error the test would make, not merge.
     */
    private static final Targets PSEUDO_TARGETS = Targets.pseudo(unit -> PSEUDO.translate(unit).stream()
            .map(s -> new Segment(s.id(), unframed(s.content()), s.gapAfter())).toList());

    // ------------------------------------------------------------------ lang and xml:lang

    @Test
    void xmlLangFollowsLang(@TempDir Path dir) throws IOException {
        Path page = Exports.resource("/merge/html/xml-lang.html");
        String merged = new String(pseudoMerge(dir, page), StandardCharsets.UTF_8);
        assertTrue(merged.contains("<html lang=\"ko\" xml:lang=\"ko\">"), merged);
        assertNoNewNuErrors(page);
    }

    // ------------------------------------------------------------------ the charset declaration

    @Test
    void charsetDeclarationAfterATranslatedTitleMovesToTheStartOfHead(@TempDir Path dir) throws IOException {
        Path page = Exports.resource("/merge/html/title-before-charset.html");
        byte[] merged = pseudoMerge(dir, page);
        String text = new String(merged, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<meta charset=\"utf-8\">\n<title>"), text);
        assertTrue(text.contains("</title>\n<meta name=\"viewport\""), "the rest of <head> stays in its order: " + text);
        int title = text.indexOf("</title>");
        assertTrue(new String(merged, StandardCharsets.UTF_8).substring(0, title).getBytes(StandardCharsets.UTF_8).length > 1024,
                "the translated title alone would have pushed the declaration out");
        assertTrue(endOf(merged, "<meta charset=\"utf-8\">", StandardCharsets.UTF_8) <= 1024);
        assertNoNewNuErrors(page);
    }

    @Test
    void httpEquivDeclarationOfALegacyEncodingMovesAheadToo(@TempDir Path dir) throws IOException {
        // windows-1252: the Korean text is written as character references, eight bytes a syllable
        Path page = Exports.resource("/merge/html/title-before-http-equiv.html");
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] merged = pseudoMerge(dir, page);
        String text = new String(merged, cp1252);
        String declaration = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
        // no <head> tag in the page: the declaration goes before the head's first element
        assertTrue(text.startsWith("<!DOCTYPE html>\n<html lang=\"ko\">\n" + declaration + "\n<title>"), text);
        assertTrue(endOf(merged, declaration, cp1252) <= 1024);
        assertNoNewNuErrors(page);
    }

    @Test
    void declarationThatCannotMoveAheadIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path page = Exports.resource("/merge/html/attribute-before-charset.html");
        Path xlf = MergeSupport.write(dir, "attr.ko.xlf", pseudoXliff(page));
        MergeException e = org.junit.jupiter.api.Assertions.assertThrows(MergeException.class, () -> MergeSupport.merge(xlf, REWRITE));
        assertTrue(e.getMessage().contains("charset declaration <meta charset=\"utf-8\"> would end at byte")
                && e.getMessage().contains("even first in <head>"), describe(e));
        MergeSupport.CliRun run = MergeSupport.cli("merge", xlf.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("past the first 1024 bytes"), run.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("attribute-before-charset.ko.html")), "nothing written");
    }

    @Test
    void identityMergeOfTheCharsetFixturesIsByteExact(@TempDir Path dir) throws Exception {
        for (String name : List.of("title-before-charset.html", "title-before-http-equiv.html", "attribute-before-charset.html")) {
            Path page = Exports.resource("/merge/html/" + name);
            Exporter.Result exported = Exports.exportOne(page, XliffFormat.XLIFF12, true);
            Path xlf = MergeSupport.write(dir, name + ".xlf", exported.xliff());
            assertEquals(new String(Files.readAllBytes(page), StandardCharsets.ISO_8859_1),
                    new String(output(MergeSupport.merge(xlf, MergeSupport.STRICT), ".ko.html"), StandardCharsets.ISO_8859_1), name);
        }
    }

    @Test
    void pageWithoutDeclarationGetsTheTranslationAsCharacterReferences(@TempDir Path dir) throws IOException {
        // a browser would decode raw UTF-8 Hangul in an undeclared page by guess (windows-1252 in most locales)
        Path page = Exports.resource("/merge/html/undeclared.html");
        byte[] merged = pseudoMerge(dir, page);
        String text = new String(merged, StandardCharsets.UTF_8);
        assertTrue(text.chars().allMatch(c -> c < 0x80), "plain ASCII: " + text);
        assertTrue(text.matches("(?s)<!DOCTYPE html>\n<html lang=\"ko\">\n<head>\n<title>(&#\\d+;| |:)+</title>\n</head>.*"), text);
        assertEquals(MergeSupport.elementTree(Files.readString(page)), MergeSupport.elementTree(text), "no element added");
        assertNoNewNuErrors(page);
        // and an untranslated merge leaves the page as it was
        Path xlf = MergeSupport.write(dir, "identity.ko.xlf", Exports.exportOne(page, XliffFormat.XLIFF12, true).xliff());
        try {
            assertEquals(Files.readString(page), new String(output(MergeSupport.merge(xlf, MergeSupport.STRICT), ".ko.html"),
                    StandardCharsets.UTF_8));
        } catch (MergeException | net.wpxliff.xliff.XliffException e) {
            throw new AssertionError(e);
        }
    }

    // ------------------------------------------------------------------ the corpus

    /**
     * Every HTML page of the conformance corpus, pseudo-translated and merged into the Korean locale, adds
     * no Nu checker error: every page up to 64 KB, and every page with {@code xml:lang} (five).
     */
    @TestFactory
    Stream<DynamicTest> corpusPagesMergeWithoutNewNuErrors(@TempDir Path dir) throws IOException {
        Path html = Exports.CORPUS.resolve("html");
        if (!Files.isDirectory(html)) System.err.println("HtmlValidityTest: the conformance corpus is not at " + html
                + " (../shared/corpus beside the project): corpus Nu checks skipped");
        Assumptions.assumeTrue(Files.isDirectory(html), "corpus not present at " + html);
        List<Path> pages = new ArrayList<>(), skipped = new ArrayList<>();
        for (Path page : Exports.corpusFiles(false)) {
            if (!page.startsWith(html)) continue;
            (Files.size(page) <= CORPUS_PAGE_LIMIT || Files.readString(page, StandardCharsets.ISO_8859_1).contains("xml:lang")
                    ? pages : skipped).add(page);
        }
        assertFalse(pages.isEmpty());
        System.out.println("HtmlValidityTest: " + pages.size() + " corpus pages checked; larger than "
                + CORPUS_PAGE_LIMIT / 1024 + " KB, left out for time: " + skipped.stream().map(Exports::corpusName).toList());
        return pages.stream().map(page -> DynamicTest.dynamicTest(Exports.corpusName(page), () -> assertNoNewNuErrors(page, dir)));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertNoNewNuErrors(Path page) throws IOException {
        assertNoNewNuErrors(page, Files.createTempDirectory("html-validity"));
    }

    private static void assertNoNewNuErrors(Path page, Path dir) throws IOException {
        byte[] merged = pseudoMerge(dir, page);
        List<String> added = NuChecker.shared().newErrors(Files.readAllBytes(page), merged);
        assertEquals(List.of(), added, page + ": Nu checker errors the pseudo-translated merge adds");
    }

    /** The page exported, pseudo-translated and merged into the target locale: the bytes of its .ko.html. */
    private static byte[] pseudoMerge(Path dir, Path page) throws IOException {
        Path xlf = Files.createTempFile(dir, "pseudo", ".ko.xlf");
        Files.writeString(xlf, pseudoXliff(page));
        try {
            return output(MergeSupport.merge(xlf, REWRITE), ".ko.html");
        } catch (MergeException e) {
            throw new AssertionError(page + ": merge refused:" + describe(e), e);
        } catch (net.wpxliff.xliff.XliffException e) {
            throw new AssertionError(page + ": " + e.getMessage(), e);
        } finally {
            Files.delete(xlf);
        }
    }

    private static String pseudoXliff(Path page) {
        Exporter.Result exported = Exports.exportOne(page, XliffFormat.XLIFF12, false);
        ExportOptions options = new ExportOptions("en", "ko", true, false);
        net.wpxliff.xliff.SealedSource sealed;
        try {
            // signed with the exporting key (under target/, see pom.xml), as export signs it
            sealed = net.wpxliff.xliff.EmbeddedSource.of(exported.extraction().document(), options, exported.outputName())
                    .seal(net.wpxliff.trust.SigningKey.resolve(null, false));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return XliffFormat.XLIFF12.writer(options, PSEUDO_TARGETS).write(exported.extraction(), null, sealed);
    }

    private static Fragment unframed(Fragment fragment) {
        List<Part> parts = new ArrayList<>(fragment.parts());
        if (parts.get(0) instanceof Text first && first.value().startsWith("⟦")) parts.set(0, new Text(first.value().substring(1)));
        int last = parts.size() - 1;
        if (parts.get(last) instanceof Text end && end.value().endsWith("⟧")) {
            parts.set(last, new Text(end.value().substring(0, end.value().length() - 1)));
        }
        parts.removeIf(p -> p instanceof Text t && t.value().isEmpty());
        return Fragment.of(parts);
    }

    private static int endOf(byte[] page, String tag, Charset charset) {
        String text = new String(page, charset);
        int at = text.indexOf(tag);
        assertTrue(at >= 0, tag + " in the page");
        return text.substring(0, at + tag.length()).getBytes(charset).length;
    }
}
