package net.wpxliff.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 4: {@code wpxliff validate [--json] [--allow-missing] XLIFF...} runs every check merge runs and writes
 * nothing: a good file exits 0; a bad one lists every problem with the file, the line of the offending element and
 * the unit, in text or as JSON a script can parse, and exits 1; files that are not XML, declare a DOCTYPE or break
 * the schema are reported the same way instead of crashing. Both XLIFF versions.
 */
class ValidateCommandTest {
    private static final Path POST = Exports.resource("/xliff2/bold-across-sentences.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Our export with every target filled (the source copied): merges as it is. */
    private static String good(XliffFormat format) {
        return Exports.exportOne(POST, format, true).xliff();
    }

    private static Path write(Path dir, String name, String xliff) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, xliff, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The 1-based line of the only occurrence of {@code needle} at or after {@code from}. */
    static int lineOf(String text, String from, String needle) {
        int start = text.indexOf(from);
        if (start < 0) fail("no \"" + from + "\" in the file");
        int at = text.indexOf(needle, start);
        if (at < 0) fail("no \"" + needle + "\" after \"" + from + "\"");
        int line = 1;
        for (int i = 0; i < at; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    // ------------------------------------------------------------------ a good file

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void goodFileExitsZeroAndWritesNothing(XliffFormat format, @TempDir Path dir) throws IOException {
        Path file = write(dir, "good.ko.xlf", good(format));
        List<Path> before = filesIn(dir);
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(0, run.exitCode(), format + ": exit code; out: " + run.out() + " err: " + run.err());
        assertEquals(before, filesIn(dir), format + ": validate writes no file");
        assertEquals("", run.err(), format + ": nothing on stderr");
        assertTrue(run.out().contains(file + ": ok"), format + ": says the file is ok: " + run.out());

        Cli.Run json = Cli.run("validate", "--json", file.toString());
        assertEquals(0, json.exitCode());
        JsonNode report = JSON.readTree(json.out());
        assertTrue(report.get("ok").asBoolean(), json.out());
        assertEquals(0, report.get("files").get(0).get("problems").size(), json.out());
        assertEquals(before, filesIn(dir), format + ": --json writes no file either");
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void whatMergeWouldWarnAboutIsInTheReport(XliffFormat format, @TempDir Path dir) throws IOException {
        String xliff = good(format).replaceFirst("(<target[^>]*>(?:<mrk[^>]*>)?)", "$1&lt;b&gt;");
        Path file = write(dir, "typed.ko.xlf", xliff);
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(file + ": ok"), run.out());
        assertTrue(run.out().contains("  warning: 1 unit's translation holds text that looks like markup where the source"
                + " has none: "), run.out());
        JsonNode report = JSON.readTree(Cli.run("validate", "--json", file.toString()).out());
        assertTrue(report.get("files").get(0).get("warnings").get(0).asText().contains("looks like markup"),
                report.toString());
    }

    /**
     * The target language names the output files, and XLIFF 2's schema leaves srcLang and trgLang untyped: a value that
     * is not a language tag is refused in both versions, with what to write instead, and nothing is merged.
     */
    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void aLanguageThatIsNotATagIsRefusedPlainly(XliffFormat format, @TempDir Path dir) throws IOException {
        String attribute = format == XliffFormat.XLIFF12 ? "target-language" : "trgLang";
        String good = good(format);
        assertTrue(good.contains(attribute + "=\"ko\""), good);
        for (String[] bad : new String[][] {{"ko_KR", "use ko-KR"}, {"../../evil", "a language tag such as ko"}}) {
            Path file = write(dir, "lang.ko.xlf", good.replace(attribute + "=\"ko\"", attribute + "=\"" + bad[0] + "\""));
            Cli.Run run = Cli.run("validate", file.toString());
            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.out().contains(file + ": 1 problem(s)"), run.out());
            assertTrue(run.out().contains(attribute + " '" + bad[0] + "' is not a language tag: " + bad[1]), run.out());
            Path out = dir.resolve("out");
            Cli.Run merge = Cli.run("merge", file.toString(), "-o", out.toString());
            assertEquals(1, merge.exitCode(), merge.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    /**
     * The file's languages are not signed: a CAT tool's region ({@code ko-KR}, {@code KO}) is the same language and the
     * page is published as exported ({@code .ko.} files, {@code /ko/} links, {@code inLanguage} untouched); another
     * language is refused (QA: a {@code de} or {@code x-evil} delivery had moved the page's links to {@code /de/}).
     */
    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void aDeliveryInAnotherLanguageIsRefusedAndARegionIsPublishedAsExported(XliffFormat format, @TempDir Path dir)
            throws IOException {
        String target = format == XliffFormat.XLIFF12 ? "target-language" : "trgLang";
        String source = format == XliffFormat.XLIFF12 ? "source-language" : "srcLang";
        String good = good(format);
        Path plainOut = dir.resolve("plain");
        Cli.Run plain = Cli.run("merge", write(dir, "plain.ko.xlf", good).toString(), "-o", plainOut.toString());
        assertEquals(0, plain.exitCode(), plain.err());
        for (String region : new String[] {"ko-KR", "KO", "ko-Kore", "ko-Kore-KR"}) { // QA: ko-Kore was "another language"
            Path out = dir.resolve("region-" + region);
            Path file = write(dir, "region.ko.xlf", good.replace(target + "=\"ko\"", target + "=\"" + region + "\""));
            Cli.Run merge = Cli.run("merge", file.toString(), "-o", out.toString());
            assertEquals(0, merge.exitCode(), merge.err());
            assertEquals(names(plainOut), names(out), "the exported language names the files");
            for (String name : names(out)) {
                assertEquals(Files.readString(plainOut.resolve(name)), Files.readString(out.resolve(name)), name);
            }
        }
        for (String[] bad : new String[][] {{target, "de"}, {target, "x-evil"}, {target, "ko-Latn"}, {source, "de"}}) {
            Path file = write(dir, "other.ko.xlf", good.replace(bad[0] + "=\"" + (bad[0].equals(target) ? "ko" : "en") + "\"",
                    bad[0] + "=\"" + bad[1] + "\""));
            Cli.Run run = Cli.run("validate", file.toString());
            assertEquals(1, run.exitCode(), run.out());
            String which = bad[0].equals(target) ? "target" : "source";
            String exported = bad[0].equals(target) ? "ko" : "en";
            assertTrue(run.out().contains("the file's " + which + " language is " + bad[1] + ", but it was exported for "
                    + exported), run.out());
            Path out = dir.resolve("other");
            Cli.Run merge = Cli.run("merge", file.toString(), "-o", out.toString());
            assertEquals(1, merge.exitCode(), merge.err());
            assertFalse(Files.exists(out), "nothing written");
        }
    }

    private static List<String> names(Path dir) throws IOException {
        return filesIn(dir).stream().map(p -> dir.relativize(p).toString()).toList();
    }

    /** A target in another language than the file's is refused (QA: German targets in a file for Korean merged). */
    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void aTargetInAnotherLanguageIsRefused(XliffFormat format, @TempDir Path dir) throws IOException {
        String good = good(format);
        String from = format == XliffFormat.XLIFF12 ? "<target xml:lang=\"ko\"" : "<target>";
        String to = format == XliffFormat.XLIFF12 ? "<target xml:lang=\"de\"" : "<target xml:lang=\"de\">";
        assertTrue(good.contains(from), good);
        Cli.Run run = Cli.run("validate", write(dir, "de.ko.xlf", good.replaceFirst(Pattern.quote(from), to)).toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("a <target>'s xml:lang is de, but the file's target language is ko"), run.out());
        String region = format == XliffFormat.XLIFF12 ? "<target xml:lang=\"ko-KR\"" : "<target xml:lang=\"ko-KR\">";
        Cli.Run ok = Cli.run("validate", write(dir, "kr.ko.xlf", good.replaceFirst(Pattern.quote(from), region)).toString());
        assertEquals(0, ok.exitCode(), ok.out());
    }

    /** A file a CAT tool saved as XLIFF 1.1 is refused saying so (QA: the schema's "Cannot find the declaration"). */
    @Test
    void anXliff11FileIsRefusedPlainly(@TempDir Path dir) throws IOException {
        String good = good(XliffFormat.XLIFF12);
        assertTrue(good.contains("version=\"1.2\"") && good.contains("urn:oasis:names:tc:xliff:document:1.2"), good);
        Path file = write(dir, "old.ko.xlf", good.replaceFirst("version=\"1.2\"", "version=\"1.1\"")
                .replace("urn:oasis:names:tc:xliff:document:1.2", "urn:oasis:names:tc:xliff:document:1.1"));
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("XLIFF 1.1 (namespace urn:oasis:names:tc:xliff:document:1.1) is not read: save the"
                + " file from your CAT tool as XLIFF 1.2, the version wpxliff exported it in"), run.out());
        assertFalse(run.out().contains("Cannot find the declaration"), run.out());
    }

    @Test
    void aTargetLanguageTheSchemaRefusesInsideTheFileIsNamedPlainlyOnce(@TempDir Path dir) throws IOException {
        // xml:lang on a 1.2 <target> is typed by the schema: its two messages become one plain one
        String xliff = good(XliffFormat.XLIFF12).replaceFirst("<target xml:lang=\"ko\"", "<target xml:lang=\"ko_KR\"");
        Path file = write(dir, "lang.ko.xlf", xliff);
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains(file + ": 1 problem(s)"), run.out());
        assertTrue(run.out().contains("('ko_KR' is not a language tag: use ko-KR (set it so in your CAT tool's project"
                + " languages))"), run.out());
    }

    // ------------------------------------------------------------------ three problems, one file

    /** A returned file with three different problems, and where each is. */
    record Broken(String xliff, List<Expected> problems) {
    }

    /** One problem validate must report: its unit, the line of the offending element, words of its message. */
    record Expected(String unit, int line, String words) {
    }

    /**
     * XLIFF 1.2: excerpt-1 lost its target (a missing translation), content-1's target lost the link's
     * {@code <g id="1">} (a deleted code), and a unit content-99 was added (an unknown unit id).
     */
    static Broken broken12() {
        String x = good(XliffFormat.XLIFF12);
        x = x.replaceFirst("(<trans-unit id=\"excerpt-1\"(?s:.*?))<target[^>]*>.*?</target>\n", "$1");
        x = x.replaceFirst("(<trans-unit id=\"content-1\"(?s:.*?)<target[^>]*>.*?)<g id=\"1\"[^>]*>the guide</g>", "$1the guide");
        String added = "<trans-unit id=\"content-99\" resname=\"content/p[9]\">\n<source>Not in this post.</source>\n"
                + "<target xml:lang=\"ko\">이 글에 없는 문장.</target>\n</trans-unit>\n";
        x = x.replace("</body>", added + "</body>");
        return new Broken(x, List.of(
                new Expected("excerpt-1", lineOf(x, "", "<trans-unit id=\"excerpt-1\""), "no translation"),
                new Expected("content-1", lineOf(x, "<trans-unit id=\"content-1\"", "<target"), "the target lacks"),
                new Expected("content-99", lineOf(x, "", "<trans-unit id=\"content-99\""), "the source has no unit with this id")));
    }

    /** The same three in XLIFF 2.1: excerpt-1's targets removed, content-1's {@code <pc id="1">} removed, unit content-99 added. */
    static Broken broken2() {
        String x = good(XliffFormat.XLIFF2);
        Matcher excerpt = Pattern.compile("<unit id=\"excerpt-1\".*?</unit>", Pattern.DOTALL).matcher(x);
        assertTrue(excerpt.find());
        x = x.substring(0, excerpt.start()) + excerpt.group().replaceAll("<target>.*?</target>", "") + x.substring(excerpt.end());
        x = x.replaceFirst("(<unit id=\"content-1\"(?s:.*?)<target>.*?)<pc id=\"1\"[^>]*>the guide</pc>", "$1the guide");
        String added = "<unit id=\"content-99\" name=\"content/p[9]\">\n<segment id=\"s1\"><source>Not in this post.</source>"
                + "<target>이 글에 없는 문장.</target></segment>\n</unit>\n";
        x = x.replace("</file>", added + "</file>");
        return new Broken(x, List.of(
                new Expected("excerpt-1", lineOf(x, "", "<unit id=\"excerpt-1\""), "no translation"),
                new Expected("content-1", lineOf(x, "<unit id=\"content-1\"", "<segment id=\"s1\""), "the target lacks"),
                new Expected("content-99", lineOf(x, "", "<unit id=\"content-99\""), "the source has no unit with this id")));
    }

    static Broken broken(XliffFormat format) {
        return format == XliffFormat.XLIFF12 ? broken12() : broken2();
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void threeProblemsAreAllReportedWithUnitAndLine(XliffFormat format, @TempDir Path dir) throws IOException {
        Broken broken = broken(format);
        Path file = write(dir, "broken.ko.xlf", broken.xliff());
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(1, run.exitCode(), format + ": a file with problems fails validation; out: " + run.out());
        List<String> reported = run.out().lines().filter(l -> l.startsWith("  ")).toList();
        assertEquals(3, reported.size(), format + ": exactly the three problems:\n" + run.out());
        for (Expected p : broken.problems()) {
            String prefix = "  " + file + ":" + p.line() + ": unit " + p.unit() + ": ";
            assertTrue(reported.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(p.words())),
                    format + ": expected a line starting \"" + prefix + "\" saying \"" + p.words() + "\"; got:\n" + run.out());
        }
        assertTrue(run.out().startsWith(file + ": 3 problem(s)"), format + ": the summary line: " + run.out());
        assertEquals(List.of(file), filesIn(dir), format + ": nothing written");
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void jsonReportListsTheSameThreeProblemsForAScript(XliffFormat format, @TempDir Path dir) throws IOException {
        Broken broken = broken(format);
        Path file = write(dir, "broken.ko.xlf", broken.xliff());
        Cli.Run run = Cli.run("validate", "--json", file.toString());
        assertEquals(1, run.exitCode(), format + ": exit code");
        JsonNode report;
        try {
            report = JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError(format + ": stdout is not JSON: " + run.out(), e);
        }
        assertFalse(report.get("ok").asBoolean(), "top-level ok");
        assertEquals(1, report.get("files").size());
        JsonNode f = report.get("files").get(0);
        assertEquals(file.toString(), f.get("file").asText());
        assertFalse(f.get("ok").asBoolean());
        List<String> problems = new ArrayList<>();
        for (JsonNode p : f.get("problems")) {
            problems.add(p.get("unit").asText() + "@" + p.get("line").asInt());
            assertFalse(p.get("message").asText().isBlank(), "every problem says what is wrong");
        }
        List<String> expected = broken.problems().stream().map(p -> p.unit() + "@" + p.line()).toList();
        assertEquals(expected.stream().sorted().toList(), problems.stream().sorted().toList(), format + ": " + run.out());
        for (Expected p : broken.problems()) {
            JsonNode found = null;
            for (JsonNode q : f.get("problems")) if (q.get("unit").asText().equals(p.unit())) found = q;
            assertTrue(found != null && found.get("message").asText().contains(p.words()), p + " in " + run.out());
        }
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void allowMissingAcceptsTheMissingTargetOnly(XliffFormat format, @TempDir Path dir) throws IOException {
        Path file = write(dir, "broken.ko.xlf", broken(format).xliff());
        Cli.Run run = Cli.run("validate", "--allow-missing", "--json", file.toString());
        assertEquals(1, run.exitCode());
        List<String> units = new ArrayList<>();
        for (JsonNode p : JSON.readTree(run.out()).get("files").get(0).get("problems")) units.add(p.get("unit").asText());
        assertEquals(List.of("content-1", "content-99"), units.stream().sorted().toList(), format + ": " + run.out());
    }

    // ------------------------------------------------------------------ files that are not XLIFF to merge

    @Test
    void notWellFormedFileIsReportedWithFileAndLine() throws IOException {
        Path file = Exports.resource("/validate/truncated.xlf");
        int lastLine = (int) Files.readString(file).lines().count();
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(1, run.exitCode(), "reported, not a crash or a usage error; err: " + run.err());
        Matcher m = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+): .*not well-formed").matcher(run.out());
        assertTrue(m.find(), "file:line: not well-formed ...; got:\n" + run.out() + run.err());
        assertTrue(Integer.parseInt(m.group(1)) >= lastLine, "the line where the file breaks off (" + lastLine + " or after): " + run.out());

        JsonNode report = JSON.readTree(Cli.run("validate", "--json", file.toString()).out());
        JsonNode problem = report.get("files").get(0).get("problems").get(0);
        assertTrue(problem.get("line").asInt() >= lastLine, problem.toString());
        assertTrue(problem.get("unit").isNull(), "no unit for a file-level problem: " + problem);
    }

    @Test
    void doctypeIsRefusedWithFileAndLineAndNothingIsFetched() throws IOException {
        Path file = Exports.resource("/validate/doctype-xxe.xlf");
        int doctypeLine = lineOf(Files.readString(file), "", "<!DOCTYPE");
        // 192.0.2.1 is TEST-NET-1: a fetch would hang until a timeout instead of failing at once
        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("validate", file.toString()));
        assertEquals(1, run.exitCode(), "err: " + run.err());
        assertTrue(run.out().contains(file + ":" + doctypeLine + ": ") && run.out().contains("DOCTYPE"),
                "file:" + doctypeLine + ": ... DOCTYPE ...; got:\n" + run.out());
        assertFalse(run.out().contains("root:"), "the entity was never expanded: " + run.out());
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void schemaViolationIsReportedWithItsLine(XliffFormat format, @TempDir Path dir) throws IOException {
        String good = good(format);
        String bad;
        String marker;
        if (format == XliffFormat.XLIFF12) {
            marker = "<target xml:lang=\"ko\" state=\"finished\"";
            bad = good.replaceFirst("(<trans-unit id=\"content-2\"(?s:.*?))<target xml:lang=\"ko\" state=\"[^\"]*\"", "$1" + marker);
        } else {
            marker = "<segment id=\"s2\" state=\"finished\"";
            bad = good.replaceFirst("(<unit id=\"content-2\"(?s:.*?))<segment id=\"s2\" state=\"[^\"]*\"", "$1" + marker);
        }
        assertNotEquals(good, bad);
        int line = lineOf(bad, "", marker);
        Path file = write(dir, "schema.ko.xlf", bad);
        Cli.Run run = Cli.run("validate", file.toString());
        assertEquals(1, run.exitCode(), format + ": " + run.out());
        assertTrue(run.out().contains(file + ":" + line + ": not valid XLIFF"), format + ": the schema problem at line " + line
                + " (state=\"finished\" is no XLIFF state); got:\n" + run.out());
    }

    @Test
    void severalFilesAreReportedEachAndTheExitCodeSaysOneFailed(@TempDir Path dir) throws IOException {
        Path good = write(dir, "a-good.ko.xlf", good(XliffFormat.XLIFF2));
        Path bad = write(dir, "b-broken.ko.xlf", broken12().xliff());
        Cli.Run run = Cli.run("validate", "--json", dir.toString());
        assertEquals(1, run.exitCode());
        JsonNode files = JSON.readTree(run.out()).get("files");
        assertEquals(2, files.size(), run.out());
        assertEquals(good.toString(), files.get(0).get("file").asText());
        assertTrue(files.get(0).get("ok").asBoolean(), "the good one");
        assertEquals(bad.toString(), files.get(1).get("file").asText());
        assertEquals(3, files.get(1).get("problems").size(), run.out());
    }
}
