package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.XliffSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wpxliff export} through {@link Main#run(String...)}: exit codes, output files, error messages. */
class ExportCliTest {
    private static final String SLUG = "chinese-tech-giants-open-protocol-ai-development";

    private static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @Test
    void exportingTheSeedWritesSlugDotKoDotXlf(@TempDir Path dir) throws Exception {
        Cli.Run run = run("export", "-o", dir.toString(), Exports.SEED.toString());
        assertEquals(0, run.exitCode(), "exit code; stderr: " + run.err());
        Path xlf = dir.resolve(SLUG + ".ko.xlf");
        assertTrue(Files.isRegularFile(xlf), "written: " + xlf + "; stdout: " + run.out());
        String written = Files.readString(xlf, StandardCharsets.UTF_8);
        assertEquals(Exports.exportOne(Exports.SEED).xliff(), written, "the file is what the Exporter makes");
        XliffSchemas.assertValidStrict(written, xlf.toString());
        assertTrue(run.out().contains("17 units"), "summary line: " + run.out());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "one file, no temporary files left behind");
        }
    }

    @Test
    void targetLanguageOptionNamesTheFile(@TempDir Path dir) {
        Cli.Run run = run("export", "-o", dir.toString(), "--target-lang", "ja", Exports.SEED.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve(SLUG + ".ja.xlf")));
    }

    @Test
    void missingInputFileExitsWithOneAndNamesIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-post.json");
        Cli.Run run = run("export", "-o", dir.resolve("out").toString(), missing.toString());
        assertEquals(1, run.exitCode(), "exit code; stderr: " + run.err());
        assertTrue(run.err().contains(missing.toString()), "the message names the file: " + run.err());
        assertTrue(run.err().contains("no such file"), run.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void invalidJsonExitsWithOneAndNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {
                  "id": 7,
                  "title": {"rendered": "Hello"}
                  "content": {"rendered": "<p>World.</p>"}
                }
                """, StandardCharsets.UTF_8); // line 4: missing comma after the title object
        Cli.Run run = run("export", "-o", dir.resolve("out").toString(), broken.toString());
        assertEquals(1, run.exitCode(), "exit code; stderr: " + run.err());
        assertTrue(run.err().contains(broken.toString()), "names the file: " + run.err());
        assertTrue(run.err().contains("line 4"), "names the line of the syntax error: " + run.err());
        assertTrue(run.err().contains("invalid JSON"), run.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("post-7.ko.xlf")), "nothing written for a broken file");
    }

    @Test
    void jsonNestedPastTheParsersLimitIsNamedWithoutAPlaceholder(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "{\"id\":1,\"title\":{\"rendered\":\"x\"},\"content\":{\"rendered\":\"<p>Hi.</p>\"},"
                + "\"meta\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}", StandardCharsets.UTF_8);
        Cli.Run run = run("export", "-o", dir.resolve("out").toString(), deep.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("error: " + deep + ": line 1, column "), run.err());
        assertTrue(run.err().contains(": invalid JSON: objects and arrays nested more than 200 levels deep"), run.err());
        assertFalse(run.err().contains("StreamReadConstraints"), "no library names: " + run.err());
    }

    @Test
    void languagesAreLanguageTags(@TempDir Path dir) throws Exception {
        for (String[] bad : new String[][] {{"ko_KR", "use ko-KR"}, {"", "a language tag such as ko"},
                {"../../etc", "a language tag such as ko"}}) {
            Path out = dir.resolve("out");
            Cli.Run run = run("export", "-o", out.toString(), "--target-lang", bad[0], Exports.SEED.toString());
            assertEquals(2, run.exitCode(), "a usage error: " + run.err());
            assertTrue(run.err().contains("'" + bad[0] + "' is not a language tag: " + bad[1]), run.err());
            assertFalse(Files.exists(out), "nothing written");
        }
        Cli.Run analyze = run("analyze", "--source-lang", "en_US", Exports.SEED.toString());
        assertTrue(analyze.err().contains("'en_US' is not a language tag: use en-US"), analyze.err());
        Cli.Run tagged = run("export", "-o", dir.resolve("tw").toString(), "--target-lang", "zh-Hant-TW", Exports.SEED.toString());
        assertEquals(0, tagged.exitCode(), tagged.err());
        assertTrue(Files.exists(dir.resolve("tw").resolve("chinese-tech-giants-open-protocol-ai-development.zh-Hant-TW.xlf")));
    }

    @Test
    void oneBadFileDoesNotStopTheOthersButFailsTheRun(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Exports.SEED, in.resolve("a-seed.json"));
        Files.writeString(in.resolve("b-broken.json"), "{\"title\": ", StandardCharsets.UTF_8);
        Cli.Run run = run("export", "-o", dir.resolve("out").toString(), in.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("out").resolve(SLUG + ".ko.xlf")), "the good file is exported");
        assertTrue(run.err().contains("b-broken.json"), run.err());
        assertTrue(run.err().contains("1 of 2 input files failed"), run.err());
    }
}
