package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user's commands load in a fresh JVM. A record's generated equals, hashCode or toString bootstraps through
 * method handles ({@code java.lang.runtime.ObjectMethods}): the first call spins dozens of hidden classes and, in an
 * {@code export --tm} run, made the JDK's bytecode generator hot enough for the optimising compiler (0.2–0.9 s of
 * CPU). Records on these paths write those methods out; this test keeps any new one from bringing the bootstrap back.
 */
class FreshJvmPathsTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");

    @Test
    void exportMergeAndExportWithAMemoryNeverBootstrapARecordsObjectMethods(@TempDir Path dir) throws Exception {
        Path xliff = dir.resolve("xliff");
        Cli.ok("export", SEED.toString(), "-o", xliff.toString());
        Path returned = dir.resolve("pseudo");
        Cli.ok("pseudo", xliff.toString(), "-o", returned.toString());
        Path memory = dir.resolve("m.tmx");
        Cli.ok("merge", returned.toString(), "-o", dir.resolve("ko-setup").toString(), "--tm", memory.toString());

        List<String> commands = List.of("export", "export --tm (index written)", "export --tm (index read)", "merge");
        List<List<String>> args = List.of(
                List.of("export", SEED.toString(), "-o", dir.resolve("a").toString()),
                List.of("export", SEED.toString(), "-o", dir.resolve("b").toString(), "--tm", memory.toString()),
                List.of("export", SEED.toString(), "-o", dir.resolve("c").toString(), "--tm", memory.toString()),
                List.of("merge", returned.toString(), "-o", dir.resolve("ko").toString()));
        for (int i = 0; i < args.size(); i++) {
            Path log = dir.resolve("classes-" + i + ".txt");
            assertEquals(0, freshJvm(log, args.get(i)), commands.get(i) + " exits 0");
            String loaded = Files.readString(log);
            assertTrue(loaded.contains("net.wpxliff.cli.Main "), commands.get(i) + ": the log lists the tool's classes");
            assertFalse(loaded.contains("java.lang.runtime.ObjectMethods"), commands.get(i) + " bootstraps a record's"
                    + " equals/hashCode/toString: write them out on the record it calls (see TmText, InlineToken)");
        }
        assertTrue(Files.exists(dir.resolve("m.tmx.idx")), "the second export wrote the memory's index, the third read it");
    }

    /** Runs the CLI in a JVM of its own, logging every class it loads; returns the exit code. */
    private static int freshJvm(Path classLog, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classLog, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish in 120 s: " + args);
        }
        return process.exitValue();
    }
}
