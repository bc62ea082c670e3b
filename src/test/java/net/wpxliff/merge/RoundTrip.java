package net.wpxliff.merge;

import net.wpxliff.testing.TranslationOf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.XliffFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DynamicNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.elementTree;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The identity and pseudo-translation round trips over a list of files, in one XLIFF format (the checks of
 * {@link CorpusRoundTripTest}, shared with the XLIFF 2.1 round trip):
 * <ul>
 * <li><b>identity</b>: exported with the source copied into every target and merged without link rewriting,
 * every field comes back byte for byte (pages: the written file is the input file; posts: the written
 * JSON is the post object);</li>
 * <li><b>pseudo</b>: exported, pseudo-translated by {@code wpxliff pseudo} (which writes the format it read,
 * valid against that format's schema), merged: no more HTML parse errors than the source, the same element
 * tree, and no sentence of any unit left in English (see {@link #assertNothingLeftUntranslated}).</li>
 * </ul>
 * One instance per test class and format: it keeps the exports for the pseudo step, which runs the CLI once
 * over all of them. Thread-safe enough for JUnit's sequential dynamic tests.
 */
public final class RoundTrip {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PseudoTranslator PSEUDO = new PseudoTranslator();

    private final XliffFormat format;
    private final Path work;
    private final List<Path> files;
    private final Function<Path, String> names;

    private final AtomicLong documents = new AtomicLong(), units = new AtomicLong(), segments = new AtomicLong();
    private final AtomicLong identityNanos = new AtomicLong(), pseudoNanos = new AtomicLong();
    private final AtomicLong sentencesChecked = new AtomicLong(), sentencesExcluded = new AtomicLong();
    private long pseudoCliNanos;

    /**
     * @param work  a temporary folder for the exported and pseudo-translated files
     * @param files the input files (each must export)
     * @param names a file's name in test names and messages
     */
    public RoundTrip(XliffFormat format, Path work, List<Path> files, Function<Path, String> names) {
        this.format = format;
        this.work = work;
        this.files = List.copyOf(files);
        this.names = names;
    }

    /** All identity tests first: the pseudo step then runs wpxliff pseudo once over the files they exported. */
    public Stream<DynamicNode> tests() {
        return Stream.of(
                dynamicContainer("identity merge is byte-identical",
                        files.stream().map(file -> dynamicTest(names.apply(file), () -> identity(file)))),
                dynamicContainer("pseudo-translation merges without English left",
                        files.stream().map(file -> dynamicTest(names.apply(file), () -> pseudoChecks(file)))));
    }

    // ------------------------------------------------------------------ identity

    /** Exports with the source copied into the targets, by file; the pseudo step reuses them. */
    private final Map<Path, List<Exporter.Result>> exports = new ConcurrentHashMap<>();

    private List<Exporter.Result> export(Path file) throws InputException {
        List<Exporter.Result> results = exports.get(file);
        if (results == null) {
            results = Exports.exporter(format, true).export(file);
            exports.put(file, results);
        }
        return results;
    }

    private void identity(Path file) throws Exception {
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
                assertEquals(TranslationOf.renamed(doc.text()), outputText(merged, ".ko.json"),
                        doc.origin() + ": the written post JSON (its id recorded as translation_of)");
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

    /** What {@code wpxliff pseudo} made of the files: each document's pseudo XLIFF, by document origin. */
    private record PseudoBatch(Map<String, Path> byOrigin, Map<String, Exporter.Result> exports, String cliErrors) {
    }

    private PseudoBatch batch;

    /**
     * Runs {@code wpxliff pseudo} once over the XLIFF of every file (one CLI run: the sentence rules
     * are built once, not per file), and finds each output's document by the origin embedded in it. The
     * input XLIFF is the identity test's export (pseudo replaces the copied targets); files that test did
     * not export are exported here.
     */
    private synchronized PseudoBatch pseudoBatch() throws IOException, XliffException {
        if (batch != null) return batch;
        Path in = Files.createDirectories(work.resolve("exported")), out = work.resolve("pseudo");
        Map<String, Exporter.Result> exported = new LinkedHashMap<>();
        int n = 0;
        for (Path file : files) {
            List<Exporter.Result> results;
            try {
                results = export(file);
            } catch (InputException e) {
                continue; // the identity test of this file reports it
            }
            for (Exporter.Result result : results) {
                exported.put(result.document().origin(), result);
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
        batch = new PseudoBatch(byOrigin, exported, run.err());
        return batch;
    }

    private void pseudoChecks(Path file) throws Exception {
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
            assertPseudoFileIsInTheFormatItRead(origin, xlf);
            Exporter.Result exported = b.exports().get(origin);
            DocumentMerger.Result merged = mergeOrFail(xlf);
            for (Field f : exported.document().fields()) {
                Parsed source = Parsed.of(f.html()), html = Parsed.of(field(merged, f.key()));
                String where = origin + ": " + f.key();
                assertTrue(html.errors() <= source.errors(), where + ": more HTML parse errors than the source ("
                        + html.errors() + " > " + source.errors() + ")");
                assertEquals(expectedTree(source.doc(), html.doc()), elementTree(html.doc()), where + ": element tree");
                assertNothingLeftUntranslated(where, exported.extraction().unitsOf(f.key()), source.doc(), html.doc(),
                        sentencesChecked, sentencesExcluded);
            }
        }
        pseudoNanos.addAndGet(System.nanoTime() - start);
    }

    /**
     * The source's element tree, with its charset declaration first in {@code <head>} when merge moved it
     * there (a translated title before it would have pushed it past byte 1024; see CharsetDeclaration).
     */
    static List<String> expectedTree(Document source, Document merged) {
        List<String> tree = elementTree(source);
        Element declared = charsetMeta(source), moved = charsetMeta(merged);
        if (declared == null || moved == null || declared.elementSiblingIndex() == 0 || moved.elementSiblingIndex() != 0
                || declared.parent() != source.head() || moved.parent() != merged.head()) {
            return tree;
        }
        List<Element> elements = source.getAllElements();
        String line = tree.remove(elements.indexOf(declared));
        tree.add(elements.indexOf(source.head()) + 1, line);
        return tree;
    }

    private static Element charsetMeta(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (meta.hasAttr("charset") || meta.attr("http-equiv").equalsIgnoreCase("content-type")) return meta;
        }
        return null;
    }

    /** {@code wpxliff pseudo} writes the version it read (1.2 stays 1.2, 2.1 stays 2.1), valid for its schema. */
    private void assertPseudoFileIsInTheFormatItRead(String origin, Path xlf) throws IOException, XliffException {
        ReturnedFile returned = XliffFiles.read(xlf).get(0);
        assertEquals(format == XliffFormat.XLIFF2 ? "2.1" : "1.2", returned.xliffVersion(),
                origin + ": wpxliff pseudo wrote another XLIFF version than it read");
        String text = Files.readString(xlf);
        if (format == XliffFormat.XLIFF2) XliffSchemas.assertValidXliff2(text, origin + ": pseudo-translated XLIFF 2.1");
        else XliffSchemas.assertValidStrict(text, origin + ": pseudo-translated XLIFF 1.2");
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
    public static void assertNothingLeftUntranslated(String where, List<TextUnit> fieldUnits, Document source, Document merged) {
        assertNothingLeftUntranslated(where, fieldUnits, source, merged, new AtomicLong(), new AtomicLong());
    }

    /** As above, counting the pieces checked and those excluded. */
    static void assertNothingLeftUntranslated(String where, List<TextUnit> fieldUnits, Document source, Document merged,
                                              AtomicLong sentencesChecked, AtomicLong sentencesExcluded) {
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
    private static final java.util.regex.Pattern BLOCK_OPENER =
            java.util.regex.Pattern.compile("(?s)\\s*wp:[a-z][a-z0-9_/-]*\\s+(\\{.*\\})\\s+/?");

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
        // block attributes: the strings of each Gutenberg delimiter's attribute JSON
        StringBuilder blockAttributes = new StringBuilder();
        for (org.jsoup.nodes.Comment comment : doc.select("*").comments()) {
            java.util.regex.Matcher m = BLOCK_OPENER.matcher(comment.getData());
            if (!m.matches()) continue;
            try {
                strings(JSON.readTree(m.group(1)), blockAttributes);
            } catch (IOException e) {
                // invalid attribute JSON has no units
            }
        }
        Map<TextContext, String> text = new EnumMap<>(TextContext.class);
        text.put(TextContext.BLOCK_ATTRIBUTE, blockAttributes.toString());
        text.put(TextContext.HTML_TEXT, normalize(doc.text()));
        text.put(TextContext.HTML_ATTRIBUTE, attributes.toString());
        text.put(TextContext.JSON_STRING, jsonLd.toString());
        return text;
    }

    /** A field parsed once, with the number of HTML parse errors. */
    public record Parsed(Document doc, int errors) {
        public static Parsed of(String html) {
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

    /** One line for the test log: sizes and times of this round trip. */
    public String summary(String name) {
        return String.format("%s: %d files, %d documents, %d units, %d segments; identity (export +"
                        + " merge) %.1f s; wpxliff pseudo %.1f s; pseudo merges and checks %.1f s; %d sentences checked for"
                        + " English, %d excluded (short, no letters, or unchanged by the pseudo-translator; distinct per field)",
                name, files.size(), documents.get(), units.get(), segments.get(), identityNanos.get() / 1e9,
                pseudoCliNanos / 1e9, pseudoNanos.get() / 1e9, sentencesChecked.get(), sentencesExcluded.get());
    }

    /** True when the round trip ran at least one document (for the summary). */
    public boolean ran() {
        return documents.get() > 0;
    }
}
