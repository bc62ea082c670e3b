package net.wpxliff.merge;

import net.wpxliff.testing.TranslationOf;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ISegments;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import net.wpxliff.Exporter;
import net.wpxliff.testing.OkapiXliff;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static net.wpxliff.merge.MergeSupport.SEED;
import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.cli;
import static net.wpxliff.merge.MergeSupport.exportOne;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.merge;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue point 7: what CAT tools do to a file on its way back must not stop the merge nor change its result.
 * Each {@link Form} rewrites our exported, translated XLIFF the way tools write files (no segment markers,
 * whitespace, states, alternative translations, their own namespaces, comments, codes as bpt/ept and ph,
 * units reordered or grouped, encodings); the merged HTML must be exactly the hand-written expected HTML,
 * through the API and through the CLI (which also checks the file against the XLIFF 1.2 schema). Okapi's
 * own XLIFF filter and writer are run on our files too.
 */
class CatToolFormsTest {
    private static final LocaleId KO = LocaleId.fromString("ko");

    /** Seed, every target filled (Korean for some units, the source copied for the others). */
    private static String seed;
    private static Map<String, String> seedExpected;
    /** Links fixture likewise: an image moved in its sentence, alt/title, a line break, an unquoted attribute. */
    private static String fixture;
    private static Map<String, String> fixtureExpected;

    @BeforeAll
    static void translate() {
        Exporter.Result s = exportOne(SEED, true);
        seed = KoreanTranslation.seed(s.xliff());
        seedExpected = Map.of(
                "title", KoreanTranslation.TITLE,
                "excerpt", KoreanTranslation.EXCERPT_HTML,
                "content", KoreanTranslation.seedContent(s.document().field("content").html()));
        Exporter.Result f = exportOne(MergeSupport.resource(MergeSupport.LINKS_FIXTURE), true);
        fixture = KoreanTranslation.fixture(f.xliff());
        fixtureExpected = Map.of(
                "title", f.document().field("title").html(),
                "excerpt", f.document().field("excerpt").html(),
                "content", KoreanTranslation.fixtureContent(f.document().field("content").html()));
    }

