package net.wpxliff.tm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.segment.WordCount;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SeedMemory;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Fragment;
import net.wpxliff.xliff.Xliff12Writer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static net.wpxliff.testing.Xliff12Dom.children;
import static net.wpxliff.testing.Xliff12Dom.only;
import static net.wpxliff.testing.Xliff12Dom.parse;
import static net.wpxliff.testing.Xliff12Dom.target;
import static net.wpxliff.testing.Xliff12Dom.units;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's acceptance sequence on the seed, through the CLI: export v1 → pseudo → merge --tm m.tmx; v2 = the seed
 * with one sentence changed, one paragraph inserted, one deleted and one moved; export v2 --tm m.tmx --analysis, and
 * analyze v2 --tm m.tmx --json.
 *
 * <p>The seed's rendered content, top-level, is p1 p2 p3 blockquote p4 p5 p6 p7 p8 p9 p10 (p10 holds the JSON-LD).
 * v2 changes "the giants" to "the incumbents" in p3's first sentence, inserts a two-sentence paragraph NEW after p4,
 * deletes p6 (4 sentences) and moves p9 above p8: p1 p2 p3* blockquote p4 NEW p5 p7 p9 p8 p10. v1 has 56 sentences,
 * v2 56 − 4 + 2 = 54.
 *
 * <p>What "context" means here: same post, and the same sentences before and after in the unit, or the same unit key
 * (element path, as the rendered seed has no blocks) and one of them. So every unchanged sentence is in context,
 * 56 − 4 deleted − 1 changed = 51, among them the ones whose key or neighbour changed:
 * <ul>
 *   <li>p3's second sentence: its previous sentence is the changed one, its key and next sentence are the same;</li>
 *   <li>p5 (6 sentences): NEW before it makes it content/p[6] (the deletion of p6 after it brings p7 back to p[7]);</li>
 *   <li>the moved p9 (1 sentence) is now content/p[8], and p8 (5 sentences), which it passed, content/p[9].</li>
 * </ul>
 * Under a stricter rule (key and both neighbours, as the memory recorded them) those 13 would be only 100% matches.
 */
class LeverageSequenceTest {
    private static final String CHANGED_FROM = "nipping at the heels of the giants.";
    private static final String CHANGED_TO = "nipping at the heels of the incumbents.";
    private static final String CHANGED_SENTENCE =
            "Meanwhile, new “AI Tigers” like Zhipu AI, Moonshot AI, and Baichuan are nipping at the heels of the incumbents.";
    private static final List<String> INSERTED = List.of("Smaller labs matter too.", "Open weights let anyone run them at home.");

    @TempDir
    static Path dir;
    static Path memory;
    static Path pseudoFile;
    static Path v2Input;
    static Path v2File;
    static Cli.Run v2Export;

    @BeforeAll
    static void exportTranslateMergeEditExportAgain() throws Exception {
        memory = SeedMemory.build(dir);
        pseudoFile = only(dir.resolve("pseudo"), ".xlf");
        v2Input = dir.resolve("v2-input/" + Exports.SEED.getFileName());
        Files.createDirectories(v2Input.getParent());
        Files.writeString(v2Input, editedSeed());
        v2Export = run("export", v2Input.toString(), "-o", dir.resolve("v2").toString(), "--tm", memory.toString(),
                "--analysis", "--word-count");
        v2File = only(dir.resolve("v2"), ".xlf");
    }

