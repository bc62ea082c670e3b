package net.wpxliff.tm;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.filters.tmx.TmxFilter;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The translation memory on the seed: export, pseudo-translate, merge --tm; the memory's content against the
 * pseudo-translated XLIFF, its validity (TMX 1.4b DTD), Okapi's TMX filter reading it back, dedupe and stable
 * bytes, tm import, and hostile memories.
 */
class TranslationMemoryTest {
    @TempDir
    static Path dir;
    static Path pseudo;
    static Path memory;
    static Cli.Run merge;

    @BeforeAll
    static void mergeWithMemory() throws Exception {
        Path xliff = dir.resolve("xliff");
        pseudo = dir.resolve("pseudo");
        memory = dir.resolve("tm/m.tmx");
        assertEquals(0, Cli.run("export", Exports.SEED.toString(), "-o", xliff.toString()).exitCode());
        assertEquals(0, Cli.run("pseudo", xliff.toString(), "-o", pseudo.toString()).exitCode());
        merge = Cli.run("merge", pseudo.toString(), "-o", dir.resolve("ko").toString(), "--tm", memory.toString());
        assertEquals(0, merge.exitCode(), merge.err());
    }

    /** Every translated sentence of the pseudo file, counted from its XML: source mrk and target mrk by mid. */
    private static List<String> translatedSentences() throws Exception {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(pseudo)) {
            for (Path file : files.sorted().toList()) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                org.w3c.dom.Document doc = f.newDocumentBuilder().parse(file.toFile());
                NodeList units = doc.getElementsByTagNameNS("*", "trans-unit");
                for (int u = 0; u < units.getLength(); u++) {
                    Element unit = (Element) units.item(u);
                    List<Element> sources = segments(unit, "seg-source");
                    List<Element> targets = segments(unit, "target");
                    assertEquals(sources.size(), targets.size(), unit.getAttribute("id"));
                    for (int i = 0; i < sources.size(); i++) {
                        String source = sources.get(i).getTextContent(), target = targets.get(i).getTextContent();
                        if (source.codePoints().noneMatch(Character::isLetter) || source.equals(target)) continue;
                        sentences.add(unit.getAttribute("resname") + "\u0000" + source + "\u0000" + target);
                    }
                }
            }
        }
        return sentences;
    }

    private static List<Element> segments(Element unit, String parent) {
        List<Element> found = new ArrayList<>();
        NodeList parents = unit.getElementsByTagNameNS("*", parent);
        if (parents.getLength() == 0) return found;
        NodeList marks = ((Element) parents.item(0)).getElementsByTagNameNS("*", "mrk");
        for (int i = 0; i < marks.getLength(); i++) {
            Element m = (Element) marks.item(i);
            if ("seg".equals(m.getAttribute("mtype"))) found.add(m);
        }
        return found;
    }

    @Test
    void theMemoryHoldsEveryTranslatedSentenceOnce() throws Exception {
        List<String> sentences = translatedSentences();
        TranslationMemory read = TmxReader.read(memory);
        assertTrue(sentences.size() > 20, "the seed has more than 20 translated sentences: " + sentences.size());
        // one entry per sentence and context, one unit per distinct source and target
        assertEquals(sentences.size(), read.entries().size());
        Set<String> distinct = new HashSet<>();
        for (String s : sentences) distinct.add(s.substring(s.indexOf('\u0000') + 1));
        assertEquals(distinct.size(), read.size());
        assertTrue(merge.out().contains("memory " + memory + ": " + sentences.size() + " sentence pairs from 1 files: "
                + read.size() + " new units, " + (sentences.size() - read.size()) + " more places where a unit was seen; "
                + read.size() + " units in all"), merge.out());
        for (TmEntry e : read.entries()) {
            assertEquals("en", e.sourceLanguage());
            assertEquals("ko", e.targetLanguage());
            assertEquals("261198", e.postId());
            assertFalse(e.unitKey().isEmpty());
            assertTrue(e.created().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), e.created());
            // the same codes on both sides, each with the markup it stands for
            assertEquals(Set.copyOf(e.source().tags()), Set.copyOf(e.target().tags()));
        }
        TmEntry linked = read.entries().stream().filter(e -> e.source().plainText().startsWith("China leads the world"))
                .findFirst().orElseThrow();
        TmText.Tag open = linked.source().tags().get(0);
        assertEquals(new TmText.Tag(TmText.Kind.OPEN, 1, "link", open.markup()), open);
        assertTrue(open.markup().startsWith("<a ") && open.markup().contains(" href=\"https://"), open.markup());
        assertEquals("</a>", linked.source().tags().get(1).markup());
        assertEquals(TmText.Kind.CLOSE, linked.source().tags().get(1).kind());
        // the neighbours' hashes: the first sentence of its paragraph has none before it
        TmEntry first = read.entries().stream().filter(e -> e.source().plainText().startsWith("Meanwhile, new"))
                .findFirst().orElseThrow();
        assertEquals("", first.previousHash());
        assertEquals(TmEntry.hash(new TmText(List.of(new TmText.Plain(linked.source().plainText())))), first.nextHash());
        assertEquals(16, first.nextHash().length());
    }

    @Test
    void theMemoryIsValidTmx14b() throws Exception {
        String tmx = Files.readString(memory);
        assertTrue(tmx.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header creationtool=\"wpxliff\""), tmx);
        // the file has no DOCTYPE (no reader goes looking for the DTD); the test adds one to validate
        String withDoctype = tmx.replaceFirst("\n", "\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setEntityResolver((publicId, systemId) -> {
            assertTrue(systemId.endsWith("tmx14.dtd"), systemId);
            InputStream dtd = TranslationMemoryTest.class.getResourceAsStream("/tmx/tmx14.dtd");
            return new InputSource(dtd);
        });
        List<String> errors = new ArrayList<>();
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        builder.parse(new InputSource(new ByteArrayInputStream(withDoctype.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(), errors);
        // the DTD is really applied: an element it does not allow is an error
        errors.clear();
        builder.parse(new InputSource(new ByteArrayInputStream(withDoctype.replaceFirst("<body>", "<body><oops/>")
                .getBytes(StandardCharsets.UTF_8))));
        assertFalse(errors.isEmpty());
    }

    @Test
    void okapisTmxFilterReadsEveryUnitWithItsCodes() throws Exception {
        TranslationMemory read = TmxReader.read(memory);
        List<ITextUnit> units = new ArrayList<>();
        LocaleId ko = LocaleId.fromString("ko");
        try (TmxFilter filter = new TmxFilter(); RawDocument raw = new RawDocument(memory.toUri(), "UTF-8", LocaleId.ENGLISH, ko)) {
            filter.open(raw);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) units.add(event.getTextUnit());
            }
        }
        assertEquals(read.size(), units.size());
        int codes = 0;
        for (int i = 0; i < units.size(); i++) {
            TranslationMemory.Unit ours = read.units().get(i);
            TextFragment source = units.get(i).getSource().getFirstContent();
            TextFragment target = units.get(i).getTarget(ko).getFirstContent();
            assertEquals(ours.source().plainText(), source.getText());
            assertEquals(ours.target().plainText(), target.getText());
            List<String> markup = ours.source().tags().stream().map(TmText.Tag::markup).toList();
            assertEquals(markup, source.getCodes().stream().map(Code::getData).toList());
            assertEquals(ours.target().tags().stream().map(TmText.Tag::markup).toList(),
                    target.getCodes().stream().map(Code::getData).toList());
            codes += markup.size();
        }
        assertTrue(codes > 0, "the seed's memory has codes");
    }

    @Test
    void mergingAgainAddsNothingAndKeepsTheBytes() throws Exception {
        byte[] before = Files.readAllBytes(memory);
        Path again = dir.resolve("again.tmx");
        Files.write(again, before);
        Cli.Run run = Cli.run("merge", pseudo.toString(), "-o", dir.resolve("ko2").toString(), "--tm", again.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 0 new units, 0 more places where a unit was seen; "), run.out());
        assertArrayEquals(before, Files.readAllBytes(again));
    }

    @Test
    void theBytesDependOnTheContentOnlyNotTheOrder() throws Exception {
        TranslationMemory read = TmxReader.read(memory);
        List<TmEntry> entries = new ArrayList<>(read.entries());
        Collections.shuffle(entries, new Random(7));
        TranslationMemory shuffled = new TranslationMemory();
        for (TmEntry e : entries) shuffled.add(e);
        byte[] written = Files.readAllBytes(memory);
        assertArrayEquals(written, TmxWriter.write(shuffled, read.created()));
        // and writing what was read gives the file back
        assertArrayEquals(written, TmxWriter.write(read, read.created()));
    }

    @Test
    void tmImportOfTheTranslatedFilesEqualsMergesMemory() throws Exception {
        Path imported = dir.resolve("imported.tmx");
        Cli.Run run = Cli.run("tm", "import", pseudo.toString(), "--tm", imported.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(withoutDates(TmxReader.read(memory).entries()), withoutDates(TmxReader.read(imported).entries()));
        // -o is the same option
        Path other = dir.resolve("other.tmx");
        assertEquals(0, Cli.run("tm", "import", pseudo.toString(), "-o", other.toString()).exitCode());
        assertEquals(TmxReader.read(imported).size(), TmxReader.read(other).size());
    }

    private static List<TmEntry> withoutDates(List<TmEntry> entries) {
        return entries.stream().map(e -> new TmEntry(e.source(), e.target(), e.sourceLanguage(), e.targetLanguage(),
                e.postId(), e.unitKey(), e.previousHash(), e.nextHash(), "")).toList();
    }

    @Test
    void xliff2GivesTheSameMemory() throws Exception {
        Path xliff2 = dir.resolve("xliff2"), pseudo2 = dir.resolve("pseudo2"), memory2 = dir.resolve("m2.tmx");
        assertEquals(0, Cli.run("export", Exports.SEED.toString(), "--format", "xliff2", "-o", xliff2.toString()).exitCode());
        assertEquals(0, Cli.run("pseudo", xliff2.toString(), "-o", pseudo2.toString()).exitCode());
        Cli.Run run = Cli.run("merge", pseudo2.toString(), "-o", dir.resolve("ko-2").toString(), "--tm", memory2.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(withoutDates(TmxReader.read(memory).entries()), withoutDates(TmxReader.read(memory2).entries()));
    }

    @Test
    void aUnitWhoseTranslationDoesNotSplitOneToOneIsKeptWhole() throws Exception {
        // a CAT tool returned one unit's two sentences as one: the target is no longer split as the source
        Path in = dir.resolve("joined");
        Files.createDirectories(in);
        Path file = firstPseudoFile();
        String xliff = Files.readString(file);
        int second = xliff.indexOf("<mrk mtype=\"seg\" mid=\"2\">\u27e6"); // in a target: pseudo text starts with ⟦
        int start = xliff.lastIndexOf("<target", second), end = xliff.indexOf("</target>", second);
        String target = xliff.substring(start, end).replaceFirst("\u27e7</mrk> <mrk mtype=\"seg\" mid=\"2\">\u27e6", "")
                .replaceAll("<mrk mtype=\"seg\" mid=\"\\d+\">", "").replace("</mrk>", "");
        assertFalse(target.contains("<mrk") || target.contains("</target>"), target);
        Path joined = in.resolve(file.getFileName());
        Files.writeString(joined, xliff.substring(0, start) + target + xliff.substring(end));
        Path out = dir.resolve("joined.tmx");
        Cli.Run run = Cli.run("merge", joined.toString(), "-o", dir.resolve("ko-joined").toString(), "--tm", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        int all = translatedSentences().size();
        int units = TmxReader.read(out).size();
        // the unit's two sentences are one pair: its whole source and translation, in its place (no neighbours)
        assertTrue(run.out().contains(": " + (all - 1) + " sentence pairs from 1 files: " + units + " new units, "
                + (all - 1 - units) + " more places where a unit was seen; " + units + " units in all; 1 unit(s) kept whole"
                + " (a translation not given sentence by sentence: one pair)"), run.out());
        assertFalse(run.err().contains("not added to the memory"), run.err());
        List<TmEntry> entries = TmxReader.read(out).entries();
        assertEquals(all - 1, entries.size());
        // its source is the unit's: the first sentence, the space between, the second (as the seg-source has them)
        String unit = xliff.substring(xliff.lastIndexOf("<trans-unit", second), second);
        java.util.regex.Matcher seg = java.util.regex.Pattern.compile("<seg-source><mrk mtype=\"seg\" mid=\"1\">([^<]*)</mrk>"
                + "( )<mrk mtype=\"seg\" mid=\"2\">([^<]*)</mrk></seg-source>").matcher(unit);
        assertTrue(seg.find(), "a unit of two sentences without codes: " + unit);
        String unitSource = seg.group(1) + seg.group(2) + seg.group(3);
        List<TmEntry> kept = entries.stream().filter(e -> e.source().plainText().equals(unitSource)).toList();
        assertEquals(1, kept.size(), unitSource);
        assertTrue(kept.get(0).previousHash().isEmpty() && kept.get(0).nextHash().isEmpty());
        assertEquals(1, kept.get(0).target().plainText().chars().filter(c -> c == '\u27e6').count(), "the joined translation");
    }

    @Test
    void segmentsATranslatorJoinedAndReorderedAreKeptWholeTheirSplitOnlyGuessed() throws Exception {
        // a CAT tool joined a unit's two sentences in seg-source and target; the translator put the second one first
        Path in = Files.createDirectories(dir.resolve("joined-reordered"));
        Path file = firstPseudoFile();
        String xliff = Files.readString(file);
        int second = xliff.indexOf("<mrk mtype=\"seg\" mid=\"2\">\u27e6");
        int unitStart = xliff.lastIndexOf("<trans-unit", second), unitEnd = xliff.indexOf("</trans-unit>", second);
        String unit = xliff.substring(unitStart, unitEnd);
        java.util.regex.Matcher seg = java.util.regex.Pattern.compile("<seg-source><mrk mtype=\"seg\" mid=\"1\">([^<]*)</mrk>"
                + "( )<mrk mtype=\"seg\" mid=\"2\">([^<]*)</mrk></seg-source>").matcher(unit);
        assertTrue(seg.find(), "a unit of two sentences without codes: " + unit);
        String joined = unit.substring(0, seg.start()) + "<seg-source><mrk mtype=\"seg\" mid=\"1\">" + seg.group(1) + " "
                + seg.group(3) + "</mrk></seg-source>" + unit.substring(seg.end());
        joined = joined.replaceFirst("(?s)<target([^>]*)>.*</target>",
                "<target$1><mrk mtype=\"seg\" mid=\"1\">둘째 문장입니다. 첫째 문장입니다.</mrk></target>");
        Path returned = in.resolve(file.getFileName());
        Files.writeString(returned, xliff.substring(0, unitStart) + joined + xliff.substring(unitEnd));
        Path out = dir.resolve("joined-reordered.tmx");
        Cli.Run run = Cli.run("merge", returned.toString(), "-o", dir.resolve("ko-joined-reordered").toString(), "--tm",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 unit(s) kept whole") && run.out().contains("2 of the sentence pairs split by"
                + " the sentence rules only"), run.out());
        List<TmEntry> entries = TmxReader.read(out).entries();
        String unitSource = seg.group(1) + seg.group(2) + seg.group(3);
        TmEntry whole = entries.stream().filter(e -> e.source().plainText().equals(unitSource)).findFirst().orElseThrow();
        assertEquals("둘째 문장입니다. 첫째 문장입니다.", whole.target().plainText());
        assertFalse(whole.splitGuessed(), "the whole unit is what the translator gave");
        // split by count, each Korean sentence meets the wrong English one: kept, but only ever offered
        TmEntry first = entries.stream().filter(e -> e.source().plainText().equals(seg.group(1))
                && e.target().plainText().equals("둘째 문장입니다.")).findFirst().orElseThrow();
        assertTrue(first.splitGuessed());
        Matcher matcher = new Matcher(entries);
        MatchResult result = matcher.match(new MatchQuery(first.source(), first.postId(), first.unitKey(),
                first.previousHash(), first.nextHash()));
        assertTrue(result.prefill().isEmpty() || !result.prefill().get().target().orElseThrow().plainText()
                .equals("둘째 문장입니다."), "never pre-filled with the guessed pair");

        // the unit translated sentence by sentence first, then returned joined with the same two translations in the
        // other order: its place holds the translator's pairs, which the whole one still says, so no guess is added
        java.util.regex.Matcher targets = java.util.regex.Pattern.compile("<target[^>]*><mrk mtype=\"seg\" mid=\"1\">([^<]*)"
                + "</mrk>( )<mrk mtype=\"seg\" mid=\"2\">([^<]*)</mrk></target>").matcher(unit);
        assertTrue(targets.find(), unit);
        String reorderedWhole = targets.group(3) + " " + targets.group(1);
        Path again = Files.createDirectories(dir.resolve("joined-reordered-again")).resolve(file.getFileName());
        Files.writeString(again, Files.readString(returned).replace("둘째 문장입니다. 첫째 문장입니다.", reorderedWhole));
        Path both = dir.resolve("segments-then-reordered.tmx");
        Cli.expect(0, "merge", file.toString(), "-o", dir.resolve("ko-segments").toString(), "--tm", both.toString());
        run = Cli.expect(0, "merge", again.toString(), "-o", dir.resolve("ko-reordered-again").toString(), "--tm",
                both.toString());
        assertTrue(run.out().contains("2 of the sentence pairs split by the sentence rules only (offered at 99 on export,"
                + " never pre-filled, until a translator's segment confirms them; 2 of them not added: they would pair a"
                + " sentence with another's Korean (a unit whose sentences the translator reordered))"), run.out());
        List<TmEntry> kept = TmxReader.read(both).entries();
        assertTrue(kept.stream().noneMatch(TmEntry::splitGuessed));
        assertTrue(kept.stream().anyMatch(e -> e.source().plainText().equals(unitSource)
                && e.target().plainText().equals(reorderedWhole)), "the whole translation is added");
    }

    @Test
    void aSentenceLeftAloneWhileOthersWereJoinedIsASurePair() throws Exception {
        // a CAT tool joined a unit's first two sentences (seg-source and target) and left the third a segment of its own
        Path in = Files.createDirectories(dir.resolve("partly-joined"));
        Path file = firstPseudoFile();
        String xliff = Files.readString(file);
        java.util.regex.Matcher unit = java.util.regex.Pattern.compile("<trans-unit [^>]*>\n<source>[^<]*</source>\n"
                + "<seg-source><mrk mtype=\"seg\" mid=\"1\">([^<]*)</mrk>( )<mrk mtype=\"seg\" mid=\"2\">([^<]*)</mrk>"
                + "( )<mrk mtype=\"seg\" mid=\"3\">([^<]*)</mrk></seg-source>\n<target([^>]*)>.*?"
                + "<mrk mtype=\"seg\" mid=\"3\">([^<]*)</mrk></target>").matcher(xliff);
        assertTrue(unit.find(), "a unit of three sentences without codes");
        String joined = unit.group().substring(0, unit.start(1) - unit.start()) + unit.group(1) + " " + unit.group(3) + "</mrk> <mrk mtype=\"seg\" mid=\"3\">" + unit.group(5)
                + "</mrk></seg-source>\n<target" + unit.group(6) + "><mrk mtype=\"seg\" mid=\"1\">첫째와 둘째를 한 문장으로.</mrk>"
                + " <mrk mtype=\"seg\" mid=\"3\">" + unit.group(7) + "</mrk></target>";
        Path returned = in.resolve(file.getFileName());
        Files.writeString(returned, xliff.substring(0, unit.start()) + joined + xliff.substring(unit.end()));
        Path out = dir.resolve("partly-joined.tmx");
        Cli.Run run = Cli.run("merge", returned.toString(), "-o", dir.resolve("ko-partly-joined").toString(), "--tm",
                out.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<TmEntry> entries = TmxReader.read(out).entries();
        TmEntry third = entries.stream().filter(e -> e.source().plainText().equals(unit.group(5))).findFirst().orElseThrow();
        assertEquals(unit.group(7), third.target().plainText());
        assertFalse(third.splitGuessed(), "the translator's own segment: a sure pair");
        String unitSource = unit.group(1) + unit.group(2) + unit.group(3) + unit.group(4) + unit.group(5);
        assertTrue(entries.stream().anyMatch(e -> e.source().plainText().equals(unitSource) && !e.splitGuessed()),
                "the unit kept whole");
        assertTrue(entries.stream().noneMatch(e -> e.source().plainText().equals(unit.group(1)) && !e.splitGuessed()),
                "the joined sentences are never sure pairs");
    }

    /** The first pseudo-translated file (the seed has one). */
    private static Path firstPseudoFile() throws java.io.IOException {
        try (Stream<Path> files = Files.list(pseudo)) {
            return files.findFirst().orElseThrow();
        }
    }

    @Test
    void tmImportReportsAndSkipsFilesThatFail() throws Exception {
        Path in = dir.resolve("mixed");
        Files.createDirectories(in);
        try (Stream<Path> files = Files.list(pseudo)) {
            for (Path f : files.toList()) Files.copy(f, in.resolve(f.getFileName()));
        }
        Path hostile = in.resolve("hostile.xlf");
        Files.writeString(hostile, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"x\" source-language=\"en\""
                + " datatype=\"html\"><body><trans-unit id=\"1\"><source>&x;</source></trans-unit></body></file></xliff>\n");
        Path out = dir.resolve("mixed.tmx");
        Cli.Run run = Cli.run("tm", "import", in.toString(), "--tm", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(hostile + ": 1 problem(s), not added to the memory"), run.err());
        assertTrue(run.err().contains("1 of 2 files failed"), run.err());
        assertEquals(TmxReader.read(memory).size(), TmxReader.read(out).size());
        assertFalse(Files.readString(out).contains("root:"));
    }

    @Test
    void aMergeWhoseEveryFileFailsCreatesNoMemory() throws Exception {
        Path in = Files.createDirectories(dir.resolve("all-fail"));
        Files.writeString(in.resolve("broken.xlf"), "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"><file>\n");
        Path out = dir.resolve("all-fail.tmx");
        for (String[] command : List.of(new String[] {"merge", in.toString(), "-o", dir.resolve("all-fail-ko").toString(),
                "--tm", out.toString()}, new String[] {"tm", "import", in.toString(), "--tm", out.toString()})) {
            Cli.Run run = Cli.run(command);
            assertEquals(1, run.exitCode(), run.err());
            assertTrue(run.err().contains("memory " + out + ": nothing added, no file was merged; not created"), run.err());
            assertFalse(Files.exists(out), "no empty memory left behind");
        }
    }

    @Test
    void aDoctypeNamingTheDtdIsReadWithoutFetchingIt() throws Exception {
        String tmx = Files.readString(memory);
        for (String doctype : List.of("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">",
                "<!DOCTYPE tmx PUBLIC \"-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN\" \"http://127.0.0.1:9/tmx14.dtd\">")) {
            Path file = dir.resolve("doctype.tmx");
            Files.writeString(file, tmx.replaceFirst("\n", "\n" + doctype + "\n"));
            assertEquals(TmxReader.read(memory).entries(), TmxReader.read(file).entries());
        }
    }

    @Test
    void hostileMemoriesAreRefused() throws Exception {
        String tmx = Files.readString(memory);
        String laughs = "<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
        String xxe = "<!DOCTYPE tmx [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
        for (String doctype : List.of(laughs, xxe)) {
            Path file = dir.resolve("hostile.tmx");
            String entity = doctype == laughs ? "&b;" : "&x;";
            Files.writeString(file, tmx.replaceFirst("\n", "\n" + doctype + "\n").replaceFirst("<seg>", "<seg>" + entity));
            TmxException e = assertThrows(TmxException.class, () -> TmxReader.read(file));
            assertTrue(e.getMessage().startsWith(file + ":2: the DOCTYPE declares its own entities"), e.getMessage());
            // merge refuses to add to it before merging anything, and leaves it as it was
            byte[] before = Files.readAllBytes(file);
            Path out = dir.resolve("ko-hostile");
            Cli.Run run = Cli.run("merge", pseudo.toString(), "-o", out.toString(), "--tm", file.toString());
            assertEquals(1, run.exitCode());
            assertTrue(run.err().contains("the DOCTYPE declares its own entities"), run.err());
            assertFalse(Files.exists(out));
            assertArrayEquals(before, Files.readAllBytes(file));
        }
        // an entity reference without a DOCTYPE
        Path undeclared = dir.resolve("undeclared.tmx");
        Files.writeString(undeclared, tmx.replaceFirst("<seg>", "<seg>&nbsp;"));
        assertThrows(TmxException.class, () -> TmxReader.read(undeclared));
    }

    @Test
    void aMemoryThatIsNotUtf8IsRefusedWithItsPlaceAndNothingElseOnStandardError() throws Exception {
        byte[] tmx = Files.readAllBytes(memory);
        int at = new String(tmx, StandardCharsets.ISO_8859_1).indexOf("<seg>") + "<seg>".length();
        int line = 1;
        for (int i = 0; i < at; i++) if (tmx[i] == '\n') line++;
        byte[] latin1 = new byte[tmx.length + 1];
        System.arraycopy(tmx, 0, latin1, 0, at);
        latin1[at] = (byte) 0xE9; // "é" as a tool that re-saved the memory as Windows-1252 writes it
        System.arraycopy(tmx, at, latin1, at + 1, tmx.length - at);
        Path file = dir.resolve("latin1.tmx");
        Files.write(file, latin1);
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stderr = System.err;
        System.setErr(new java.io.PrintStream(stray, true, StandardCharsets.UTF_8));
        TmxException e;
        try {
            e = assertThrows(TmxException.class, () -> TmxReader.read(file));
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", stray.toString(StandardCharsets.UTF_8));
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": not valid UTF-8 (the bytes from offset " + at
                + " (0xE9 ...) are not a UTF-8 character)"), e.getMessage());
        // the same memory declared as what it is reads
        Path declared = dir.resolve("declared.tmx");
        Files.write(declared, new String(latin1, StandardCharsets.ISO_8859_1)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(TmxReader.read(memory).size(), TmxReader.read(declared).size());
    }

    @Test
    void anotherToolsMemoryIsReadButNotRewritten() throws Exception {
        Path omegat = dir.resolve("omegat.tmx");
        Files.writeString(omegat, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx11.dtd">
                <tmx version="1.4">
                  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="3.6" segtype="sentence" srclang="EN"/>
                  <body>
                    <tu>
                      <tuv xml:lang="EN"><seg>Read <bpt i="1" x="1">&lt;a0&gt;</bpt>this<ept i="1">&lt;/a0&gt;</ept>.<ph x="2">&lt;br/&gt;</ph></seg></tuv>
                      <tuv xml:lang="KO" creationdate="20250101T120000Z"><seg><bpt i="1" x="1">&lt;a0&gt;</bpt>이것<ept i="1">&lt;/a0&gt;</ept>을 읽으세요.<ph x="2">&lt;br/&gt;</ph></seg></tuv>
                    </tu>
                  </body>
                </tmx>
                """);
        TranslationMemory read = TmxReader.read(omegat);
        assertEquals(1, read.size());
        TmEntry entry = read.entries().get(0);
        assertEquals("Read this.", entry.source().plainText());
        assertEquals(List.of(new TmText.Tag(TmText.Kind.OPEN, 1, "", "<a0>"), new TmText.Tag(TmText.Kind.CLOSE, 1, "", "</a0>"),
                new TmText.Tag(TmText.Kind.STANDALONE, 2, "", "<br/>")), entry.target().tags());
        assertEquals("2025-01-01T12:00:00Z", entry.created());
        assertEquals("KO", entry.targetLanguage());
        byte[] before = Files.readAllBytes(omegat);
        Cli.Run run = Cli.run("merge", pseudo.toString(), "-o", dir.resolve("ko-omegat").toString(), "--tm", omegat.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("made by \"OmegaT\""), run.err());
        assertArrayEquals(before, Files.readAllBytes(omegat));
    }

    @Test
    void aWriteKeepsTheFirstDatesAndMarkupIsEscaped() throws Exception {
        TranslationMemory m = new TranslationMemory();
        TmText source = new TmText(List.of(new TmText.Plain("A & B "), new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b class=\"x\">"),
                new TmText.Plain("c"), new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/?a=1&amp;b=2\">")));
        TmText target = new TmText(List.of(new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b class=\"x\">"), new TmText.Plain("다"),
                new TmText.Plain(" A & B"), new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/?a=1&amp;b=2\">")));
        assertTrue(m.add(new TmEntry(source, target, "en", "ko", "1", "content/p[1]", "", "", "2026-01-02T03:04:05Z")));
        assertFalse(m.add(new TmEntry(source, target, "en", "ko", "1", "content/p[1]", "", "", "2026-05-05T00:00:00Z")));
        assertTrue(m.add(new TmEntry(source, target, "en", "ko", "2", "content/p[1]", "", "", "2026-05-05T00:00:00Z")));
        String xml = new String(TmxWriter.write(m, "20260101T000000Z"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<tu creationdate=\"20260102T030405Z\" srclang=\"en\">"), xml);
        // a pair split by a sentence break: its halves are <it>, never a <bpt> without its <ept>
        assertTrue(xml.contains("<seg>A &amp; B <it pos=\"begin\" x=\"1\" type=\"bold\">&lt;b class=\"x\"&gt;</it>c"
                + "<it pos=\"begin\" x=\"2\" type=\"link\">&lt;a href=\"/?a=1&amp;amp;b=2\"&gt;</it></seg>"), xml);
        Path file = dir.resolve("escaped.tmx");
        Files.write(file, xml.getBytes(StandardCharsets.UTF_8));
        TranslationMemory back = TmxReader.read(file);
        assertEquals(2, back.entries().size());
        assertEquals(source, back.entries().get(0).source());
        assertEquals(new TmText(List.of(new TmText.Tag(TmText.Kind.OPEN, 1, "bold", "<b class=\"x\">"), new TmText.Plain("다 A & B"),
                new TmText.Tag(TmText.Kind.OPEN, 2, "link", "<a href=\"/?a=1&amp;b=2\">"))), back.entries().get(0).target());
        assertNotEquals(back.entries().get(0), back.entries().get(1));
    }

    @Test
    void theHashIsDocumented() {
        assertEquals("", TmEntry.hash(null));
        // SHA-256 of "a b" (whitespace collapsed, trimmed), first 16 hex digits
        assertEquals("c8687a08aa5d6ed2", TmEntry.hash(new TmText(List.of(new TmText.Plain("  a \n"),
                new TmText.Tag(TmText.Kind.STANDALONE, 1, "lb", "<br>"), new TmText.Plain("\tb ")))));
    }
}
