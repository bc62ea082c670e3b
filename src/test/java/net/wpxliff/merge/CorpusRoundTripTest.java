package net.wpxliff.merge;

import net.wpxliff.testing.TranslationOf;
import net.wpxliff.Exporter;
import net.wpxliff.input.InputException;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The round trip over every file of the shared conformance corpus ({@code ../shared/corpus/wp} and
 * {@code html}), one container per file, in XLIFF 1.2 (the checks are {@link RoundTrip}'s, shared with the
 * XLIFF 2.1 round trip):
 * <ul>
 * <li><b>identity</b>: exported with the source copied into every target and merged without link rewriting,
 * every field comes back byte for byte (pages: the written file is the input file; posts: the written
 * JSON is the post object);</li>
 * <li><b>pseudo</b>: exported, pseudo-translated by {@code wpxliff pseudo}, merged: no more HTML parse
 * errors than the source, the same element tree, and no sentence of any unit left in English (see
 * {@link RoundTrip#assertNothingLeftUntranslated}).</li>
 * </ul>
 * Skipped, with a message, when the corpus is not beside the project (failed under CI: {@link SharedCorpus}).
 */
class CorpusRoundTripTest {
    static final Path CORPUS = Exports.CORPUS;
    /** The one corpus file that is not a document: Translate Toolkit's expectations, which export must refuse. */
    static final String NOT_A_DOCUMENT = Exports.NOT_A_DOCUMENT;

    @TempDir
    static Path work;

    private static RoundTrip roundTrip;

    @TestFactory
    Stream<DynamicNode> everyCorpusFileRoundTrips() throws IOException {
        if (!SharedCorpus.present()) return SharedCorpus.missing("corpus round trip (XLIFF 1.2)");
        roundTrip = new RoundTrip(XliffFormat.XLIFF12, work, Exports.corpusFiles(false), Exports::corpusName);
        return roundTrip.tests();
    }

    @Test
    void theOneFileThatIsNotADocumentIsRefusedByExport() {
        Path file = CORPUS.resolve(NOT_A_DOCUMENT);
        SharedCorpus.assumeCorpus("refusal of " + NOT_A_DOCUMENT);
        assertTrue(Files.isRegularFile(file), "the corpus no longer has " + file);
        assertThrows(InputException.class, () -> Exports.exporter(XliffFormat.XLIFF12, true).export(file));
    }

    @AfterAll
    static void summary() {
        if (roundTrip != null && roundTrip.ran()) System.out.println(roundTrip.summary("CorpusRoundTripTest"));
        roundTrip = null;
    }

    // ------------------------------------------------------------------ the English check checks

    private static void checkContent(Exporter.Result exported, String merged) {
        RoundTrip.assertNothingLeftUntranslated("test", exported.extraction().unitsOf("content"),
                RoundTrip.Parsed.of(exported.document().field("content").html()).doc(), RoundTrip.Parsed.of(merged).doc());
    }

    @Test
    void englishCheckCatchesAUnitMergedWithItsSource(@TempDir Path dir) {
        Exporter.Result exported = MergeSupport.exportOne(MergeSupport.SEED, false);
        String merged = field(MergeSupport.mergeText(dir, "seed.ko.xlf", KoreanTranslation.seed(exported.xliff()),
                MergeSupport.ALLOW_MISSING), "content");
        AssertionError e = assertThrows(AssertionError.class, () -> checkContent(exported, merged));
        assertTrue(e.getMessage().contains("The Chinese government isn’t shy about picking favorites either."),
                "the first English sentence of the first untranslated unit (content-2): " + e.getMessage());
    }

    @Test
    void englishCheckAllowsTheSameWordsOutsideUnits(@TempDir Path dir) throws IOException {
        Path post = dir.resolve("repeat.json");
        Files.writeString(post, "{\"id\":2,\"slug\":\"repeat\",\"title\":{\"rendered\":\"Repeat\"},\"content\":{\"rendered\":"
                + "\"<p>Run the tests before you merge.</p>\\n<pre>Run the tests before you merge.</pre>\\n"
                + "<p translate=\\\"no\\\">Run the tests before you merge.</p>\\n\"}}");
        Exporter.Result exported = MergeSupport.exportOne(post, false);
        assertEquals(1, exported.extraction().unitsOf("content").size(), "only the first paragraph is a unit");
        String content = exported.document().field("content").html();
        String translated = content.replaceFirst("<p>Run the tests before you merge.</p>", "<p>병합하기 전에 테스트를 실행하세요.</p>");
        checkContent(exported, translated);
        assertThrows(AssertionError.class, () -> checkContent(exported, content), "the unit itself left in English");
    }

    // ------------------------------------------------------------------ the bugs the corpus found, in small

    @Test
    void identityMergeKeepsSentencesTheSourceWritesWithoutSpaceBetween(@TempDir Path dir) throws IOException {
        Path post = dir.resolve("glued.json");
        Files.writeString(post, "{\"id\":4,\"slug\":\"glued\",\"title\":{\"rendered\":\"Glued\"},\"content\":{\"rendered\":"
                + "\"<p>It became a World Heritage Site in 1983.In 2007, it was voted one of the New Seven Wonders.</p>\\n"
                + "<p>Source:&nbsp;<a href=\\\"https://en.wikipedia.org/wiki/Machu_Picchu\\\">Machu Picchu</a></p>\\n\"}}");
        Exporter.Result exported = MergeSupport.exportOne(post, true);
        DocumentMerger.Result merged = MergeSupport.mergeText(dir, "glued.ko.xlf", exported.xliff(), STRICT);
        assertEquals(exported.document().field("content").html(), field(merged, "content"));
        assertEquals(TranslationOf.renamed(exported.document().text()), outputText(merged, ".ko.json"));
    }

    @Test
    void impliedFormattingElementDoesNotMoveTheTranslationToTheStartOfTheField(@TempDir Path dir) throws Exception {
        Path post = dir.resolve("implied.json");
        Files.writeString(post, "{\"id\":1,\"slug\":\"implied\",\"link\":\"https://example.com/en/implied/\","
                + "\"title\":{\"rendered\":\"Implied tags\"},"
                + "\"content\":{\"rendered\":\"<p><b>Want more?<p>Subscribe now</b></p>\\n<p>Last paragraph here.</p>\\n\"}}");
        Exporter.Result exported = MergeSupport.exportOne(post, true);
        TextUnit subscribe = exported.extraction().units().stream()
                .filter(u -> u.source().plainText().equals("Subscribe now")).findFirst().orElseThrow();
        String html = exported.document().field("content").html();
        assertEquals(html.indexOf("<p>Subscribe") + 3, subscribe.spanStart(), "the unit starts in its own paragraph");

        String xliff = MergeSupport.withTarget(exported.xliff(), subscribe.id(),
                MergeSupport.segments("지금 " + MergeSupport.unitBlock(exported.xliff(), subscribe.id())
                        .replaceAll("(?s).*<seg-source><mrk[^>]*>(.*?)Subscribe now(.*?)</mrk>.*", "$1구독하세요$2")));
        DocumentMerger.Result merged = MergeSupport.mergeText(dir, "implied.ko.xlf", xliff, STRICT);
        assertTrue(field(merged, "content").startsWith("<p><b>Want more?<p>"),
                "the translation stays in the second paragraph: " + field(merged, "content"));
    }
}
