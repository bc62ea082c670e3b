package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Forgery;
import net.wpxliff.testing.Forgery.SignatureChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10 point 4: a delivery that would publish English, or the translation of an earlier version of the post,
 * is no longer merged without a word. A copy-source export returned untranslated is counted and listed (one
 * warning line per file), {@code --require-translated} refuses it; {@code --current} tells a post that changed
 * since export (naming the post and the field), {@code --strict} refuses it. XLIFF 1.2 and 2.1, merge and validate.
 */
class DeliveryChecksTest {
    private static final Path SEED = Path.of("seeds", "chinese-tech-giants-open-protocol-ai-development.json");
    private static final String SLUG = "chinese-tech-giants-open-protocol-ai-development";
    private static final String UNTRANSLATED = "units with text are still identical to their source (untranslated?)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path export(Path dir, String format, Path input, boolean copySource) {
        List<String> args = Stream.of("export", input.toString(), "-o", dir.toString(), "--format", format).toList();
        if (copySource) args = Stream.concat(args.stream(), Stream.of("--copy-source")).toList();
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return dir;
    }

    private static Path pseudo(Path exported, Path dir) {
        Cli.Run run = Cli.run("pseudo", exported.toString(), "-o", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        return dir;
    }

    private static long count(String text, String needle) {
        return text.lines().filter(line -> line.contains(needle)).count();
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    // ------------------------------------------------------------------ untranslated

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void copySourceExportMergedUntranslatedWarnsWithTheCount(String format, @TempDir Path dir) throws Exception {
        Path xliff = export(dir.resolve("x"), format, SEED, true).resolve(SLUG + ".ko.xlf");

        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals(1, count(merge.err(), UNTRANSLATED), "one warning line per file: " + merge.err());
        assertTrue(merge.err().contains("warning: " + xliff + ": 17 of 17 " + UNTRANSLATED + ": title-1, excerpt-1,"
                + " content-1, content-2, content-3, content-4, content-5, content-6, … (9 more)"), merge.err());
        // the summary counts every warning printed for the post (QA: it said 0 warnings after this one)
        assertTrue(merge.out().contains(SLUG + ": 17 units merged, 0 missing, 1 warnings ->"), merge.out());

        Path refusedOut = dir.resolve("ko-refused");
        Cli.Run refused = Cli.run("merge", xliff.toString(), "-o", refusedOut.toString(), "--require-translated");
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("error: " + xliff + ": 17 problem(s), nothing written"), refused.err());
        assertTrue(refused.err().contains("unit content-3: the target is identical to the source (untranslated?)"),
                refused.err());
        assertTrue(isEmptyDir(refusedOut), "nothing written");

        Cli.Run validate = Cli.run("validate", xliff.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        assertTrue(validate.out().contains("  warning: 17 of 17 " + UNTRANSLATED), validate.out());
        JsonNode report = JSON.readTree(Cli.run("validate", "--json", xliff.toString()).out()).get("files").get(0);
        assertEquals(17, report.get("untranslated").asInt(), report.toString());
        assertEquals(17, report.get("textUnits").asInt(), report.toString());

        Cli.Run strictValidate = Cli.run("validate", "--json", "--require-translated", xliff.toString());
        assertEquals(1, strictValidate.exitCode(), strictValidate.out());
        JsonNode strict = JSON.readTree(strictValidate.out()).get("files").get(0);
        assertFalse(strict.get("ok").asBoolean());
        assertEquals(17, strict.get("untranslated").asInt(), "the count is carried when refused too: " + strict);
        assertEquals(17, strict.get("problems").size(), strict.toString());
        assertEquals("content-1", strict.get("untranslatedUnits").get(2).asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void pseudoTranslatedFileDoesNotWarn(String format, @TempDir Path dir) {
        Path pseudo = pseudo(export(dir.resolve("x"), format, SEED, false), dir.resolve("p"));
        Cli.Run merge = Cli.run("merge", pseudo.toString(), "-o", dir.resolve("ko").toString(), "--require-translated");
        assertEquals(0, merge.exitCode(), merge.err());
        assertFalse(merge.err().contains(UNTRANSLATED), merge.err());
        Cli.Run validate = Cli.run("validate", "--json", pseudo.toString());
        assertEquals(0, validate.exitCode());
        assertTrue(validate.out().contains("\"untranslated\" : 0"), validate.out());
    }

    /** Two units a CAT tool left with the source copied, among translated ones: counted and named. */
    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void unitsLeftAsTheirSourceAmongTranslatedOnesAreNamed(String format, @TempDir Path dir) throws Exception {
        Path copied = export(dir.resolve("x"), format, SEED, true).resolve(SLUG + ".ko.xlf");
        Path translated = pseudo(export(dir.resolve("y"), format, SEED, false), dir.resolve("p")).resolve(SLUG + ".ko.xlf");
        String mixed = Files.readString(translated);
        for (String id : List.of("content-2", "content-5")) mixed = withUnitOf(mixed, Files.readString(copied), id);
        Path file = dir.resolve("mixed.ko.xlf");
        Files.writeString(file, mixed);

        Cli.Run merge = Cli.run("merge", file.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("warning: " + file + ": 2 of 17 " + UNTRANSLATED + ": content-2, content-5;"),
                merge.err());
        Cli.Run refused = Cli.run("validate", file.toString(), "--require-translated");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.out().contains("2 problem(s)") && refused.out().contains("unit content-5: the target is identical"),
                refused.out());
    }

    /**
     * A target kept identical to its source on purpose (a brand name, a product line) that the file marks as settled:
     * XLIFF 1.2 {@code state="final"} on the target or {@code approved="yes"} on the unit, XLIFF 2 every segment
     * {@code reviewed} or {@code final}. Not counted as untranslated, not refused by --require-translated (QA: such
     * units could not be delivered under --require-translated at all). A unit with only some segments settled still is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void targetsTheFileMarksAsSettledAreKeptOnPurpose(String format, @TempDir Path dir) throws Exception {
        Path xliff = export(dir.resolve("x"), format, SEED, true).resolve(SLUG + ".ko.xlf");
        String text = Files.readString(xliff);
        if (format.equals("xliff12")) {
            text = inUnit(text, "content-4", u -> u.replace("state=\"needs-translation\"", "state=\"final\""));
            text = inUnit(text, "content-5", u -> u.replace("<trans-unit id=\"content-5\"", "<trans-unit id=\"content-5\" approved=\"yes\""));
            text = inUnit(text, "content-6", u -> u.replace("state=\"needs-translation\"", "state=\"translated\""));
        } else {
            text = inUnit(text, "content-4", u -> u.replace("state=\"initial\"", "state=\"final\""));
            text = inUnit(text, "content-5", u -> u.replace("state=\"initial\"", "state=\"reviewed\""));
            text = inUnit(text, "content-6", u -> u.replaceFirst("state=\"initial\"", "state=\"final\""));
        }
        Path file = dir.resolve("settled.ko.xlf");
        Files.writeString(file, text);

        Cli.Run merge = Cli.run("merge", file.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("15 of 17 " + UNTRANSLATED + ": title-1, excerpt-1, content-1, content-2,"
                + " content-3, content-6, content-7,"), merge.err());
        Cli.Run refused = Cli.run("validate", file.toString(), "--require-translated");
        assertEquals(1, refused.exitCode());
        assertTrue(refused.out().contains("15 problem(s)") && refused.out().contains("unit content-6: the target is identical"),
                refused.out());
        assertFalse(refused.out().contains("unit content-4:") || refused.out().contains("unit content-5:"), refused.out());
    }

    /** The XLIFF with unit {@code id} (1.2 trans-unit or 2.x unit) changed by {@code edit}. */
    private static String inUnit(String xliff, String id, java.util.function.UnaryOperator<String> edit) {
        Matcher unit = Pattern.compile("(?s)<(trans-unit|unit) id=\"" + id + "\".*?</\\1>").matcher(xliff);
        assertTrue(unit.find(), id);
        String edited = edit.apply(unit.group());
        assertFalse(edited.equals(unit.group()), "the edit changes unit " + id);
        return xliff.substring(0, unit.start()) + edited + xliff.substring(unit.end());
    }

    /**
     * Sentences a CAT tool left as their source inside a translated unit (OmegaT with a copy-source export and a memory
     * that filled only some of a paragraph's sentences): named with their marks, refused with --require-translated
     * (QA: they were published in English without a word, since the unit as a whole was not its source).
     */
    @Test
    void sentencesLeftAsTheirSourceInATranslatedUnitAreNamed(@TempDir Path dir) throws Exception {
        Path translated = pseudo(export(dir.resolve("y"), "xliff12", SEED, false), dir.resolve("p")).resolve(SLUG + ".ko.xlf");
        String xliff = Files.readString(translated);
        Matcher unit = Pattern.compile("(?s)<trans-unit id=\"content-3\".*?</trans-unit>").matcher(xliff);
        assertTrue(unit.find());
        String block = unit.group();
        Matcher source = Pattern.compile("(?s)<seg-source>.*?<mrk mtype=\"seg\" mid=\"3\">(.*?)</mrk>").matcher(block);
        assertTrue(source.find(), block);
        int target = block.indexOf("<target");
        Matcher translation = Pattern.compile("(?s)<mrk mtype=\"seg\" mid=\"3\">(.*?)</mrk>").matcher(block);
        assertTrue(translation.find(target), block);
        String edited = block.substring(0, translation.start(1)) + source.group(1) + block.substring(translation.end(1));
        Path file = dir.resolve("partly.ko.xlf");
        Files.writeString(file, xliff.replace(block, edited));

        Cli.Run merge = Cli.run("merge", file.toString(), "-o", dir.resolve("ko").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("1 unit(s) are translated but for sentences still identical to their source:"
                + " content-3 (sentence 3); translate them"), merge.err());
        assertFalse(merge.err().contains(UNTRANSLATED), "the unit is translated: " + merge.err());
        Cli.Run refused = Cli.run("validate", file.toString(), "--require-translated");
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.out().contains("unit content-3: sentence 3 of the target is identical to the source"
                + " (untranslated?); translate it"), refused.out());
    }

    /** A sentence kept as its source in a target the file marks final is kept on purpose: not named, not refused. */
    @Test
    void aSentenceKeptAsItsSourceInASettledTargetIsNotNamed(@TempDir Path dir) throws Exception {
        Path translated = pseudo(export(dir.resolve("y"), "xliff12", SEED, false), dir.resolve("p")).resolve(SLUG + ".ko.xlf");
        String xliff = Files.readString(translated);
        String settled = inUnit(xliff, "content-3", block -> {
            Matcher source = Pattern.compile("(?s)<seg-source>.*?<mrk mtype=\"seg\" mid=\"3\">(.*?)</mrk>").matcher(block);
            assertTrue(source.find(), block);
            Matcher translation = Pattern.compile("(?s)<mrk mtype=\"seg\" mid=\"3\">(.*?)</mrk>").matcher(block);
            assertTrue(translation.find(block.indexOf("<target")), block);
            String edited = block.substring(0, translation.start(1)) + source.group(1) + block.substring(translation.end(1));
            return edited.replaceFirst("(<target [^>]*state=\")[^\"]*\"", "$1final\"");
        });
        Path file = dir.resolve("settled.ko.xlf");
        Files.writeString(file, settled);
        Cli.Run refused = Cli.run("validate", file.toString(), "--require-translated");
        assertEquals(0, refused.exitCode(), refused.out());
        assertFalse(refused.out().contains("identical to their source"), refused.out());
    }

    /** Replaces unit {@code id} of {@code xliff} by the same unit of {@code other} (1.2 trans-unit or 2.x unit). */
    private static String withUnitOf(String xliff, String other, String id) {
        Pattern unit = Pattern.compile("(?s)<(trans-unit|unit) id=\"" + id + "\".*?</\\1>");
        Matcher from = unit.matcher(other), to = unit.matcher(xliff);
        assertTrue(from.find() && to.find(), id);
        return xliff.substring(0, to.start()) + from.group() + xliff.substring(to.end());
    }

    /**
     * The documented rule: a unit counts when its text (codes left out, URLs and e-mail addresses removed) has two
     * letters in a row. A URL, an e-mail address and a single letter left as they are do not warn; words do
     * (a brand name too: wpxliff cannot tell one).
     */
    @Test
    void onlyUnitsWithWordsCount(@TempDir Path dir) {
        Path xliff = export(dir.resolve("x"), "xliff12", Path.of("src/test/resources/delivery/mixed-units.json"), true);
        Cli.Run validate = Cli.run("validate", xliff.toString());
        assertEquals(0, validate.exitCode(), validate.out());
        // 5 units: title, a sentence, "A", "WordPress", an alt text (a bare URL or e-mail address is no unit at all)
        assertTrue(validate.out().contains("(5 units would merge)"), validate.out());
        assertTrue(validate.out().contains("4 of 4 " + UNTRANSLATED + ": title-1, content-1, content-3, content-4;"),
                validate.out());
    }

    // ------------------------------------------------------------------ --current

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void currentTellsAPostEditedSinceExportAndStrictRefusesIt(String format, @TempDir Path dir) throws Exception {
        Path pseudo = pseudo(export(dir.resolve("x"), format, SEED, false), dir.resolve("p"));
        Path xliff = pseudo.resolve(SLUG + ".ko.xlf");
        Path current = dir.resolve("current");
        Files.createDirectories(current);
        String seed = Files.readString(SEED);
        String edited = seed.replace("Not subtle at all.", "Not subtle in the least.")
                .replace("\"modified_gmt\":\"2026-04-06T07:14:58\"", "\"modified_gmt\":\"2026-05-02T09:00:00\"");
        assertFalse(edited.equals(seed));
        Files.writeString(current.resolve("post.json"), edited);

        Path out = dir.resolve("ko");
        Cli.Run merge = Cli.run("merge", xliff.toString(), "-o", out.toString(), "--current", current.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("warning: " + xliff + ": post 261198 (" + SLUG + ") changed since the XLIFF was"
                + " exported (modified 2026-05-02T09:00:00; exported: 2026-04-06T07:14:58): content differs in "
                + current.resolve("post.json")), merge.err());
        assertTrue(Files.isRegularFile(out.resolve(SLUG + ".ko.json")), "a warning: merged all the same");

        Path strictOut = dir.resolve("ko-strict");
        Cli.Run strict = Cli.run("merge", xliff.toString(), "-o", strictOut.toString(), "--current", current.toString(),
                "--strict");
        assertEquals(1, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("content differs") && strict.err().contains("(refused: --strict)"), strict.err());
        assertTrue(isEmptyDir(strictOut), "nothing written");

        Cli.Run validate = Cli.run("validate", xliff.toString(), "--current", current.resolve("post.json").toString(),
                "--strict");
        assertEquals(1, validate.exitCode(), validate.out());
        assertTrue(validate.out().contains("post 261198 (" + SLUG + ") changed since the XLIFF was exported"), validate.out());

        // the title edited too: both fields named
        Files.writeString(current.resolve("post.json"), edited.replace("\"rendered\":\"Chinese Tech Giants Adopt",
                "\"rendered\":\"China's Tech Giants Adopt"));
        Cli.Run both = Cli.run("validate", xliff.toString(), "--current", current.toString());
        assertEquals(0, both.exitCode(), both.out());
        assertTrue(both.err().contains("title, content differ in"), both.err());

        // unchanged: nothing said, --strict passes
        Cli.Run same = Cli.run("merge", xliff.toString(), "-o", dir.resolve("ko-same").toString(), "--current", "seeds",
                "--strict");
        assertEquals(0, same.exitCode(), same.err());
        assertFalse(same.err().contains("changed since"), same.err());
    }

    @Test
    void aPostNoCurrentFileHoldsIsAWarningAndAnErrorWithStrict(@TempDir Path dir) {
        Path xliff = pseudo(export(dir.resolve("x"), "xliff12", SEED, false), dir.resolve("p")).resolve(SLUG + ".ko.xlf");
        String other = "src/test/resources/fixtures/two-posts.json";
        Cli.Run lenient = Cli.run("validate", xliff.toString(), "--current", other);
        assertEquals(0, lenient.exitCode(), lenient.out());
        assertTrue(lenient.err().contains("no file given with --current holds post id 261198"), lenient.err());
        Cli.Run strict = Cli.run("validate", xliff.toString(), "--current", other, "--strict");
        assertEquals(1, strict.exitCode(), strict.out());
        assertTrue(strict.out().contains("no file given with --current holds post id 261198"), strict.out());
    }

    /** --current compares only: unlike --source, it never makes a payload that does not verify acceptable. */
    @Test
    void currentNeverVouchesForAnUnsignedPayload(@TempDir Path dir) throws Exception {
        Path xliff = export(dir.resolve("x"), "xliff12", SEED, true).resolve(SLUG + ".ko.xlf");
        Path forged = dir.resolve("forged.ko.xlf");
        Files.writeString(forged, Forgery.replace(Files.readString(xliff), p -> p, SignatureChoice.sha256()));
        Cli.Run merge = Cli.run("merge", forged.toString(), "-o", dir.resolve("ko").toString(), "--current", "seeds");
        assertEquals(1, merge.exitCode(), merge.err());
        assertTrue(merge.err().contains("Refused: merge publishes the embedded post"), merge.err());
        assertTrue(isEmptyDir(dir.resolve("ko")));
    }

    /** Raw posts (context=edit) and WordPress export files: found by id, compared field by field. */
    @Test
    void rawPostsAndWxrFilesAreComparedToo(@TempDir Path dir) throws Exception {
        Path raw = Path.of("src/test/resources/raw/river-deltas.edit.json");
        Path wxr = Path.of("src/test/resources/wxr/small-export.xml");
        Path exported = dir.resolve("x");
        export(exported, "xliff12", raw, true);
        export(exported, "xliff12", wxr, true);
        Cli.Run same = Cli.run("validate", exported.toString(), "--current", raw.toString(), "--current", wxr.toString(),
                "--strict");
        assertEquals(0, same.exitCode(), same.out() + same.err());
        assertFalse(same.err().contains("changed since"), same.err());

        Path current = dir.resolve("current");
        Files.createDirectories(current);
        Files.writeString(current.resolve("river.json"), Files.readString(raw)
                .replace("Where the water slows down, it drops what it carries.", "Where the water slows, it drops its load."));
        Files.writeString(current.resolve("site.xml"), Files.readString(wxr).replace("<title>About &amp; contact</title>",
                "<title>About us &amp; contact</title>"));
        Cli.Run changed = Cli.run("validate", exported.toString(), "--current", current.toString());
        assertEquals(0, changed.exitCode(), changed.out() + changed.err());
        assertTrue(changed.err().contains("post 812 (river-deltas) changed since the XLIFF was exported (modified"
                + " 2026-11-21T08:00:00): content differs"), changed.err());
        assertTrue(changed.err().contains("post 13 (about) changed since the XLIFF was exported: title differs"), changed.err());
        assertEquals(2, count(changed.err(), "changed since"), changed.err());
    }
}
