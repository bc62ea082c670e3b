package net.wpxliff.xliff2;

import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SeedMemory;
import net.wpxliff.testing.Xliff12Dom;
import net.wpxliff.testing.OkapiXliff2;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.tm.Matcher;
import net.wpxliff.tm.Similarity;
import net.wpxliff.tm.TmText;
import net.wpxliff.xliff.Xliff2Writer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static net.wpxliff.xliff2.Xliff2Dom.CORE;
import static net.wpxliff.xliff2.Xliff2Dom.attr;
import static net.wpxliff.xliff2.Xliff2Dom.child;
import static net.wpxliff.xliff2.Xliff2Dom.children;
import static net.wpxliff.xliff2.Xliff2Dom.descendants;
import static net.wpxliff.xliff2.Xliff2Dom.units;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code export --tm --format xliff2} on the seed, as {@code tm/ExportLeverageTest} does for XLIFF 1.2: export v1,
 * pseudo-translate, {@code merge --tm m.tmx}, export again in XLIFF 2.1 with the memory. Every sentence comes back as a
 * context match ({@code state="translated" subState="wpxliff:context-match"}, v1's translation as target); an edited
 * sentence is a Translation Candidate ({@code <mtc:match>}) with the Similarity score; another post's sentences are
 * exact matches to confirm ({@code state="initial" subState="wpxliff:exact-match"}). Every file is valid for the
 * core schema with the metadata and matches modules and for Okapi's strictest XLIFF 2 reader; the pre-filled file
 * merges to what the XLIFF 1.2 path gives; without a memory the 2.1 export is byte for byte what it was.
 */
class Xliff2LeverageTest {
    static final String MATCHES = Xliff2Writer.MATCHES_NAMESPACE;
    private static final String EDITED_FROM = SeedMemory.EDITED_FROM;
    private static final String EDITED_TO = SeedMemory.EDITED_TO;

    @TempDir
    static Path dir;
    static Path memory;
    static Path pseudo12;
    static Path leveraged12;
    static Path leveraged2;

    @BeforeAll
    static void exportMergeExportAgain() throws Exception {
        memory = SeedMemory.build(dir);
        run("export", Exports.SEED.toString(), "-o", dir.resolve("v2").toString(), "--tm", memory.toString());
        run("export", Exports.SEED.toString(), "-o", dir.resolve("x2").toString(), "--format", "xliff2", "--tm", memory.toString());
        pseudo12 = only(dir.resolve("pseudo"));
        leveraged12 = only(dir.resolve("v2"));
        leveraged2 = only(dir.resolve("x2"));
    }

    static Cli.Run run(String... args) {
        return Cli.ok(args);
    }

    static Path only(Path folder) throws Exception {
        return Xliff12Dom.only(folder, ".xlf");
    }

    /** Valid for the core schema + metadata and matches modules, read by Okapi at its strictest without a warning. */
    static void assertValidForSchemasAndOkapi(Path file) throws Exception {
        String xliff = Files.readString(file);
        XliffSchemas.assertValidXliff2(xliff, file.toString());
        OkapiXliff2.Read okapi;
        try {
            okapi = OkapiXliff2.read(xliff);
        } catch (RuntimeException e) {
            throw new AssertionError(file + ": Okapi's XLIFFReader (VALIDATION_MAXIMAL) refused the file: " + e.getMessage(), e);
        }
        assertEquals(0, okapi.warnings(), file + ": warnings from Okapi's reader");
        // the unit's own id scope, candidates aside (their codes repeat the unit's ids on purpose)
        Document dom = Xliff2Dom.parse(xliff);
        for (Element matches : elements(dom, MATCHES, "matches")) matches.getParentNode().removeChild(matches);
        Xliff2ExportTest.assertIdsUniqueInEachUnit(file.toString(), dom);
    }

    static List<Element> elements(Document dom, String namespace, String localName) {
        NodeList list = dom.getElementsByTagNameNS(namespace, localName);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }

    static Map<String, Element> unitsById(Document dom) {
        Map<String, Element> byId = new LinkedHashMap<>();
        for (Element unit : units(dom)) byId.put(attr(unit, "id"), unit);
        return byId;
    }

    static List<Element> segments(Element unit) {
        return children(unit).stream().filter(e -> CORE.equals(e.getNamespaceURI()) && e.getLocalName().equals("segment")).toList();
    }

    /** The XLIFF 1.2 unit's target sentences by mid ({@code <mrk mtype="seg">}), or null without a target. */
    static Map<String, String> targets12(Element transUnit) {
        Element target = children(transUnit).stream().filter(e -> e.getLocalName().equals("target")).findFirst().orElse(null);
        if (target == null) return null;
        Map<String, String> byMid = new LinkedHashMap<>();
        for (Element mrk : descendants(target)) if (mrk.getLocalName().equals("mrk")) byMid.put(attr(mrk, "mid"), mrk.getTextContent());
        return byMid;
    }

    static Map<String, Element> transUnits(Path file) throws Exception {
        Map<String, Element> byId = new LinkedHashMap<>();
        Document dom = Xliff2Dom.parse(Files.readString(file));
        for (Element e : elements(dom, "urn:oasis:names:tc:xliff:document:1.2", "trans-unit")) byId.put(attr(e, "id"), e);
        return byId;
    }

    // ------------------------------------------------------------------ the unchanged post: context matches

    @Test
    void everySentenceOfTheUnchangedPostIsAContextMatchWithV1sTranslation() throws Exception {
        assertValidForSchemasAndOkapi(leveraged2);
        Document dom = Xliff2Dom.parse(Files.readString(leveraged2));
        assertTrue(elements(dom, MATCHES, "matches").isEmpty(), "every sentence is pre-filled: no candidates to offer");
        Map<String, Element> pseudo = transUnits(pseudo12);
        Map<String, Element> prefilled12 = transUnits(leveraged12);
        Map<String, Element> units = unitsById(dom);
        assertEquals(pseudo.keySet(), units.keySet());
        int prefilledUnits = 0;
        int contextSentences = 0;
        for (Map.Entry<String, Element> e : units.entrySet()) {
            String id = e.getKey();
            Map<String, String> expected = targets12(prefilled12.get(id));
            List<Element> segments = segments(e.getValue());
            if (expected == null) {
                for (Element s : segments) assertNull(child(s, "target"), id + ": not pre-filled in XLIFF 1.2 either");
                continue;
            }
            prefilledUnits++;
            Map<String, String> translation = targets12(pseudo.get(id));
            for (Element s : segments) {
                String mid = attr(s, "id").substring(1);
                assertEquals("translated", attr(s, "state"), id + " " + attr(s, "id"));
                assertEquals(Xliff2Writer.CONTEXT_MATCH, attr(s, "subState"), id + " " + attr(s, "id"));
                // exactly v1's translation, whitespace too
                assertEquals(translation.get(mid), child(s, "target").getTextContent(), id + " " + attr(s, "id"));
                contextSentences++;
            }
        }
        assertEquals(17, prefilledUnits, "units pre-filled, as in XLIFF 1.2 (README: 17 of 17)");
        assertEquals(prefilled12.values().stream().filter(u -> targets12(u) != null).count(), prefilledUnits);
        assertEquals(56, contextSentences, "the seed's 56 sentences, every one a context match");
    }

    @Test
    void thePreFilledExportMergesToV1sTranslationAsThe12PathDoes() throws Exception {
        run("merge", leveraged2.toString(), "-o", dir.resolve("ko2").toString());
        run("merge", leveraged12.toString(), "-o", dir.resolve("ko12").toString());
        try (Stream<Path> files = Files.list(dir.resolve("ko1"))) {
            List<Path> outputs = files.sorted().toList();
            assertEquals(3, outputs.size(), outputs.toString());
            for (Path v1 : outputs) {
                byte[] expected = Files.readAllBytes(v1);
                assertArrayEquals(expected, Files.readAllBytes(dir.resolve("ko2").resolve(v1.getFileName())), "2.1: " + v1.getFileName());
                assertArrayEquals(expected, Files.readAllBytes(dir.resolve("ko12").resolve(v1.getFileName())), "1.2: " + v1.getFileName());
            }
        }
    }

    // ------------------------------------------------------------------ an edited sentence: a candidate

    @Test
    void anEditedSentenceIsATranslationCandidateWithTheSimilarityScore() throws Exception {
        Path file = exportEdited("v3");
        assertValidForSchemasAndOkapi(file);
        Document dom = Xliff2Dom.parse(Files.readString(file));
        int offered = 0;
        int coded = 0;
        for (Element unit : units(dom)) {
            Map<String, Element> segments = segments(unit).stream()
                    .collect(Collectors.toMap(s -> attr(s, "id"), s -> s, (a, b) -> a, LinkedHashMap::new));
            if (segments.values().stream().noneMatch(s -> child(s, "source").getTextContent().contains(EDITED_TO))) continue;
            String id = attr(unit, "id");
            // a unit is pre-filled only when every sentence is: this one has a fuzzy sentence, so no target
            for (Element s : segments.values()) {
                assertNull(child(s, "target"), id + " " + attr(s, "id"));
                assertNull(attr(s, "state"), id + " " + attr(s, "id"));
            }
            Element matches = child(unit, "matches");
            assertNotNull(matches, id + ": <mtc:matches>");
            assertEquals(MATCHES, matches.getNamespaceURI());
            assertTrue(children(unit).indexOf(matches) < children(unit).indexOf(child(unit, "notes")), id + ": candidates before <notes>");
            Element fuzzy = null;
            for (Element match : children(matches)) {
                String ref = attr(match, "ref");
                assertTrue(ref.matches("#s\\d+") && segments.containsKey(ref.substring(1)), id + ": ref " + ref);
                assertEquals("tm", attr(match, "type"));
                assertEquals("m.tmx", attr(match, "origin"));
                assertEquals(attr(match, "matchQuality"), attr(match, "similarity"));
                Element segment = segments.get(ref.substring(1));
                if (child(segment, "source").getTextContent().contains(EDITED_TO)) {
                    if (fuzzy == null) fuzzy = match;
                    continue;
                }
                // the unit's unchanged sentences are offered at 100, with the unit's own codes
                assertEquals("100", attr(match, "matchQuality"), ref);
                assertEquals(child(segment, "source").getTextContent(), child(match, "source").getTextContent(), ref);
                if (assertCodesAreTheSegments(id, segment, match)) coded++;
            }
            assertNotNull(fuzzy, id + ": the edited sentence's candidate");
            String newSentence = segments.get(attr(fuzzy, "ref").substring(1)).getTextContent();
            String oldSentence = child(fuzzy, "source").getTextContent();
            assertEquals(newSentence.replace(EDITED_TO, EDITED_FROM), oldSentence);
            int score = Similarity.score(plain(oldSentence), plain(newSentence));
            assertTrue(score >= Matcher.FUZZY_MINIMUM && score < 100, "score " + score);
            assertEquals(Integer.toString(score), attr(fuzzy, "matchQuality"));
            assertEquals(Integer.toString(score), attr(fuzzy, "similarity"));
            assertFalse(child(fuzzy, "target").getTextContent().isEmpty());
            offered++;
        }
        assertEquals(1, offered);
        assertTrue(coded > 0, "a candidate with inline codes (the link in the sentence after the edited one)");
    }

    /**
     * A candidate's codes are the segment's own (same element, id, type), on both sides, each pointing to a
     * {@code <data>} of the candidate's own {@code <originalData>} that shows the segment's markup. True when it has codes.
     */
    private static boolean assertCodesAreTheSegments(String unitId, Element segment, Element match) {
        Map<String, String> ownData = new LinkedHashMap<>();
        Element originalData = child(match, "originalData");
        if (originalData != null) for (Element d : children(originalData)) ownData.put(attr(d, "id"), d.getTextContent());
        Map<String, String> unitData = new LinkedHashMap<>();
        Element unitOriginalData = child((Element) segment.getParentNode(), "originalData");
        if (unitOriginalData != null) for (Element d : children(unitOriginalData)) unitData.put(attr(d, "id"), d.getTextContent());
        String segmentCodes = codes(child(segment, "source"));
        for (String side : List.of("source", "target")) {
            assertEquals(segmentCodes, codes(child(match, side)), unitId + " " + attr(match, "ref") + ": codes of the candidate's " + side);
            for (Element code : descendants(child(match, side))) {
                for (String ref : List.of("dataRef", "dataRefStart", "dataRefEnd")) {
                    String data = attr(code, ref);
                    if (data == null) continue;
                    assertTrue(ownData.containsKey(data), unitId + ": " + ref + "=" + data + " in the candidate's originalData " + ownData.keySet());
                    assertEquals(unitData.get(data), ownData.get(data), unitId + ": data " + data);
                }
            }
        }
        return !segmentCodes.isEmpty();
    }

    /** The inline elements of a content, as element name and id, in order. */
    private static String codes(Element content) {
        return descendants(content).stream().map(e -> e.getLocalName() + "#" + attr(e, "id")).collect(Collectors.joining(" "));
    }

    private static TmText plain(String text) {
        return new TmText(List.of(new TmText.Plain(text)));
    }

    static Path exportEdited(String name) throws Exception {
        Path edited = dir.resolve("edited/" + Exports.SEED.getFileName());
        if (!Files.exists(edited)) {
            Files.createDirectories(edited.getParent());
            String json = Files.readString(Exports.SEED);
            assertTrue(json.contains(EDITED_FROM));
            Files.writeString(edited, json.replace(EDITED_FROM, EDITED_TO));
        }
        run("export", edited.toString(), "-o", dir.resolve(name).toString(), "--format", "xliff2", "--tm", memory.toString());
        return only(dir.resolve(name));
    }

    // ------------------------------------------------------------------ another post: exact matches to confirm

    @Test
    void anotherPostWithTheSameSentencesGetsExactMatchesToConfirm() throws Exception {
        Path other = dir.resolve("other/" + Exports.SEED.getFileName());
        Files.createDirectories(other.getParent());
        String json = Files.readString(Exports.SEED);
        assertTrue(json.startsWith("{\"id\":261198,"));
        Files.writeString(other, "{\"id\":999," + json.substring("{\"id\":261198,".length()));
        run("export", other.toString(), "-o", dir.resolve("v4").toString(), "--format", "xliff2", "--tm", memory.toString());
        Path file = only(dir.resolve("v4"));
        assertValidForSchemasAndOkapi(file);
        int prefilled = 0;
        for (Element unit : units(Xliff2Dom.parse(Files.readString(file)))) {
            for (Element s : segments(unit)) {
                if (child(s, "target") == null) continue;
                assertEquals("initial", attr(s, "state"), attr(unit, "id") + " " + attr(s, "id"));
                assertEquals(Xliff2Writer.EXACT_MATCH, attr(s, "subState"), attr(unit, "id") + " " + attr(s, "id"));
                prefilled++;
            }
        }
        assertEquals(56, prefilled, "sentences pre-filled by exact matches");
    }

    // ------------------------------------------------------------------ without a memory: unchanged

    /**
     * SHA-256 of the seed's XLIFF 2.1 export under a fixed key, taken before memories could be written in 2.1. A
     * deliberate change to the 2.1 format changes them: check that the difference comes from it, then update.
     */
    private static final Map<String, String> PINNED = Map.of(
            "", "fe3d57140d8594f0da9ca70ad4014aaa8e7d77cd200174e54eef2a68cd086057",
            "--copy-source", "98466d3a57f81cb7a098551243df5929288020b97ab0a421a7661ea490ab15b1",
            "--no-segment", "1a5b735599882958ea4c3c3f2743286e5401ae9616f9cc1d5ed928b223216fd5",
            "--word-count", "43f019914d48cfbecce242edd01159c4d6c84030e50a3d60e9e08008a740ac5d");

    @Test
    void withoutAMemoryThe21ExportIsByteForByteWhatItWas() throws Exception {
        Path key = dir.resolve("pinned.key");
        Files.writeString(key, "wpxliff-test-key-0123456789abcdef0123456789abcdef\n");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        for (Map.Entry<String, String> pin : PINNED.entrySet()) {
            Path out = dir.resolve("pinned" + pin.getKey());
            Stream<String> args = Stream.of("export", Exports.SEED.toString(), "-o", out.toString(), "--format", "xliff2",
                    "--key-file", key.toString());
            if (!pin.getKey().isEmpty()) args = Stream.concat(args, Stream.of(pin.getKey()));
            run(args.toArray(String[]::new));
            byte[] bytes = Files.readAllBytes(only(out));
            assertEquals(pin.getValue(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    "export --format xliff2 " + pin.getKey());
            assertFalse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(MATCHES), "no matches namespace");
        }
    }

    @Test
    void unsegmentedExportsOfferCandidatesOnTheirOneSegment() throws Exception {
        Path edited = exportEdited("v5");
        assertTrue(Files.exists(edited));
        Path edits = dir.resolve("edited");
        run("export", edits.toString(), "-o", dir.resolve("v6").toString(), "--format", "xliff2", "--no-segment",
                "--tm", memory.toString());
        Path file = only(dir.resolve("v6"));
        assertValidForSchemasAndOkapi(file);
        Set<String> refs = elements(Xliff2Dom.parse(Files.readString(file)), MATCHES, "match").stream()
                .map(m -> attr(m, "ref")).collect(Collectors.toSet());
        assertEquals(Set.of("#s1"), refs, "one segment per unit: every candidate is for s1");
    }
    // ------------------------------------------------------------------ a pair split by a sentence break

    @Test
    void halvesOfAPairSplitBySentencesAreIsolatedCodesInCandidates() throws Exception {
        Path tmx = dir.resolve("bold.tmx");
        run("export", Xliff2ExportTest.BOLD_ACROSS_SENTENCES.toString(), "-o", dir.resolve("b1").toString());
        run("pseudo", dir.resolve("b1").toString(), "-o", dir.resolve("bp").toString());
        run("merge", dir.resolve("bp").toString(), "-o", dir.resolve("bko").toString(), "--tm", tmx.toString());
        Path edited = dir.resolve("bold-edited/" + Xliff2ExportTest.BOLD_ACROSS_SENTENCES.getFileName());
        Files.createDirectories(edited.getParent());
        String json = Files.readString(Xliff2ExportTest.BOLD_ACROSS_SENTENCES);
        assertTrue(json.contains("</strong> Then start.</p>"));
        Files.writeString(edited, json.replace("</strong> Then start.</p>", "</strong> Then start right away.</p>"));
        run("export", edited.toString(), "-o", dir.resolve("b2").toString(), "--format", "xliff2", "--tm", tmx.toString());
        Path file = only(dir.resolve("b2"));
        assertValidForSchemasAndOkapi(file);
        Document dom = Xliff2Dom.parse(Files.readString(file));
        List<Element> isolated = elements(dom, MATCHES, "match").stream().flatMap(m -> descendants(m).stream())
                .filter(e -> "yes".equals(attr(e, "isolated"))).toList();
        assertEquals(List.of("sc", "sc", "ec", "ec"), isolated.stream().map(Element::getLocalName).toList(),
                "<strong> opens in one sentence and closes in the next: each candidate holds one half, on both sides");
        for (Element e : isolated) {
            assertNotNull(attr(e, "id"), "an isolated code has its own id");
            assertNull(attr(e, "startRef"), "an isolated <ec> has no startRef");
        }
    }

    // ------------------------------------------------------------------ candidates in a returned file

    private static final String HOSTILE_CANDIDATES = "<mtc:matches><mtc:match ref=\"#s1\" matchQuality=\"100\" origin=\"attacker.tmx\" type=\"tm\">"
            + "<originalData><data id=\"d9\">&lt;script&gt;alert(1)&lt;/script&gt;</data></originalData>"
            + "<source>Meanwhile</source><target>HOSTILE-CANDIDATE <ph id=\"9\" dataRef=\"d9\"/></target>"
            + "<segment id=\"s1\"><source>x</source><target>HOSTILE-SEGMENT</target></segment>"
            + "</mtc:match></mtc:matches>"
            + "<mtc:segment id=\"s1\"><mtc:source>x</mtc:source><mtc:target>HOSTILE-MTC-SEGMENT</mtc:target></mtc:segment>";

    /** A copy of the pre-filled 2.1 file with {@code xml} inserted into unit content-3, before its notes or at its end. */
    private static Path returned(String name, String xml, boolean atTheEnd) throws Exception {
        String file = Files.readString(leveraged2);
        int unit = file.indexOf("<unit id=\"content-3\"");
        int at = atTheEnd ? file.indexOf("</unit>", unit) : file.indexOf("<notes>", unit);
        assertTrue(unit > 0 && at > unit);
        Path folder = dir.resolve("returned-" + name);
        Files.createDirectories(folder);
        Path out = folder.resolve(leveraged2.getFileName());
        Files.writeString(out, file.substring(0, at) + xml + file.substring(at));
        return out;
    }

    @Test
    void candidatesInAReturnedFileAreNeverMerged() throws Exception {
        Path file = returned("hostile", HOSTILE_CANDIDATES, false);
        // valid for the schemas (a segment inside a candidate is an extension the matches module allows; an element
        // of the candidates' namespace in a unit is an extension the core allows), so merge must ignore them
        assertEquals(0, Cli.run("validate", file.toString()).exitCode());
        run("merge", file.toString(), "-o", dir.resolve("ko-hostile").toString());
        try (Stream<Path> files = Files.list(dir.resolve("ko1"))) {
            for (Path v1 : files.sorted().toList()) {
                byte[] merged = Files.readAllBytes(dir.resolve("ko-hostile").resolve(v1.getFileName()));
                assertArrayEquals(Files.readAllBytes(v1), merged, v1.getFileName() + ": merged as if the candidates were not there");
                assertFalse(new String(merged, java.nio.charset.StandardCharsets.UTF_8).contains("HOSTILE"));
            }
        }
    }

    @Test
    void aSegmentInTheCandidatesNamespaceIsNotReadAsTheUnitsOwn() throws Exception {
        // the real s1 replaced by an <mtc:segment> carrying a target: merge sees the unit without its first sentence
        String file = Files.readString(leveraged2);
        int unit = file.indexOf("<unit id=\"content-3\"");
        int start = file.indexOf("<segment id=\"s1\"", unit);
        int end = file.indexOf("</segment>", start) + "</segment>".length();
        String segment = file.substring(start, end).replaceAll("<target>.*</target>", "<target>HOSTILE</target>");
        String disguised = segment.replace("<segment", "<mtc:segment").replace("</segment>", "</mtc:segment>")
                .replace("<source>", "<mtc:source>").replace("</source>", "</mtc:source>")
                .replace("<target>", "<mtc:target>").replace("</target>", "</mtc:target>");
        String withoutS1 = file.substring(0, start) + file.substring(end);
        int notes = withoutS1.indexOf("<notes>", unit);
        Path folder = dir.resolve("returned-disguised");
        Files.createDirectories(folder);
        Path out = folder.resolve(leveraged2.getFileName());
        Files.writeString(out, withoutS1.substring(0, notes) + disguised + withoutS1.substring(notes));
        for (String command : List.of("validate", "merge")) {
            Cli.Run run = command.equals("merge") ? Cli.run("merge", out.toString(), "-o", dir.resolve("ko-disguised").toString())
                    : Cli.run("validate", out.toString());
            assertEquals(1, run.exitCode(), command + ": " + run.out() + run.err());
            assertTrue((run.out() + run.err()).contains(out.getFileName() + ":"), run.out() + run.err());
            assertTrue((run.out() + run.err()).contains("unit content-3: the <source> differs"), run.out() + run.err());
        }
        assertFalse(Files.exists(dir.resolve("ko-disguised")) && Files.list(dir.resolve("ko-disguised")).findAny().isPresent(),
                "nothing written");
    }

    @Test
    void malformedCandidatesAreRefusedWithTheirLine() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("empty", "<mtc:matches></mtc:matches>");
        cases.put("no-ref", "<mtc:matches><mtc:match matchQuality=\"90\"><source>a</source><target>b</target></mtc:match></mtc:matches>");
        cases.put("no-source", "<mtc:matches><mtc:match ref=\"#s1\"><target>b</target></mtc:match></mtc:matches>");
        cases.put("quality", "<mtc:matches><mtc:match ref=\"#s1\" matchQuality=\"900\"><source>a</source><target>b</target></mtc:match></mtc:matches>");
        cases.put("script", "<mtc:matches><script>alert(1)</script></mtc:matches>");
        cases.put("foreign-inline", "<mtc:matches><mtc:match ref=\"#s1\"><source>a</source><target><mtc:pc id=\"1\">b</mtc:pc></target></mtc:match></mtc:matches>");
        for (Map.Entry<String, String> c : cases.entrySet()) assertRefused(c.getKey(), returned(c.getKey(), c.getValue(), false));
        assertRefused("after-segments", returned("after-segments", HOSTILE_CANDIDATES.substring(0, HOSTILE_CANDIDATES.indexOf("<mtc:segment")), true));
    }

    private static void assertRefused(String name, Path file) {
        Cli.Run validate = Cli.run("validate", file.toString());
        assertEquals(1, validate.exitCode(), name + ": " + validate.out() + validate.err());
        assertTrue(validate.out().contains(file.getFileName() + ":") && validate.out().contains("not valid XLIFF 2.1"),
                name + ": " + validate.out());
        Path out = dir.resolve("ko-" + name);
        Cli.Run merge = Cli.run("merge", file.toString(), "-o", out.toString());
        assertEquals(1, merge.exitCode(), name + ": " + merge.err());
        assertTrue(merge.err().contains("nothing written"), name + ": " + merge.err());
        assertFalse(Files.exists(out.resolve(leveraged2.getFileName().toString().replace(".xlf", ".html"))), name);
    }
}