    /** The seed post with v2's four edits to its rendered content (one top-level element per line there). */
    private static String editedSeed() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode post = (ObjectNode) json.readTree(Files.readString(Exports.SEED));
        List<String> lines = new ArrayList<>(Arrays.asList(post.get("content").get("rendered").asText().split("\n", -1)));
        int changed = line(lines, "<p>Meanwhile");
        assertTrue(lines.get(changed).contains(CHANGED_FROM));
        lines.set(changed, lines.get(changed).replace(CHANGED_FROM, CHANGED_TO));
        String moved = lines.remove(line(lines, "<p>Their educational infrastructure"));
        lines.add(line(lines, "<p>The <strong>Digital Silk Road"), moved);
        lines.remove(line(lines, "<p>China’s not just building software"));
        lines.add(line(lines, "<p>Each major player") + 1, "<p>" + String.join(" ", INSERTED) + "</p>");
        ((ObjectNode) post.get("content")).put("rendered", String.join("\n", lines));
        return json.writeValueAsString(post);
    }

    private static int line(List<String> lines, String start) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) found.add(i);
        assertEquals(1, found.size(), "lines starting with " + start);
        return found.get(0);
    }

    private static Cli.Run run(String... args) {
        return Cli.ok(args);
    }

    @Test
    void everyUnchangedSentenceComesBackAsAContextMatchWithV1sTranslation() throws Exception {
        XliffSchemas.assertValidStrict(Files.readString(v2File), v2File.toString());
        Map<String, String> v1Translations = sentenceTranslations(parse(pseudoFile));
        Map<String, Element> units = units(parse(v2File));
        int inContext = 0;
        int exact = 0;
        List<String> inContextUnits = new ArrayList<>();
        List<String> exactUnits = new ArrayList<>();
        for (Element unit : units.values()) {
            Element target = target(unit);
            if (target == null) continue;
            List<Element> sources = marks(children(unit, "seg-source").get(0));
            List<Element> targets = marks(target);
            assertEquals(sources.size(), targets.size(), unit.getAttribute("id"));
            // every pre-filled sentence is exactly v1's translation of the same sentence
            for (int i = 0; i < sources.size(); i++) {
                String v1 = v1Translations.get(sources.get(i).getTextContent());
                assertNotNull(v1, "v1 had " + sources.get(i).getTextContent());
                assertEquals(v1, targets.get(i).getTextContent(), unit.getAttribute("resname"));
            }
            boolean contextNote = children(unit, "note").stream()
                    .anyMatch(n -> n.getTextContent().equals(Xliff12Writer.CONTEXT_MATCH));
            if (target.getAttribute("state-qualifier").equals("exact-match")) {
                assertEquals("translated", target.getAttribute("state"));
                assertTrue(contextNote, unit.getAttribute("resname"));
                inContext += sources.size();
                inContextUnits.add(unit.getAttribute("resname"));
            } else {
                assertEquals("needs-review-translation", target.getAttribute("state"));
                assertEquals("leveraged-tm", target.getAttribute("state-qualifier"));
                exact += sources.size();
                exactUnits.add(unit.getAttribute("resname"));
            }
        }
        // 15 units entirely in context (title, excerpt, p1, p2, blockquote, p4, p5 now p[6], p7, p9 now p[8], p8 now
        // p[9], the 5 JSON-LD strings): 46 of the 51 context matches; the other 5 are p3's sentences 2 to 6, in a unit
        // not pre-filled (see below).
        assertEquals(List.of("title", "excerpt/p[1]", "content/p[1]", "content/p[2]", "content/blockquote[1]/p[1]",
                "content/p[4]", "content/p[6]", "content/p[7]", "content/p[8]", "content/p[9]",
                "content/p[10]/script[1]/$.headline",
                "content/p[10]/script[1]/$.description", "content/p[10]/script[1]/$.author.name",
                "content/p[10]/script[1]/$.publisher.name", "content/p[10]/script[2]/$.name"), inContextUnits);
        assertEquals(46, inContext);
        assertEquals(List.of(), exactUnits);
        assertEquals(0, exact);
    }

    @Test
    void theChangedSentenceIsAFuzzyAltTransWithTheDocumentedScore() throws Exception {
        Map<String, String> v1Translations = sentenceTranslations(parse(pseudoFile));
        Element unit = units(parse(v2File)).get("content-3");
        assertEquals("content/p[3]", unit.getAttribute("resname"));
        // one sentence is fuzzy, so the unit is not pre-filled (never a mix of memory and English)
        assertNull(target(unit));
        List<Element> sentences = marks(children(unit, "seg-source").get(0));
        assertEquals(6, sentences.size());
        assertEquals(CHANGED_SENTENCE, sentences.get(0).getTextContent());
        List<Element> alts = children(unit, "alt-trans");
        assertEquals(6, alts.size(), "one offer per sentence (the memory holds one translation of each)");
        Element fuzzy = alts.get(0);
        assertEquals("1", fuzzy.getAttribute("mid"));
        assertEquals("m.tmx", fuzzy.getAttribute("origin"));
        String old = CHANGED_SENTENCE.replace(CHANGED_TO, CHANGED_FROM);
        assertEquals(old, children(fuzzy, "source").get(0).getTextContent());
        assertEquals(v1Translations.get(old), children(fuzzy, "target").get(0).getTextContent());
        // Similarity's formula by hand. Tokens of the old sentence: 19 words (Meanwhile new AI Tigers like Zhipu AI
        // Moonshot AI and Baichuan are nipping at the heels of the giants) × 4 = 76, and 6 marks (, “ ” , , .) × 2 = 12:
        // W = 88 for both sentences; one word replaced (giants → incumbents) costs the larger weight, D = 4.
        // score = min(99, floor(100 × (88 − 4) / 88)) = floor(95.45…) = 95: band 95–99.
        assertEquals("95", fuzzy.getAttribute("match-quality"));
        assertEquals(95, Similarity.score(plain(old), plain(CHANGED_SENTENCE)));
        // the other five sentences are offered at 100 with v1's translation (all five in context)
        for (int i = 1; i < 6; i++) {
            Element alt = alts.get(i);
            assertEquals(Integer.toString(i + 1), alt.getAttribute("mid"));
            assertEquals("100", alt.getAttribute("match-quality"));
            assertEquals(v1Translations.get(sentences.get(i).getTextContent()),
                    children(alt, "target").get(0).getTextContent());
        }
    }

    @Test
    void theInsertedParagraphIsNoMatch() throws Exception {
        Element unit = units(parse(v2File)).get("content-6");
        assertEquals("content/p[5]", unit.getAttribute("resname"));
        assertEquals(INSERTED, marks(children(unit, "seg-source").get(0)).stream().map(Node::getTextContent).toList());
        assertNull(target(unit));
        assertTrue(children(unit, "alt-trans").isEmpty());
    }

    /**
     * Words per band are Okapi's counts of the sentences in that band. No match: the inserted sentences, 4 + 8 = 12
     * words. 95–99: the changed sentence, 16 (Okapi's counter leaves out its three "AI"). Context: the other 51,
     * 500 − 16 − 12 = 472 (132 of them in the 13 sentences whose key or a neighbour changed). Total: 500, what export
     * --word-count counts for v2. No repetitions: every sentence met twice (the title as the JSON-LD headline and
     * name, "DesignCopy" twice) has a context match, which comes first.
     */
    @Test
    void theAnalysisCountsWordsAndSegmentsPerBand() throws Exception {
        WordCount okapi = new WordCount("en");
        assertEquals(12, INSERTED.stream().mapToLong(s -> okapi.of(Fragment.text(s))).sum());
        assertEquals(16, okapi.of(Fragment.text(CHANGED_SENTENCE)));

        JsonNode report = new ObjectMapper().readTree(run("analyze", v2Input.toString(), "--tm", memory.toString(),
                "--json").out());
        assertEquals(1, report.get("version").asInt());
        assertEquals(List.of(memory.toString()), list(report.get("memories")));
        assertEquals(List.of("context", "exact", "repetitions", "fuzzy95to99", "fuzzy85to94", "fuzzy75to84",
                "fuzzy50to74", "noMatch"), list(report.get("bands")));
        assertEquals(1, report.get("files").size());
        JsonNode file = report.get("files").get(0);
        assertEquals(v2Input.toString(), file.get("file").asText());
        Map<String, Long> segments = counts(51, 0, 0, 1, 0, 0, 0, 2, 54);
        Map<String, Long> words = counts(472, 0, 0, 16, 0, 0, 0, 12, 500);
        for (JsonNode row : List.of(file, report.get("total"))) {
            assertEquals(segments, counts(row.get("segments")));
            assertEquals(words, counts(row.get("words")));
        }

        // export --analysis prints the same table as analyze, after the file's line (which counts the same 500 words)
        String out = v2Export.out();
        assertTrue(out.startsWith(v2Input + ": 17 units, 54 segments, 500 words -> "), out);
        assertTrue(out.contains("\ntotal: 1 file, 500 words\n\n"), out);
        String table = run("analyze", v2Input.toString(), "--tm", memory.toString()).out();
        assertTrue(out.endsWith("\n\n" + table), out + "\n---\n" + table);
        List<String> lines = table.lines().toList();
        assertEquals(5, lines.size(), table);
        assertEquals(List.of("file", "count", "context", "100%", "repetitions", "95-99%", "85-94%", "75-84%", "50-74%",
                "no", "match", "total"), List.of(lines.get(0).split(" +")));
        assertEquals(List.of(v2Input.toString(), "words", "472", "0", "0", "16", "0", "0", "0", "12", "500"),
                List.of(lines.get(1).split(" +")));
        assertEquals(List.of("", "segments", "51", "0", "0", "1", "0", "0", "0", "2", "54"),
                List.of(lines.get(2).split(" +")));
        assertEquals(List.of("total", "words", "472", "0", "0", "16", "0", "0", "0", "12", "500"),
                List.of(lines.get(3).split(" +")));
        // columns are aligned: every number ends where its header ends
        int end = lines.get(0).indexOf("100%") + "100%".length();
        for (String line : lines.subList(1, 5)) assertEquals(' ', line.charAt(end), line);
        assertTrue(lines.get(1).charAt(end - 1) != ' ' && lines.get(2).charAt(end - 1) != ' ', table);
    }

    /**
     * Without a memory, v1 is all "no match" but for its repetitions: the title again as the JSON-LD headline and
     * name (8 words each: Okapi leaves out "AI"), "It’s simple." again in the JSON-LD description (2) and
     * "DesignCopy" again as the publisher's name (1): 4 segments, 19 words; their first occurrences are no match.
     */
    @Test
    void withoutAMemoryEverySentenceIsNoMatchOrARepetition() throws Exception {
        JsonNode report = new ObjectMapper().readTree(run("analyze", Exports.SEED.toString(), "--json").out());
        assertEquals(List.of(), list(report.get("memories")));
        assertEquals(counts(0, 0, 4, 0, 0, 0, 0, 52, 56), counts(report.get("total").get("segments")));
        assertEquals(counts(0, 0, 19, 0, 0, 0, 0, 511, 530), counts(report.get("total").get("words")));
        // the same 530 words export --word-count records
        Cli.Run export = run("export", Exports.SEED.toString(), "-o", dir.resolve("counted").toString(), "--word-count");
        assertTrue(export.out().contains(", 56 segments, 530 words -> "), export.out());
    }

    @Test
    void thePreFilledV2MergesWithV1sTranslations() throws Exception {
        // the two units without target (p3 with its fuzzy sentence, the inserted paragraph) keep their English
        Cli.Run merge = Cli.run("merge", v2File.toString(), "-o", dir.resolve("ko2").toString(), "--allow-missing");
        assertEquals(0, merge.exitCode(), merge.err());
        assertTrue(merge.out().contains("15 units merged, 2 missing"), merge.out());
        assertTrue(merge.err().contains("untranslated units content-3, content-6"), merge.err());
        List<String> v1 = topLevel(only(dir.resolve("ko1"), ".ko.html"));
        List<String> v2 = topLevel(only(dir.resolve("ko2"), ".ko.html"));
        // v1: p1 p2 p3 blockquote p4 p5 p6 p7 p8 p9 p10; v2: p1 p2 p3* blockquote p4 NEW p5 p7 p9 p8 p10
        assertEquals(11, v1.size());
        assertEquals(11, v2.size());
        int[] fromV1 = {0, 1, -1, 3, 4, -1, 5, 7, 9, 8, 10};
        for (int i = 0; i < fromV1.length; i++) {
            if (fromV1[i] >= 0) assertEquals(v1.get(fromV1[i]), v2.get(i), "v2 element " + (i + 1));
        }
        assertTrue(v2.get(2).contains(CHANGED_SENTENCE) && v2.get(5).contains(INSERTED.get(0)), "kept in English");
        // title and excerpt too
        JsonNode post1 = new ObjectMapper().readTree(only(dir.resolve("ko1"), ".ko.json").toFile());
        JsonNode post2 = new ObjectMapper().readTree(only(dir.resolve("ko2"), ".ko.json").toFile());
        for (String field : List.of("title", "excerpt")) {
            assertEquals(post1.get(field).get("rendered"), post2.get(field).get("rendered"), field);
        }
    }

    private static List<String> topLevel(Path html) throws Exception {
        return Jsoup.parseBodyFragment(Files.readString(html)).body().children().stream()
                .map(e -> e.outerHtml()).toList();
    }

    private static Map<String, Long> counts(long... values) {
        String[] keys = {"context", "exact", "repetitions", "fuzzy95to99", "fuzzy85to94", "fuzzy75to84", "fuzzy50to74",
                "noMatch", "total"};
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) counts.put(keys[i], values[i]);
        return counts;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static TmText plain(String text) {
        return new TmText(List.of(new TmText.Plain(text)));
    }

    /** Each source sentence of a translated file with its translation (the pseudo-translation is deterministic). */
    private static Map<String, String> sentenceTranslations(Document doc) {
        Map<String, String> translations = new HashMap<>();
        for (Element unit : units(doc).values()) {
            List<Element> sources = marks(children(unit, "seg-source").get(0));
            List<Element> targets = marks(target(unit));
            assertEquals(sources.size(), targets.size(), unit.getAttribute("id"));
            for (int i = 0; i < sources.size(); i++) {
                String previous = translations.put(sources.get(i).getTextContent(), targets.get(i).getTextContent());
                assertTrue(previous == null || previous.equals(targets.get(i).getTextContent()));
            }
        }
        return translations;
    }

    private static List<Element> marks(Element parent) {
        return children(parent, "mrk");
    }
}
