package net.wpxliff.xliff;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.extract.Extraction;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergeException;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SeedMemory;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.xliff.SchemaCheck.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merge checks a returned file with {@link Xliff12Structure} or {@link Xliff2Structure} and runs the XSD only when
 * that check declines. Both must give the same result on every file: the structural check may accept only files the
 * XSD finds valid, and whenever it declines, the violations (messages and lines) are the XSD's. Compared, in both
 * XLIFF versions, on every corpus export, plain and pseudo-translated (all of them must be accepted structurally, or
 * merge gains nothing), on {@link OnePassValidationTest}'s broken variants, and on mutations of each kind of tag
 * export writes (with copied, pseudo and no targets, word counts, unsegmented, and in XLIFF 2.1 with {@code --tm}'s
 * Translation Candidates): each attribute removed, renamed or
 * given a bad value, foreign and unknown attributes, text, whitespace and CDATA where only elements belong, unknown,
 * foreign and misplaced elements.
 */
class StructuralValidationTest {
    private int accepted;
    private int declined;
    private int invalid;

    /** The two paths agree on the file; returns whether the XSD found violations. */
    private boolean assertAgree(Path file, String what, boolean mustBeAccepted) throws IOException {
        XliffFiles.Validated bySchema;
        try {
            bySchema = XliffFiles.readValidated(file, false);
        } catch (XliffException e) {
            // unreadable: refused before any schema check, and by both paths alike
            XliffException structural = null;
            try {
                XliffFiles.readValidated(file);
            } catch (XliffException s) {
                structural = s;
            }
            assertNotNull(structural, what + ": the schema path refused the file (" + e.getMessage() + "), the other read it");
            assertEquals(e.getMessage(), structural.getMessage(), what);
            assertEquals(e.line(), structural.line(), what);
            return false;
        }
        XliffFiles.Validated structural = readStructurally(file, what);
        XliffFiles.Validated merged = readValidated(file, what);
        List<Violation> expected = bySchema.violations();
        assertEquals(expected, merged.violations(), what + ": merge's violations are not the schema's:\n" + Files.readString(file));
        assertEquals(bySchema.files().size(), merged.files().size(), what);
        if (structural != null) {
            accepted++;
            assertTrue(expected.isEmpty(), what + ": accepted structurally, but the schema says " + expected + ":\n"
                    + Files.readString(file));
            assertTrue(structural.violations().isEmpty(), what);
        } else {
            declined++;
            assertTrue(!mustBeAccepted, what + ": an XLIFF 1.2 file as export writes it was declined by the structural check");
        }
        if (!expected.isEmpty()) invalid++;
        return !expected.isEmpty();
    }

    private static XliffFiles.Validated readStructurally(Path file, String what) {
        try {
            return XliffFiles.readValidated(file, true);
        } catch (XliffException e) {
            throw new AssertionError(what + ": the structural path refused a file the schema path read: " + e.getMessage(), e);
        }
    }

    private static XliffFiles.Validated readValidated(Path file, String what) {
        try {
            return XliffFiles.readValidated(file);
        } catch (XliffException e) {
            throw new AssertionError(what + ": merge's path refused a file the schema path read: " + e.getMessage(), e);
        }
    }

