package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Posts given to merge, or XLIFF given to export, get the command that reads them named, not only "none found". */
class WrongCommandTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");

    @Test
    void theOtherCommandIsNamed(@TempDir Path dir) throws IOException {
        Path posts = Files.createDirectories(dir.resolve("posts"));
        Files.copy(SEED, posts.resolve("post.json"));
        Path xliff = dir.resolve("xliff");
        Cli.ok("export", posts.toString(), "-o", xliff.toString());

        for (String command : new String[] {"merge", "validate", "pseudo"}) {
            Cli.Run run = command.equals("validate") ? Cli.run(command, posts.toString())
                    : Cli.run(command, posts.toString(), "-o", dir.resolve("out").toString());
            assertEquals(1, run.exitCode(), command);
            assertTrue(run.err().contains("no .xlf or .xliff files in [" + posts + "]; they hold posts or pages to"
                    + " translate: 'wpxliff export' makes the XLIFF for them"), command + ": " + run.err());
        }
        for (String command : new String[] {"export", "analyze"}) {
            Cli.Run run = command.equals("export") ? Cli.run(command, xliff.toString(), "-o", dir.resolve("out").toString())
                    : Cli.run(command, xliff.toString());
            assertEquals(1, run.exitCode(), command);
            assertTrue(run.err().contains("; they hold XLIFF files: 'wpxliff merge' reads translated ones back"),
                    command + ": " + run.err());
        }
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli.Run nothing = Cli.run("merge", empty.toString(), "-o", dir.resolve("out").toString());
        assertTrue(nothing.err().contains("no .xlf or .xliff files in [" + empty + "]\n")
                || nothing.err().strip().endsWith("no .xlf or .xliff files in [" + empty + "]"), nothing.err());
    }

    /** A post saved under another extension (the shared seed is {@code 000_….txt}): the folder's error names it. */
    @Test
    void aFolderOfPostsUnderOtherNamesSaysHowToReadThem(@TempDir Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(SEED, seeds.resolve("000_af0d.txt"));
        Files.writeString(seeds.resolve(".hidden"), "x");
        Cli.Run run = Cli.run("export", seeds.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("a folder is read by extension, and it holds [" + seeds.resolve("000_af0d.txt")
                + "]: name a file itself to read it"), run.err());
        Cli.Run named = Cli.run("export", seeds.resolve("000_af0d.txt").toString(), "-o", dir.resolve("out").toString());
        assertEquals(0, named.exitCode(), named.err());
        assertTrue(Files.exists(dir.resolve("out/chinese-tech-giants-open-protocol-ai-development.ko.xlf")));
    }
}
