package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wpxliff export} on WordPress export files (WXR, {@code .xml}): any other {@code .xml} is refused, never
 * read as an HTML page; directories are searched for them; each post and page becomes one XLIFF.
 */
class WxrCliTest {
    private static final Path FIXTURE = Path.of("src", "test", "resources", "wxr", "small-export.xml");
    private static final Path WXR = SharedCorpus.ROOT.resolve("wxr");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ATTACHMENTS_ONLY = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            <wp:wxr_version>1.2</wp:wxr_version>
            <item><title>boat</title><wp:post_id>5</wp:post_id><wp:post_type>attachment</wp:post_type></item>
            <item><title>lake</title><wp:post_id>6</wp:post_id><wp:post_type>attachment</wp:post_type></item>
            </channel>
            </rss>
            """;

    private static List<Path> written(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void anXmlFileThatIsNotAWordPressExportIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        for (String[] file : new String[][]{
                {"sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>https://site.example/</loc></url></urlset>\n"},
                {"feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Site</title><item><title>A post"
                        + "</title><description>Words.</description></item></channel></rss>\n"},
                {"page.xml", "<!DOCTYPE html>\n<html><head><title>A page</title></head><body><p>Hello, world.</p></body></html>\n"}}) {
            Path input = dir.resolve(file[0]);
            Files.writeString(input, file[1], StandardCharsets.UTF_8);
            Cli.Run run = Cli.run("export", "-o", out.toString(), input.toString());
            assertEquals(1, run.exitCode(), file[0] + ": exit code; stdout: " + run.out() + " stderr: " + run.err());
            assertTrue(run.err().contains("error: " + input + ": "), "names the file: " + run.err());
            assertTrue(run.err().contains("not a WordPress export file (WXR)"), run.err());
            assertTrue(run.err().contains("export HTML pages as .html, posts as REST JSON"), run.err());
            if (file[0].equals("page.xml")) assertTrue(run.err().contains("line 1: the file declares a DTD"), run.err());
            assertEquals(List.of(), written(out), file[0] + ": never read as an HTML page, nothing written");
        }
    }

    @Test
    void aDirectoryWalkFindsWxrFilesAndTheSummarySaysWhatWasSkipped(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Exports.SEED, in.resolve("a-seed.json"));
        Files.writeString(in.resolve("media.xml"), ATTACHMENTS_ONLY, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("export", "-o", dir.resolve("out").toString(), in.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(in.resolve("media.xml") + ": WordPress export (WXR 1.2): 0 posts and pages;"
                + " skipped 2 items of other types: attachment 2"), run.out());
        assertEquals(1, written(dir.resolve("out")).size(), "the seed's XLIFF only: " + written(dir.resolve("out")));
    }

    @Test
    void aHostileExportIsRefusedAndTheOtherFilesGoOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Exports.SEED, in.resolve("a-seed.json"));
        Files.writeString(in.resolve("b-xxe.xml"), ATTACHMENTS_ONLY.replace("<rss", "<!DOCTYPE rss [\n<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">\n]>\n<rss").replace("<title>boat</title>", "<title>&x;</title>"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c-sitemap.xml"), "<urlset><url/></urlset>", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("export", "-o", dir.resolve("out").toString(), in.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(in.resolve("b-xxe.xml") + ": line 2: the file declares a DTD (<!DOCTYPE>)"), run.err());
        assertFalse(run.err().contains("root:"), "nothing of /etc/passwd: " + run.err());
        assertTrue(run.err().contains(in.resolve("c-sitemap.xml") + ": not a WordPress export file (WXR)"), run.err());
        assertTrue(run.err().contains("2 of 3 input files failed"), run.err());
        assertEquals(1, written(dir.resolve("out")).size(), "the seed was exported");
    }

    // ---- through the raw post format ----

    @Test
    void everyCorpusPostAndPageBecomesOneXliff(@TempDir Path dir) throws Exception {
        SharedCorpus.assumeCorpus("export of the WXR files (corpus/wxr)");
        Cli.Run run = Cli.run("export", "-o", dir.toString(), WXR.toString());
        assertEquals(0, run.exitCode(), run.err());
        int expected = 0;
        try (Stream<Path> files = Files.list(WXR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                int count = postsAndPages(file);
                expected += count;
                assertTrue(run.out().contains(file + ": WordPress export (WXR 1.2): " + count + " posts and pages"),
                        file + ": " + run.out());
            }
        }
        assertEquals(149, expected, "63 + 79 + 7 in the three files (the first holds a navigation menu)");
        assertEquals(expected, written(dir).size(), "one XLIFF per post and page");
        assertTrue(run.out().contains("64-block-test-data.xml: WordPress export (WXR 1.2): 63 posts and pages (post 61,"
                + " page 1, wp_navigation 1); skipped 9 items of other types: attachment 9"), run.out());
        assertTrue(run.out().contains("themeunittestdata.wordpress.xml: WordPress export (WXR 1.2): 79 posts and pages"
                + " (post 58, page 21); skipped 107 items of other types: nav_menu_item 70, attachment 37"), run.out());
        assertTrue(run.out().contains("64-block-test-data.xml item 2: "), "each post's line names its item: " + run.out());
    }

    /** Posts, pages, patterns and menus not in the trash, counted with a plain DOM parse. */
    private static int postsAndPages(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var items = factory.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("item");
        int count = 0;
        for (int i = 0; i < items.getLength(); i++) {
            var item = (org.w3c.dom.Element) items.item(i);
            var types = item.getElementsByTagNameNS("*", "post_type");
            var statuses = item.getElementsByTagNameNS("*", "status");
            String type = types.getLength() == 0 ? "post" : types.item(0).getTextContent().strip();
            String status = statuses.getLength() == 0 ? "" : statuses.item(0).getTextContent().strip();
            boolean translated = List.of("post", "page", "wp_block", "wp_navigation").contains(type);
            if (translated && !status.equals("trash") && !status.equals("auto-draft")) count++;
        }
        return count;
    }

    @Test
    void theFixtureGoesThroughPseudoAndMergeWithItsBlocks(@TempDir Path dir) throws Exception {
        Path xliff = dir.resolve("xliff"), pseudo = dir.resolve("pseudo"), ko = dir.resolve("ko"), same = dir.resolve("same");
        Cli.Run export = Cli.run("export", "-o", xliff.toString(), FIXTURE.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals(List.of("about.ko.xlf", "code-in-a-block-post.ko.xlf", "post-16.ko.xlf"),
                written(xliff).stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(0, Cli.run("pseudo", "-o", pseudo.toString(), xliff.toString()).exitCode());
        Cli.Run validate = Cli.run("validate", pseudo.toString());
        assertEquals(0, validate.exitCode(), validate.out() + validate.err());
        Cli.Run merge = Cli.run("merge", "-o", ko.toString(), pseudo.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        JsonNode source = JSON.readTree(firstItemJson());
        JsonNode merged = JSON.readTree(ko.resolve("code-in-a-block-post.ko.json").toFile());
        String sourceRaw = source.at("/content/raw").asText(), mergedRaw = merged.at("/content/raw").asText();
        assertNotEquals(sourceRaw, mergedRaw, "translated");
        assertEquals(delimiters(sourceRaw), delimiters(mergedRaw), "the same block delimiters, in order");
        assertNotEquals(source.at("/title/raw").asText(), merged.at("/title/raw").asText());

        // identity: targets equal to their sources give back the item's raw fields
        assertEquals(0, Cli.run("export", "--copy-source", "-o", dir.resolve("copy").toString(), FIXTURE.toString()).exitCode());
        Cli.Run identity = Cli.run("merge", "--no-link-rewrite", "-o", same.toString(), dir.resolve("copy").toString());
        assertEquals(0, identity.exitCode(), identity.err());
        JsonNode kept = JSON.readTree(same.resolve("code-in-a-block-post.ko.json").toFile());
        assertEquals(sourceRaw, kept.at("/content/raw").asText());
        assertEquals(source.at("/excerpt/raw").asText(), kept.at("/excerpt/raw").asText());
    }

    /**
     * A password-protected item's translation is protected by the same password (QA: it was dropped, and a Korean post
     * published from it would have shown what the English post hides): the post JSON carries it as context=edit does,
     * and push makes a new translation with it (a setting copied on creation, never shown by --dry-run).
     */
    @Test
    void aProtectedPostsTranslationIsMadeWithTheSamePassword(@TempDir Path dir) throws Exception {
        String wxr = Files.readString(FIXTURE);
        String none = "<wp:post_password><![CDATA[]]></wp:post_password>";
        assertTrue(wxr.contains(none), "the fixture's first item has an empty password");
        Path protectedExport = dir.resolve("protected.xml");
        Files.writeString(protectedExport, wxr.replaceFirst(Pattern.quote(none), "<wp:post_password><![CDATA[hunter 2]]></wp:post_password>"));
        Path xliff = dir.resolve("xliff"), ko = dir.resolve("ko");
        assertEquals(0, Cli.run("export", "--copy-source", "-o", xliff.toString(), protectedExport.toString()).exitCode());
        Cli.Run merge = Cli.run("merge", "-o", ko.toString(), xliff.toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals("hunter 2", JSON.readTree(ko.resolve("code-in-a-block-post.ko.json").toFile()).path("password").asText());
        assertEquals("hunter 2", net.wpxliff.push.MergedPost.read(ko.resolve("code-in-a-block-post.ko.post.json"))
                .settings().path("password").asText());
        assertTrue(JSON.readTree(ko.resolve("about.ko.json").toFile()).path("password").isMissingNode(), "no password: none");
        assertTrue(net.wpxliff.push.MergedPost.read(ko.resolve("about.ko.post.json")).settings().path("password").isMissingNode());
    }

    private static String firstItemJson() throws Exception {
        List<String> json = new ArrayList<>();
        try (var in = Files.newInputStream(FIXTURE)) {
            net.wpxliff.input.WxrReader.read(FIXTURE, in, 1 << 20, item -> json.add(item.postJson()));
        }
        return json.get(0);
    }

    private static List<String> delimiters(String raw) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<!--\\s+/?wp:[a-z][a-z0-9_-]*(/[a-z][a-z0-9_-]*)?").matcher(raw);
        while (m.find()) found.add(m.group());
        return found;
    }
}
