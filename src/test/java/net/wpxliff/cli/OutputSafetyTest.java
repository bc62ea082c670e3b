package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outputs never replace inputs, and a failed merge leaves nothing behind. */
class OutputSafetyTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    private static final String SLUG = "chinese-tech-giants-open-protocol-ai-development";

    @Test
    void pseudoIntoTheInputsOwnFolderDoesNotOverwriteTheInput(@TempDir Path dir) throws IOException {
        assertEquals(0, Cli.run("export", SEED.toString(), "-o", dir.toString()).exitCode());
        Path input = dir.resolve(SLUG + ".ko.xlf");
        byte[] before = Files.readAllBytes(input);

        Cli.Run run = Cli.run("pseudo", input.toString(), "-o", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(before, Files.readAllBytes(input), "the input XLIFF is untouched");
        Path written = dir.resolve(SLUG + "-2.ko.xlf");
        assertTrue(Files.isRegularFile(written), "the output took another name: " + run.out());
        assertTrue(Files.readString(written).contains("x-pseudo-translation"));
    }

    @Test
    void aRefusedMergeWritesNothing(@TempDir Path dir) throws IOException {
        assertEquals(0, Cli.run("export", SEED.toString(), "-o", dir.toString()).exitCode());
        Path out = dir.resolve("ko");

        Cli.Run run = Cli.run("merge", dir.resolve(SLUG + ".ko.xlf").toString(), "-o", out.toString());

        assertEquals(1, run.exitCode(), "no targets: the merge is refused");
        assertTrue(run.err().contains("no translation"), run.err());
        assertTrue(!Files.exists(out) || isEmpty(out), "nothing written, not even a partial file");
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
