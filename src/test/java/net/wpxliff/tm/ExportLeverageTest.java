package net.wpxliff.tm;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SeedMemory;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.xliff.Xliff12Writer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static net.wpxliff.testing.Xliff12Dom.children;
import static net.wpxliff.testing.Xliff12Dom.only;
import static net.wpxliff.testing.Xliff12Dom.parse;
import static net.wpxliff.testing.Xliff12Dom.target;
import static net.wpxliff.testing.Xliff12Dom.units;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * export --tm on the seed: export v1, pseudo-translate, merge --tm m.tmx, export again with the memory (every
 * sentence a context match, pre-filled with v1's translation); the seed with one sentence edited (that unit offers
 * the old translation as a fuzzy alt-trans with the Similarity score); the pre-filled export merges to v1's output.
 */
class ExportLeverageTest {
    private static final String EDITED_FROM = SeedMemory.EDITED_FROM;
    private static final String EDITED_TO = SeedMemory.EDITED_TO;

    @TempDir
    static Path dir;
    static Path memory;
    static Path pseudoFile;
    static Path leveragedFile;

    @BeforeAll
    static void exportMergeExportAgain() throws Exception {
        memory = SeedMemory.build(dir);
        Cli.Run export = Cli.run("export", Exports.SEED.toString(), "-o", dir.resolve("v2").toString(), "--tm", memory.toString());
        assertEquals(0, export.exitCode(), export.err());
        pseudoFile = only(dir.resolve("pseudo"), ".xlf");
        leveragedFile = only(dir.resolve("v2"), ".xlf");
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    @Test
    void everySentenceOfTheUnchangedPostIsAContextMatchWithV1sTranslation() throws Exception {
        Map<String, Element> pseudo = units(parse(pseudoFile));
        Map<String, Element> leveraged = units(parse(leveragedFile));
        assertEquals(pseudo.keySet(), leveraged.keySet());
        int prefilled = 0;
        int unfilled = 0;
        for (Map.Entry<String, Element> e : leveraged.entrySet()) {
            Element unit = e.getValue();
            Element target = target(unit);
            String source = children(unit, "source").get(0).getTextContent();
            String pseudoTarget = target(pseudo.get(e.getKey())).getTextContent();
            if (!hasLetters(source) || pseudoTarget.equals(source)) {
                assertNull(target, "unit " + e.getKey() + " has nothing translated to leverage");
                unfilled++;
                continue;
            }
            assertTrue(target != null, "unit " + e.getKey() + " is pre-filled");
            assertEquals("translated", target.getAttribute("state"), e.getKey());
            assertEquals("exact-match", target.getAttribute("state-qualifier"), e.getKey());
            // exactly v1's translation, whitespace too (the JSON-LD units keep their double spaces)
            assertEquals(pseudoTarget, target.getTextContent(), e.getKey());
            assertTrue(children(unit, "note").stream().anyMatch(n -> n.getTextContent().equals(Xliff12Writer.CONTEXT_MATCH)), e.getKey());
            assertTrue(children(unit, "alt-trans").isEmpty(), e.getKey());
            prefilled++;
        }
        assertEquals(leveraged.size(), prefilled + unfilled, "every unit accounted for");
        assertTrue(prefilled > 10, "units pre-filled: " + prefilled);
        XliffSchemas.assertValidStrict(Files.readString(leveragedFile), leveragedFile.toString());
    }

    @Test
    void withoutAMemoryTheExportIsUnchanged() throws Exception {
        Path again = dir.resolve("again");
        assertEquals(0, Cli.run("export", Exports.SEED.toString(), "-o", again.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(only(dir.resolve("v1"), ".xlf")), Files.readAllBytes(only(again, ".xlf")));
    }

    @Test
    void thePreFilledExportMergesToV1sTranslation() throws Exception {
        Path ko2 = dir.resolve("ko2");
        Cli.Run merge = Cli.run("merge", leveragedFile.toString(), "-o", ko2.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        try (Stream<Path> files = Files.list(dir.resolve("ko1"))) {
            List<Path> outputs = files.sorted().toList();
            assertFalse(outputs.isEmpty());
            for (Path v1 : outputs) {
                Path v2 = ko2.resolve(v1.getFileName());
                assertEquals(Files.readString(v1), Files.readString(v2), v1.getFileName().toString());
            }
        }
    }

    @Test
    void anEditedSentenceIsOfferedAsAFuzzyAltTrans() throws Exception {
        Path edited = dir.resolve("edited/" + Exports.SEED.getFileName());
        Files.createDirectories(edited.getParent());
        String json = Files.readString(Exports.SEED);
        assertTrue(json.contains(EDITED_FROM));
        Files.writeString(edited, json.replace(EDITED_FROM, EDITED_TO));
        Cli.Run export = Cli.run("export", edited.toString(), "-o", dir.resolve("v3").toString(), "--tm", memory.toString());
        assertEquals(0, export.exitCode(), export.err());
        Path file = only(dir.resolve("v3"), ".xlf");
        XliffSchemas.assertValidStrict(Files.readString(file), file.toString());
        int offered = 0;
        for (Element unit : units(parse(file)).values()) {
            if (!children(unit, "source").get(0).getTextContent().contains(EDITED_TO)) {
                continue;
            }
            // a unit is pre-filled only when every sentence is: this one has a fuzzy sentence, so no target
            assertNull(target(unit), unit.getAttribute("id"));
            List<Element> alts = children(unit, "alt-trans");
            assertFalse(alts.isEmpty(), unit.getAttribute("id"));
            // its unchanged sentences are offered at 100 (a unit without target still shows what the memory had)
            Element alt = null;
            for (Element a : alts) {
                if (segment(unit, a.getAttribute("mid")).getTextContent().contains(EDITED_TO)) {
                    if (alt == null) alt = a;
                } else {
                    assertEquals("100", a.getAttribute("match-quality"), a.getAttribute("mid"));
                }
            }
            assertTrue(alt != null && alts.size() > 1, "alt-trans of unit " + unit.getAttribute("id") + ": " + alts.size());
            assertEquals("m.tmx", alt.getAttribute("origin"));
            Element seg = segment(unit, alt.getAttribute("mid"));
            String newSentence = seg.getTextContent();
            assertTrue(newSentence.contains(EDITED_TO), newSentence);
            String oldSentence = children(alt, "source").get(0).getTextContent();
            assertEquals(newSentence.replace(EDITED_TO, EDITED_FROM), oldSentence);
            int score = Similarity.score(plain(oldSentence), plain(newSentence));
            assertTrue(score >= Matcher.FUZZY_MINIMUM && score < 100, "score " + score);
            assertEquals(Integer.toString(score), alt.getAttribute("match-quality"));
            assertFalse(children(alt, "target").get(0).getTextContent().isEmpty());
            offered++;
        }
        assertEquals(1, offered);
    }

    @Test
    void anotherPostWithTheSameSentencesGetsExactMatchesToReview() throws Exception {
        Path other = dir.resolve("other/" + Exports.SEED.getFileName());
        Files.createDirectories(other.getParent());
        String json = Files.readString(Exports.SEED);
        assertTrue(json.startsWith("{\"id\":261198,"));
        Files.writeString(other, "{\"id\":999," + json.substring("{\"id\":261198,".length()));
        Cli.Run export = Cli.run("export", other.toString(), "-o", dir.resolve("v4").toString(), "--tm", memory.toString());
        assertEquals(0, export.exitCode(), export.err());
        Path file = only(dir.resolve("v4"), ".xlf");
        XliffSchemas.assertValidStrict(Files.readString(file), file.toString());
        int prefilled = 0;
        for (Element unit : units(parse(file)).values()) {
            Element target = target(unit);
            if (target == null) continue;
            assertEquals("needs-review-translation", target.getAttribute("state"), unit.getAttribute("id"));
            assertEquals("leveraged-tm", target.getAttribute("state-qualifier"), unit.getAttribute("id"));
            assertTrue(children(unit, "note").stream().noneMatch(n -> n.getTextContent().equals(Xliff12Writer.CONTEXT_MATCH)));
            prefilled++;
        }
        assertTrue(prefilled > 10, "units pre-filled by exact matches: " + prefilled);
    }

    private static TmText plain(String text) {
        return new TmText(List.of(new TmText.Plain(text)));
    }

    private static Element segment(Element unit, String mid) {
        Element segSource = children(unit, "seg-source").get(0);
        NodeList marks = segSource.getElementsByTagNameNS("*", "mrk");
        for (int i = 0; i < marks.getLength(); i++) {
            Element m = (Element) marks.item(i);
            if (m.getAttribute("mid").equals(mid)) return m;
        }
        throw new AssertionError("no segment " + mid + " in unit " + unit.getAttribute("id"));
    }

    /** XLIFF 2.1 writes the same leverage with state/subState and Translation Candidates (xliff2/Xliff2LeverageTest). */
    @Test
    void xliff2WithAMemoryIsPreFilledToo() throws Exception {
        Cli.Run run = Cli.run("export", Exports.SEED.toString(), "-o", dir.resolve("x2").toString(),
                "--format", "xliff2", "--tm", memory.toString());
        assertEquals(0, run.exitCode(), run.err());
        String xliff = Files.readString(only(dir.resolve("x2"), ".xlf"));
        assertTrue(xliff.contains("state=\"translated\" subState=\"wpxliff:context-match\""), "context matches in 2.1");
    }
}
