package net.wpxliff.merge;

import net.wpxliff.testing.TranslationOf;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.Exporter;
import net.wpxliff.unit.TextUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static net.wpxliff.merge.MergeSupport.ALLOW_MISSING;
import static net.wpxliff.merge.MergeSupport.LineDiff;
import static net.wpxliff.merge.MergeSupport.REWRITE;
import static net.wpxliff.merge.MergeSupport.SEED;
import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.cli;
import static net.wpxliff.merge.MergeSupport.exportOne;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.output;
import static net.wpxliff.merge.MergeSupport.outputText;
import static net.wpxliff.merge.MergeSupport.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merge acceptance on the project's sample post: an untranslated merge gives the post back byte for byte,
 * a Korean translation lands exactly where its units came from, and link rewriting moves the page (and only
 * the page's own URLs) to the /ko/ locale. Internal links, which the seed lacks, are in {@link InternalLinksTest}.
 */
class SeedMergeTest {
    private static final String EN_URL = "https://designcopy.net/en/chinese-tech-giants-open-protocol-ai-development/";
    private static final String KO_URL = "https://designcopy.net/ko/chinese-tech-giants-open-protocol-ai-development/";
    private static final String LOGO = "https://designcopy.net/wp-content/uploads/logo.png";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static byte[] seedBytes;
    private static JsonNode seedPost;
    /** Exported with every target pre-filled with its source (the identity translation). */
    private static Exporter.Result copied;
    /** Exported without targets, as translators receive it. */
    private static Exporter.Result plain;

    @BeforeAll
    static void exportSeed() throws IOException {
        seedBytes = Files.readAllBytes(SEED);
        seedPost = JSON.readTree(seedBytes);
        copied = exportOne(SEED, true);
        plain = exportOne(SEED, false);
    }

    private static String sourceField(String key) {
        return seedPost.path(key).path("rendered").asText();
    }

    // ------------------------------------------------------------------ identity

    @Test
    void identityMergeGivesTitleExcerptAndContentByteForByte(@TempDir Path dir) {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", copied.xliff(), STRICT);
        for (String key : List.of("title", "excerpt", "content")) {
            assertEquals(sourceField(key), field(result, key), key + ".rendered after an untranslated merge");
        }
        assertEquals(List.of(), result.missingUnits(), "every unit has its (copied) target");
    }

    @Test
    void identityMergeWritesTheInputJsonBackByteForByte(@TempDir Path dir) {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", copied.xliff(), STRICT);
        assertArrayEquals(TranslationOf.renamed(seedBytes), output(result, ".ko.json"),
                "the .ko.json of an untranslated merge is the input file, its id recorded as translation_of");
        assertArrayEquals(sourceField("content").getBytes(StandardCharsets.UTF_8), output(result, ".ko.html"),
                "the .ko.html is content.rendered");
    }

    @Test
    void identityMergeThroughTheCliReproducesTheInputFile(@TempDir Path dir) throws IOException {
        Path xliffDir = dir.resolve("xliff"), outDir = dir.resolve("ko");
        MergeSupport.CliRun export = cli("export", SEED.toString(), "-o", xliffDir.toString(), "--copy-source");
        assertEquals(0, export.exitCode(), "export --copy-source; stderr: " + export.err());
        MergeSupport.CliRun merge = cli("merge", xliffDir.toString(), "-o", outDir.toString(), "--no-link-rewrite");
        assertEquals(0, merge.exitCode(), "merge --no-link-rewrite; stderr: " + merge.err());
        String slug = "chinese-tech-giants-open-protocol-ai-development";
        assertArrayEquals(TranslationOf.renamed(seedBytes), Files.readAllBytes(outDir.resolve(slug + ".ko.json")), slug + ".ko.json");
        assertEquals(sourceField("content"), Files.readString(outDir.resolve(slug + ".ko.html")), slug + ".ko.html");
    }

    // ------------------------------------------------------------------ a Korean translation

    private static String koreanXliff() {
        return KoreanTranslation.seed(plain.xliff());
    }

    private static String expectedKoreanContent() {
        return KoreanTranslation.seedContent(sourceField("content"));
    }

    @Test
    void koreanTranslationLandsInItsPlacesAndNowhereElse(@TempDir Path dir) {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", koreanXliff(), ALLOW_MISSING);
        assertEquals(KoreanTranslation.TITLE, field(result, "title"), "title.rendered");
        assertEquals(KoreanTranslation.EXCERPT_HTML, field(result, "excerpt"), "excerpt.rendered");
        assertEquals(expectedKoreanContent(), field(result, "content"),
                "content.rendered: paragraphs 1 and 3, the JSON-LD headline and description in Korean, the rest as it was");
    }

    @Test
    void koreanTranslationListsTheUnitsMergedWithTheirSource(@TempDir Path dir) {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", koreanXliff(), ALLOW_MISSING);
        List<String> expectedMissing = plain.extraction().units().stream().map(TextUnit::id)
                .filter(id -> !KoreanTranslation.SEED_UNITS.contains(id)).toList();
        assertEquals(expectedMissing, result.missingUnits(), "units kept in English under --allow-missing");
    }

    @Test
    void koreanHeadlineIsAJsonStringInsideTheJsonLd(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", koreanXliff(), ALLOW_MISSING);
        List<JsonNode> jsonLd = jsonLd(field(result, "content"));
        assertEquals(2, jsonLd.size(), "JSON-LD blocks");
        assertEquals(KoreanTranslation.TITLE, jsonLd.get(0).path("headline").asText(), "Article headline");
        assertEquals(KoreanTranslation.DESCRIPTION, jsonLd.get(0).path("description").asText(), "Article description");
        assertEquals("Chinese Tech Giants Adopt Open Protocol for AI Development", jsonLd.get(1).path("name").asText(),
                "WebPage name was not translated: it stays English");
    }

    @Test
    void koreanPostJsonChangesOnlyTheRenderedFields(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", koreanXliff(), ALLOW_MISSING);
        String json = outputText(result, ".ko.json");
        JsonNode post = JSON.readTree(json);
        assertEquals(KoreanTranslation.TITLE, post.path("title").path("rendered").asText(), "title.rendered in the JSON");
        assertEquals(field(result, "excerpt"), post.path("excerpt").path("rendered").asText(), "excerpt.rendered in the JSON");
        assertEquals(field(result, "content"), post.path("content").path("rendered").asText(), "content.rendered in the JSON");
        assertEquals(field(result, "content"), outputText(result, ".ko.html"), ".ko.html is the merged content");

        ObjectNode expected = seedPost.deepCopy();
        for (String key : List.of("title", "excerpt", "content")) {
            ((ObjectNode) expected.path(key)).put("rendered", field(result, key));
        }
        expected.set("translation_of", expected.remove("id"));
        assertEquals(expected, post, "every other member of the post is unchanged");
        assertEquals(outsideRenderedStrings(TranslationOf.renamed(new String(seedBytes, StandardCharsets.UTF_8))), outsideRenderedStrings(json),
                "the JSON text outside the three rendered strings is byte for byte the input's, its id recorded as translation_of");
    }

    @Test
    void cliMergeWithAllowMissingWritesThePostAndNamesTheUntranslatedUnits(@TempDir Path dir) throws IOException {
        Path xlf = MergeSupport.write(dir, "seed.ko.xlf", koreanXliff());
        Path out = dir.resolve("ko");
        MergeSupport.CliRun strict = cli("merge", xlf.toString(), "-o", out.toString(), "--no-link-rewrite");
        assertEquals(1, strict.exitCode(), "without --allow-missing the untranslated units are errors; stderr: " + strict.err());
        assertTrue(strict.err().contains("content-2"), "the error names an untranslated unit: " + strict.err());
        assertEquals(List.of(), MergeSupport.filesUnder(out), "nothing is written for a refused file");

        MergeSupport.CliRun run = cli("merge", xlf.toString(), "-o", out.toString(), "--no-link-rewrite", "--allow-missing");
        assertEquals(0, run.exitCode(), "stderr: " + run.err());
        assertTrue(run.err().contains("content-2") && run.err().contains("content-15"),
                "the warning lists the units kept in English: " + run.err());
        String slug = "chinese-tech-giants-open-protocol-ai-development";
        JsonNode post = JSON.readTree(Files.readAllBytes(out.resolve(slug + ".ko.json")));
        assertEquals(KoreanTranslation.TITLE, post.path("title").path("rendered").asText());
        assertEquals(expectedKoreanContent(), Files.readString(out.resolve(slug + ".ko.html")));
    }

    // ------------------------------------------------------------------ the /ko/ locale

    @Test
    void rewriteMovesTheJsonLdPageUrlsToKoAndAddsInLanguage(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", copied.xliff(), REWRITE);
        List<JsonNode> jsonLd = jsonLd(field(result, "content"));
        JsonNode article = jsonLd.get(0), webPage = jsonLd.get(1);
        assertEquals(KO_URL, article.path("mainEntityOfPage").path("@id").asText(), "Article mainEntityOfPage.@id");
        assertEquals(KO_URL, webPage.path("url").asText(), "WebPage url");
        assertEquals("ko", article.path("inLanguage").asText(), "Article inLanguage");
        assertEquals("ko", webPage.path("inLanguage").asText(), "WebPage inLanguage");
        assertEquals(LOGO, article.path("publisher").path("logo").path("url").asText(), "the logo is not a page: unchanged");
        assertEquals(LOGO, article.path("image").path("url").asText(), "the image URL is unchanged");
        assertFalse(article.path("author").has("inLanguage"), "nested objects that are not the page get no inLanguage");
    }

    @Test
    void rewriteChangesOnlyThePageUrlsAndAddsInLanguage(@TempDir Path dir) {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", copied.xliff(), REWRITE);
        LineDiff diff = LineDiff.of(sourceField("content"), field(result, "content"));
        assertEquals(List.of(
                "    \"@id\": \"" + EN_URL + "\"",
                "  }",
                "  \"url\": \"" + EN_URL + "\",",
                "  }"), diff.removed(), "lines of the source that changed");
        assertEquals(List.of(
                "    \"@id\": \"" + KO_URL + "\"",
                "  },",
                "  \"inLanguage\": \"ko\"",
                "  \"url\": \"" + KO_URL + "\",",
                "  },",
                "  \"inLanguage\": \"ko\""), diff.added(), "lines that replace them");
        assertEquals(sourceField("title"), field(result, "title"), "title unchanged");
        assertEquals(sourceField("excerpt"), field(result, "excerpt"), "excerpt unchanged");
    }

    @Test
    void rewriteLeavesExternalLinksAlone(@TempDir Path dir) {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", copied.xliff(), REWRITE);
        List<String> hrefs = hrefs(field(result, "content"));
        assertEquals(hrefs(sourceField("content")), hrefs, "the seed links only to other sites");
        assertEquals(List.of("https://digitalstrategy-ai.com/2024/09/30/chinas-ai-strategy-key-insights-into-2025/",
                "https://asiatimes.com/2025/02/chinas-ai-boom-bigger-than-just-deepseek/"), hrefs);
    }

    @Test
    void rewriteGivesThePostJsonTheKoreanLink(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = mergeText(dir, "seed.ko.xlf", copied.xliff(), REWRITE);
        String json = outputText(result, ".ko.json");
        JsonNode post = JSON.readTree(json);
        assertEquals(KO_URL, post.path("link").asText(), "link");
        assertEquals(EN_URL, post.path("guid").path("rendered").asText(), "guid is an identifier: unchanged");
        assertEquals(outsideRenderedStrings(TranslationOf.renamed(new String(seedBytes, StandardCharsets.UTF_8))), outsideRenderedStrings(json),
                "the seed's link is already the /ko/ one, so nothing outside the rendered strings changes but the id key");
    }

    // ------------------------------------------------------------------ helpers

    static List<JsonNode> jsonLd(String html) throws IOException {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : parse(html).select("script[type=application/ld+json]")) {
            blocks.add(JSON.readTree(script.data()));
        }
        return blocks;
    }

    static List<String> hrefs(String html) {
        return parse(html).select("a[href]").eachAttr("href");
    }

    /**
     * The post JSON text with the {@code title/excerpt/content.rendered} string tokens cut out, to compare
     * everything else byte for byte.
     */
    static String outsideRenderedStrings(String json) throws IOException {
        Map<Integer, Integer> cuts = new LinkedHashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT && List.of("title", "excerpt", "content").contains(key)) {
                    for (JsonToken u = parser.nextToken(); u == JsonToken.FIELD_NAME; u = parser.nextToken()) {
                        String inner = parser.currentName();
                        JsonToken v = parser.nextToken();
                        if (inner.equals("rendered") && v == JsonToken.VALUE_STRING) {
                            int start = (int) parser.currentTokenLocation().getCharOffset();
                            parser.getText();
                            cuts.put(start, (int) parser.currentLocation().getCharOffset());
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        for (Map.Entry<Integer, Integer> cut : cuts.entrySet()) {
            out.append(json, cursor, cut.getKey()).append("<rendered>");
            cursor = cut.getValue();
        }
        return out.append(json, cursor, json.length()).toString();
    }
}