    /** A way a tool writes the file back: from our XLIFF text to the bytes it saves. */
    record Form(String name, Function<String, byte[]> write) {
        static Form text(String name, UnaryOperator<String> change) {
            return new Form(name, x -> change.apply(x).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Form> forms() {
        return Stream.of(
                Form.text("as exported (baseline)", x -> x),
                Form.text("targets without <mrk mtype=seg>", CatToolFormsTest::withoutSegmentMarkers),
                Form.text("segments separated by newlines and indentation", x -> mapTargets(x,
                        t -> t.replace("</mrk> <mrk", "</mrk>\n          <mrk"))),
                Form.text("segments with no whitespace between them", x -> mapTargets(x, t -> t.replace("</mrk> <mrk", "</mrk><mrk"))),
                Form.text("text reflowed: spaces inside sentences become line breaks", CatToolFormsTest::reflowed),
                Form.text("spaces around the target's content", x -> mapTargets(x, t -> "\n  " + t + " \n", true)),
                Form.text("state, state-qualifier, approved", CatToolFormsTest::withStates),
                Form.text("<alt-trans> with its own source and target", CatToolFormsTest::withAltTrans),
                Form.text("other namespaces' attributes and elements", CatToolFormsTest::withForeignNamespaces),
                Form.text("XML comments inside targets", x -> mapTargets(x,
                        t -> t.replaceFirst("(<mrk mtype=\"seg\" mid=\"1\">)", "$1<!-- checked by reviewer -->")
                                .replace("</mrk>", "<!-- ok --></mrk>"))),
                Form.text("term and comment markers around words", CatToolFormsTest::withAnnotationMarkers),
                Form.text("<g> as <bpt>/<ept>, <x/> as <ph>", CatToolFormsTest::withBptEptAndPh),
                Form.text("<g> as <bx/>/<ex/>", CatToolFormsTest::withBxEx),
                Form.text("units in reverse order", CatToolFormsTest::reversed),
                Form.text("units wrapped in nested <group>s", CatToolFormsTest::grouped),
                Form.text("re-indented, embedded source wrapped at 76 columns", CatToolFormsTest::reindented),
                // the schema ties target <mrk mid> to <seg-source>: a tool that drops one drops both
                Form.text("<seg-source> removed, targets unsegmented", x -> withoutSegmentMarkers(
                        x.replaceAll("<seg-source>.*?</seg-source>\n", ""))),
                Form.text("character references and CDATA in targets", CatToolFormsTest::withReferencesAndCdata),
                new Form("Windows line ends and a UTF-8 byte order mark", x -> withBom(x.replace("\n", "\r\n"))),
                new Form("UTF-16", x -> x.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16)));
    }

    @ParameterizedTest(name = "seed: {0}")
    @MethodSource("forms")
    void seedInThisFormMergesToTheExpectedHtml(Form form, @TempDir Path dir) throws Exception {
        assertMerges(form, seed, seedExpected, dir);
    }

    @ParameterizedTest(name = "fixture: {0}")
    @MethodSource("forms")
    void fixtureInThisFormMergesToTheExpectedHtml(Form form, @TempDir Path dir) throws Exception {
        assertMerges(form, fixture, fixtureExpected, dir);
    }

    private static void assertMerges(Form form, String xliff, Map<String, String> expected, Path dir) throws Exception {
        byte[] bytes = form.write().apply(xliff);
        Path xlf = Files.createDirectories(dir).resolve("returned.ko.xlf");
        Files.write(xlf, bytes);
        DocumentMerger.Result result;
        try {
            result = merge(xlf, STRICT);
        } catch (MergeException e) {
            throw new AssertionError(form + ": refused:" + MergeSupport.describe(e), e);
        }
        for (String key : List.of("title", "excerpt", "content")) {
            assertEquals(expected.get(key), field(result, key), form + ": " + key);
        }
        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", dir.resolve("out").toString(), "--no-link-rewrite");
        assertEquals(0, run.exitCode(), form + ": CLI merge; stderr: " + run.err());
        List<Path> html = MergeSupport.filesUnder(dir.resolve("out")).stream()
                .filter(p -> p.toString().endsWith(".ko.html")).toList();
        assertEquals(1, html.size(), "one .ko.html: " + html);
        assertEquals(expected.get("content"), Files.readString(html.get(0)), form + ": the CLI's .ko.html");
    }

    /** Whitespace a tool leaves just inside {@code <mrk mtype="seg">}, in units where whitespace is not significant. */
    static String spacedInsideSegmentMarkers(String xliff) {
        return mapTargets(xliff, t -> t.replaceAll("(<mrk mtype=\"seg\" mid=\"\\d+\">)", "$1\n    ")
                .replace("</mrk>", "  \n</mrk>"), true);
    }

    @Test
    void whitespaceJustInsideSegmentMarkersDoesNotReachThePage(@TempDir Path dir) throws Exception {
        Form form = Form.text("line breaks and spaces just inside the segment markers", CatToolFormsTest::spacedInsideSegmentMarkers);
        assertMerges(form, seed, seedExpected, dir.resolve("seed"));
        assertMerges(form, fixture, fixtureExpected, dir.resolve("fixture"));
    }

    /** The forms really change the file (a form that changes nothing would test nothing). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormChangesTheFile(Form form) {
        if (form.name().startsWith("as exported")) return;
        assertNotEquals(new String(form.write().apply(seed), StandardCharsets.UTF_8), seed, form.name());
    }

    // ------------------------------------------------------------------ the forms

    private static final Pattern TARGET = Pattern.compile("(<target[^>]*>)(.*?)(</target>)", Pattern.DOTALL);
    private static final Pattern UNIT = Pattern.compile("<trans-unit [^>]*>.*?</trans-unit>\n", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** Applies {@code change} to the content of every {@code <target>}. */
    static String mapTargets(String xliff, UnaryOperator<String> change) {
        return mapTargets(xliff, change, false);
    }

    /** @param skipPreserved leave units with {@code xml:space="preserve"} (JSON-LD strings) alone */
    static String mapTargets(String xliff, UnaryOperator<String> change, boolean skipPreserved) {
        Matcher units = UNIT.matcher(xliff);
        StringBuilder out = new StringBuilder();
        while (units.find()) {
            String unit = units.group();
            if (!(skipPreserved && unit.contains("xml:space=\"preserve\""))) {
                Matcher target = TARGET.matcher(unit);
                StringBuilder edited = new StringBuilder();
                while (target.find()) {
                    target.appendReplacement(edited, Matcher.quoteReplacement(
                            target.group(1) + change.apply(target.group(2)) + target.group(3)));
                }
                unit = target.appendTail(edited).toString();
            }
            units.appendReplacement(out, Matcher.quoteReplacement(unit));
        }
        return units.appendTail(out).toString();
    }

    /** Applies {@code change} to the text between the tags of some inline content. */
    static String mapText(String content, UnaryOperator<String> change) {
        Matcher tag = TAG.matcher(content);
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        while (tag.find()) {
            out.append(change.apply(content.substring(cursor, tag.start()))).append(tag.group());
            cursor = tag.end();
        }
        return out.append(change.apply(content.substring(cursor))).toString();
    }

    /** Tools that do not keep segment markers write each target as one piece of text. */
    static String withoutSegmentMarkers(String xliff) {
        return mapTargets(xliff, t -> t.replaceAll("<mrk mtype=\"seg\" mid=\"\\d+\">", "").replace("</mrk>", ""));
    }

    /** Long lines reflowed: every space between words of a sentence becomes a line break and indentation. */
    static String reflowed(String xliff) {
        return mapTargets(xliff, t -> mapText(t, s -> s.replace(" ", "\n            ")), true);
    }

    static String withStates(String xliff) {
        return xliff.replace("state=\"translated\"", "state=\"signed-off\" state-qualifier=\"exact-match\"")
                .replace("state=\"needs-translation\"", "state=\"final\" state-qualifier=\"id-match\"")
                .replace("<trans-unit ", "<trans-unit approved=\"yes\" ");
    }

    /** A translation-memory match kept beside the target, with text and codes that are not the translation. */
    static String withAltTrans(String xliff) {
        return xliff.replace("</target>\n", "</target>\n<alt-trans match-quality=\"82\" origin=\"tm\"><source xml:lang=\"en\">"
                + "Something else <g id=\"1\">entirely</g></source><target xml:lang=\"ko\">전혀 다른 <g id=\"99\">번역</g>"
                + " <x id=\"98\"/></target></alt-trans>\n");
    }

    /** Tool namespaces: attributes on the root, units and targets; an element of their own at the end of units. */
    static String withForeignNamespaces(String xliff) {
        return xliff.replaceFirst("<xliff version=\"1.2\"", "<xliff xmlns:mq=\"MQXliff\""
                        + " xmlns:okp=\"okapi-framework:xliff-extensions\" version=\"1.2\"")
                .replace("<trans-unit ", "<trans-unit mq:status=\"ManuallyConfirmed\" mq:percent=\"100\" ")
                .replace("<target xml:lang=\"ko\"", "<target mq:lastchangedby=\"translator\" xml:lang=\"ko\"")
                .replace("</trans-unit>", "<mq:history><mq:entry user=\"kim\">edited</mq:entry></mq:history>\n</trans-unit>")
                .replace("<file ", "<file okp:tool-data=\"x\" ");
    }

    /** Terms and reviewer comments marked inside the translation: the marked words are still the translation. */
    static String withAnnotationMarkers(String xliff) {
        return mapTargets(xliff, t -> mapText(t, s -> s
                .replaceFirst("AI", "<mrk mtype=\"term\">AI</mrk>")
                .replaceFirst("(\\p{IsHangul}+)", "<mrk mtype=\"x-comment\" comment=\"check\">$1</mrk>")));
    }

    /** Every {@code <g>} of source, seg-source and target as bpt/ept with native code inside, {@code <x/>} as ph. */
    static String withBptEptAndPh(String xliff) {
        return replacePairs(xliff,
                id -> "<bpt id=\"" + id + "\">&lt;b&gt;</bpt>",
                id -> "<ept id=\"" + id + "\">&lt;/b&gt;</ept>")
                .replaceAll("<x id=\"(\\d+)\"[^>]*/>", "<ph id=\"$1\">&lt;br/&gt;</ph>");
    }

    static String withBxEx(String xliff) {
        return replacePairs(xliff,
                id -> "<bx id=\"" + id + "\" rid=\"" + id + "\" ctype=\"bold\"/>",
                id -> "<ex id=\"" + id + "\" rid=\"" + id + "\"/>");
    }

    private static String replacePairs(String xliff, Function<String, String> open, Function<String, String> close) {
        Matcher m = Pattern.compile("<g id=\"(\\d+)\"[^>]*>|</g>").matcher(xliff);
        Deque<String> ids = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                ids.push(m.group(1));
                replacement = open.apply(m.group(1));
            } else {
                replacement = close.apply(ids.pop());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    static String reversed(String xliff) {
        List<String> units = new ArrayList<>();
        Matcher m = UNIT.matcher(xliff);
        while (m.find()) units.add(m.group());
        int start = xliff.indexOf(units.get(0)), end = xliff.lastIndexOf("</body>");
        List<String> reversed = new ArrayList<>(units);
        java.util.Collections.reverse(reversed);
        return xliff.substring(0, start) + String.join("", reversed) + xliff.substring(end);
    }

    /** Units grouped by field, the content's units in a group nested inside a document group. */
    static String grouped(String xliff) {
        StringBuilder body = new StringBuilder("<group id=\"document\" restype=\"x-document\">\n");
        Matcher m = UNIT.matcher(xliff);
        String group = null;
        int start = -1;
        while (m.find()) {
            if (start < 0) start = m.start();
            String unit = m.group();
            Matcher id = Pattern.compile("<trans-unit id=\"([a-z]+)-").matcher(unit);
            if (!id.find()) fail("unit without a field id: " + unit);
            String fieldName = id.group(1);
            if (!fieldName.equals(group)) {
                if (group != null) body.append("</group>\n");
                body.append("<group id=\"").append(fieldName).append("\" resname=\"").append(fieldName).append("\">\n");
                group = fieldName;
            }
            body.append(unit);
        }
        body.append("</group>\n</group>\n");
        return xliff.substring(0, start) + body + xliff.substring(xliff.lastIndexOf("</body>"));
    }

    /** Structure indented by depth; the base64 of the embedded source wrapped at 76 columns and indented. */
    static String reindented(String xliff) {
        Matcher payload = Pattern.compile("(<internal-file[^>]*>)([^<]+)(</internal-file>)").matcher(xliff);
        if (!payload.find()) fail("no internal-file");
        String wrapped = payload.group(2).replaceAll("(.{76})", "$1\n        ");
        String x = xliff.substring(0, payload.start(2)) + "\n        " + wrapped + "\n      " + xliff.substring(payload.end(2));
        return x.replace("\n<file ", "\n  <file ").replace("\n<header>", "\n    <header>")
                .replace("<skl><internal-file", "\n    <skl>\n      <internal-file").replace("</internal-file></skl>", "</internal-file>\n    </skl>")
                .replace("\n<trans-unit ", "\n      <trans-unit ").replace("\n<source>", "\n        <source>")
                .replace("\n<seg-source>", "\n        <seg-source>").replace("\n<target ", "\n        <target ")
                .replace("\n<note ", "\n        <note ").replace("\n</trans-unit>", "\n      </trans-unit>")
                .replace("\n<body>", "\n    <body>").replace("\n</body>", "\n    </body>").replace("\n</file>", "\n  </file>");
    }

    /** Characters as references ({@code &#xB2E4;}, {@code &#8217;}) and sentences in CDATA sections. */
    static String withReferencesAndCdata(String xliff) {
        return mapTargets(xliff, t -> mapText(t, s -> s.replace("다", "&#xB2E4;").replace("’", "&#8217;")
                .replace("'", "&apos;").replace("\"", "&quot;"))
                .replaceAll("(<mrk mtype=\"seg\" mid=\"2\">)([^<&]+)", "$1<![CDATA[$2]]>"));
    }

    private static byte[] withBom(String xliff) {
        byte[] body = xliff.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    // ------------------------------------------------------------------ Okapi's XLIFF filter and writer

    private static byte[] throughOkapi(String xliff, java.util.function.Consumer<ITextUnit> translate) {
        return OkapiXliff.rewrite(xliff, KO, translate);
    }

    private static void copySource(ITextUnit unit) {
        OkapiXliff.copySource(unit, KO);
    }

    @Test
    void okapiCopyingSourceToTargetGivesAnIdentityMerge(@TempDir Path dir) throws Exception {
        Exporter.Result exported = exportOne(SEED, false);
        byte[] written = throughOkapi(exported.xliff(), CatToolFormsTest::copySource);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("<target xml:lang=\"ko\">"), "Okapi wrote targets");
        Path xlf = dir.resolve("okapi.ko.xlf");
        Files.write(xlf, written);
        DocumentMerger.Result result = merge(xlf, STRICT);
        for (String key : List.of("title", "excerpt", "content")) {
            assertEquals(exported.document().field(key).html(), field(result, key), key);
        }
        assertArrayEquals(TranslationOf.renamed(Files.readAllBytes(SEED)), MergeSupport.output(result, ".ko.json"),
                "the post JSON byte for byte, its id recorded as translation_of");

        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", dir.resolve("out").toString(), "--no-link-rewrite");
        assertEquals(0, run.exitCode(), "the CLI (schema check included) accepts Okapi's file; stderr: " + run.err());
    }

    @Test
    void okapiCopyingSourceToTargetOnTheFixtureGivesAnIdentityMerge(@TempDir Path dir) throws Exception {
        Path fixtureFile = MergeSupport.resource(MergeSupport.LINKS_FIXTURE);
        Exporter.Result exported = exportOne(fixtureFile, false);
        Path xlf = dir.resolve("okapi.ko.xlf");
        Files.write(xlf, throughOkapi(exported.xliff(), CatToolFormsTest::copySource));
        assertArrayEquals(TranslationOf.renamed(Files.readAllBytes(fixtureFile)), MergeSupport.output(merge(xlf, STRICT), ".ko.json"),
                "x codes, attributes and JSON-LD come back byte for byte");
    }

    /** A translation typed in an Okapi-based tool: Korean text, the source's codes moved by the API. */
    @Test
    void okapiWrittenKoreanTranslationWithMovedCodesMerges(@TempDir Path dir) throws Exception {
        Exporter.Result exported = exportOne(SEED, false);
        byte[] written = throughOkapi(exported.xliff(), unit -> {
            copySource(unit);
            TextContainer target = unit.getTarget(KO);
            ISegments segments = target.getSegments();
            switch (unit.getId()) {
                case "title-1" -> segments.get("1").text = new TextFragment(KoreanTranslation.TITLE);
                case "content-1" -> {
                    TextFragment first = segments.get("1").text;
                    segments.get("1").text = fragment(
                            code(first, 2, TextFragment.TagType.OPENING), "인공지능을 장악하려고",
                            code(first, 2, TextFragment.TagType.CLOSING), " ",
                            code(first, 1, TextFragment.TagType.OPENING), "중국이 이토록 빠르게 질주하는",
                            code(first, 1, TextFragment.TagType.CLOSING), " 이유는 무엇일까?");
                    segments.get("2").text = new TextFragment("이유는 간단하다.");
                    TextFragment third = segments.get("3").text;
                    segments.get("3").text = fragment(
                            code(third, 4, TextFragment.TagType.OPENING), "바이두, 알리바바, 텐센트",
                            code(third, 4, TextFragment.TagType.CLOSING), "(BAT)라는 ",
                            code(third, 3, TextFragment.TagType.OPENING), "빅3",
                            code(third, 3, TextFragment.TagType.CLOSING),
                            "에 더해 화웨이와 바이트댄스까지 AI 게임에 막대한 자금을 쏟아붓고 있다.");
                    segments.get("4").text = new TextFragment("전혀 은밀하지 않다.");
                    segments.get("5").text = new TextFragment("이 기술 대기업들은 그저 장난삼아 하는 것이 아니다. 2030년까지"
                            + " 세계 최고의 AI 혁신 허브가 되겠다는 목표에 사활을 걸고 있다.");
                }
                default -> {
                }
            }
        });
        Path xlf = dir.resolve("okapi.ko.xlf");
        Files.write(xlf, written);
        DocumentMerger.Result result = merge(xlf, STRICT);
        assertEquals(KoreanTranslation.TITLE, field(result, "title"));
        String source = exported.document().field("content").html();
        assertEquals(KoreanTranslation.replaceOnce(source, KoreanTranslation.paragraphStartingWith(source, "<p>Why is "),
                KoreanTranslation.SEED_PARAGRAPH_1), field(result, "content"), "paragraph 1 in Korean, codes where Okapi put them");
    }

    private static Code code(TextFragment fragment, int id, TextFragment.TagType type) {
        return OkapiXliff.code(fragment, id, type);
    }

    private static TextFragment fragment(Object... parts) {
        return OkapiXliff.fragment(parts);
    }

    @Test
    void okapiWrittenFileOfAnotherToolsFormStillMerges(@TempDir Path dir) throws Exception {
        // a file that went through two tools: Okapi after our bpt/ept rewrite
        byte[] written = throughOkapi(withBptEptAndPh(seed), unit -> { });
        Path xlf = dir.resolve("two-tools.ko.xlf");
        Files.write(xlf, written);
        DocumentMerger.Result result = merge(xlf, STRICT);
        assertEquals(seedExpected.get("content"), field(result, "content"));
        mergeText(dir, "again.ko.xlf", new String(written, StandardCharsets.UTF_8), STRICT);
    }
}
