package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Forgery;
import net.wpxliff.trust.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One bad file is that file's error: the batch goes on, every file gets its outcome, exit 1 at the end. */
class BatchOutcomeTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    private static final String SLUG = "\"slug\":\"chinese-tech-giants-open-protocol-ai-development\"";

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"xliff12, &#0;", "xliff12, &#1;", "xliff12, &#xD800;", "xliff2, &#0;", "xliff2, &#1;", "xliff2, &#xD800;"})
    void aCharacterXmlForbidsFailsOnlyItsFile(String format, String reference, @TempDir Path dir) throws IOException {
        Path xliff = exportThree(dir, format);
        Path bad = xliff.resolve("second.ko.xlf");
        insertIntoFirstTarget(bad, reference);
        int line = lineOf(bad, reference);

        for (String jobs : List.of("1", "3")) {
            Cli.Run validate = Cli.run("validate", xliff.toString(), "-j", jobs);
            assertEquals(1, validate.exitCode(), validate.out() + validate.err());
            assertTrue(validate.out().contains(xliff.resolve("first.ko.xlf") + ": ok"), validate.out());
            assertTrue(validate.out().contains(bad + ":" + line + ": not well-formed XML"), validate.out());
            assertTrue(validate.out().contains("remove it from the target"), validate.out());
            assertFalse(validate.out().contains("Exception"), "a bad file, not an internal error: " + validate.out());
            assertTrue(validate.out().contains(xliff.resolve("third.ko.xlf") + ": ok"), validate.out());
            assertNoStackTrace(validate);

            Path out = dir.resolve("ko-" + jobs);
            Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", out.toString(), "-j", jobs);
            assertEquals(1, merge.exitCode(), merge.out() + merge.err());
            assertTrue(merge.err().contains("error: " + bad + ": 1 problem(s), nothing written"), merge.err());
            assertTrue(merge.err().contains("1 of 3 files failed"), merge.err());
            assertNoStackTrace(merge);
            assertEquals(List.of("first.ko.html", "first.ko.json", "first.ko.post.json", "third.ko.html", "third.ko.json",
                    "third.ko.post.json"), names(out));
        }

        Cli.Run pseudo = Cli.run("pseudo", xliff.toString(), "-o", dir.resolve("pseudo").toString());
        assertEquals(1, pseudo.exitCode());
        assertTrue(pseudo.err().contains(bad + ":" + line + ": not well-formed XML"), pseudo.err());
        assertEquals(List.of("first.ko.xlf", "third.ko.xlf"), names(dir.resolve("pseudo")));
        assertNoStackTrace(pseudo);
    }

    /**
     * Bytes that are not UTF-8 in a file that says it is (an editor re-saved a target as Windows-1252, an overlong form,
     * a surrogate, a stray continuation byte, a character cut short): the file's error, with its line and byte offset.
     */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"xliff12, E9", "xliff12, C080", "xliff12, EDA080", "xliff12, F4908080", "xliff12, 80", "xliff12, E282",
            "xliff2, E9", "xliff2, C080", "xliff2, F08080AF"})
    void bytesThatAreNotUtf8FailOnlyTheirFileWithTheirPlace(String format, String hex, @TempDir Path dir) throws IOException {
        Path xliff = exportThree(dir, format);
        Path bad = xliff.resolve("second.ko.xlf");
        String place = insertBytesBeforeTheTitle(bad, hex);

        Cli.Run validate = Cli.run("validate", xliff.toString());
        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains(place), validate.out());
        assertTrue(validate.out().contains("export it again from your CAT tool, as UTF-8"), validate.out());
        assertTrue(validate.out().contains(xliff.resolve("third.ko.xlf") + ": ok"), validate.out());
        Path out = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", out.toString());
        assertEquals(1, merge.exitCode(), merge.out() + merge.err());
        assertTrue(merge.err().contains("error: " + bad + ": 1 problem(s), nothing written"), merge.err());
        assertTrue(merge.err().contains(place), merge.err());
        assertNoStackTrace(merge);
        assertEquals(List.of("first.ko.html", "first.ko.json", "first.ko.post.json", "third.ko.html", "third.ko.json",
                "third.ko.post.json"), names(out));
    }

    /**
     * The JDK's parser prints a "[Fatal Error]" line of its own on standard error when it meets bytes that are not
     * UTF-8 (once per reader, to the standard error of when the reader was made: so a JVM of its own, here). The check
     * in front of it finds them first, so a user sees wpxliff's message alone.
     */
    @Test
    void nothingButWpxliffsOwnMessageReachesTheTerminal(@TempDir Path dir) throws Exception {
        Path xliff = exportThree(dir, "xliff12");
        Path bad = xliff.resolve("second.ko.xlf");
        String place = insertBytesBeforeTheTitle(bad, "E9");
        for (List<String> args : List.of(List.of("validate", xliff.toString()),
                List.of("merge", xliff.toString(), "-o", dir.resolve("ko").toString()))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(args);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue(), printed);
            assertTrue(printed.contains(place), printed);
            assertFalse(printed.contains("[Fatal Error]"), printed);
        }
    }

    /**
     * A file too big for the heap (QA: a 50-million-character target gave the JVM's OutOfMemoryError and its stack
     * trace, and stopped the batch): that file's error, saying what to run instead; the other files are merged and
     * nothing of the big one is written.
     */
    @Test
    void aFileTooBigForTheHeapFailsOnlyItselfWithWhatToDo(@TempDir Path dir) throws Exception {
        Path xliff = exportThree(dir, "xliff12");
        Path big = xliff.resolve("second.ko.xlf");
        insertIntoFirstTarget(big, "한국어 문장입니다. ".repeat(1_000_000));
        Path out = dir.resolve("ko");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "merge", xliff.toString(), "-o", out.toString(), "-j", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(300, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), printed);
        assertTrue(printed.contains(big + ": not enough memory (Java's heap holds at most "), printed);
        assertTrue(printed.contains("WPXLIFF_JAVA_OPTS=-Xmx4g"), printed);
        assertTrue(printed.contains("1 of 3 files failed"), printed);
        assertFalse(printed.contains("OutOfMemoryError") || printed.contains("\tat "), printed);
        assertEquals(List.of("first.ko.html", "first.ko.json", "first.ko.post.json", "third.ko.html", "third.ko.json",
                "third.ko.post.json"), names(out));
    }

    /** Puts the bytes (hex) before the title in the file's first target; returns the start of the error naming them. */
    private static String insertBytesBeforeTheTitle(Path file, String hex) throws IOException {
        byte[] before = Files.readAllBytes(file);
        String latin1 = new String(before, StandardCharsets.ISO_8859_1);
        int at = latin1.indexOf("Chinese", latin1.indexOf("<target"));
        byte[] inserted = HexFormat.of().parseHex(hex);
        byte[] withBad = new byte[before.length + inserted.length];
        System.arraycopy(before, 0, withBad, 0, at);
        System.arraycopy(inserted, 0, withBad, at, inserted.length);
        System.arraycopy(before, at, withBad, at + inserted.length, before.length - at);
        Files.write(file, withBad);
        int line = 1;
        for (int i = 0; i < at; i++) if (before[i] == '\n') line++;
        return file + ":" + line + ": not valid UTF-8 (the bytes from offset " + at + " (0x" + hex.substring(0, 2)
                + " ...) are not a UTF-8 character)";
    }

    @Test
    void anEmptyArrayOfPostsSaysSoAndFailsNothing(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SEED, in.resolve("post.json"));
        Files.writeString(in.resolve("search.json"), "[]");
        Path out = dir.resolve("xliff");
        Cli.Run export = Cli.run("export", in.toString(), "-o", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains(in.resolve("search.json") + ": no posts or pages in it (an empty JSON array)"),
                export.out());
        assertEquals(List.of("chinese-tech-giants-open-protocol-ai-development.ko.xlf"), names(out));
    }

    @Test
    void aFileCutInsideACharacterSaysSo(@TempDir Path dir) throws IOException {
        Path xliff = exportThree(dir, "xliff12");
        Path bad = xliff.resolve("second.ko.xlf");
        byte[] before = Files.readAllBytes(bad);
        byte[] cut = Arrays.copyOf(before, before.length + 1);
        cut[before.length] = (byte) 0xE2;
        Files.write(bad, cut);
        Cli.Run validate = Cli.run("validate", bad.toString());
        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains("not valid UTF-8 (the file ends inside a character (offset " + (before.length + 1)
                + "))"), validate.out());
    }

    @Test
    void aMiddleFileThatMakesMergeThrowIsReportedAndTheOthersMerge(@TempDir Path dir) throws Exception {
        Path xliff = exportThree(dir, "xliff12");
        Path bad = xliff.resolve("second.ko.xlf");
        forgeOrigin(bad, "second\u0000.json"); // a NUL in a path used to crash Path.of deep inside merge

        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", dir.resolve("ko").toString(), "-j", "1");

        assertEquals(1, merge.exitCode());
        assertTrue(merge.err().contains("error: " + bad + ": 1 problem(s), nothing written"), merge.err());
        assertTrue(merge.err().contains("1 of 3 files failed"), merge.err());
        assertNoStackTrace(merge);
        assertFalse(merge.err().contains("\u0000"), "no raw control character reaches the terminal");
        assertEquals(List.of("first.ko.html", "first.ko.json", "first.ko.post.json", "third.ko.html", "third.ko.json",
                "third.ko.post.json"), names(dir.resolve("ko")));

        Cli.Run validate = Cli.run("validate", xliff.toString(), "--json");
        assertEquals(1, validate.exitCode());
        assertTrue(validate.out().contains("\"ok\" : false"), validate.out());
        assertEquals(3, validate.out().split("\"file\" :").length - 1, "one outcome per file: " + validate.out());
    }

    /**
     * Rewrites the embedded source's origin and signs it with the exporting key: a payload that passes the
     * signature check but once crashed merge deep inside ({@code Path.of} on a NUL).
     */
    private static void forgeOrigin(Path file, String origin) throws Exception {
        SigningKey key = SigningKey.resolve(null, false); // the exporting key (under target/, see pom.xml)
        Files.writeString(file, Forgery.replace(Files.readString(file),
                s -> Forgery.withNames(s, s.name(), s.outputName(), origin), Forgery.SignatureChoice.key(key)));
    }

    @Test
    void debugIsAGlobalOptionBeforeOrAfterTheCommand() {
        for (String[] args : List.of(new String[]{"--debug", "validate", "x.xlf"}, new String[]{"validate", "--debug", "x.xlf"},
                new String[]{"merge", "x.xlf", "--debug"}, new String[]{"export", "--debug"}, new String[]{"pseudo", "--debug", "x.xlf"})) {
            Main main = new Main();
            Main.commandLine(main, args).parseArgs(args);
            assertTrue(main.debug, String.join(" ", args));
        }
        Main main = new Main();
        Main.commandLine(main, "validate", "x.xlf").parseArgs("validate", "x.xlf");
        assertFalse(main.debug);
    }

    @Test
    void anUnexpectedExceptionIsThatInputsFailureAndTheOthersGoOn() {
        List<String> seen = new ArrayList<>();
        InOrder.run(List.of("a", "b", "c"), 2, input -> {
            if (input.equals("b")) throw new IllegalArgumentException("bug on " + input);
            if (input.equals("c")) return deeper(0);
            return input;
        }, done -> seen.add(done.input() + "=" + (done.failure() == null ? done.result() : done.failure().getMessage())));

        assertEquals(List.of("a=a", "b=bug on b", "c=stack overflow (input nested too deeply)"), seen);
    }

    @Test
    void turnsAreTakenInInputOrderWhateverTheThreadsAndAJobThatEndsWithoutItsTurnHoldsNoOneUp() {
        for (int threads : new int[]{1, 2, 4}) {
            List<String> steps = java.util.Collections.synchronizedList(new ArrayList<>());
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 40; i++) inputs.add("f" + i);
            List<String> seen = new ArrayList<>();
            InOrder.run(inputs, threads, (String input, InOrder.Turn turn) -> {
                int n = Integer.parseInt(input.substring(1));
                if (n % 7 == 3) throw new IllegalArgumentException("fails before its turn"); // never takes it
                if (n % 5 == 0) Thread.sleep(3); // earlier jobs slower, so later ones reach their turn first
                if (n % 11 == 4) return "no turn taken";
                return turn.take(() -> {
                    steps.add(input);
                    return "step " + steps.size();
                });
            }, done -> seen.add(done.input() + "=" + (done.failure() == null ? done.result() : done.failure().getMessage())));

            List<String> expectedSteps = inputs.stream().filter(f -> {
                int n = Integer.parseInt(f.substring(1));
                return n % 7 != 3 && n % 11 != 4;
            }).toList();
            assertEquals(expectedSteps, steps, threads + " threads");
            assertEquals(40, seen.size());
            assertEquals("f3=fails before its turn", seen.get(3));
            assertEquals("f4=no turn taken", seen.get(4));
            assertEquals("f5=step 4", seen.get(5), "f0, f1, f2 stepped before f5");
        }
    }

    @Test
    void anInternalErrorSaysReportItAndPrintsTheStackTraceOnlyWithDebug() {
        IllegalStateException bug = new IllegalStateException("index 3 out of bounds");

        ByteArrayOutputStream quiet = new ByteArrayOutputStream();
        String message = report(bug, quiet, false);
        assertEquals("internal error (IllegalStateException: index 3 out of bounds), please report it to the wpxliff"
                + " maintainers with the file and the output of the same command with --debug", message);
        assertEquals(0, quiet.size(), "no stack trace without --debug");

        ByteArrayOutputStream debug = new ByteArrayOutputStream();
        assertTrue(report(bug, debug, true).startsWith("internal error (IllegalStateException: index 3 out of bounds)"));
        assertTrue(debug.toString(StandardCharsets.UTF_8).contains("\tat net.wpxliff.cli.BatchOutcomeTest"));
    }

    @Test
    void anInternalErrorMessageCannotWriteControlCharactersToTheTerminal() {
        String message = report(new IllegalArgumentException("Nul character not allowed: a\u0000b\u001b[31m"),
                new ByteArrayOutputStream(), false);
        assertTrue(message.contains("a\\u0000b\\u001b[31m"), message);
    }

    @Test
    void anInputErrorLeavesNoStackTraceEither(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String post = Files.readString(SEED);
        Files.writeString(in.resolve("a.json"), post.replace(SLUG, "\"slug\":\"a\""));
        Files.writeString(in.resolve("b.json"), "{\"id\": 1, \"content\": ");
        Files.writeString(in.resolve("c.json"), post.replace(SLUG, "\"slug\":\"c\""));

        Cli.Run export = Cli.run("export", in.toString(), "-o", dir.resolve("x").toString());

        assertEquals(1, export.exitCode());
        assertTrue(export.err().contains("1 of 3 input files failed"), export.err());
        assertEquals(List.of("a.ko.xlf", "c.ko.xlf"), names(dir.resolve("x")));
        assertNoStackTrace(export);
    }

    private static Object deeper(int depth) {
        return depth < 0 ? null : deeper(depth + 1);
    }

    private static String report(Throwable failure, ByteArrayOutputStream sink, boolean debug) {
        PrintWriter err = new PrintWriter(sink, true, StandardCharsets.UTF_8);
        String message = new Unexpected(err, debug).report(failure);
        err.flush();
        return message;
    }

    /** Three copies of the seed post (slugs first, second, third) exported with targets filled. */
    private static Path exportThree(Path dir, String format) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String post = Files.readString(SEED);
        assertTrue(post.contains(SLUG));
        for (String slug : List.of("first", "second", "third")) {
            Files.writeString(in.resolve(slug + ".json"), post.replace(SLUG, "\"slug\":\"" + slug + "\""));
        }
        Path xliff = dir.resolve("xliff");
        Cli.Run export = Cli.run("export", in.toString(), "-o", xliff.toString(), "--format", format, "--copy-source");
        assertEquals(0, export.exitCode(), export.err());
        return xliff;
    }

    private static void insertIntoFirstTarget(Path file, String reference) throws IOException {
        String xml = Files.readString(file);
        int target = xml.indexOf("<target");
        int text = xml.indexOf("Chinese", target);
        assertTrue(target > 0 && text > target, "a target holding the title");
        Files.writeString(file, xml.substring(0, text) + reference + xml.substring(text));
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        throw new AssertionError(text + " not in " + file);
    }

    private static void assertNoStackTrace(Cli.Run run) {
        assertFalse((run.out() + run.err()).contains("\tat "), "no stack trace without --debug:\n" + run.err());
        assertFalse((run.out() + run.err()).contains("Caused by"), "no stack trace without --debug:\n" + run.err());
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
