package net.wpxliff.cli;

import net.wpxliff.output.WriteFailure;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An output folder that cannot be written is named with what is wrong and what to do, not with a bare path. */
class OutputFolderTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");

    @Test
    void aFileGivenAsTheOutputFolderIsNamedAsSuchAndLeftAlone(@TempDir Path dir) throws IOException {
        Path xliff = dir.resolve("xliff");
        Cli.ok("export", SEED.toString(), "-o", xliff.toString(), "--copy-source");
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        // one line before any work, not one per input
        String expected = "error: -o: " + file + ": " + file + " is a file, not a folder: name a folder you can write with -o";
        for (String[] args : new String[][] {{"export", SEED.toString()}, {"pseudo", xliff.toString()},
                {"merge", xliff.toString()}}) {
            Cli.Run run = Cli.run(args[0], args[1], "-o", file.toString());
            assertEquals(1, run.exitCode(), args[0] + ": " + run.err());
            assertTrue(run.err().contains(expected), args[0] + ": " + run.err());
            assertEquals(1, run.err().lines().count(), args[0] + ": " + run.err());
            assertEquals("mine", Files.readString(file), args[0] + " leaves the file as it was");
        }
    }

    @Test
    void aMemoryWhoseFolderIsAFileIsRefusedBeforeAnythingIsMerged(@TempDir Path dir) throws IOException {
        Path xliff = dir.resolve("xliff");
        Cli.ok("export", SEED.toString(), "-o", xliff.toString(), "--copy-source");
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path memory = file.resolve("m.tmx");
        Path out = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", out.toString(), "--tm", memory.toString());
        assertEquals(1, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("error: --tm: " + memory + ": " + file + " is a file, not a folder: give --tm a"
                + " file in a folder you can write"), merge.err());
        assertTrue(Files.notExists(out), "nothing merged: outputs without their memory would be half the job");
        Cli.Run tmImport = Cli.run("tm", "import", xliff.toString(), "-o", memory.toString());
        assertEquals(1, tmImport.exitCode(), tmImport.err());
        assertTrue(tmImport.err().contains("error: -o: " + memory + ": " + file + " is a file"), tmImport.err());
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void otherFailuresSayWhatTheFileSystemSaid() {
        assertEquals("no permission to write /srv/out: name a folder you can write with -o",
                WriteFailure.describe(new AccessDeniedException("/srv/out")));
        assertEquals("no permission to write /srv/m.tmx", WriteFailure.reason(new AccessDeniedException("/srv/m.tmx")));
        assertEquals("No space left on device (/srv/out/a.ko.html)",
                WriteFailure.describe(new FileSystemException("/srv/out/a.ko.html", null, "No space left on device")));
        assertEquals("disk on fire", WriteFailure.describe(new IOException("disk on fire")));
    }
}
