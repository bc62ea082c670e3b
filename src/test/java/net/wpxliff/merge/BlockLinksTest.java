package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.blocks.Block;
import net.wpxliff.blocks.BlockDocument;
import net.wpxliff.blocks.BlockParser;
import net.wpxliff.blocks.BlockPath;
import net.wpxliff.blocks.BlockTreeCheck;
import net.wpxliff.testing.TranslationOf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static net.wpxliff.merge.MergeSupport.exportOne;
import static net.wpxliff.merge.MergeSupport.field;
import static net.wpxliff.merge.MergeSupport.mergeText;
import static net.wpxliff.merge.MergeSupport.output;
import static net.wpxliff.merge.MergeSupport.outputText;
import static net.wpxliff.merge.MergeSupport.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8 point 6 for block content: links that blocks keep in their delimiter JSON (navigation-link and
 * navigation-submenu {@code url}, social-link {@code url}, media-text {@code mediaLink}, file {@code href}) follow
 * the same rules as HTML links. The fixture ({@code src/test/resources/merge/block-links-fixture.edit.json}) is a
 * {@code context=edit} page on a site with English at the root, merged with {@code --source-url
 * https://site.example/ --target-url https://site.example/ko/}; each link is listed with what it must become.
 */
class BlockLinksTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SiteBase SOURCE = SiteBase.parse("https://site.example/");
    private static final SiteBase TARGET = SiteBase.parse("https://site.example/ko/");
    private static final String HOSTILE_TAIL = "\"}--><script>alert(1)</script>";

    private final Path file = MergeSupport.resource("block-links-fixture.edit.json");
    private final UrlMap urlMap = UrlMap.read(MergeSupport.resource("root-links-url-map.csv"));

    private DocumentMerger.Result merge(Path dir, boolean rewrite, SiteLocale locale) {
        return mergeText(dir, "links.ko.xlf", exportOne(file, true).xliff(), new DocumentMerger.Options(false, rewrite, locale));
    }

    private DocumentMerger.Result merge(Path dir, SiteLocale locale) {
        return merge(dir, true, locale);
    }

    private String sourceRaw() throws IOException {
        return JSON.readTree(file.toFile()).path("content").path("raw").asText();
    }

    /** Each link attribute's value by its key, in document order. */
    private static Map<String, String> links(String raw) {
        BlockDocument document = BlockParser.parse(raw);
        Map<String, String> links = new LinkedHashMap<>();
        List<Map.Entry<Block, String>> blocks = new ArrayList<>(BlockPath.all(document, "content").entrySet());
        blocks.sort((a, b) -> Integer.compare(a.getKey().opener().start(), b.getKey().opener().start()));
        for (Map.Entry<Block, String> entry : blocks) {
            for (String key : List.of("url", "href", "mediaLink")) {
                JsonNode value = entry.getKey().attributes().get(key);
                if (value != null) links.put(entry.getValue() + "/@" + key, value.asText());
            }
        }
        return links;
    }

    private static List<String> navigationUrls(Map<String, String> links) {
        return links.entrySet().stream().filter(e -> e.getKey().contains("/wp:navigation-")).map(Map.Entry::getValue).toList();
    }

    @Test
    void eachNavigationUrlIsLocalizedAsDescribed(@TempDir Path dir) {
        String raw = field(merge(dir, new SiteLocale(SOURCE, TARGET, null)), "content");
        assertEquals(List.of(
                "https://site.example/ko/about/",                            // absolute internal page
                "/ko/guides/setup/?ref=nav#step-2",                          // root-relative: query and fragment kept
                "https://site.example/wp-content/uploads/2025/05/report.pdf", // upload
                "https://site.example/wp-json/wp/v2/posts",                  // REST API
                "https://other.example/about/",                              // external
                "https://site.example/ko/contact/",                          // submenu url
                "https://site.example/ko/team/?tab=all",                     // written with \/ in the source
                "https://site.example/ko/odd/" + HOSTILE_TAIL),              // hostile value: still one string
                navigationUrls(links(raw)));
    }

    @Test
    void theOtherCoreLinkAttributesFollowTheSameRules(@TempDir Path dir) {
        Map<String, String> links = links(field(merge(dir, new SiteLocale(SOURCE, TARGET, null)), "content"));
        assertEquals("https://site.example/ko/contact/", links.get("content/wp:social-links[1]/wp:social-link[1]/@url"));
        assertEquals("https://twitter.com/example", links.get("content/wp:social-links[1]/wp:social-link[2]/@url"));
        assertEquals("https://site.example/ko/?attachment_id=44", links.get("content/wp:media-text[1]/@mediaLink"));
        assertEquals("https://site.example/ko/downloads/brochure.pdf", links.get("content/wp:file[1]/@href"),
                "as the file block's own <a href> in its HTML");
    }

    @Test
    void theUrlMapComesFirst(@TempDir Path dir) {
        Map<String, String> links = links(field(merge(dir, new SiteLocale(SOURCE, TARGET, urlMap)), "content"));
        assertEquals("https://site.example/ko/yeollak/", links.get("content/wp:navigation[1]/wp:navigation-submenu[1]/@url"));
        assertEquals("https://site.example/ko/yeollak/", links.get("content/wp:social-links[1]/wp:social-link[1]/@url"));
        assertEquals("https://site.example/ko/about/", links.get("content/wp:navigation[1]/wp:navigation-link[1]/@url"),
                "a page not in the map moves by the roots");
    }

    @Test
    void eachValueIsWrittenInItsOwnStyleAndNothingElseChanges(@TempDir Path dir) throws IOException {
        String source = sourceRaw();
        String raw = field(merge(dir, new SiteLocale(SOURCE, TARGET, null)), "content");
        // WordPress writes / unescaped; a value written with \/ keeps it
        assertTrue(raw.contains("\"url\":\"https://site.example/ko/about/\""), raw);
        assertTrue(raw.contains("\"url\":\"https:\\/\\/site.example\\/ko\\/team\\/?tab=all\""), raw);
        // the hostile value is encoded as WordPress encodes block attributes: it cannot end the comment or the JSON
        assertTrue(raw.contains("\"url\":\"https://site.example/ko/odd/\\u0022}\\u002d\\u002d\\u003e\\u003cscript\\u003e"
                + "alert(1)\\u003c/script\\u003e\""), raw);
        assertFalse(raw.contains("<script"), raw);
        // the same blocks, and no attribute change but the localized links
        Map<String, String> before = links(source), after = links(raw);
        Map<String, String> localized = new LinkedHashMap<>();
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) localized.put(key, value);
        });
        assertEquals(8, localized.size(), localized.toString());
        assertNull(BlockTreeCheck.difference(source, raw, Set.of(), localized, "content"));
        assertTrue(BlockTreeCheck.difference(source, raw, Set.of(), Map.of(), "content") != null,
                "without the localized links the check refuses the change");
    }

    @Test
    void theRenderedNavigationFollowsTheSameMapping(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = merge(dir, new SiteLocale(SOURCE, TARGET, urlMap));
        Map<String, String> raw = links(field(result, "content"));
        List<String> rendered = parse(outputText(result, ".ko.html")).select("nav a").eachAttr("href");
        List<String> fromRaw = navigationUrls(raw);
        assertEquals(fromRaw.subList(0, 7), rendered.subList(0, 7), "each rendered link as its block's url");
        // WordPress's esc_url dropped the hostile characters from the rendered link: the same rules still apply
        assertEquals("https://site.example/ko/odd/--scriptalert(1)/script", rendered.get(7));
        JsonNode post = JSON.readTree(outputText(result, ".ko.json"));
        String renderedContent = post.path("content").path("rendered").asText();
        assertEquals(rendered, parse(renderedContent).select("nav a").eachAttr("href"), "the .ko.json has the same");
        assertEquals(field(result, "content"), post.path("content").path("raw").asText());
        assertEquals(field(result, "content"), JSON.readTree(outputText(result, ".ko.post.json")).path("content").asText());
    }

    @Test
    void withoutLinkRewritingNothingChangesAndIdentityIsByteExact(@TempDir Path dir) throws IOException {
        DocumentMerger.Result result = merge(dir, false, new SiteLocale(SOURCE, TARGET, urlMap));
        assertEquals(sourceRaw(), field(result, "content"));
        assertArrayEquals(TranslationOf.renamed(Files.readAllBytes(file)), output(result, ".ko.json"));
    }

    @Test
    void aPageWithoutLocaleOptionsOnARootSiteKeepsItsBlockLinks(@TempDir Path dir) throws IOException {
        // no /en/ prefix and no --source-url/--target-url: no link moves (as for HTML links)
        assertEquals(sourceRaw(), field(merge(dir, SiteLocale.DEFAULT), "content"));
    }

    @Test
    void aLinkThatCannotBeWrittenBackOrOverlapsAnotherEditStaysAsWritten() {
        LinkLocalizer localizer = new LinkLocalizer(new SiteBaseUrls(SOURCE, TARGET), "ko");
        String broken = "<!-- wp:navigation-link {\"url\":\"/about/\\ud83d/\"} /-->";
        assertTrue(localizer.blockEdits(broken, "content", List.of()).edits().isEmpty(), "half a surrogate pair");
        String fine = "<!-- wp:navigation-link {\"url\":\"/about/\"} /-->";
        LinkLocalizer.BlockLinkEdits edits = localizer.blockEdits(fine, "content", List.of());
        assertEquals(Map.of("content/wp:navigation-link[1]/@url", "/ko/about/"), edits.values());
        int at = fine.indexOf("/about/");
        assertTrue(localizer.blockEdits(fine, "content", List.of(new Edit.Replace(at, at + 3, "x"))).edits().isEmpty());
    }

    @Test
    void translatedLabelsAndLocalizedLinksInTheSameDelimiterMergeTogether(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("x"), pseudo = dir.resolve("p"), ko = dir.resolve("ko");
        assertEquals(0, MergeSupport.cli("export", file.toString(), "-o", out.toString()).exitCode());
        assertEquals(0, MergeSupport.cli("pseudo", out.toString(), "-o", pseudo.toString()).exitCode());
        MergeSupport.CliRun run = MergeSupport.cli("merge", pseudo.toString(), "-o", ko.toString(),
                "--source-url", "https://site.example/", "--target-url", "https://site.example/ko/");
        assertEquals(0, run.exitCode(), run.err());
        String raw = JSON.readTree(ko.resolve("block-links.ko.post.json").toFile()).path("content").asText();
        BlockDocument merged = BlockParser.parse(raw);
        Block about = BlockPath.all(merged, "content").entrySet().stream()
                .filter(e -> e.getValue().equals("content/wp:navigation[1]/wp:navigation-link[1]")).findFirst().orElseThrow().getKey();
        assertEquals("https://site.example/ko/about/", about.attributes().path("url").asText());
        assertFalse(about.attributes().path("label").asText().contains("About"), "the label is translated");
        assertEquals(navigationUrls(links(field(merge(dir, new SiteLocale(SOURCE, TARGET, null)), "content"))),
                navigationUrls(links(raw)));
    }
}
