package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static net.wpxliff.merge.MergeSupport.exportOne;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.outputText;
import static net.wpxliff.merge.MergeSupport.parse;
import static net.wpxliff.merge.SeedMergeTest.hrefs;
import static net.wpxliff.merge.SeedMergeTest.jsonLd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 point 6, where each language lives: a post of ours on a site with English at the root
 * ({@code src/test/resources/merge/root-links-fixture.json}, link https://site.example/root-links-fixture/),
 * merged with {@code --source-url https://site.example/ --target-url https://site.example/ko/} and one
 * {@code --url-map} row (/contact/ → /ko/yeollak/). Each link is listed with what it must become.
 */
class SiteLocaleLinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SiteBase SOURCE = SiteBase.parse("https://site.example/");
    private static final SiteBase TARGET = SiteBase.parse("https://site.example/ko/");

    private final Path file = MergeSupport.resource("root-links-fixture.json");
    private final UrlMap urlMap = UrlMap.read(MergeSupport.resource("root-links-url-map.csv"));

    private DocumentMerger.Result merge(Path dir, SiteLocale locale) {
        return mergeText(dir, "root.ko.xlf", exportOne(file, true).xliff(), new DocumentMerger.Options(false, true, locale));
    }

    @Test
    void eachLinkIsLocalizedAsDescribed(@TempDir Path dir) {
        List<String> hrefs = hrefs(field(merge(dir, new SiteLocale(SOURCE, TARGET, urlMap)), "content"));
        assertEquals(List.of(
                "https://site.example/ko/about/",            // absolute internal page
                "/ko/guides/setup/?ref=nav#step-2",          // root-relative page: query and fragment kept
                "https://www.site.example/ko/",              // www. spelling kept, site root → Korean root
                "/ko/",                                      // root-relative site root
                "#comments",                                 // fragment only: this page
                "mailto:team@site.example",                  // not a web link
                "https://site.example/wp-content/uploads/2025/05/report.pdf", // media
                "https://site.example/wp-json/wp/v2/posts/42", // REST API
                "/feed/",                                    // feed
                "https://site.example/?feed=rss2",           // feed by query
                "https://site.example/wp-admin/",            // admin
                "/wp-login.php",                             // login
                "https://other.example/about/",              // external
                "https://site.example/ko/about/",            // already Korean: not /ko/ko/
                "/ko/",                                      // already the Korean root
                "/ko/korean-recipes/",                       // /korean-… is not under /ko/
                "https://site.example/ko/yeollak/",          // --url-map row
                "/ko/yeollak/"),                             // the same page, root-relative, without its slash
                hrefs);
    }

    @Test
    void mediaAttributesStayAsTheyAre(@TempDir Path dir) {
        String content = field(merge(dir, new SiteLocale(SOURCE, TARGET, urlMap)), "content");
        assertEquals(List.of("https://site.example/wp-content/uploads/2025/05/chart.png"),
                parse(content).select("img").eachAttr("src"));
    }

    @Test
    void jsonLdUrlsFollowAndThePostGetsInLanguage(@TempDir Path dir) throws IOException {
        JsonNode posting = jsonLd(field(merge(dir, new SiteLocale(SOURCE, TARGET, urlMap)), "content")).get(0);
        assertEquals("https://site.example/ko/root-links-fixture/", posting.path("url").asText());
        assertEquals("https://site.example/wp-content/uploads/2025/05/chart.png", posting.path("image").asText());
        assertEquals("https://site.example/ko/", posting.path("isPartOf").path("url").asText());
        assertEquals("https://other.example/about/", posting.path("sameAs").asText());
        assertEquals("ko", posting.path("inLanguage").asText());
        assertFalse(posting.path("isPartOf").has("inLanguage"));
    }

    @Test
    void thePostJsonGetsTheKoreanLinkAndKeepsItsGuid(@TempDir Path dir) throws IOException {
        JsonNode post = JSON.readTree(outputText(merge(dir, new SiteLocale(SOURCE, TARGET, urlMap)), ".ko.json"));
        assertEquals("https://site.example/ko/root-links-fixture/", post.path("link").asText());
        assertEquals("https://site.example/?p=900002", post.path("guid").path("rendered").asText());
    }

    @Test
    void withoutOptionsASiteWithEnglishAtTheRootIsLeftAsToday(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = merge(dir, SiteLocale.DEFAULT);
        String source = JSON.readTree(Files.readString(file)).path("content").path("rendered").asText();
        assertEquals(hrefs(source), hrefs(field(result, "content")), "no /en/ prefix: no link moves");
    }

    @Test
    void theTargetRootAloneDerivesTheSourceRootFromThePostLink(@TempDir Path dir) {
        List<String> hrefs = hrefs(field(merge(dir, new SiteLocale(null, TARGET, null)), "content"));
        assertEquals("https://site.example/ko/about/", hrefs.get(0));
        assertEquals("https://site.example/ko/contact/", hrefs.get(16), "no --url-map: the slug stays");
    }

    @Test
    void theSourceRootAloneDerivesTheTargetRoot() {
        LocaleUrls urls = new SiteLocale(SOURCE, null, null).urlsFor(document(), "en", "ko");
        assertEquals("/ko/about/", urls.localize("/about/"));
        LocaleUrls prefixed = new SiteLocale(SiteBase.parse("https://site.example/en/"), null, null)
                .urlsFor(document(), "en", "ko");
        assertEquals("/ko/about/", prefixed.localize("/en/about/"));
        assertEquals(null, prefixed.localize("/about/"), "outside the English root");
    }

    @Test
    void aTargetOnAnotherHostMakesRootRelativeLinksAbsolute() {
        LocaleUrls urls = new SiteLocale(SOURCE, SiteBase.parse("https://ko.site.example/"), null)
                .urlsFor(document(), "en", "ko");
        assertEquals("https://ko.site.example/about/?a=1", urls.localize("/about/?a=1"));
        assertEquals("https://ko.site.example/about/", urls.localize("http://www.site.example/about/"));
        assertEquals(null, urls.localize("https://ko.site.example/about/"), "already on the Korean site");
        assertEquals(null, urls.localize("/wp-content/themes/x/style.css"));
        assertEquals(null, urls.localize("/wp-includes/js/x.js"));
        assertEquals(null, urls.localize("/xmlrpc.php"));
        assertEquals(null, urls.localize("/?rest_route=/wp/v2/posts"));
    }

    @Test
    void badRootUrlsAreRefusedWithTheReason() {
        for (String bad : List.of("site.example/ko/", "/ko/", "ftp://site.example/", "https://site.example/ko/?lang=ko", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SiteBase.parse(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
        assertEquals("https://site.example/ko/", SiteBase.parse("https://site.example/ko").toString(), "slash added");
    }

    @Test
    void urlMapRowsAreReadWithOrWithoutHeaderAndQuotes(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("map.csv");
        Files.writeString(csv, "\n# pages with a Korean slug\n\"https://site.example/a,b/\", https://site.example/ko/c/\n"
                + "https://site.example/team,https://site.example/ko/tim/\n");
        UrlMap map = UrlMap.read(csv);
        assertEquals("/ko/c/", map.target("site.example", "/a,b").path());
        assertEquals("/ko/tim/", map.target("site.example", "/team/").path());
    }

    @Test
    void aBadUrlMapRowNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("map.csv");
        assertMapError(csv, "source,target\nhttps://site.example/a/,https://site.example/ko/a/\n/b/,https://site.example/ko/b/\n",
                csv + ":3: \"/b/\" is not an absolute http(s) URL");
        assertMapError(csv, "https://site.example/a/\n", csv + ":1: expected two columns");
        assertMapError(csv, "https://site.example/a/,https://site.example/ko/a/,x\n", csv + ":1: expected two columns");
        assertMapError(csv, "\"https://site.example/a/,https://site.example/ko/a/\n", csv + ":1: a quoted field is not closed");
        assertMapError(csv, "https://site.example/a/,https://site.example/ko/a/\nhttps://site.example/a,https://site.example/ko/b/\n",
                csv + ":2: \"https://site.example/a\" is mapped twice");
        assertMapError(csv, "source,target\nsource,target\n", csv + ":2: \"source\" is not an absolute");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> UrlMap.read(dir.resolve("none.csv")));
        assertTrue(missing.getMessage().startsWith(dir.resolve("none.csv") + ": cannot read"), missing.getMessage());
    }

    private static void assertMapError(Path csv, String text, String expectedStart) throws IOException {
        Files.writeString(csv, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UrlMap.read(csv), text);
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }

    private net.wpxliff.input.SourceDocument document() {
        return exportOne(file, true).document();
    }
}
