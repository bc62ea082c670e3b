package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wpxliff analyze}: every band filled by a sentence whose score is known from Similarity's formula,
 * repetitions within a file and across files in job order, directories and WordPress export files read as export
 * reads them, nothing written, and the same numbers as {@code export --analysis}.
 *
 * <p>The memory comes from v1/page.html (six paragraphs of ten words and a full stop: W = 10 × 4 + 2 = 42),
 * pseudo-translated and merged with --tm. v2/page.html (the same name, so the same page and unit keys) changes them:
 * one word in another case (D = 1: floor(100 × 41 / 42) = 97, band 95–99), one word replaced (D = 4: 90, 85–94), two
 * (D = 8: 80, 75–84), four (D = 16: 61, 50–74), six (D = 24: 42, no match), the sixth unchanged (context); then a new
 * sentence twice (no match, then a repetition). v2/zother.html, analyzed after it, repeats the sixth sentence (an
 * exact match: a 100% match beats a repetition) and the case-changed one (a repetition: the 97 fuzzy is not better).
 */
class AnalyzeCliTest {
    private static final String[] V1 = {
            "Alpha bravo charlie delta echo foxtrot golf hotel india juliet.",
            "Apples bananas cherries dates elderberries figs grapes honeydew lemons jackfruit.",
            "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Pluto Ceres.",
            "Red orange yellow green blue indigo violet black white grey.",
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March.",
            "Lions tigers bears wolves foxes eagles hawks owls sharks whales."};
    private static final String[] V2 = {
            "ALPHA bravo charlie delta echo foxtrot golf hotel india juliet.",
            "Apples bananas cherries dates elderberries kiwis grapes honeydew lemons jackfruit.",
            "Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Eris Vesta.",
            "Red orange yellow green cyan magenta violet beige white teal.",
            "Monday Tuesday Wednesday Thursday April May June July August September.",
            V1[5],
            "Copper silver gold platinum iron nickel zinc tin lead cobalt.",
            "Copper silver gold platinum iron nickel zinc tin lead cobalt."};
    private static final String[] OTHER = {V1[5], V2[0]};

    @TempDir
    static Path dir;
    static Path memory;
    static Path v2;

    @BeforeAll
    static void memoryFromV1() throws Exception {
        memory = dir.resolve("m.tmx");
        Files.createDirectories(dir.resolve("v1"));
        Files.writeString(dir.resolve("v1/page.html"), page(V1));
        v2 = dir.resolve("v2");
        Files.createDirectories(v2);
        Files.writeString(v2.resolve("page.html"), page(V2));
        Files.writeString(v2.resolve("zother.html"), page(OTHER));
        run("export", dir.resolve("v1").toString(), "-o", dir.resolve("x1").toString());
        run("pseudo", dir.resolve("x1").toString(), "-o", dir.resolve("p1").toString());
        run("merge", dir.resolve("p1").toString(), "-o", dir.resolve("ko1").toString(), "--tm", memory.toString());
    }

