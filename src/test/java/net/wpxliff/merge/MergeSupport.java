package net.wpxliff.merge;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.InputException;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.ExportOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Shortcuts for the merge acceptance tests: export a document, edit the XLIFF the way a translator or a
 * tool would, merge it back (API or CLI), and look at the result's HTML structure.
 */
final class MergeSupport {
    /** The project's sample post. */
    static final Path SEED = Exports.SEED;
    /** A small post of ours with internal, relative and external links, attributes and a line break. */
    static final String LINKS_FIXTURE = "internal-links-fixture.json";

    static final DocumentMerger.Options STRICT = new DocumentMerger.Options(false, false);
    static final DocumentMerger.Options ALLOW_MISSING = new DocumentMerger.Options(true, false);
    static final DocumentMerger.Options REWRITE = new DocumentMerger.Options(false, true);

    private MergeSupport() {
    }

    /** A file of src/test/resources/merge. */
    static Path resource(String name) {
        URL url = MergeSupport.class.getResource("/merge/" + name);
        if (url == null) throw new IllegalStateException("/merge/" + name + " is not on the test classpath");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- export

    /** Building an exporter compiles the SRX rules: one per thread and option. */
    private static final ThreadLocal<Exporter> PLAIN = ThreadLocal.withInitial(() -> exporter(false));
    private static final ThreadLocal<Exporter> COPY = ThreadLocal.withInitial(() -> exporter(true));

    private static Exporter exporter(boolean copySource) {
        return new Exporter(new ExportOptions("en", "ko", true, copySource));
    }

    /**
     * Exports a one-document file, en → ko, segmented.
     *
     * @param copySource pre-fill every target with its source (an "identity translation")
     */
    static Exporter.Result exportOne(Path file, boolean copySource) {
        try {
            List<Exporter.Result> results = (copySource ? COPY : PLAIN).get().export(file);
            assertEquals(1, results.size(), file + ": number of documents");
            return results.get(0);
        } catch (InputException e) {
            throw new AssertionError(file + ": export failed: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- merge

    static Path write(Path dir, String name, String xliff) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, xliff, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A merger compiles sentence rules on first use: one per thread and options (they are not thread-safe). */
    private static final ThreadLocal<Map<DocumentMerger.Options, Merger>> MERGERS = ThreadLocal.withInitial(HashMap::new);

    static Merger merger(DocumentMerger.Options options) {
        return MERGERS.get().computeIfAbsent(options, Merger::new);
    }

    /** Reads a returned XLIFF holding one {@code <file>} and merges it. */
    static DocumentMerger.Result merge(Path xlf, DocumentMerger.Options options) throws XliffException, MergeException {
        List<ReturnedFile> files = XliffFiles.read(xlf);
        assertEquals(1, files.size(), xlf + ": number of <file> elements");
        return merger(options).merge(files.get(0));
    }

    /** Writes the XLIFF text to {@code dir/name} and merges it; any refusal fails the test with its problems. */
    static DocumentMerger.Result mergeText(Path dir, String name, String xliff, DocumentMerger.Options options) {
        Path file = write(dir, name, xliff);
        try {
            return merge(file, options);
        } catch (MergeException e) {
            throw new AssertionError("merge refused " + file + ":\n" + e.getMessage(), e);
        } catch (XliffException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the XLIFF text and expects merge to refuse it with problems. */
    static MergeException refused(Path dir, String name, String xliff, DocumentMerger.Options options) {
        Path file = write(dir, name, xliff);
        return assertThrows(MergeException.class, () -> merge(file, options), name + ": merge must refuse this file");
    }

    static String field(DocumentMerger.Result result, String key) {
        String html = result.fields().get(key);
        if (html == null) fail("no field " + key + " in the merge result; fields: " + result.fields().keySet());
        return html;
    }

    static byte[] output(DocumentMerger.Result result, String suffix) {
        return result.outputs().stream().filter(o -> o.suffix().equals(suffix)).findFirst()
                .map(DocumentMerger.Output::content)
                .orElseGet(() -> fail("no output " + suffix + "; outputs: "
                        + result.outputs().stream().map(DocumentMerger.Output::suffix).toList()));
    }

    static String outputText(DocumentMerger.Result result, String suffix) {
        return new String(output(result, suffix), StandardCharsets.UTF_8);
    }

    /** Problems as "unit: message" lines, for assertion messages. */
    static String describe(MergeException e) {
        return e.problems().stream().map(p -> p.unitId() + " (line " + p.line() + "): " + p.message())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    // ---------------------------------------------------------------- CLI

    /** What one command line did. */
    record CliRun(int exitCode, String out, String err) {
    }

    /** Runs {@code wpxliff ...} in-process with System.out and System.err captured (restored afterwards). */
    static CliRun cli(String... args) {
        Cli.Run run = Cli.run(args);
        return new CliRun(run.exitCode(), run.out(), run.err());
    }

    /** Regular files under a directory (none when it does not exist). */
    static List<Path> filesUnder(Path dir) {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- editing XLIFF text

    /** The text of {@code <trans-unit id="ID" ...>...</trans-unit>} in an exported file. */
    static String unitBlock(String xliff, String id) {
        int[] span = unitSpan(xliff, id);
        return xliff.substring(span[0], span[1]);
    }

    private static int[] unitSpan(String xliff, String id) {
        int start = xliff.indexOf("<trans-unit id=\"" + id + "\"");
        if (start < 0) fail("no trans-unit " + id + " in the XLIFF");
        int end = xliff.indexOf("</trans-unit>", start);
        return new int[]{start, end + "</trans-unit>".length()};
    }

    /** Replaces one unit's whole block. */
    static String replaceUnit(String xliff, String id, String newBlock) {
        int[] span = unitSpan(xliff, id);
        return xliff.substring(0, span[0]) + newBlock + xliff.substring(span[1]);
    }

    /** Replaces text inside one unit's block only; the text must be there. */
    static String editUnit(String xliff, String id, String from, String to) {
        String block = unitBlock(xliff, id);
        if (!block.contains(from)) fail("unit " + id + " has no \"" + from + "\":\n" + block);
        return replaceUnit(xliff, id, block.replace(from, to));
    }

    /**
     * Gives a unit this target content (raw XLIFF inline markup), replacing its target or adding one
     * where export puts it (after {@code <seg-source>}).
     */
    static String withTarget(String xliff, String id, String targetContent) {
        String block = unitBlock(xliff, id);
        String target = "<target xml:lang=\"ko\" state=\"translated\">" + targetContent + "</target>";
        int start = block.indexOf("<target");
        String edited;
        if (start >= 0) {
            int end = block.indexOf("</target>", start) + "</target>".length();
            edited = block.substring(0, start) + target + block.substring(end);
        } else {
            int at = block.indexOf("</seg-source>") + "</seg-source>".length();
            edited = block.substring(0, at) + "\n" + target + block.substring(at);
        }
        return replaceUnit(xliff, id, edited);
    }

    /** Removes a unit's target. */
    static String withoutTarget(String xliff, String id) {
        String block = unitBlock(xliff, id);
        int start = block.indexOf("<target");
        if (start < 0) return xliff;
        int end = block.indexOf("</target>", start) + "</target>".length();
        if (block.charAt(end) == '\n') end++;
        return replaceUnit(xliff, id, block.substring(0, start) + block.substring(end));
    }

    /** Target content of sentences, written as export writes them: {@code <mrk mtype="seg" mid="N">}, a space between. */
    static String segments(String... sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) sb.append(' ');
            sb.append("<mrk mtype=\"seg\" mid=\"").append(i + 1).append("\">").append(sentences[i]).append("</mrk>");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- HTML structure

    /** Parses HTML the way merge's own check does (a fragment parses into html/head/body). */
    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser());
    }

    /**
     * The element tree as lines: indentation for depth, the tag, and the attribute names in order.
     * Two HTML texts with equal trees have the same elements, nesting and attributes (values may differ).
     */
    static List<String> elementTree(String html) {
        return elementTree(parse(html));
    }

    static List<String> elementTree(Document doc) {
        List<String> lines = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            StringBuilder line = new StringBuilder("  ".repeat(depth(el))).append(el.normalName());
            for (Attribute a : el.attributes()) line.append(' ').append(a.getKey());
            lines.add(line.toString());
        }
        return lines;
    }

    private static int depth(Element el) {
        int d = 0;
        for (Element p = el.parent(); p != null; p = p.parent()) d++;
        return d;
    }

    // ---------------------------------------------------------------- diff

    /** The lines only in {@code before} and the lines only in {@code after}, by a longest-common-subsequence diff. */
    record LineDiff(List<String> removed, List<String> added) {
        static LineDiff of(String before, String after) {
            String[] a = before.split("\n", -1), b = after.split("\n", -1);
            int[][] lcs = new int[a.length + 1][b.length + 1];
            for (int i = a.length - 1; i >= 0; i--) {
                for (int j = b.length - 1; j >= 0; j--) {
                    lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            List<String> removed = new ArrayList<>(), added = new ArrayList<>();
            int i = 0, j = 0;
            while (i < a.length || j < b.length) {
                if (i < a.length && j < b.length && a[i].equals(b[j])) {
                    i++;
                    j++;
                } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    added.add(b[j++]);
                } else {
                    removed.add(a[i++]);
                }
            }
            return new LineDiff(removed, added);
        }
    }

    /** Number of errors jsoup's HTML parser reports for the text. */
    static int parseErrors(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(100_000);
        Jsoup.parse(html, "", parser);
        return parser.getErrors().size();
    }
}
