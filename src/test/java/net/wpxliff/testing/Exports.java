package net.wpxliff.testing;

import net.wpxliff.Exporter;
import net.wpxliff.input.InputException;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.Xliff12Writer;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Shared places and shortcuts for the export tests. */
public final class Exports {
    /** The project's sample post (tests run with the project directory as working directory). */
    public static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    /** The shared conformance corpus beside the project; may be absent (then corpus tests skip). */
    public static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

    private Exports() {
    }

    /** en → ko, segmented, no target copy: what {@code wpxliff export} does by default. */
    public static Exporter defaultExporter() {
        return new Exporter(new Xliff12Writer.Options("en", "ko", true, false));
    }

    /** Building an exporter compiles the SRX rules (~0.1 s): tests share one per thread. */
    private static final ThreadLocal<Exporter> SHARED = ThreadLocal.withInitial(Exports::defaultExporter);

    /** This thread's shared default exporter (export(...) uses it too). */
    public static Exporter shared() {
        return SHARED.get();
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
        URL url = Exports.class.getResource("/fixtures/" + name);
        if (url == null) throw new IllegalStateException("fixture " + name + " is not on the test classpath");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
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
