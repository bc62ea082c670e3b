package net.wpxliff.fuzz;

import net.wpxliff.testing.TranslationOf;
import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.SchemaCheck;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Export never writes XLIFF it would refuse to read back, whatever the input: a seeded fuzz over hostile
 * posts and HTML pages (control characters in tag names, attribute names, values and text, binary junk,
 * lone surrogates, deep nesting, odd entities, broken JSON-LD). For each input and both formats, export
 * either succeeds or fails with an error naming the file; the XLIFF is schema-valid, reads back, and an
 * identity merge gives the source again byte for byte.
 */
class HostileInputFuzzTest {
    private static final long SEED = 7_0006L;
    private static final int POSTS = 150;
    private static final int PAGES = 150;

    @TempDir
    Path work;

    private final Exporter xliff12 = new Exporter(new ExportOptions("en", "ko", true, true), XliffFormat.XLIFF12);
    private final Exporter xliff2 = new Exporter(new ExportOptions("en", "ko", true, true), XliffFormat.XLIFF2);
    private final Merger merger = new Merger(new DocumentMerger.Options(false, false));

    @Test
    void hostilePostsAndPagesGiveValidXliffThatMergesBackExactly() throws Exception {
        Random random = new Random(SEED);
        List<String> refused = new ArrayList<>();
        int documents = 0;
        for (int i = 0; i < POSTS + PAGES; i++) {
            boolean page = i >= POSTS;
            Path input = work.resolve("in-" + i + (page ? ".html" : ".json"));
            if (page) Files.write(input, HostileHtml.pageBytes(random));
            else Files.writeString(input, HostileHtml.postJson(random, i), StandardCharsets.US_ASCII);
            for (Exporter exporter : List.of(xliff12, xliff2)) {
                List<Exporter.Result> results;
                try {
                    results = exporter.export(input);
                } catch (InputException e) {
                    // a clear refusal is allowed: it names the file
                    assertTrue(e.getMessage() != null && e.getMessage().contains(input.toString()),
                            input + ": the refusal does not name the file: " + e.getMessage());
                    refused.add(input.getFileName() + ": " + e.getMessage());
                    continue;
                }
                for (Exporter.Result result : results) {
                    documents++;
                    checkRoundTrip(input, result);
                }
            }
        }
        System.out.printf("hostile-input fuzz: %d documents exported, merged back exactly (1.2 and 2.1); %d exports refused with an error%n",
                documents, refused.size());
        refused.stream().map(m -> m.replaceAll("^.*?: .*?: ", "").replaceAll("byte \\d+ \\(0x..\\)", "byte N")).distinct().forEach(m -> System.out.println("  refused: " + m));
        assertTrue(documents > (POSTS + PAGES), "most hostile inputs export (" + documents + " documents; refused: " + refused + ")");
    }

    @Test
    void controlCharacterInATagNameGivesValidXliff() throws Exception {
        Path page = work.resolve("control.html");
        Files.writeString(page, "<x\u0011y><p title=\"T\u0002t words\">Words in <b\u0001>odd</b\u0001> tags.</p></x\u0011y>",
                StandardCharsets.UTF_8);
        for (Exporter exporter : List.of(xliff12, xliff2)) {
            Exporter.Result result = exporter.export(page).get(0);
            assertTrue(result.xliff().contains("html/x\\u0011y[1]/p[1]"), "the tag name is shown readably: " + result.xliff());
            assertTrue(result.extraction().warnings().stream().anyMatch(w -> w.contains("@title") && w.contains("T\\u0002t words")),
                    "the title with a control character is left out with a warning: " + result.extraction().warnings());
            checkRoundTrip(page, result);
        }
    }

    private void checkRoundTrip(Path input, Exporter.Result result) throws Exception {
        String where = input.getFileName() + " " + result.document().name();
        Path xlf = Files.createTempFile(work, "fuzz", ".xlf");
        // writeString refuses unmappable characters (a lone surrogate would fail here)
        Files.writeString(xlf, result.xliff(), StandardCharsets.UTF_8);
        XliffFormat format = XliffFiles.read(xlf).get(0).format();
        List<SchemaCheck.Violation> violations = SchemaCheck.validate(xlf, format);
        assertTrue(violations.isEmpty(), where + ": export wrote XLIFF that is not schema-valid: " + violations
                + "\n" + excerpt(result.xliff(), violations));
        Merger.FileOutcome outcome = merger.check(xlf);
        if (!outcome.ok()) fail(where + ": identity merge refused: " + outcome.problems());
        DocumentMerger.Result merged = outcome.results().get(0);
        SourceDocument doc = result.document();
        for (Field f : doc.fields()) {
            assertEquals(f.html(), merged.fields().get(f.key()), where + ": field " + f.key() + " after an identity merge");
        }
        if (doc.kind() == SourceDocument.Kind.HTML_PAGE) {
            assertArrayEquals(Files.readAllBytes(input), output(merged, ".ko.html"), where + ": the page byte for byte");
        } else {
            assertEquals(TranslationOf.renamed(doc.text()), new String(output(merged, ".ko.json"), StandardCharsets.UTF_8),
                    where + ": the post JSON (its id recorded as translation_of)");
        }
        Files.delete(xlf);
    }

    private static byte[] output(DocumentMerger.Result result, String suffix) {
        return result.outputs().stream().filter(o -> o.suffix().equals(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + suffix + " output")).content();
    }

    private static String excerpt(String xliff, List<SchemaCheck.Violation> violations) {
        if (violations.isEmpty()) return "";
        String[] lines = xliff.split("\n", -1);
        int line = violations.get(0).line();
        return line > 0 && line <= lines.length ? "line " + line + ": " + lines[line - 1] : "";
    }
}