    @Test
    void everyCorpusExportPlainAndPseudoTranslatedIsAcceptedAndValid(@TempDir Path dir) throws Exception {
        SharedCorpus.assumeCorpus("every corpus export, checked structurally and by the XSD");
        Merger merger = new Merger(new DocumentMerger.Options(false, false));
        int files = 0;
        for (XliffFormat format : XliffFormat.values()) {
            for (Path source : Exports.corpusFiles(false)) {
                for (Exporter.Result result : Exports.export(source, format, false)) {
                    String name = Exports.corpusName(source) + " (" + format + ")";
                    Path file = dir.resolve("export.xlf");
                    Files.writeString(file, result.xliff(), StandardCharsets.UTF_8);
                    assertAgree(file, name, true);
                    Files.writeString(file, pseudo(merger, file), StandardCharsets.UTF_8);
                    assertAgree(file, name + ", pseudo-translated", true);
                    files += 2;
                }
            }
        }
        assertEquals(0, invalid, "corpus exports the schema refused");
        assertTrue(files > 1000, "only " + files + " exports compared");
    }

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void onePassValidationTestsVariantsGetTheSchemasVerdict(XliffFormat format, @TempDir Path dir) throws IOException {
        String good = Exports.exportOne(Exports.SEED, format, true).xliff();
        Path file = dir.resolve("returned.xlf");
        Files.writeString(file, good, StandardCharsets.UTF_8);
        assertAgree(file, "the seed's export", true);
        List<String> variants = OnePassValidationTest.variants(good, format);
        for (int i = 0; i < variants.size(); i++) {
            Files.writeString(file, variants.get(i), StandardCharsets.UTF_8);
            assertAgree(file, format + " variant " + i, false);
        }
        assertTrue(invalid >= variants.size() / 10, format + ": only " + invalid + " invalid variants");
        assertTrue(accepted > 0 && declined >= invalid, accepted + " accepted, " + declined + " declined");
    }

    /** Start and end tags, with the attribute values left out: one of each kind export writes is mutated. */
    private static final Pattern TAG = Pattern.compile("</?([A-Za-z:-]+)((?:\\s+[A-Za-z:-]+=\"[^\"]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([A-Za-z:-]+)=\"([^\"]*)\"");

    private static final List<String> INSERTED_2 = List.of("text", " \n\t ", "<![CDATA[ ]]>", "<![CDATA[x]]>", "&#32;",
            "<bogus/>", "<e:ext xmlns:e=\"urn:example:tool\"/>", "<notes><note>n</note></notes>", "<notes/>", "<note>n</note>",
            "<source>s</source>", "<target>t</target>", "<segment><source>s</source></segment>", "<segment/>",
            "<ignorable><source> </source></ignorable>", "<unit id=\"z\"><segment><source>s</source></segment></unit>",
            "<unit id=\"z\"/>", "<originalData><data id=\"d9\">x</data></originalData>", "<data id=\"d9\">x</data>",
            "<ph id=\"9\"/>", "<pc id=\"9\">p</pc>", "<sc id=\"9\"/>", "<ec startRef=\"9\"/>", "<ec/>", "<mrk id=\"m\">m</mrk>",
            "<cp hex=\"0001\"/>", "<skeleton>x</skeleton>",
            "<mda:metadata><mda:metaGroup><mda:meta type=\"t\">v</mda:meta></mda:metaGroup></mda:metadata>",
            "<mda:metadata/>", "<mda:meta type=\"t\">v</mda:meta>", "<mda:metaGroup category=\"c\"><mda:meta>v</mda:meta></mda:metaGroup>",
            "<file id=\"f2\"><unit id=\"u\"><segment><source>s</source></segment></unit></file>", "<group id=\"g\"/>",
            "<!-- c --><?pi x?>",
            "<mtc:matches xmlns:mtc=\"" + Xliff2Writer.MATCHES_NAMESPACE + "\"><mtc:match ref=\"#s1\"><source>a</source><target>b</target></mtc:match></mtc:matches>",
            "<mtc:matches xmlns:mtc=\"" + Xliff2Writer.MATCHES_NAMESPACE + "\"/>",
            "<mtc:match xmlns:mtc=\"" + Xliff2Writer.MATCHES_NAMESPACE + "\" ref=\"#s1\"><source>a</source><target>b</target></mtc:match>",
            "<mtc:match xmlns:mtc=\"" + Xliff2Writer.MATCHES_NAMESPACE + "\" ref=\"#s1\"><source>a</source></mtc:match>");

