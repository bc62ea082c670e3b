package net.wpxliff.xliff2;

import net.wpxliff.Exporter;
import net.wpxliff.input.InputException;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.testing.OkapiXliff2;
import net.wpxliff.testing.XliffSchemas;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.trust.PayloadSignature;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.ExportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static net.wpxliff.xliff2.Xliff2Dom.CORE;
import static net.wpxliff.xliff2.Xliff2Dom.attr;
import static net.wpxliff.xliff2.Xliff2Dom.children;
import static net.wpxliff.xliff2.Xliff2Dom.child;
import static net.wpxliff.xliff2.Xliff2Dom.descendants;
import static net.wpxliff.xliff2.Xliff2Dom.units;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4, export side: {@code export --format xliff2} writes XLIFF 2.1 that the OASIS schemas (core + metadata
 * module) accept and that Okapi's XLIFF 2 reader reads at its strictest ({@code VALIDATION_MAXIMAL}), for the
 * seed and for every file of the conformance corpus; and the 2.1 shape itself, pinned on the seed and on a small
 * post whose sentence break falls inside {@code <strong>}.
 */
class Xliff2ExportTest {
    /** A post of ours: a link, {@code <strong>} around two sentences, an image with alt text, a line break, JSON-LD. */
    static final Path BOLD_ACROSS_SENTENCES = Exports.resource("/xliff2/bold-across-sentences.json");

    private static Exporter.Result seed;
    private static Document seedDom;

    @BeforeAll
    static void exportSeed() {
        seed = Exports.exportOne(Exports.SEED, XliffFormat.XLIFF2, false);
        seedDom = Xliff2Dom.parse(seed.xliff());
    }

    // ------------------------------------------------------------------ valid for the schemas and for Okapi

