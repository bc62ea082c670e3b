package net.wpxliff.testing;

import net.wpxliff.Exporter;
import net.wpxliff.input.InputException;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.ExportOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Shared places and shortcuts for the export tests. */
public final class Exports {
    /** The project's sample post (tests run with the project directory as working directory). */
    public static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    /** The shared conformance corpus beside the project; may be absent (see {@link SharedCorpus}). */
    public static final Path CORPUS = SharedCorpus.ROOT;

    /** The one corpus file that is not a document (Translate Toolkit's expectations): export must refuse it. */
    public static final String NOT_A_DOCUMENT = "html/tt-html2po/expected.json";

    private Exports() {
    }

    /** True when the corpus is beside the project (with its wp and html folders). */
    public static boolean corpusPresent() {
        return SharedCorpus.present();
    }

    /** Every file of corpus/wp and corpus/html (no dot files), sorted, with or without {@link #NOT_A_DOCUMENT}. */
    public static List<Path> corpusFiles(boolean withTheNonDocument) {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("wp", "html")) {
            try (Stream<Path> walk = Files.walk(CORPUS.resolve(dir))) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!withTheNonDocument) files.removeIf(p -> corpusName(p).equals(NOT_A_DOCUMENT));
        return files;
    }

    /** A corpus file's name relative to the corpus, '/'-separated ({@code wp/post.json}). */
    public static String corpusName(Path file) {
        return CORPUS.relativize(file).toString().replace('\\', '/');
    }

    /** en → ko, segmented, no target copy: what {@code wpxliff export} does by default. */
    public static Exporter defaultExporter() {
        return new Exporter(new ExportOptions("en", "ko", true, false));
    }

    /** Building an exporter compiles the SRX rules (~0.1 s): tests share one per thread. */
    private static final ThreadLocal<Exporter> SHARED = ThreadLocal.withInitial(Exports::defaultExporter);

    /** This thread's shared default exporter (export(...) uses it too). */
    public static Exporter shared() {
        return SHARED.get();
    }

    /** Exporters by format and --copy-source, per thread (exporters are not thread-safe). */
    private static final ThreadLocal<Map<String, Exporter>> BY_FORMAT = ThreadLocal.withInitial(HashMap::new);

    /** This thread's shared exporter en → ko, segmented, in the given format, with or without copied targets. */
    public static Exporter exporter(XliffFormat format, boolean copySource) {
        return BY_FORMAT.get().computeIfAbsent(format + "/" + copySource,
                k -> new Exporter(new ExportOptions("en", "ko", true, copySource), format));
    }

    /** Exports in the given format; a failure is an assertion error naming the file. */
    public static List<Exporter.Result> export(Path file, XliffFormat format, boolean copySource) {
        try {
            return exporter(format, copySource).export(file);
        } catch (InputException e) {
            throw new AssertionError(file + ": export failed: " + e.getMessage(), e);
        }
    }

    /** Exports a file that holds exactly one document, in the given format. */
    public static Exporter.Result exportOne(Path file, XliffFormat format, boolean copySource) {
        List<Exporter.Result> results = export(file, format, copySource);
        assertEquals(1, results.size(), file + ": number of documents");
        return results.get(0);
    }

    /** A file of src/test/resources (a path such as {@code /xliff2/bold-across-sentences.json}). */
    public static Path resource(String path) {
        URL url = Exports.class.getResource(path);
        if (url == null) throw new IllegalStateException(path + " is not on the test classpath");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Exports with the default options (a shared exporter); a failure is an assertion error naming the file. */
    public static List<Exporter.Result> export(Path file) {
        try {
            return SHARED.get().export(file);
        } catch (InputException e) {
            throw new AssertionError(file + ": export failed: " + e.getMessage(), e);
        }
    }

    /** Exports a file that holds exactly one document. */
    public static Exporter.Result exportOne(Path file) {
        List<Exporter.Result> results = export(file);
        assertEquals(1, results.size(), file + ": number of documents");
        return results.get(0);
    }

    /** A file of src/test/resources/fixtures. */
    public static Path fixture(String name) {
        return resource("/fixtures/" + name);
    }

    public static Optional<TextUnit> unitWithText(Exporter.Result result, String plainText) {
        return result.extraction().units().stream().filter(u -> u.source().plainText().equals(plainText)).findFirst();
    }

    public static TextUnit requireUnitWithText(Exporter.Result result, String plainText) {
        return unitWithText(result, plainText).orElseGet(() -> fail("no unit with source text \"" + plainText
                + "\"; units are:\n  " + describe(result)));
    }

    public static TextUnit unit(Exporter.Result result, String id) {
        return result.extraction().units().stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseGet(() -> fail("no unit " + id + "; units are:\n  " + describe(result)));
    }

    /** Segment plain texts of a unit, in order. */
    public static List<String> segmentTexts(TextUnit unit) {
        return unit.segments().stream().map(s -> s.content().plainText()).toList();
    }

    /** One line per unit: id, resname, source with codes shown as {n}...{/n}. */
    public static String describe(Exporter.Result result) {
        StringBuilder sb = new StringBuilder();
        for (TextUnit u : result.extraction().units()) {
            if (!sb.isEmpty()) sb.append("\n  ");
            sb.append(u.id()).append(" [").append(u.resname()).append("] ").append(u.source());
        }
        return sb.toString();
    }

    /** The XLIFF without the embedded source in the header: what translators see. */
    public static String body(String xliff) {
        int start = xliff.indexOf("<body>");
        int end = xliff.lastIndexOf("</body>");
        if (start < 0 || end < start) fail("no <body> in the XLIFF:\n" + xliff);
        return xliff.substring(start, end + "</body>".length());
    }
}
