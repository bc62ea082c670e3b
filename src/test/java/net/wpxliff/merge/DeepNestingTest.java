package net.wpxliff.merge;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nesting depth: a post nested thousands of levels deep goes out and comes back; a returned file whose codes nest
 * tens of thousands deep (no CAT tool writes that; made to crash a reader that recurses) is refused for its codes,
 * each repeated problem on one line, and never as an internal error.
 */
class DeepNestingTest {
    private static final int HOSTILE_DEPTH = 60_000;

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void codesNestedTensOfThousandsDeepAreRefusedForWhatTheyAre(XliffFormat format, @TempDir Path dir) throws IOException {
        String xliff = Exports.export(Exports.SEED, format, true).get(0).xliff();
        String open = format == XliffFormat.XLIFF12 ? "<g id=\"1\">" : "<pc id=\"1\">";
        String close = format == XliffFormat.XLIFF12 ? "</g>" : "</pc>";
        int target = xliff.indexOf("<target");
        int at = xliff.indexOf('>', target) + 1;
        Path file = dir.resolve("deep.ko.xlf");
        Files.writeString(file, xliff.substring(0, at) + open.repeat(HOSTILE_DEPTH) + "x" + close.repeat(HOSTILE_DEPTH)
                + xliff.substring(at));

        Cli.Run validate = Cli.run("validate", file.toString());
        assertEquals(1, validate.exitCode(), validate.err());
        assertFalse(validate.out().contains("internal error"), head(validate.out()));
        assertTrue(validate.out().contains("(" + HOSTILE_DEPTH + " times)"), head(validate.out()));
        assertTrue(validate.out().lines().count() < 10, "one line per distinct problem: " + head(validate.out()));
        Cli.Run merge = Cli.run("merge", file.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(1, merge.exitCode());
        assertFalse(merge.err().contains("internal error"), head(merge.err()));
        assertFalse(Files.exists(dir.resolve("ko")), "nothing written");
    }

    /**
     * Groups nested tens of thousands deep (no CAT tool writes that; export writes no groups): refused with the line of
     * the group too deep and what to do, never an internal error; a hundred levels, as deep as groups may go, merge.
     */
    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void groupsNestedTensOfThousandsDeepAreRefusedWithTheirLine(XliffFormat format, @TempDir Path dir) throws IOException {
        String xliff = Exports.export(Exports.SEED, format, true).get(0).xliff();
        Path deep = dir.resolve("deep.ko.xlf");
        Files.writeString(deep, grouped(xliff, format, HOSTILE_DEPTH));
        String before = xliff.substring(0, xliff.indexOf(format == XliffFormat.XLIFF12 ? "<trans-unit" : "<unit "));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1 + 100; // the 101st group's

        Cli.Run validate = Cli.run("validate", deep.toString());
        assertEquals(1, validate.exitCode(), head(validate.out()));
        assertTrue(validate.out().contains(deep + ":" + line + ": <group> nested more than 100 levels deep;"
                + " no CAT tool nests groups so deep"), head(validate.out()));
        assertFalse(validate.out().contains("internal error"), head(validate.out()));
        Cli.Run merge = Cli.run("merge", deep.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(1, merge.exitCode());
        assertFalse(merge.err().contains("internal error"), head(merge.err()));
        assertFalse(Files.exists(dir.resolve("ko")), "nothing written");

        Path hundred = dir.resolve("hundred.ko.xlf");
        Files.writeString(hundred, grouped(xliff, format, 100));
        Cli.ok("merge", hundred.toString(), "-o", dir.resolve("ko100").toString());
    }

    /** The file with all its units inside {@code depth} nested groups, each opening on a line of its own. */
    private static String grouped(String xliff, XliffFormat format, int depth) {
        boolean v12 = format == XliffFormat.XLIFF12;
        int start = v12 ? xliff.indexOf("<trans-unit") : xliff.indexOf("<unit ");
        int end = xliff.lastIndexOf(v12 ? "</body>" : "</file>");
        StringBuilder groups = new StringBuilder();
        for (int i = 1; i <= depth; i++) groups.append(v12 ? "<group>\n" : "<group id=\"g" + i + "\">\n"); // 2.x: id required
        return xliff.substring(0, start) + groups + xliff.substring(start, end) + "</group>".repeat(depth) + xliff.substring(end);
    }

    /** The start of a report that may be long (a failing assertion prints it). */
    private static String head(String text) {
        return text.substring(0, Math.min(500, text.length()));
    }

    @Test
    void aPostNestedThreeThousandLevelsDeepGoesOutAndComesBack(@TempDir Path dir) throws IOException {
        String html = "<p>" + "<b>".repeat(3000) + "Deep inline text." + "</b>".repeat(3000) + " Next sentence here.</p>";
        Path post = dir.resolve("deep.json");
        Files.writeString(post, "{\"id\":7,\"slug\":\"deep\",\"title\":{\"rendered\":\"Deep\"},\"content\":{\"rendered\":\""
                + html.replace("/", "\\/") + "\"}}");
        Cli.ok("export", post.toString(), "-o", dir.resolve("x").toString());
        Cli.ok("pseudo", dir.resolve("x").toString(), "-o", dir.resolve("p").toString());
        Cli.ok("merge", dir.resolve("p").toString(), "-o", dir.resolve("ko").toString());
        String merged = Files.readString(dir.resolve("ko").resolve("deep.ko.html"));
        assertEquals(3000, merged.split("<b>", -1).length - 1, "every level kept");
    }
}