    @Test
    void seedIsValidXliff21AndOkapiReadsItAtMaximalValidation() {
        assertValidForSchemasAndOkapi("seed", seed);
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusFileIsValidXliff21AndOkapiReadsIt() {
        if (!SharedCorpus.present()) return SharedCorpus.missing("XLIFF 2.1 export of every corpus file");
        List<Path> files = Exports.corpusFiles(true);
        assertTrue(files.size() > 300, "the corpus has about 350 files; found " + files.size());
        return files.stream().map(file -> DynamicTest.dynamicTest(Exports.corpusName(file), () -> exportAndCheck(file)));
    }

    private static void exportAndCheck(Path file) {
        String name = Exports.corpusName(file);
        if (name.equals(Exports.NOT_A_DOCUMENT)) {
            assertThrows(InputException.class, () -> Exports.exporter(XliffFormat.XLIFF2, false).export(file),
                    name + " is not a document: export must refuse it in XLIFF 2 as in 1.2");
            return;
        }
        List<Exporter.Result> results = Exports.export(file, XliffFormat.XLIFF2, false);
        assertFalse(results.isEmpty(), name + ": no document");
        for (Exporter.Result result : results) assertValidForSchemasAndOkapi(name + " / " + result.document().name(), result);
    }

    private static void assertValidForSchemasAndOkapi(String what, Exporter.Result result) {
        XliffSchemas.assertValidXliff2(result.xliff(), what);
        OkapiXliff2.Read okapi;
        try {
            okapi = OkapiXliff2.read(result.xliff());
        } catch (RuntimeException e) {
            throw new AssertionError(what + ": Okapi's XLIFFReader (VALIDATION_MAXIMAL) refused the file: " + e.getMessage(), e);
        }
        int expected = Math.max(1, result.extraction().units().size()); // a file without text has one placeholder unit
        assertEquals(expected, okapi.units(), what + ": units Okapi read");
        assertEquals(0, okapi.warnings(), what + ": warnings from Okapi's reader");
        assertIdsUniqueInEachUnit(what, Xliff2Dom.parse(result.xliff()));
    }

    /**
     * Within a unit, segment and ignorable ids and the ids of the source's inline elements share one scope (XLIFF
     * 2.1, 4.3.1.22 and the constraints of {@code <segment>}, {@code <ignorable>}, {@code <pc>}, ...); a target's
     * codes repeat their source code's id and are unique among the targets' inline elements.
     */
    static void assertIdsUniqueInEachUnit(String what, Document dom) {
        for (Element unit : units(dom)) {
            Set<String> scope = new HashSet<>(), targetIds = new HashSet<>();
            for (Element part : children(unit)) {
                if (!part.getLocalName().equals("segment") && !part.getLocalName().equals("ignorable")) continue;
                assertTrue(scope.add(attr(part, "id")), what + ": unit " + attr(unit, "id") + ": duplicate id " + attr(part, "id"));
            }
            for (Element part : children(unit)) {
                for (Element content : children(part)) {
                    for (Element inline : descendants(content)) {
                        String id = attr(inline, "id");
                        if (id == null) continue;
                        Set<String> ids = content.getLocalName().equals("source") ? scope : targetIds;
                        assertTrue(ids.add(id), what + ": unit " + attr(unit, "id") + ": id " + id + " of <"
                                + inline.getLocalName() + "> in a " + content.getLocalName() + " is used twice");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ the 2.1 shape, on the seed

    @Test
    void rootIsXliff21InTheCoreNamespaceWithBothLanguages() {
        Element root = seedDom.getDocumentElement();
        assertEquals("xliff", root.getLocalName());
        assertEquals(CORE, root.getNamespaceURI(), "XLIFF 2.1 keeps the 2.0 core namespace");
        assertEquals("2.1", attr(root, "version"));
        assertEquals("en", attr(root, "srcLang"));
        assertEquals("ko", attr(root, "trgLang"));
        assertEquals(1, children(root).size(), "one <file> per document");
    }

    @Test
    void eachUnitCarriesItsKeyAsNameAndItsContextAsANote() {
        List<Element> units = units(seedDom);
        List<TextUnit> expected = seed.extraction().units();
        assertEquals(expected.size(), units.size(), "one <unit> per unit");
        for (int i = 0; i < units.size(); i++) {
            Element unit = units.get(i);
            TextUnit u = expected.get(i);
            assertEquals(u.id(), attr(unit, "id"));
            assertEquals(u.resname(), attr(unit, "name"), u.id() + ": name is the resname (the unit's stable key)");
            Element notes = child(unit, "notes");
            assertNotNull(notes, u.id() + ": <notes>");
            assertEquals(u.note(), child(notes, "note").getTextContent(), u.id() + ": the note in words");
            assertEquals(u.preserveSpace() ? "preserve" : null, attr(unit, "xml:space"), u.id() + ": xml:space");
        }
    }

    @Test
    void sentencesAreSegmentsWithTheSpaceBetweenThemAsIgnorables() {
        for (Element unit : units(seedDom)) {
            TextUnit u = Exports.unit(seed, attr(unit, "id"));
            List<String> expected = new ArrayList<>();
            for (Segment s : u.segments()) {
                expected.add("segment s" + s.id() + ": " + s.content().plainText());
                if (!s.gapAfter().isEmpty()) expected.add("ignorable: " + s.gapAfter());
            }
            List<String> actual = new ArrayList<>();
            for (Element part : children(unit)) {
                Element source = child(part, "source");
                switch (part.getLocalName()) {
                    case "segment" -> actual.add("segment " + attr(part, "id") + ": " + source.getTextContent());
                    case "ignorable" -> {
                        assertTrue(attr(part, "id").matches("i\\d+"), "ignorable id " + attr(part, "id"));
                        actual.add("ignorable: " + source.getTextContent());
                    }
                    default -> {
                    }
                }
            }
            assertEquals(expected, actual, u.id() + ": segments and ignorables in order");
        }
        assertTrue(seed.extraction().units().stream().anyMatch(u -> u.segments().size() > 3), "the seed has long paragraphs");
    }

    @Test
    void pairedCodesArePcPointingIntoOriginalDataAndCannotBeDeleted() {
        int pcs = 0;
        for (Element unit : units(seedDom)) {
            Map<String, String> data = originalData(unit);
            for (Element pc : inline(unit, "pc")) {
                pcs++;
                String where = attr(unit, "id") + " <pc id=\"" + attr(pc, "id") + "\">";
                assertTrue(data.containsKey(attr(pc, "dataRefStart")), where + ": dataRefStart " + attr(pc, "dataRefStart") + " in " + data.keySet());
                assertTrue(data.containsKey(attr(pc, "dataRefEnd")), where + ": dataRefEnd " + attr(pc, "dataRefEnd") + " in " + data.keySet());
                assertTrue(data.get(attr(pc, "dataRefStart")).startsWith("<"), where + ": data shows the tag");
                assertEquals("no", attr(pc, "canDelete"), where + ": canDelete");
            }
            for (Element ph : inline(unit, "ph")) {
                assertTrue(data.containsKey(attr(ph, "dataRef")), attr(unit, "id") + " <ph>: dataRef " + attr(ph, "dataRef"));
                assertEquals("no", attr(ph, "canDelete"), attr(unit, "id") + " <ph>: canDelete");
            }
            for (String value : data.values()) {
                assertFalse(value.contains("href") || value.contains("http"), attr(unit, "id") + ": original data hides"
                        + " attribute values from translators: " + value);
            }
        }
        assertTrue(pcs > 10, "the seed has bold text and links: " + pcs + " <pc>");
        Element content1 = unitById(seedDom, "content-1");
        Element first = inline(content1, "pc").get(0);
        assertEquals("1", attr(first, "id"));
        assertEquals("<strong>", originalData(content1).get(attr(first, "dataRefStart")));
        assertEquals("</strong>", originalData(content1).get(attr(first, "dataRefEnd")));
        assertEquals("China racing", first.getTextContent());
    }

    @Test
    void noIdIsUsedTwiceInsideAUnit() {
        assertIdsUniqueInEachUnit("seed", seedDom);
        Exporter.Result bold = Exports.exportOne(BOLD_ACROSS_SENTENCES, XliffFormat.XLIFF2, true);
        assertIdsUniqueInEachUnit("bold-across-sentences with targets", Xliff2Dom.parse(bold.xliff()));
    }

    @Test
    void skeletonCarriesTheSourceAndTheMetadataModuleItsSignature() throws Exception {
        Element file = child(seedDom.getDocumentElement(), "file");
        Element skeleton = child(file, "skeleton");
        assertNotNull(skeleton, "<skeleton>");
        EmbeddedSource embedded = EmbeddedSource.decode(skeleton.getTextContent());
        assertEquals(seed.document().text(), embedded.text(), "the skeleton holds the source post, exactly");
        NodeList metas = seedDom.getElementsByTagNameNS(Xliff2Dom.METADATA, "meta");
        String signature = null;
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("source-signature".equals(attr(meta, "type"))) signature = meta.getTextContent();
        }
        PayloadSignature parsed = PayloadSignature.parse(signature);
        assertNotNull(parsed, "<mda:meta type=\"source-signature\"> holds hmac-sha256-<key id>-<hex>: " + signature);
        SigningKey key = SigningKey.resolve(null, false);
        assertTrue(parsed.verifies(EmbeddedSource.bytes(skeleton.getTextContent()), key),
                "the signature is the HMAC of the skeleton's bytes under the exporting key");
    }

    @Test
    void exportingTwiceGivesTheSameBytes() throws Exception {
        Exporter another = new Exporter(new ExportOptions("en", "ko", true, false), XliffFormat.XLIFF2);
        for (Path file : List.of(Exports.SEED, BOLD_ACROSS_SENTENCES)) {
            byte[] first = Exports.exportOne(file, XliffFormat.XLIFF2, false).xliff().getBytes(StandardCharsets.UTF_8);
            byte[] second = another.export(file).get(0).xliff().getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(first, second, file + ": a second export (another exporter) is byte-identical");
        }
    }

    // ------------------------------------------------------------------ a pair across a sentence break

    @Test
    void aPairSpanningSentencesIsScInOneSegmentAndEcInTheNext() {
        Exporter.Result bold = Exports.exportOne(BOLD_ACROSS_SENTENCES, XliffFormat.XLIFF2, false);
        Document dom = Xliff2Dom.parse(bold.xliff());
        Element unit = unitById(dom, "content-1");
        List<Element> segments = children(unit).stream().filter(e -> e.getLocalName().equals("segment")).toList();
        assertEquals(List.of("Why does the guide matter?", "Read it first.", "It saves hours.", "Then start."),
                segments.stream().map(s -> child(s, "source").getTextContent()).toList());
        assertEquals(1, inline(segments.get(0), "pc").size(), "the link is whole inside sentence 1: <pc>");
        List<Element> sc = inline(segments.get(1), "sc"), ec = inline(segments.get(2), "ec");
        assertEquals(1, sc.size(), "<strong> opens in sentence 2: <sc/>");
        assertEquals(1, ec.size(), "and closes in sentence 3: <ec/>");
        assertEquals(attr(sc.get(0), "id"), attr(ec.get(0), "startRef"), "<ec startRef> names its <sc>");
        assertEquals("no", attr(sc.get(0), "canDelete"));
        assertEquals("no", attr(ec.get(0), "canDelete"));
        Map<String, String> data = originalData(unit);
        assertEquals("<strong>", data.get(attr(sc.get(0), "dataRef")));
        assertEquals("</strong>", data.get(attr(ec.get(0), "dataRef")));
        assertTrue(inline(unit, "pc").stream().noneMatch(pc -> "fmt".equals(attr(pc, "type"))),
                "the bold pair is not written as <pc>: it would cross a segment");
        assertValidForSchemasAndOkapi("bold-across-sentences", bold);
    }

    /** The checks above can fail: Okapi and the id check refuse an ignorable that reuses a segment's id. */
    @Test
    void okapiAndTheIdCheckRefuseADuplicateIdInAUnit() {
        String xliff = Exports.exportOne(BOLD_ACROSS_SENTENCES, XliffFormat.XLIFF2, false).xliff();
        String duplicate = xliff.replaceFirst("<ignorable id=\"i1\">", "<ignorable id=\"s1\">");
        assertFalse(duplicate.equals(xliff));
        assertThrows(RuntimeException.class, () -> OkapiXliff2.read(duplicate), "Okapi must refuse id s1 twice in a unit");
        assertThrows(AssertionError.class, () -> assertIdsUniqueInEachUnit("duplicate", Xliff2Dom.parse(duplicate)));
        String badRef = xliff.replaceFirst("dataRefStart=\"d1\"", "dataRefStart=\"d9\"");
        assertThrows(RuntimeException.class, () -> OkapiXliff2.read(badRef), "Okapi must refuse a dataRef to no <data>");
    }

    // ------------------------------------------------------------------ helpers

    private static Element unitById(Document dom, String id) {
        return units(dom).stream().filter(u -> id.equals(attr(u, "id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + id));
    }

    /** Inline elements of this name in the sources under an element (targets excluded). */
    private static List<Element> inline(Element under, String name) {
        List<Element> found = new ArrayList<>();
        for (Element e : descendants(under)) {
            if (!e.getLocalName().equals(name)) continue;
            Node p = e.getParentNode();
            while (p != null && !(p instanceof Element pe && (pe.getLocalName().equals("source") || pe.getLocalName().equals("target")))) {
                p = p.getParentNode();
            }
            if (p != null && ((Element) p).getLocalName().equals("source")) found.add(e);
        }
        return found;
    }

    private static Map<String, String> originalData(Element unit) {
        Map<String, String> data = new HashMap<>();
        Element original = child(unit, "originalData");
        if (original == null) return data;
        for (Element d : children(original)) data.put(attr(d, "id"), d.getTextContent());
        return data;
    }
}