    private static final List<String> INSERTED = List.of("text", " \n\t ", "<![CDATA[ ]]>", "<![CDATA[x]]>", "&#32;",
            "<bogus/>", "<e:ext xmlns:e=\"urn:example:tool\"/>", "<note>n</note>", "<note from=\"a\" priority=\"2\">n</note>",
            "<source>s</source>", "<seg-source>s</seg-source>", "<target xml:lang=\"ko\">t</target>", "<x id=\"9\"/>",
            "<g id=\"9\">g</g>", "<mrk mtype=\"seg\" mid=\"9\">m</mrk>", "<bx id=\"9\"/>", "<ex id=\"9\"/>",
            "<ph id=\"9\">p</ph>", "<trans-unit id=\"z\"><source>s</source></trans-unit>", "<body/>", "<header/>",
            "<file original=\"o\" source-language=\"en\" datatype=\"html\"><body/></file>", "<skl/>",
            "<count-group name=\"c\"><count count-type=\"total\" unit=\"word\">1</count></count-group>",
            "<alt-trans mid=\"1\" match-quality=\"80\" origin=\"tm\"><source>a</source><target xml:lang=\"ko\">b</target></alt-trans>",
            "<alt-trans><source>a</source></alt-trans>", "<tool tool-id=\"t\" tool-name=\"t\"/>", "<!-- c --><?pi x?>");

    private static final List<String> BAD_VALUES = List.of("", " ", "bogus value", "x-", "x-a b", "x-ok", "1.2 ",
            "final", "translated", "lb", "link", "seg", "yes", "preserve", "ko-KR", "ko_KR", "-", "a:b", "9",
            "initial", "fmt", "xlf:b", "a:b:c", ":b", "a:", "a :b", "firstNo", "auto", "d1 d2",
            "0", "100", "101", "100.0", "85.5", "-1", "+80", "080", "#s1", "#", "#s 1", "s1", "#s1#s2", "tm", "mt", "other");

    @ParameterizedTest
    @EnumSource(XliffFormat.class)
    void mutationsOfEveryKindOfTagEitherDeclineOrAreValid(XliffFormat format, @TempDir Path dir) throws Exception {
        Merger merger = new Merger(new DocumentMerger.Options(false, false));
        Path file = dir.resolve("returned.xlf");
        List<String> exports = new ArrayList<>();
        exports.add(Exports.exportOne(Exports.SEED, format, true).xliff());
        exports.add(new Exporter(new ExportOptions("en", "ko", true, false), format, true)
                .export(Exports.SEED).get(0).xliff());
        Files.writeString(file, exports.get(0), StandardCharsets.UTF_8);
        exports.add(pseudo(merger, file));
        exports.add(new Exporter(new ExportOptions("en", "ko", false, true), format).export(Exports.SEED).get(0).xliff());
        if (format == XliffFormat.XLIFF2) exports.add(exportWithCandidates(dir));
        List<String> inserted = format == XliffFormat.XLIFF12 ? INSERTED : INSERTED_2;
        int mutations = 0;
        for (String good : exports) {
            Files.writeString(file, good, StandardCharsets.UTF_8);
            assertAgree(file, "the export", true);
            for (Map.Entry<String, Integer> tag : kindsOfTag(good).entrySet()) {
                int at = tag.getValue();
                int end = good.indexOf('>', at) + 1;
                String original = good.substring(at, end);
                List<String> edits = new ArrayList<>();
                for (String insert : inserted) {
                    edits.add(insert + original);
                    if (!original.startsWith("</")) edits.add(original.endsWith("/>") ? original : original + insert);
                }
                if (!original.startsWith("</")) {
                    Matcher a = ATTRIBUTE.matcher(original);
                    while (a.find()) {
                        String before = original.substring(0, a.start()), after = original.substring(a.end());
                        edits.add(before + after);
                        edits.add(before + " " + a.group(1) + "z=\"" + a.group(2) + "\"" + after);
                        edits.add(before + " xml:" + a.group(1).replace("xml:", "") + "=\"" + a.group(2) + "\"" + after);
                        for (String value : BAD_VALUES) edits.add(before + " " + a.group(1) + "=\"" + value + "\"" + after);
                    }
                    for (String extra : List.of(" unknown=\"1\"", " xml:lang=\"ko\"", " xml:space=\"preserve\"",
                            " xml:space=\"sometimes\"", " ts=\"t\"", " e:a=\"1\" xmlns:e=\"urn:example:tool\"",
                            " xsi:type=\"x\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
                            " canReorder=\"firstNo\"", " subFlows=\"a b\"", " id=\"x\"", " type=\"fmt\"", " dir=\"rtl\"",
                            " mda:x=\"1\"", " xml:space=\"default\"")) {
                        int name = original.indexOf(' ') > 0 ? original.indexOf(' ') : original.indexOf(original.endsWith("/>") ? "/>" : ">");
                        edits.add(original.substring(0, name) + extra + original.substring(name));
                    }
                }
                for (String edit : edits) {
                    Files.writeString(file, good.substring(0, at) + edit + good.substring(end), StandardCharsets.UTF_8);
                    assertAgree(file, "at " + original + ": " + edit, false);
                    mutations++;
                }
            }
        }
        System.out.printf("StructuralValidationTest " + format + ": %d mutations, %d accepted structurally, %d declined, %d invalid%n",
                mutations, accepted, declined, invalid);
        assertTrue(accepted >= mutations / 10, accepted + " of " + mutations + " accepted structurally: too few to test");
        assertTrue(invalid >= mutations / 4, invalid + " of " + mutations + " invalid: too few to test");
    }

