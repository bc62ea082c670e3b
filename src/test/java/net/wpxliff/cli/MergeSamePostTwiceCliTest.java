package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two returned files of one post in one merge (two deliveries of it, or its files from before and after a slug change):
 * both are written, under two names, and merge says they translate the same post, which push then publishes once.
 */
class MergeSamePostTwiceCliTest {
    @Test
    void twoTranslationsOfOnePostAreNamed(@TempDir Path dir) throws Exception {
        Cli.expect(0, "export", "seeds", "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Path returned = Files.createDirectories(dir.resolve("returned"));
        Path xliff;
        try (Stream<Path> files = Files.list(dir.resolve("pseudo"))) {
            xliff = files.findFirst().orElseThrow();
        }
        Files.copy(xliff, returned.resolve("a.xlf"));
        Files.copy(xliff, returned.resolve("b.xlf"));
        Cli.Run run = Cli.expect(0, "merge", returned.toString(), "-o", dir.resolve("ko").toString());
        assertTrue(run.err().contains(": translates the same post (id "), run.err());
        assertTrue(run.err().contains(", merged before in this run: both written; push publishes the one made from the newer"
                + " version of the post and names the other"), run.err());
        try (Stream<Path> files = Files.list(dir.resolve("ko"))) {
            List<Path> bodies = files.filter(p -> p.toString().endsWith(".ko.post.json")).toList();
            assertEquals(2, bodies.size(), bodies.toString());
        }
    }
}