    private static String page(String[] sentences) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Lists</title></head><body>\n");
        for (String s : sentences) html.append("<p>").append(s).append("</p>\n");
        return html.append("</body></html>\n").toString();
    }

    private static Cli.Run run(String... args) {
        return Cli.ok(args);
    }

    private static JsonNode json(String... args) throws Exception {
        return new ObjectMapper().readTree(run(args).out());
    }

    /** Segments per band in the JSON's order, then the total. */
    private static List<Long> values(JsonNode counts) {
        List<Long> values = new ArrayList<>();
        counts.forEach(v -> values.add(v.asLong()));
        return values;
    }

    @Test
    void everyBandFromKnownScoresAndRepetitionsInJobOrder() throws Exception {
        JsonNode report = json("analyze", v2.toString(), "--tm", memory.toString(), "--json");
        JsonNode files = report.get("files");
        assertEquals(2, files.size());
        // a folder's files in path order; each page's title ("Lists", 1 word) is a unit too: in context in page.html
        // (the same page and key as in v1), an exact match in zother.html (another page)
        assertEquals(v2.resolve("page.html").toString(), files.get(0).get("file").asText());
        assertEquals(v2.resolve("zother.html").toString(), files.get(1).get("file").asText());
        //                          context 100% rep 95 85 75 50 none total
        assertEquals(List.of(2L, 0L, 1L, 1L, 1L, 1L, 1L, 2L, 9L), values(files.get(0).get("segments")));
        assertEquals(List.of(11L, 0L, 10L, 10L, 10L, 10L, 10L, 20L, 81L), values(files.get(0).get("words")));
        // zother.html: its title "Lists" is an exact match (same source, another page), the lions sentence exact, the
        // case-changed alpha sentence a repetition
        assertEquals(List.of(0L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 3L), values(files.get(1).get("segments")));
        assertEquals(List.of(0L, 11L, 10L, 0L, 0L, 0L, 0L, 0L, 21L), values(files.get(1).get("words")));
        assertEquals(List.of(2L, 2L, 2L, 1L, 1L, 1L, 1L, 2L, 12L), values(report.get("total").get("segments")));
        assertEquals(List.of(11L, 11L, 20L, 10L, 10L, 10L, 10L, 20L, 102L), values(report.get("total").get("words")));
    }

    @Test
    void withoutAMemoryOnlyRepetitionsAreFound() throws Exception {
        JsonNode report = json("analyze", v2.toString(), "--json");
        // repetitions: the copper sentence's second occurrence; in zother.html the title, the lions and the alpha
        // sentences (all met in page.html)
        assertEquals(List.of(0L, 0L, 4L, 0L, 0L, 0L, 0L, 8L, 12L), values(report.get("total").get("segments")));
        assertEquals(List.of(0L, 0L, 31L, 0L, 0L, 0L, 0L, 71L, 102L), values(report.get("total").get("words")));
    }

    @Test
    void theOrderOfTheInputsIsTheJobsOrder() throws Exception {
        // given the other way round, zother.html comes first and its sentences are the first occurrences
        JsonNode report = json("analyze", v2.resolve("zother.html").toString(), v2.resolve("page.html").toString(), "--json");
        assertEquals(v2.resolve("zother.html").toString(), report.get("files").get(0).get("file").asText());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 3L, 3L), values(report.get("files").get(0).get("segments")));
        assertEquals(List.of(0L, 0L, 4L, 0L, 0L, 0L, 0L, 5L, 9L), values(report.get("files").get(1).get("segments")));
        // and the same command gives the same bytes (with several threads too)
        Cli.Run once = run("analyze", v2.toString(), "--tm", memory.toString(), "-j", "1");
        Cli.Run again = run("analyze", v2.toString(), "--tm", memory.toString(), "-j", "3");
        assertEquals(once.out(), again.out());
    }

    @Test
    void analyzeWritesNothingAndAgreesWithExportAnalysis() throws Exception {
        Path out = dir.resolve("export-analysis");
        Cli.Run export = run("export", v2.toString(), "-o", out.toString(), "--tm", memory.toString(), "--analysis");
        List<String> before = tree();
        Cli.Run analyze = run("analyze", v2.toString(), "--tm", memory.toString());
        assertEquals(before, tree());
        assertFalse(Files.exists(Path.of("out", "page.ko.xlf")));
        assertTrue(export.out().endsWith("\n\n" + analyze.out()), export.out());
        assertTrue(analyze.out().startsWith("file "), analyze.out());
        assertEquals("", analyze.err());
    }

    /** Every file under the test's folder, with its size and time. */
    private static List<String> tree() throws Exception {
        try (var walk = Files.walk(dir)) {
            return walk.map(p -> p + " " + p.toFile().length() + " " + p.toFile().lastModified()).sorted().toList();
        }
    }

    @Test
    void aWordPressExportFileCountsEachPostAndPage() throws Exception {
        Path wxr = Path.of("src", "test", "resources", "wxr", "small-export.xml");
        Cli.Run export = run("export", wxr.toString(), "-o", dir.resolve("wxr-out").toString(), "--word-count");
        JsonNode report = json("analyze", wxr.toString(), "--json");
        // one row per document, named as export names it, with export's segments and words
        Matcher line = Pattern.compile("(?m)^(.+): \\d+ units, (\\d+) segments, (\\d+) words[ ;]").matcher(export.out());
        Map<String, List<Long>> exported = new LinkedHashMap<>();
        while (line.find()) exported.put(line.group(1), List.of(Long.parseLong(line.group(2)), Long.parseLong(line.group(3))));
        assertTrue(exported.size() > 1, export.out());
        Map<String, List<Long>> analyzed = new LinkedHashMap<>();
        for (JsonNode file : report.get("files")) {
            analyzed.put(file.get("file").asText(), List.of(file.get("segments").get("total").asLong(),
                    file.get("words").get("total").asLong()));
        }
        assertEquals(exported, analyzed);
        long words = exported.values().stream().mapToLong(v -> v.get(1)).sum();
        assertTrue(export.out().contains("\ntotal: " + exported.size() + " files, " + words + " words\n"), export.out());
    }

    @Test
    void errorsNameWhatIsWrong() throws Exception {
        Cli.Run missing = Cli.run("analyze", dir.resolve("nowhere").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nowhere: no such file or directory"), missing.err());
        Path broken = dir.resolve("broken.tmx");
        Files.writeString(broken, "<tmx version=\"1.4\"><header/><body><tu>");
        Cli.Run badMemory = Cli.run("analyze", v2.toString(), "--tm", broken.toString());
        assertEquals(1, badMemory.exitCode());
        assertTrue(badMemory.err().startsWith("error: --tm: "), badMemory.err());
        assertTrue(badMemory.err().contains("broken.tmx"), badMemory.err());
        assertEquals("", badMemory.out());
        Cli.Run none = Cli.run("analyze");
        assertEquals(2, none.exitCode(), "INPUT is required");
    }

    /**
     * On the corpus (when present): analyze and export --word-count agree per document on segments and words, so the
     * analysis's sentences are export's and its total is the --word-count total.
     */
    @Test
    void onTheCorpusAnalyzeCountsWhatExportCounts() throws Exception {
        SharedCorpus.assumeCorpus("analyze against export --word-count on the corpus");
        String wp = Exports.CORPUS.resolve("wp").toString();
        String wxr = Exports.CORPUS.resolve("wxr").toString();
        Cli.Run export = run("export", wp, wxr, "-o", dir.resolve("corpus-out").toString(), "--word-count");
        JsonNode report = json("analyze", wp, wxr, "--json");
        Matcher line = Pattern.compile("(?m)^(.+): \\d+ units, (\\d+) segments, (\\d+) words[ ;]").matcher(export.out());
        List<String> exported = new ArrayList<>();
        while (line.find()) exported.add(line.group(1) + " " + line.group(2) + " " + line.group(3));
        List<String> analyzed = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            analyzed.add(file.get("file").asText() + " " + file.get("segments").get("total").asLong() + " "
                    + file.get("words").get("total").asLong());
        }
        assertTrue(exported.size() > 300, "documents: " + exported.size());
        for (int i = 0; i < Math.max(exported.size(), analyzed.size()); i++) {
            assertEquals(i < exported.size() ? exported.get(i) : null, i < analyzed.size() ? analyzed.get(i) : null);
        }
    }
}
