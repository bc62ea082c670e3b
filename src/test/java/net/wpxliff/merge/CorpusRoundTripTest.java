package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.Xliff12Writer;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.elementTree;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The round trip over every file of the shared conformance corpus ({@code ../shared/corpus/wp} and
 * {@code html}), one container per file:
 * <ul>
 * <li><b>identity</b>: exported with the source copied into every target and merged without link rewriting,
 * every field comes back byte for byte (pages: the written file is the input file; posts: the written
 * JSON is the post object);</li>
 * <li><b>pseudo</b>: exported, pseudo-translated by {@code wpxliff pseudo}, merged: no more HTML parse
 * errors than the source, the same element tree, and no sentence of any unit left in English (see
 * {@link #assertNothingLeftUntranslated}).</li>
 * </ul>
 * Skipped, with a message, when the corpus is not beside the project.
 */
class CorpusRoundTripTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
    /** The one corpus file that is not a document: Translate Toolkit's expectations, which export must refuse. */
    static final String NOT_A_DOCUMENT = "html/tt-html2po/expected.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PseudoTranslator PSEUDO = new PseudoTranslator();

    @TempDir
    static Path work;

    private static final AtomicLong documents = new AtomicLong(), units = new AtomicLong(), segments = new AtomicLong();
    private static final AtomicLong identityNanos = new AtomicLong(), pseudoNanos = new AtomicLong();
    private static final AtomicLong sentencesChecked = new AtomicLong(), sentencesExcluded = new AtomicLong();
    private static int fileCount;
    private static long pseudoCliNanos;

    @TestFactory
    Stream<DynamicNode> everyCorpusFileRoundTrips() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the conformance corpus is not at " + CORPUS
                + " (../shared/corpus beside the project): corpus round trip skipped");
        List<Path> files = corpusFiles();
        fileCount = files.size();
        // all identity tests first: the pseudo step then runs wpxliff pseudo once over the files they exported
        return Stream.of(
                dynamicContainer("identity merge is byte-identical",
                        files.stream().map(file -> dynamicTest(relative(file), () -> identity(file)))),
                dynamicContainer("pseudo-translation merges without English left",
                        files.stream().map(file -> dynamicTest(relative(file), () -> pseudo(file)))));
    }

    @Test
    void theOneFileThatIsNotADocumentIsRefusedByExport() {
        Path file = CORPUS.resolve(NOT_A_DOCUMENT);
        Assumptions.assumeTrue(Files.isRegularFile(file), "corpus not present: " + file);
        assertThrows(InputException.class, () -> exporter(true).export(file));
    }

    /** Every file of corpus/wp and corpus/html but the one that is not a document, sorted. */
    static List<Path> corpusFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("wp", "html")) {
            try (Stream<Path> walk = Files.walk(CORPUS.resolve(dir))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                        .forEach(files::add);
            }
        }
        files.removeIf(p -> relative(p).equals(NOT_A_DOCUMENT));
        return files;
    }

    static String relative(Path file) {
        return CORPUS.relativize(file).toString().replace('\\', '/');
    }

    // ------------------------------------------------------------------ identity

    private static final ThreadLocal<Map<Boolean, Exporter>> EXPORTERS = ThreadLocal.withInitial(HashMap::new);

    static Exporter exporter(boolean copySource) {
        return EXPORTERS.get().computeIfAbsent(copySource,
                copy -> new Exporter(new Xliff12Writer.Options("en", "ko", true, copy)));
    }

    /** Exports with the source copied into the targets, by file; the pseudo step reuses them. */
    private static final Map<Path, List<Exporter.Result>> EXPORTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Exporter.Result> export(Path file) throws InputException {
        List<Exporter.Result> results = EXPORTS.get(file);
        if (results == null) {
            results = exporter(true).export(file);
            EXPORTS.put(file, results);
        }
        return results;
    }

    private static void identity(Path file) throws Exception {
        long start = System.nanoTime();
        List<Exporter.Result> exported = export(file);
        assertFalse(exported.isEmpty(), "no document in " + file);
        for (Exporter.Result result : exported) {
            documents.incrementAndGet();
            units.addAndGet(result.extraction().units().size());
            segments.addAndGet(result.extraction().units().stream().mapToInt(u -> u.segments().size()).sum());
            SourceDocument doc = result.document();
            Path xlf = Files.createTempFile(work, "identity", ".xlf");
            Files.writeString(xlf, result.xliff());
            DocumentMerger.Result merged = mergeOrFail(xlf);
            for (Field f : doc.fields()) {
                assertEquals(f.html(), field(merged, f.key()), doc.origin() + ": " + f.key() + " after an untranslated merge");
            }
            if (doc.kind() == SourceDocument.Kind.HTML_PAGE) {
                assertArrayEquals(Files.readAllBytes(file), MergeSupport.output(merged, ".ko.html"),
                        doc.origin() + ": the written page is the input file, byte for byte");
            } else {
                assertEquals(doc.text(), outputText(merged, ".ko.json"), doc.origin() + ": the written post JSON");
            }
            Files.delete(xlf);
        }
        identityNanos.addAndGet(System.nanoTime() - start);
    }

    private static DocumentMerger.Result mergeOrFail(Path xlf) throws XliffException {
        try {
            return MergeSupport.merge(xlf, STRICT);
        } catch (MergeException e) {
            throw new AssertionError("merge refused:" + MergeSupport.describe(e), e);
        }
    }

    // ------------------------------------------------------------------ pseudo-translation

    /** What {@code wpxliff pseudo} made of the whole corpus: each document's pseudo XLIFF, by document origin. */
    private record PseudoBatch(Map<String, Path> byOrigin, Map<String, Exporter.Result> exports, String cliErrors) {
    }

    private static PseudoBatch batch;

    /**
     * Runs {@code wpxliff pseudo} once over the XLIFF of every corpus file (one CLI run: the sentence rules
     * are built once, not per file), and finds each output's document by the origin embedded in it. The
     * input XLIFF is the identity test's export (pseudo replaces the copied targets); files that test did
     * not export are exported here.
     */
    private static synchronized PseudoBatch pseudoBatch() throws IOException, XliffException {
        if (batch != null) return batch;
        Path in = Files.createDirectories(work.resolve("exported")), out = work.resolve("pseudo");
        Map<String, Exporter.Result> exports = new LinkedHashMap<>();
        int n = 0;
        for (Path file : corpusFiles()) {
            List<Exporter.Result> results;
            try {
                results = export(file);
            } catch (InputException e) {
                continue; // the identity test of this file reports it
            }
            for (Exporter.Result result : results) {
                exports.put(result.document().origin(), result);
                Files.writeString(in.resolve(String.format("%04d.xlf", n++)), result.xliff());
            }
        }
        long start = System.nanoTime();
        MergeSupport.CliRun run = MergeSupport.cli("pseudo", in.toString(), "-o", out.toString());
        pseudoCliNanos = System.nanoTime() - start;
        Map<String, Path> byOrigin = new HashMap<>();
        for (Path xlf : MergeSupport.filesUnder(out)) {
            ReturnedFile returned = XliffFiles.read(xlf).get(0);
            try {
                byOrigin.put(Merger.embeddedSource(returned).origin(), xlf);
            } catch (MergeException e) {
                throw new AssertionError(xlf + ": pseudo wrote a file without a valid embedded source", e);
            }
        }
        batch = new PseudoBatch(byOrigin, exports, run.err());
        return batch;
    }

    private static void pseudo(Path file) throws Exception {
        pseudoChecks(file);
    }

    private static void pseudoChecks(Path file) throws Exception {
        PseudoBatch b = pseudoBatch();
        long start = System.nanoTime();
        List<String> origins = b.exports().keySet().stream()
                .filter(o -> o.equals(file.toString()) || o.startsWith(file + "[")).toList();
        assertFalse(origins.isEmpty(), file + " was not exported");
        for (String origin : origins) {
            Path xlf = b.byOrigin().get(origin);
            if (xlf == null) {
                fail("wpxliff pseudo wrote nothing for " + origin + "; its errors:\n" + b.cliErrors());
            }
            Exporter.Result exported = b.exports().get(origin);
            DocumentMerger.Result merged = mergeOrFail(xlf);
            for (Field f : exported.document().fields()) {
                Parsed source = Parsed.of(f.html()), html = Parsed.of(field(merged, f.key()));
                String where = origin + ": " + f.key();
                assertTrue(html.errors() <= source.errors(), where + ": more HTML parse errors than the source ("
                        + html.errors() + " > " + source.errors() + ")");
                assertEquals(elementTree(source.doc()), elementTree(html.doc()), where + ": element tree");
                assertNothingLeftUntranslated(where, exported.extraction().unitsOf(f.key()), source.doc(), html.doc());
            }
        }
        pseudoNanos.addAndGet(System.nanoTime() - start);
    }

    /**
     * No sentence of a unit is left in English. A "sentence" here is a piece of a segment's text between
     * standalone codes (an image, a line break or a protected {@code <code>} splits the text where the
     * page's text has something else; paired codes such as {@code <b>} do not), whitespace collapsed. It is
     * checked when it has at least 2 words and a letter.
     *
     * <p>Exclusions, derived rather than listed:
     * <ul>
     * <li>pieces the pseudo-translator does not change (it transliterates ASCII letters only: the Greek,
     * Cyrillic, Armenian and Japanese test pages read the same translated or not);</li>
     * <li>occurrences the source has outside the units (text in {@code <code>}/{@code <pre>}, {@code translate="no"},
     * untranslatable attributes such as {@code href}, markup export left alone with a warning) legitimately
     * stay: a piece may appear in the merged page at most as often as it appears in the source minus its
     * occurrences inside units.</li>
     * </ul>
     * The text searched is where each kind of unit lands: the page text for element text, every attribute
     * value for attributes, every JSON-LD string for JSON-LD.
     */
    static void assertNothingLeftUntranslated(String where, List<TextUnit> fieldUnits, Document source, Document merged) {
        Map<TextContext, String> sourceText = landingText(source), mergedText = landingText(merged);
        Map<TextContext, List<String>> pieces = new EnumMap<>(TextContext.class);
        for (TextUnit unit : fieldUnits) {
            for (Segment s : unit.segments()) pieces.computeIfAbsent(unit.context(), c -> new ArrayList<>()).addAll(pieces(s));
        }
        for (Map.Entry<TextContext, List<String>> entry : pieces.entrySet()) {
            // pieces hold no line break: counting in the joined text counts inside each piece
            String inUnits = String.join("\n", entry.getValue());
            String before = sourceText.get(entry.getKey()), after = mergedText.get(entry.getKey());
            for (String piece : new java.util.LinkedHashSet<>(entry.getValue())) {
                if (!checkable(piece)) {
                    sentencesExcluded.incrementAndGet();
                    continue;
                }
                sentencesChecked.incrementAndGet();
                int found = count(after, piece);
                if (found == 0) continue;
                int allowed = Math.max(0, count(before, piece) - count(inUnits, piece));
                if (found > allowed) {
                    fail(where + ": a " + entry.getKey() + " sentence is still in English (" + found + " times in the merged"
                            + " field, " + allowed + " allowed outside units): \"" + piece + "\"");
                }
            }
        }
    }

    /** Pieces of a segment's text between standalone codes, whitespace collapsed. */
    static List<String> pieces(Segment segment) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Part part : segment.content().parts()) {
            if (part instanceof Text t) {
                current.append(t.value());
            } else if (((Code) part).kind() == Code.Kind.STANDALONE) {
                pieces.add(normalize(current.toString()));
                current.setLength(0);
            }
        }
        pieces.add(normalize(current.toString()));
        pieces.removeIf(String::isEmpty);
        return pieces;
    }

    static boolean checkable(String piece) {
        if (piece.split(" ").length < 2 || piece.codePoints().noneMatch(Character::isLetter)) return false;
        String pseudo = PSEUDO.translate(Fragment.text(piece)).plainText();
        return !pseudo.substring(1, pseudo.length() - 1).equals(piece); // without the ⟦ ⟧ frame
    }

    /** For each kind of unit, the text of the field where such units land. */
    static Map<TextContext, String> landingText(Document doc) {
        StringBuilder attributes = new StringBuilder(), jsonLd = new StringBuilder();
        for (Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) attributes.append(normalize(a.getValue())).append('\n');
            if (el.normalName().equals("script") && el.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
                try {
                    strings(JSON.readTree(el.data()), jsonLd);
                } catch (IOException e) {
                    // invalid JSON-LD has no units
                }
            }
        }
        Map<TextContext, String> text = new EnumMap<>(TextContext.class);
        text.put(TextContext.HTML_TEXT, normalize(doc.text()));
        text.put(TextContext.HTML_ATTRIBUTE, attributes.toString());
        text.put(TextContext.JSON_STRING, jsonLd.toString());
        return text;
    }

    /** A field parsed once, with the number of HTML parse errors. */
    record Parsed(Document doc, int errors) {
        static Parsed of(String html) {
            Parser parser = Parser.htmlParser().setTrackErrors(100_000);
            Document doc = Jsoup.parse(html, "", parser);
            return new Parsed(doc, parser.getErrors().size());
        }
    }

    private static void strings(JsonNode node, StringBuilder out) {
        if (node.isTextual()) out.append(normalize(node.asText())).append('\n');
        for (JsonNode child : node) strings(child, out);
    }

    static String normalize(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) n++;
        return n;
    }

    @AfterAll
    static void summary() {
        EXPORTS.clear();
        batch = null;
        if (documents.get() == 0) return;
        System.out.printf("CorpusRoundTripTest: %d files, %d documents, %d units, %d segments; identity (export +"
                        + " merge) %.1f s; wpxliff pseudo %.1f s; pseudo merges and checks %.1f s; %d sentences checked for"
                        + " English, %d excluded (short, no letters, or unchanged by the pseudo-translator; distinct per field)%n",
                fileCount, documents.get(), units.get(), segments.get(), identityNanos.get() / 1e9, pseudoCliNanos / 1e9,
                pseudoNanos.get() / 1e9, sentencesChecked.get(), sentencesExcluded.get());
    }

    // ------------------------------------------------------------------ the English check checks

    private static void checkContent(Exporter.Result exported, String merged) {
        assertNothingLeftUntranslated("test", exported.extraction().unitsOf("content"),
                Parsed.of(exported.document().field("content").html()).doc(), Parsed.of(merged).doc());
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
        assertEquals(exported.document().text(), outputText(merged, ".ko.json"));
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
