package net.wpxliff.xliff2;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What XLIFF 2.1 forbids in a returned file, and merge therefore refuses with the file, line and unit rather than
 * guess at: a {@code <cp>} for a character XML does not allow (the spec made {@code <cp>} for those, but no web page
 * or WordPress field may hold them), a target {@code order} beyond the unit or taken twice, an {@code <sm/>} without
 * its {@code <em/>}, and text in an ignorable's target (it would be lost). Each on {@code three-sentences.json}: a
 * title and one paragraph of three sentences ({@code content-1}: s1, i1, s2, i2, s3).
 */
class ReturnedXliff2RulesTest {
    private static final Path POST = Exports.resource("/xliff2/three-sentences.json");
    private static final String FIRST = "<target>The first one is short.</target>";
    private static final String SECOND = "<target>The second one is longer than the first.</target>";
    private static final String THIRD = "<target>The third one ends it.</target>";

    private static String exported() {
        String xliff = Exports.exportOne(POST, XliffFormat.XLIFF2, true).xliff();
        assertTrue(xliff.contains(FIRST) && xliff.contains(SECOND) && xliff.contains(THIRD), xliff);
        return xliff;
    }

    /** The file with {@code from} (once in it) replaced, validated and merged: both must refuse it, nothing written. */
    private static String refused(Path dir, String from, String to, String... expected) throws IOException {
        String xliff = exported();
        assertEquals(1, xliff.split(java.util.regex.Pattern.quote(from), -1).length - 1, from);
        Path file = dir.resolve("three.ko.xlf");
        String changed = xliff.replace(from, to);
        Files.writeString(file, changed);
        int line = lineOf(changed, to);
        Cli.Run validate = Cli.run("validate", file.toString());
        assertEquals(1, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains(file + ":" + line + ": unit content-1: "), validate.out());
        for (String words : expected) assertTrue(validate.out().contains(words), validate.out());
        assertFalse(validate.out().contains("internal error"), validate.out());
        Cli.Run merge = Cli.run("merge", file.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(1, merge.exitCode(), merge.out() + merge.err());
        assertTrue(merge.err().contains(file + ":" + line + ": unit content-1: "), merge.err());
        assertFalse(Files.exists(dir.resolve("ko")), "nothing written");
        return validate.out();
    }

    /** The file merged, as it must be: the merged page. */
    private static String merged(Path dir, String xliff) throws IOException {
        Path file = Files.createDirectories(dir).resolve("merged.ko.xlf");
        Files.writeString(file, xliff);
        Cli.ok("merge", file.toString(), "-o", dir.resolve("merged").toString());
        return Files.readString(dir.resolve("merged").resolve("three-sentences.ko.html"));
    }

    private static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @ParameterizedTest(name = "<cp hex=\"{0}\"/>")
    @ValueSource(strings = {"0", "0000", "1", "1B", "0007", "000C", "1F", "D800", "DC00", "D83D", "FFFE", "FFFF"})
    void aCodePointXmlForbidsIsRefusedLikeItsCharacterReference(String hex, @TempDir Path dir) throws IOException {
        String out = refused(dir, SECOND, "<target>The second <cp hex=\"" + hex + "\"/> one.</target>",
                "<cp hex=\"" + hex + "\"/> stands for U+", "a character XML 1.0 does not allow",
                "remove it from the target in your CAT tool");
        assertFalse(out.contains("nested differently"), out);
    }

    @ParameterizedTest(name = "<cp hex=\"{0}\"/>")
    @ValueSource(strings = {"110000", "zz", "-1", "+41", " 41", "FFFFFFFFF", ""})
    void aCpThatIsNoCodePointIsRefused(String hex, @TempDir Path dir) throws IOException {
        refused(dir, SECOND, "<target>The second <cp hex=\"" + hex + "\"/> one.</target>",
                "is not a code point (hexadecimal from 0 to 10FFFF)");
    }

    /** A character XML allows comes through as if typed: markup-like text escaped, a carriage return as &#13; does. */
    @Test
    void aCpOfACharacterXmlAllowsIsItsCharacter(@TempDir Path dir) throws IOException {
        String html = merged(dir, exported().replace(SECOND,
                "<target>Two <cp hex=\"3C\"/>b<cp hex=\"3e\"/> and <cp hex=\"01F600\"/>.</target>"));
        assertTrue(html.contains("The first one is short. Two &lt;b&gt; and \uD83D\uDE00. The third one ends it."), html);

        String byCp = merged(dir.resolve("cp"), exported().replace(SECOND, "<target>Two<cp hex=\"0D\"/>lines.</target>"));
        String byReference = merged(dir.resolve("ref"), exported().replace(SECOND, "<target>Two&#13;lines.</target>"));
        assertEquals(byReference, byCp);
    }

    @Test
    void anOrderBeyondTheUnitIsRefused(@TempDir Path dir) throws IOException {
        refused(dir, THIRD, "<target order=\"999\">The third one ends it.</target>",
                "a target's order 999 is beyond the unit's 5 segments and ignorables");
        refused(dir, THIRD, "<target order=\"99999999999999999999\">The third one ends it.</target>",
                "is beyond the unit's 5 segments and ignorables");
    }

    @Test
    void anOrderTakenTwiceIsRefused(@TempDir Path dir) throws IOException {
        // s3 at place 1 is where s1 stands without an order of its own
        refused(dir, THIRD, "<target order=\"1\">The third one ends it.</target>", "two targets take place 1");
        refused(dir, THIRD, "<target order=\"001\">The third one ends it.</target>", "two targets take place 1");
    }

    @Test
    void targetsSwappedByOrderStillMerge(@TempDir Path dir) throws IOException {
        String html = merged(dir, exported().replace(FIRST, "<target order=\"5\">The first one is short.</target>")
                .replace(THIRD, "<target order=\"1\">The third one ends it.</target>"));
        assertTrue(html.contains("<p>The third one ends it. The second one is longer than the first. The first one is short.</p>"), html);
    }

    @Test
    void textInAnIgnorablesTargetIsRefused(@TempDir Path dir) throws IOException {
        refused(dir, "<ignorable id=\"i1\"><source> </source></ignorable>",
                "<ignorable id=\"i1\"><source> </source><target> 번역 </target></ignorable>",
                "the target of <ignorable id=\"i1\"> holds text or codes its source does not");
    }

    @Test
    void whitespaceInAnIgnorablesTargetMerges(@TempDir Path dir) throws IOException {
        String html = merged(dir, exported().replace("<ignorable id=\"i1\"><source> </source></ignorable>",
                "<ignorable id=\"i1\"><source> </source><target>  </target></ignorable>"));
        assertTrue(html.contains("<p>The first one is short. The second one"), html);
    }

    /**
     * A no-break space or another Unicode space in an ignorable's target is space too (QA: a CAT tool's U+00A0 there was
     * refused as text that would be lost); merge takes the space from the source as for any ignorable.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"00A0", "202F", "2007", "3000", "2003"})
    void aUnicodeSpaceInAnIgnorablesTargetMerges(String hex, @TempDir Path dir) throws IOException {
        String space = Character.toString(Integer.parseInt(hex, 16));
        String html = merged(dir, exported().replace("<ignorable id=\"i1\"><source> </source></ignorable>",
                "<ignorable id=\"i1\"><source> </source><target>" + space + " </target></ignorable>"));
        assertTrue(html.contains("<p>The first one is short. The second one"), html);
    }

    @Test
    void anAnnotationStartWithoutItsEndIsRefused(@TempDir Path dir) throws IOException {
        refused(dir, SECOND, "<target>The second <sm id=\"c1\" type=\"comment\" value=\"check\"/>one.</target>",
                "<sm id=\"c1\"/> has no <em startRef=\"c1\"/> in the unit's target");
    }

    @Test
    void anAnnotationEndWithoutItsStartIsRefused(@TempDir Path dir) throws IOException {
        refused(dir, SECOND, "<target>The second one.<em startRef=\"c1\"/></target>",
                "<em startRef=\"c1\"/> ends no <sm/> opened before it in the unit's target");
    }

    @Test
    void anAnnotationAcrossSegmentsMerges(@TempDir Path dir) throws IOException {
        String html = merged(dir, exported()
                .replace(FIRST, "<target>The first <sm id=\"c1\" type=\"comment\" value=\"x\"/>one is short.</target>")
                .replace(SECOND, "<target>The second one<em startRef=\"c1\"/> is longer than the first.</target>"));
        assertTrue(html.contains("<p>The first one is short. The second one is longer"), html);
    }

    /** A hostile value is quoted shortened, with its length: one 100,000-character id does not fill the terminal. */
    @Test
    void aHugeUnitIdIsQuotedShortened(@TempDir Path dir) throws IOException {
        String id = "content-1" + "x".repeat(100_000);
        String xliff = exported().replace("<unit id=\"content-1\"", "<unit id=\"" + id + "\"");
        Path file = dir.resolve("three.ko.xlf");
        Files.writeString(file, xliff);
        Cli.Run validate = Cli.run("validate", file.toString());
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains("unit content-1xxx"), validate.out());
        assertTrue(validate.out().contains("… (100009 characters): the source has no unit with this id"), validate.out());
        assertTrue(validate.out().length() < 2_000, "shortened: " + validate.out().length() + " characters");
    }
}
