package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up {@link Main#main} starts on a second thread: which command lines get one, that it works (a
 * warm-up that failed on every run would cost without helping, unseen), and that a fresh JVM's export and
 * merge through {@code main}, warm-up and all, print and write exactly what the same commands do in-process.
 */
class WarmupTest {
    private static final String KEY = "warmup-test-key-warmup-test-key-warmup-test-key";

    @Test
    void onlyMergeLikeCommandsWarmUp() {
        for (String[] args : new String[][]{{"merge", "a.xlf"}, {"--debug", "merge", "a.xlf"}, {"validate", "a.xlf"}}) {
            assertNotNull(Warmup.forCommandLine(args), String.join(" ", args));
            assertNotNull(Warmup.forCommandLine(args).mergeArgs, String.join(" ", args));
        }
        // export and analyze went without since issue 11 (startup2): their warm-up cost CPU for no wall-time gain
        for (String[] args : new String[][]{{}, {"--version"}, {"--help"}, {"export"}, {"--debug", "export", "seeds"}, {"analyze", "x.json"},
                {"export", "--help"}, {"merge", "-h"}, {"pseudo", "a.xlf"}, {"pull", "https://example.com"}, {"push", "out"},
                {"tm", "import"}, {"exprot"}}) {
            assertNull(Warmup.forCommandLine(args), String.join(" ", args));
        }
    }

    @Test
    void mergeCompilesOnlyTheSchemaOfItsFirstFile(@TempDir Path dir) throws Exception {
        Path v12 = Files.createDirectories(dir.resolve("v12")), v2 = Files.createDirectories(dir.resolve("v2"));
        Files.writeString(v12.resolve("a.xlf"), "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">");
        Files.writeString(v2.resolve("a.xlf"), "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\">");
        Files.writeString(dir.resolve("other.xlf"), "<html/>");
        assertEquals(XliffFormat.XLIFF12, Warmup.formatOfFirstInput(new String[]{"merge", "-o", dir.resolve("out").toString(), v12.toString()}));
        assertEquals(XliffFormat.XLIFF2, Warmup.formatOfFirstInput(new String[]{"validate", v2.resolve("a.xlf").toString(), v12.toString()}));
        assertEquals(XliffFormat.XLIFF2, Warmup.formatOfFirstInput(new String[]{"merge", "-o", v12.toString(), v2.toString()}));
        assertNull(Warmup.formatOfFirstInput(new String[]{"merge", dir.resolve("other.xlf").toString(), v12.toString()}));
        assertNull(Warmup.formatOfFirstInput(new String[]{"merge", dir.resolve("missing.xlf").toString()}));
    }

    @Test
    void readsTheLoadAverage() {
        byte[] loadavg = "0.42 0.30 0.21 1/234 5678\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0.42, Warmup.firstNumber(loadavg, loadavg.length), 1e-9);
        byte[] busy = "12.5 9.1 7.0 13/260 42\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(12.5, Warmup.firstNumber(busy, busy.length), 1e-9);
        assertTrue(Double.isNaN(Warmup.firstNumber(new byte[0], 0)));
        assertTrue(Double.isNaN(Warmup.firstNumber(busy, -1)));
    }

    @Test
    void theWarmUpWorks() throws Exception {
        for (String[] args : new String[][]{{"merge", "a.xlf"}, {"validate", "a.xlf"}}) {
            Warmup.forCommandLine(args).prepare(); // throws if it failed
        }
        String xliff = Warmup.exportPage("en", true);
        assertTrue(xliff.contains("Dr. Smith wrote it in 2025, e.g. for"), "one sentence, abbreviations kept: " + xliff);
        assertTrue(xliff.contains("<mrk mtype=\"seg\""), "segmented");
    }

    @Test
    void aFreshJvmThroughMainDoesWhatTheInProcessRunDoes(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("key");
        Files.writeString(key, KEY);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        String seed = Exports.SEED.toString();
        Cli.Run inProcess = Cli.run("export", "--key-file", key.toString(), "-o", dir.resolve("a").toString(), seed);
        assertEquals(0, inProcess.exitCode(), inProcess.err());
        Fresh fresh = fresh(dir, "export", "--key-file", key.toString(), "-o", dir.resolve("b").toString(), seed);
        assertEquals(0, fresh.exitCode(), fresh.err());
        assertEquals(inProcess.out().replace(dir.resolve("a").toString(), "OUT"), fresh.out().replace(dir.resolve("b").toString(), "OUT"));
        assertEquals(inProcess.err(), fresh.err());
        assertSameFiles(dir.resolve("a"), dir.resolve("b"));

        Cli.Run pseudo = Cli.run("pseudo", "--key-file", key.toString(), dir.resolve("a").toString(), "-o", dir.resolve("t").toString());
        assertEquals(0, pseudo.exitCode(), pseudo.err());
        Cli.Run merged = Cli.run("merge", "--key-file", key.toString(), dir.resolve("t").toString(), "-o", dir.resolve("ma").toString());
        assertEquals(0, merged.exitCode(), merged.err());
        Fresh freshMerge = fresh(dir, "merge", "--key-file", key.toString(), dir.resolve("t").toString(), "-o", dir.resolve("mb").toString());
        assertEquals(0, freshMerge.exitCode(), freshMerge.err());
        assertEquals(merged.out().replace(dir.resolve("ma").toString(), "OUT"), freshMerge.out().replace(dir.resolve("mb").toString(), "OUT"));
        assertEquals(merged.err(), freshMerge.err());
        assertSameFiles(dir.resolve("ma"), dir.resolve("mb"));
    }

    private record Fresh(int exitCode, String out, String err) {
    }

    /** {@code wpxliff ARGS} in a JVM of its own: Main.main, warm-up included, on the test class path. */
    private static Fresh fresh(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-D" + Warmup.PROPERTY + "=always", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("fresh.out"), err = dir.resolve("fresh.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + String.join(" ", args));
        return new Fresh(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<Path> names;
        try (Stream<Path> files = Files.list(expected)) {
            names = files.map(Path::getFileName).sorted().toList();
        }
        try (Stream<Path> files = Files.list(actual)) {
            assertEquals(names, files.map(Path::getFileName).sorted().toList());
        }
        assertTrue(!names.isEmpty());
        for (Path name : names) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name.toString());
        }
    }
}
