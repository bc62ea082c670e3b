package net.wpxliff.input;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file named on the command line that cannot be read says why, not only its path again. */
class ReadFailureTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");

    @Test
    void aMissingMemoryOrConfigurationSaysSo(@TempDir Path dir) {
        Path memory = dir.resolve("typo.tmx");
        Cli.Run tm = Cli.run("export", SEED.toString(), "-o", dir.resolve("a").toString(), "--tm", memory.toString());
        assertEquals(1, tm.exitCode());
        assertTrue(tm.err().contains("--tm: " + memory + ": cannot read the memory (no such file)"), tm.err());
        Cli.Run folder = Cli.run("export", SEED.toString(), "-o", dir.resolve("b").toString(), "--tm", dir.toString());
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().contains("--tm: " + dir + ": cannot read the memory (Is a directory)"), folder.err());
        Path config = dir.resolve("wpml-config.xml");
        Cli.Run wpml = Cli.run("export", SEED.toString(), "-o", dir.resolve("c").toString(), "--config", config.toString());
        assertEquals(1, wpml.exitCode());
        assertTrue(wpml.err().contains(config + ": cannot read (no such file)"), wpml.err());
    }

    @Test
    void reasons() {
        assertEquals("no such file", ReadFailure.reason(new NoSuchFileException("/srv/m.tmx")));
        assertEquals("no permission to read it", ReadFailure.reason(new AccessDeniedException("/srv/m.tmx")));
        assertEquals("Is a directory", ReadFailure.reason(new FileSystemException("/srv", null, "Is a directory")));
        assertEquals("disk on fire", ReadFailure.reason(new IOException("disk on fire")));
    }
}
