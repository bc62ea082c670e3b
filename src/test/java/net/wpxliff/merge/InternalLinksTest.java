package net.wpxliff.merge;

import net.wpxliff.testing.TranslationOf;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static net.wpxliff.merge.MergeSupport.LineDiff;
import static net.wpxliff.merge.MergeSupport.REWRITE;
import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.exportOne;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.outputText;
import static net.wpxliff.merge.MergeSupport.parse;
import static net.wpxliff.merge.SeedMergeTest.hrefs;
import static net.wpxliff.merge.SeedMergeTest.jsonLd;
import static net.wpxliff.merge.SeedMergeTest.outsideRenderedStrings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Link rewriting on internal links, which the seed lacks: a small post of ours
 * ({@code src/test/resources/merge/internal-links-fixture.json}, designcopy.net, link under /en/) with an
 * absolute, a www. and a root-relative /en/ link, a look-alike /english-guide/, two external links (one with
 * an /en/ path), an image under /en/ and JSON-LD with its own inLanguage.
 */
class InternalLinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file = MergeSupport.resource(MergeSupport.LINKS_FIXTURE);
    private final String sourceJson;
    private final String sourceContent;

    InternalLinksTest() throws IOException {
        sourceJson = Files.readString(file);
        sourceContent = JSON.readTree(sourceJson).path("content").path("rendered").asText();
    }

    private DocumentMerger.Result identityMerge(Path dir, DocumentMerger.Options options) {
        return mergeText(dir, "fixture.ko.xlf", exportOne(file, true).xliff(), options);
    }

    @Test
    void withoutRewriteTheFixtureComesBackByteForByte(@TempDir Path dir) {
        DocumentMerger.Result result = identityMerge(dir, STRICT);
        assertEquals(TranslationOf.renamed(sourceJson), outputText(result, ".ko.json"));
    }

    @Test
    void rewriteMovesInternalAndRelativeLinksToKoAndKeepsTheOthers(@TempDir Path dir) {
        List<String> hrefs = hrefs(field(identityMerge(dir, REWRITE), "content"));
        assertEquals(List.of(
                "https://designcopy.net/ko/other-post/",
                "/ko/x",
                "https://www.designcopy.net/ko/",
                "/english-guide/",
                "https://asiatimes.com/2025/02/chinas-ai-boom-bigger-than-just-deepseek/",
                "https://digitalstrategy-ai.com/en/report/"), hrefs,
                "own-site /en/ links (absolute, www., root-relative) move to /ko/; /english-guide/ is not the /en/"
                        + " prefix; other sites keep their URLs even when they have an /en/ path");
    }

    @Test
    void rewriteLeavesImageAddressesAlone(@TempDir Path dir) {
        String content = field(identityMerge(dir, REWRITE), "content");
        assertEquals(List.of("https://designcopy.net/en/wp-content/uploads/chart.png"),
                parse(content).select("img").eachAttr("src"), "an image is not a page of the locale");
    }

    @Test
    void rewriteLocalizesTheJsonLdAndReplacesItsInLanguage(@TempDir Path dir) throws IOException {
        JsonNode posting = jsonLd(field(identityMerge(dir, REWRITE), "content")).get(0);
        assertEquals("https://designcopy.net/ko/internal-links-fixture/", posting.path("url").asText());
        assertEquals("ko", posting.path("inLanguage").asText(), "inLanguage \"en\" replaced");
        assertEquals("https://designcopy.net/wp-content/uploads/chart.png", posting.path("image").asText());
        assertEquals("https://designcopy.net/ko/", posting.path("isPartOf").path("url").asText(),
                "the site's own /en/ home moves too");
        assertFalse(posting.path("isPartOf").has("inLanguage"), "a nested WebSite is not the page");
    }

    @Test
    void rewriteChangesNothingButTheLocalizedUrlsAndLanguage(@TempDir Path dir) {
        LineDiff diff = LineDiff.of(sourceContent, field(identityMerge(dir, REWRITE), "content"));
        List<String> expectedAdded = diff.removed().stream()
                .map(line -> line.replace("https://designcopy.net/en/", "https://designcopy.net/ko/")
                        .replace("https://www.designcopy.net/en/", "https://www.designcopy.net/ko/")
                        .replace("href=\"/en/x\"", "href=\"/ko/x\"")
                        .replace("\"inLanguage\": \"en\"", "\"inLanguage\": \"ko\""))
                .toList();
        assertEquals(5, diff.removed().size(), "changed lines: 2 paragraphs with internal links, url, inLanguage,"
                + " isPartOf.url; got " + diff);
        assertEquals(expectedAdded, diff.added(), "each changed line differs only by /en/ → /ko/ and the language");
    }

    @Test
    void rewriteGivesThePostTheKoreanLinkInWordPressStyle(@TempDir Path dir) throws IOException {
        String json = outputText(identityMerge(dir, REWRITE), ".ko.json");
        assertEquals("https://designcopy.net/ko/internal-links-fixture/", JSON.readTree(json).path("link").asText());
        assertEquals(outsideRenderedStrings(TranslationOf.renamed(sourceJson)).replace(
                        "\"link\":\"https:\\/\\/designcopy.net\\/en\\/internal-links-fixture\\/\"",
                        "\"link\":\"https:\\/\\/designcopy.net\\/ko\\/internal-links-fixture\\/\""),
                outsideRenderedStrings(json), "only the link (and the id key) changes outside the rendered fields, slashes escaped as"
                        + " WordPress writes them; the guid stays");
    }
}