    /**
     * {@code export --tm --format xliff2} of the seed with one sentence edited ({@link SeedMemory}): Translation
     * Candidates, one of them with inline codes and its own original data.
     */
    private static String exportWithCandidates(Path dir) throws IOException {
        Path memory = SeedMemory.build(dir.resolve("tm"));
        Path edited = dir.resolve("edited/" + Exports.SEED.getFileName());
        Files.createDirectories(edited.getParent());
        String json = Files.readString(Exports.SEED);
        assertTrue(json.contains(SeedMemory.EDITED_FROM), "the seed holds the phrase the leverage tests edit");
        Files.writeString(edited, json.replace(SeedMemory.EDITED_FROM, SeedMemory.EDITED_TO));
        Path out = dir.resolve("candidates");
        Cli.ok("export", edited.toString(), "-o", out.toString(), "--format", "xliff2", "--tm", memory.toString());
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.filter(f -> f.toString().endsWith(".xlf")).toList();
        }
        assertEquals(1, files.size(), "one export in " + out);
        String xliff = Files.readString(files.get(0));
        assertTrue(Pattern.compile("<mtc:match [^>]*><originalData>").matcher(xliff).find(),
                "a candidate with its own original data:\n" + xliff);
        return xliff;
    }

    /** The first place of each kind of tag (name and attribute names) in the file. */
    private static Map<String, Integer> kindsOfTag(String xliff) {
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Matcher tag = TAG.matcher(xliff);
        while (tag.find()) {
            String kind = tag.group().startsWith("</") ? "/" + tag.group(1)
                    : tag.group(1) + ATTRIBUTE.matcher(tag.group(2)).replaceAll(" $1");
            kinds.putIfAbsent(kind, tag.start());
        }
        return kinds;
    }

    /** The file pseudo-translated as {@code wpxliff pseudo} writes it. */
    private static String pseudo(Merger merger, Path file) throws XliffException, MergeException {
        ReturnedFile returned = XliffFiles.read(file).get(0);
        EmbeddedSource embedded = merger.open(returned).source();
        Extraction extraction = merger.extract(returned, embedded);
        Targets pseudo = Targets.pseudo(new PseudoTranslator()::translate);
        XliffWriter writer = returned.format().writer(new ExportOptions(embedded.sourceLanguage(),
                embedded.targetLanguage(), embedded.segmented(), false), pseudo);
        return writer.write(extraction, null, new SealedSource(returned.payload().strip(), returned.payloadChecksum()));
    }
}
