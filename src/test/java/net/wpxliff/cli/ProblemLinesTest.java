package net.wpxliff.cli;

import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file with a problem per unit prints the first fifty and says how many more, and where to see them all. */
class ProblemLinesTest {
    @Test
    void aLongListIsCutWithACount(@TempDir Path dir) throws IOException {
        StringBuilder html = new StringBuilder();
        for (int i = 1; i <= 120; i++) html.append("<p>Paragraph number ").append(i).append(" of the post.</p>");
        Path post = Files.writeString(dir.resolve("long.json"), "{\"id\":9,\"slug\":\"long\",\"title\":{\"rendered\":"
                + "\"Long\"},\"content\":{\"rendered\":\"" + html.toString().replace("/", "\\/") + "\"}}");
        Path xliff = dir.resolve("xliff");
        Cli.ok("export", post.toString(), "-o", xliff.toString()); // no targets: 121 units to translate
        Path file = xliff.resolve("long.ko.xlf");

        String tail = "  … and 71 more problem(s) in this file: `wpxliff validate --json " + file + "` lists them all";
        Cli.Run validate = Cli.run("validate", file.toString());
        assertTrue(validate.out().contains(file + ": 121 problem(s)"), validate.out());
        assertEquals(50, validate.out().lines().filter(l -> l.contains(": no translation")).count(), validate.out());
        assertTrue(validate.out().contains(tail), validate.out());
        Cli.Run merge = Cli.run("merge", file.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(50, merge.err().lines().filter(l -> l.contains(": no translation")).count(), merge.err());
        assertTrue(merge.err().contains(tail), merge.err());
        Cli.Run json = Cli.run("validate", "--json", file.toString());
        assertEquals(121, json.out().lines().filter(l -> l.contains("no translation")).count(), "--json lists them all");
    }
}
