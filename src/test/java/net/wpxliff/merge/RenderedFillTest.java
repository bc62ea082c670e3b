package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.Field;
import net.wpxliff.input.InputException;
import net.wpxliff.input.RenderedPostFormat;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextContext;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.xliff.InlineToken;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.ReturnedUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rendered fields of a {@code context=edit} post, translated from its raw fields' translations
 * ({@link RenderedFill}): matched through wptexturize's typography and wpautop's markup, guarded by every
 * merge check, with what stays in English counted.
 */
class RenderedFillTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentExtractor EXTRACTOR =
            new DocumentExtractor(new Segmenter(SentenceSplitter.okapiDefault("en")));
    private static final PseudoTranslator PSEUDO = new PseudoTranslator();
    private static final DocumentMerger.Options OPTIONS = new DocumentMerger.Options(false, true);

    // ------------------------------------------------------------------ own fixture

    /** A paragraph as an editor writes it, and as WordPress renders it (wptexturize, wpautop, a dynamic attribute). */
    private static final String RAW_CONTENT = "<!-- wp:paragraph -->\n<p>It's the \"best\" plan -- see"
            + " <a href=\"/en/about/\">our page</a>... Really.</p>\n<!-- /wp:paragraph -->\n\n"
            + "<!-- wp:paragraph -->\n<p>Second paragraph, 2x3 rooms.</p>\n<!-- /wp:paragraph -->";
    private static final String RENDERED_CONTENT = "\n<p>It&#8217;s the &#8220;best&#8221; plan &#8211; see"
            + " <a href=\"/en/about/\" rel=\"noopener\">our page</a>&#8230; Really.</p>\n\n\n\n"
            + "<p>Second paragraph, 2&#215;3 rooms.</p>\n\n<p>Latest posts: Hello world!</p>\n";

    @Test
    void curlyQuotesDashesAndLinksMatchTheRawTranslation() throws Exception {
        Fill fill = fill(fixture(RENDERED_CONTENT, "It&#8217;s a &#8220;title&#8221;"),
                List.of(new Field("title", "It's a \"title\"", -1, -1, Field.Markup.EDITOR),
                        new Field("content", RAW_CONTENT, -1, -1, Field.Markup.EDITOR)), PSEUDO::translate);

        String content = fill.filled.fields().get("content");
        Document page = Jsoup.parseBodyFragment(content);
        assertEquals(3, page.select("p").size());
        String first = page.select("p").get(0).text();
        assertTrue(first.startsWith("⟦") && !first.contains("best") && !first.contains("Really"), first);
        // the rendered link kept its own markup (rel), and the same-site link went to the target locale
        assertEquals("noopener", page.selectFirst("a").attr("rel"));
        assertEquals("/ko/about/", page.selectFirst("a").attr("href"));
        assertFalse(page.select("p").get(1).text().contains("rooms"), page.select("p").get(1).text());
        // the dynamic block's text has no raw counterpart: English, and said so
        assertEquals("Latest posts: Hello world!", page.select("p").get(2).text());
        assertFalse(fill.filled.fields().get("title").contains("title"), fill.filled.fields().get("title"));
        assertEquals(4, fill.filled.units());
        assertEquals(3, fill.filled.translated());
        assertEquals(List.of("content.rendered: 1 of 3 units kept in English (no translated raw sentence matches; content/p[3]);"
                + " WordPress renders this field again when the post is saved"), fill.filled.warnings());
    }

    @Test
    void renderedStringsWithoutTheirJsonFillTheSame() throws Exception {
        SourceDocument post = fixture(RENDERED_CONTENT, "It&#8217;s a &#8220;title&#8221;");
        List<Field> raw = List.of(new Field("title", "It's a \"title\"", -1, -1, Field.Markup.EDITOR),
                new Field("content", RAW_CONTENT, -1, -1, Field.Markup.EDITOR));
        SourceDocument stringsOnly = withFields(post, java.util.Map.of("title", post.field("title").html(),
                "content", post.field("content").html()));
        assertEquals(fill(post, raw, PSEUDO::translate).filled, fill(stringsOnly, raw, PSEUDO::translate).filled);
    }

    /**
     * A raw text translated two ways (two blocks labelled alike, translated differently): which rendered copy is which
     * cannot be told by text, so both stay English there and the warning says so (QA: every rendered copy took the
     * first translation); translated alike, both are filled.
     */
    @Test
    void aTextTranslatedTwoWaysIsNotGuessedInTheRenderedField() throws Exception {
        String raw = "<p>Search the site.</p><p>Search the site.</p><p>Other words.</p>";
        for (boolean alike : new boolean[]{false, true}) {
            int[] seen = {0};
            Fill fill = fill(fixture(raw, "Title"), List.of(new Field("title", "Title", -1, -1, Field.Markup.EDITOR),
                    new Field("content", raw, -1, -1, Field.Markup.EDITOR)), source -> {
                        String text = source.plainText();
                        if (!text.startsWith("Search")) return PSEUDO.translate(source);
                        return Fragment.of(List.of(new Text(alike || seen[0]++ == 0 ? "사이트 검색." : "사이트를 찾기.")));
                    });
            List<String> paragraphs = Jsoup.parseBodyFragment(fill.filled.fields().get("content")).select("p").eachText();
            if (alike) {
                assertEquals(List.of("사이트 검색.", "사이트 검색."), paragraphs.subList(0, 2));
            } else {
                assertEquals(List.of("Search the site.", "Search the site."), paragraphs.subList(0, 2), "neither guessed");
                assertTrue(fill.filled.warnings().toString().contains("2 of 3 units kept in English"),
                        fill.filled.warnings().toString());
            }
            assertFalse(paragraphs.get(2).contains("Other"), paragraphs.toString());
        }
    }

    @Test
    void sentencesMatchWhenUnitBoundsDiffer() throws Exception {
        // raw: one paragraph of two sentences; rendered: the second sentence alone, and a new one
        String raw = "<p>First sentence here. Second sentence, with <em>emphasis</em>.</p>";
        String rendered = "<p>Second sentence, with <em>emphasis</em>. Rendered only here.</p>";
        Fill fill = fill(fixture(rendered, "Title"), List.of(new Field("title", "Title", -1, -1, Field.Markup.EDITOR),
                new Field("content", raw, -1, -1, Field.Markup.EDITOR)), PSEUDO::translate);
        String text = Jsoup.parseBodyFragment(fill.filled.fields().get("content")).text();
        assertFalse(text.contains("Second"), text);
        assertTrue(text.contains("Rendered only here."), text);
        assertEquals(1, fill.filled.translated()); // the title
        assertTrue(fill.filled.warnings().get(0).contains("1 of 1 partly"), fill.filled.warnings().toString());
        assertTrue(fill.filled.fields().get("content").contains("<em>"), fill.filled.fields().get("content"));
    }

    @Test
    void lineBreaksWpautopAddsBetweenSentencesStayInPlace() throws Exception {
        String raw = "First line of the address.\nSecond line, and the town.\n\nA paragraph after it.";
        String rendered = "<p>First line of the address.<br />\nSecond line, and the town.</p>\n<p>A paragraph after it.</p>\n";
        Fill fill = fill(fixture(rendered, "T"), List.of(new Field("title", "T", -1, -1, Field.Markup.EDITOR),
                new Field("content", raw, -1, -1, Field.Markup.EDITOR)), PSEUDO::translate);
        String content = fill.filled.fields().get("content");
        Document page = Jsoup.parseBodyFragment(content);
        assertEquals(1, page.select("br").size(), content);
        assertFalse(hasScript(page.text(), Character.UnicodeScript.LATIN), content);
        assertEquals(fill.filled.units(), fill.filled.translated());
    }

    @Test
    void aWholeTranslationIsSplitWithTheExportRulesWhenItHasTheSourceSentences() throws Exception {
        String raw = "<p>First sentence here. Second sentence, with <em>emphasis</em>.</p>";
        String rendered = "<p>Second sentence, with <em>emphasis</em>.</p><p>First sentence here.</p>";
        SourceDocument rawPost = new SourceDocument("raw", SourceDocument.Kind.WP_POST, "raw", "", StandardCharsets.UTF_8,
                false, null, null, null, List.of(new Field("content", raw, -1, -1, Field.Markup.EDITOR)));
        TextUnit unit = EXTRACTOR.extract(rawPost).units().get(0);
        List<Code> codes = unit.source().codes();
        Fragment target = Fragment.of(List.of(new Text("첫째 문장입니다. 둘째 문장은 "), codes.get(0), new Text("강조"),
                codes.get(1), new Text("와 함께.")));
        RenderedFill.Filled filled = new RenderedFill(OPTIONS, "en", "ko", EXTRACTOR)
                .fill(fixture(rendered, "T"), List.of(new UnitTranslation(unit, target)));
        assertEquals("<p>둘째 문장은 <em>강조</em>와 함께.</p><p>첫째 문장입니다.</p>", filled.fields().get("content"));

        // a translation that merged the two sentences cannot be split: only the whole unit could match
        Fragment merged = Fragment.of(List.of(new Text("두 문장을 합친 "), codes.get(0), new Text("번역"), codes.get(1)));
        filled = new RenderedFill(OPTIONS, "en", "ko", EXTRACTOR)
                .fill(fixture(rendered, "T"), List.of(new UnitTranslation(unit, merged)));
        assertEquals(rendered, filled.fields().get("content"));
    }

    @Test
    void blockAttributesRenderedInsideMarkupTakeTheirTranslation() throws Exception {
        // <!-- wp:search {"label":"Search","placeholder":"Find posts"} /-->: its attributes are raw units of their own
        String rendered = "<form role=\"search\" class=\"wp-block-search\"><label class=\"wp-block-search__label\""
                + " for=\"s1\">Search</label><div><input id=\"s1\" type=\"search\" placeholder=\"Find posts\"/>"
                + "<button type=\"submit\">Search</button></div></form>";
        List<UnitTranslation> attributes = List.of(
                attribute("content/wp:search[1]/@label", "Search", "검색"),
                attribute("content/wp:search[1]/@placeholder", "Find posts", "글 찾기"));
        RenderedFill.Filled filled = new RenderedFill(OPTIONS, "en", "ko", EXTRACTOR)
                .fill(fixture(rendered, "Search"), attributes);
        Document page = Jsoup.parseBodyFragment(filled.fields().get("content"));
        assertEquals("검색", page.selectFirst("label").text());
        assertEquals("s1", page.selectFirst("label").attr("for"));
        assertEquals("글 찾기", page.selectFirst("input").attr("placeholder"));
        assertEquals("검색", page.selectFirst("button").text());
        assertEquals("검색", filled.fields().get("title"));
        assertEquals(filled.units(), filled.translated());
        assertEquals(List.of(), filled.warnings());
    }

    /** A raw unit for a block attribute, as the block extraction makes it, and its translation. */
    private static UnitTranslation attribute(String resname, String source, String target) {
        Fragment text = Fragment.text(source);
        TextUnit unit = new TextUnit("content-" + resname.length(), "content", resname, "block attribute",
                TextContext.BLOCK_ATTRIBUTE, false, 0, source.length(), text, List.of(new Segment(1, text, "")));
        return new UnitTranslation(unit, Fragment.text(target));
    }

    @Test
    void aHostileTranslationStaysText() throws Exception {
        Fill fill = fill(fixture(RENDERED_CONTENT, "It&#8217;s a &#8220;title&#8221;"),
                List.of(new Field("title", "It's a \"title\"", -1, -1, Field.Markup.EDITOR),
                        new Field("content", RAW_CONTENT, -1, -1, Field.Markup.EDITOR)), RenderedFillTest::hostile);
        for (String html : fill.filled.fields().values()) {
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("-->"), html);
            assertFalse(html.contains("<!--"), html);
            Document page = Jsoup.parseBodyFragment(html);
            assertTrue(page.select("script").isEmpty(), html);
        }
        Document page = Jsoup.parseBodyFragment(fill.filled.fields().get("content"));
        assertTrue(page.select("p").get(0).text().startsWith("<script>alert(1)</script> --> <!--"),
                page.select("p").get(0).text());
        assertEquals(1, page.select("a").size());
    }

    @Test
    void aTranslationThatDropsACodeKeepsTheEnglish() throws Exception {
        // a raw translation without the link's code: merge's code check refuses it on the rendered side too
        SourceDocument raw = new SourceDocument("raw", SourceDocument.Kind.WP_POST, "raw", "", StandardCharsets.UTF_8,
                false, null, null, null, List.of(new Field("content", RAW_CONTENT, -1, -1, Field.Markup.EDITOR)));
        List<UnitTranslation> translations = EXTRACTOR.extract(raw).units().stream()
                .map(unit -> new UnitTranslation(unit, Fragment.text("번역 " + unit.source().plainText().length())))
                .toList();
        RenderedFill.Filled filled = new RenderedFill(OPTIONS, "en", "ko", EXTRACTOR)
                .fill(fixture(RENDERED_CONTENT, "T"), translations);
        Fill fill = new Fill(filled, null);
        Document page = Jsoup.parseBodyFragment(fill.filled.fields().get("content"));
        assertTrue(page.select("p").get(0).text().contains("best"), page.select("p").get(0).text());
        assertEquals("/ko/about/", page.selectFirst("a").attr("href"));
        assertTrue(page.select("p").get(1).text().startsWith("번역"), page.select("p").get(1).text());
        assertTrue(fill.filled.warnings().stream().anyMatch(w -> w.startsWith("content.rendered: 2 of 3 units kept in English"
                + " (1 whose translation does not fit the rendered markup, 1 with no translated raw sentence matching; content/p[1],"
                + " content/p[3])")),
                fill.filled.warnings().toString());
    }

    /** A translation that tries to end a comment, open a script and break out of an attribute. */
    private static Fragment hostile(Fragment source) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Text("<script>alert(1)</script> --> <!-- \"'&amp; "));
        parts.addAll(source.parts());
        return Fragment.of(parts);
    }

    // ------------------------------------------------------------------ corpus

    @Test
    void corpusRenderedFieldsTakeTheRawTranslations() throws Exception {
        SharedCorpus.assumeCorpus("rendered fields filled from raw translations");
        List<Path> files = editPosts();
        assertEquals(80, files.size(), "context=edit posts in the corpus");
        int units = 0, translated = 0, fromRaw = 0, fromRawTranslated = 0;
        StringBuilder report = new StringBuilder();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceDocument rendered = RenderedPostFormat.INSTANCE.read(file, text, StandardCharsets.UTF_8, false).get(0);
            List<Field> rawFields = rawFields(JSON.readTree(text));
            // the fill threw no MergeException: every merged field passed the codes, escaping and tree checks
            Fill fill = fill(rendered, rawFields, PSEUDO::translate);
            for (Field field : rendered.fields()) {
                String merged = fill.filled.fields().get(field.key());
                assertEquals(null, TreeCheck.compare(field.html(), merged), file + " " + field.key());
            }
            // what the merged fields hold, unit by unit: pseudo-translated (no Latin letter left) or English
            List<TextUnit> before = EXTRACTOR.extract(rendered).units();
            List<TextUnit> after = EXTRACTOR.extract(withFields(rendered, fill.filled.fields())).units();
            assertEquals(before.size(), after.size(), file + ": units of the merged rendered fields");
            assertEquals(before.size(), fill.filled.units(), file.toString());
            String rawText = plainKey(rawFields.stream().map(f -> Jsoup.parse(f.html()).text()).reduce("", String::concat));
            int filled = 0;
            for (int i = 0; i < before.size(); i++) {
                String merged = after.get(i).source().plainText();
                boolean korean = !hasScript(merged, Character.UnicodeScript.LATIN) && hasScript(merged, Character.UnicodeScript.HANGUL);
                if (korean) filled++;
                if (rawText.contains(plainKey(before.get(i).source().plainText()))) {
                    fromRaw++;
                    if (korean) fromRawTranslated++;
                }
            }
            assertEquals(fill.filled.translated(), filled, file + ": units counted as translated");

            Fill attack = fill(rendered, rawFields, RenderedFillTest::hostile);
            assertEquals(fill.filled.translated(), attack.filled.translated(), file + ": hostile translations");
            for (Field field : rendered.fields()) {
                String merged = attack.filled.fields().get(field.key());
                for (String markup : List.of("<script", "<!--", "-->")) {
                    assertEquals(count(field.html(), markup), count(merged, markup), file + " " + field.key() + ": " + markup);
                }
            }
            units += fill.filled.units();
            translated += fill.filled.translated();
            if (fill.filled.translated() < fill.filled.units()) {
                report.append(file.getFileName()).append(": ").append(fill.filled.warnings()).append('\n');
            }
        }
        double share = 100.0 * translated / units;
        double rawShare = 100.0 * fromRawTranslated / fromRaw;
        String figures = String.format("rendered fields: %d of %d units translated from raw (%.1f%%); of the %d units"
                + " whose text is in the raw fields, %d (%.1f%%)", translated, units, share, fromRaw, fromRawTranslated, rawShare);
        System.err.println("[wpxliff tests] " + figures);
        // the rest is what dynamic blocks render (archives, calendars, query loops, search forms): not in the raw fields
        assertTrue(rawShare >= 90.0, figures + "\n" + report);
        assertTrue(share >= 55.0, figures + "\n" + report);
    }

    private static SourceDocument withFields(SourceDocument post, java.util.Map<String, String> html) {
        List<Field> fields = post.fields().stream().map(f -> new Field(f.key(), html.get(f.key()), -1, -1)).toList();
        return new SourceDocument(post.origin(), post.kind(), post.name(), "", post.charset(), false, post.postId(),
                post.link(), post.guid(), fields);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) n++;
        return n;
    }

    private static String plainKey(String text) {
        return TexturizedText.key(Fragment.text(text));
    }

    private static boolean hasScript(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == script);
    }

    @Test
    void corpusIdentityTranslationsKeepTheRenderedFieldsByteForByte() throws Exception {
        SharedCorpus.assumeCorpus("rendered fields filled from identity translations");
        DocumentMerger.Options keepLinks = new DocumentMerger.Options(false, false);
        for (Path file : editPosts()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            SourceDocument rendered = RenderedPostFormat.INSTANCE.read(file, text, StandardCharsets.UTF_8, false).get(0);
            Fill fill = fill(rendered, rawFields(JSON.readTree(text)), Function.identity(), keepLinks);
            for (Field field : rendered.fields()) {
                assertEquals(field.html(), fill.filled.fields().get(field.key()), file + " " + field.key());
            }
        }
    }

    private static List<Path> editPosts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String set : List.of("wp61-block-test-data", "wp61-theme-unit-test")) {
            try (Stream<Path> list = Files.list(SharedCorpus.ROOT.resolve("wp").resolve(set))) {
                list.filter(p -> p.getFileName().toString().endsWith(".edit.json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** The post's raw fields, as export reads them (editor markup). */
    private static List<Field> rawFields(JsonNode post) {
        List<Field> fields = new ArrayList<>();
        for (String key : List.of("title", "excerpt", "content")) {
            String raw = post.path(key).path("raw").asText("");
            if (!raw.isEmpty()) fields.add(new Field(key, raw, -1, -1, Field.Markup.EDITOR));
        }
        return fields;
    }

    // ------------------------------------------------------------------ support

    private record Fill(RenderedFill.Filled filled, Extraction raw) {
    }

    /**
     * Extracts the raw fields, translates each sentence with {@code translator} into a returned file segmented
     * as export segments it (what pseudo and most CAT tools return), takes its translations as merge resolves
     * them, and fills the rendered post.
     */
    private static Fill fill(SourceDocument rendered, List<Field> rawFields, Function<Fragment, Fragment> translator)
            throws MergeException {
        return fill(rendered, rawFields, translator, OPTIONS);
    }

    private static Fill fill(SourceDocument rendered, List<Field> rawFields, Function<Fragment, Fragment> translator,
                             DocumentMerger.Options options) throws MergeException {
        SourceDocument raw = new SourceDocument(rendered.origin() + " (raw)", SourceDocument.Kind.WP_POST,
                rendered.name(), "", StandardCharsets.UTF_8, false, rendered.postId(), rendered.link(),
                rendered.guid(), rawFields);
        Extraction extraction = EXTRACTOR.extract(raw);
        List<ReturnedUnit> returned = new ArrayList<>();
        for (TextUnit unit : extraction.units()) {
            List<ReturnedUnit.TargetSegment> source = new ArrayList<>(), target = new ArrayList<>();
            for (Segment segment : unit.segments()) {
                String mid = Integer.toString(segment.id());
                source.add(new ReturnedUnit.TargetSegment(mid, UnitContent.tokens(segment.content()), 1));
                if (!segment.gapAfter().isEmpty()) {
                    source.add(new ReturnedUnit.TargetSegment(null, List.of(InlineToken.text(segment.gapAfter(), 1)), 1));
                }
                target.add(new ReturnedUnit.TargetSegment(mid, UnitContent.tokens(translator.apply(segment.content())), 1));
            }
            returned.add(new ReturnedUnit(unit.id(), 1, UnitContent.tokens(unit.source()), source, target));
        }
        ReturnedFile file = new ReturnedFile(Path.of("raw.xlf"), 1, "1.2", "en", "ko", null, null, returned);
        List<UnitTranslation> translations = UnitTranslations.of(file, extraction);
        assertEquals(extraction.units().size(), translations.size(), "every raw unit translated");
        for (UnitTranslation t : translations) {
            assertEquals(t.unit().segments().size(), t.segments().size(), t.unit().id() + ": sentences");
        }
        RenderedFill fill = new RenderedFill(options, "en", "ko", EXTRACTOR);
        return new Fill(fill.fill(rendered, translations), extraction);
    }

    /** A rendered post of our own, read the way export reads public JSON. */
    private static SourceDocument fixture(String content, String title) throws IOException, InputException {
        String json = JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", 7).put("slug", "fixture").put("link", "https://site.example/en/fixture/")
                .<com.fasterxml.jackson.databind.node.ObjectNode>set("title", JSON.createObjectNode().put("rendered", title))
                .set("content", JSON.createObjectNode().put("rendered", content)));
        return RenderedPostFormat.INSTANCE.read(Path.of("fixture.json"), json, StandardCharsets.UTF_8, false).get(0);
    }
}
