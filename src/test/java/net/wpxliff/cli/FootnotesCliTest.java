package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.JsonTrees;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Footnotes (WordPress 6.3's Footnotes block): their texts live in the post meta {@code footnotes}, a JSON text, not
 * in the content, so the Korean page listed English footnotes. Each text is a unit; merge writes the JSON back with
 * only the texts changed, in the post JSON and in the body push sends, and fills the rendered list.
 */
class FootnotesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "footnotes", "deltas.edit.json");
    private static final String FIRST = "aa484441-9ea2-470c-a0a3-218ede0c6b05";
    private static final String SECOND = "f51b5ea0-388d-4673-ae03-1fc47853970f";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void eachFootnoteIsAUnitAndComesBackInTheMetaTheBodyAndTheRenderedList(String format) throws Exception {
        Path ko = Cli.pseudoRoundTrip(dir, FIXTURE, format, format);
        String xliff = Files.readString(dir.resolve(format + "-xliff").resolve("deltas.ko.xlf"));
        assertTrue(xliff.contains("footnotes/" + FIRST), "keyed by the footnote's id: " + xliff);
        assertTrue(xliff.contains("footnote of the post (listed where its Footnotes block is)"), xliff);
        assertTrue(xliff.contains("About a metre a year."), xliff);

        JsonNode source = JSON.readTree(FIXTURE.toFile());
        JsonNode merged = JSON.readTree(ko.resolve("deltas.ko.json").toFile());
        JsonNode notes = JSON.readTree(merged.path("meta").path("footnotes").asText());
        JsonNode before = JSON.readTree(source.path("meta").path("footnotes").asText());
        assertEquals(2, notes.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(before.get(i).get("id"), notes.get(i).get("id"), "ids and order as in the source");
            assertTrue(notes.get(i).get("content").asText().startsWith("⟦"), notes.toString());
        }
        assertTrue(notes.get(0).get("content").asText().contains("<em>"), "its markup kept: " + notes);

        JsonNode body = JSON.readTree(ko.resolve("deltas.ko.post.json").toFile());
        assertEquals(merged.path("meta").path("footnotes"), body.path("meta").path("footnotes"), "push sends them");
        assertEquals(List.of("footnotes"), JsonTrees.names(body.path("meta")));
        assertTrue(body.path("content").asText().contains("<sup data-fn=\"" + FIRST + "\" class=\"fn\">"),
                "the references stay as they are");

        // the rendered list (what the .html shows) is translated too; its back links ("↩︎") are kept
        String html = Files.readString(ko.resolve("deltas.ko.html"));
        String list = html.substring(html.indexOf("<ol class=\"wp-block-footnotes\">"));
        assertFalse(list.contains("About a metre a year."), list);
        assertTrue(list.contains(".⟧ <a href=\"#" + SECOND + "-link\""), list);
    }

    @Test
    void untranslatedTheFootnotesAreWrittenBackAsTheyWere() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("x").toString());
        String source = Files.readString(FIXTURE);
        String merged = Files.readString(dir.resolve("ko").resolve("deltas.ko.json"));
        assertEquals(metaString(source), metaString(merged), "byte for byte");
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("deltas.ko.post.json").toFile());
        assertEquals(JSON.readTree(source).path("meta").path("footnotes"), body.path("meta").path("footnotes"),
                "a new Korean post needs them even untranslated: its references point into them");
    }

    @Test
    void aTranslationThatLooksLikeJsonOrMarkupStaysText() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Path xliff = dir.resolve("x").resolve("deltas.ko.xlf");
        String text = Files.readString(xliff);
        Matcher target = Pattern.compile("(<target[^>]*>(?:(?!</target>).)*?)About a metre a year\\.", Pattern.DOTALL).matcher(text);
        assertTrue(target.find(), text);
        String hostile = "1년에 약 1m\"}],\"x\":[{\"id\":\"\\ &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";
        Files.writeString(xliff, text.substring(0, target.start()) + target.group(1) + hostile + text.substring(target.end()));
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), xliff.toString());
        JsonNode notes = JSON.readTree(JSON.readTree(dir.resolve("ko").resolve("deltas.ko.json").toFile())
                .path("meta").path("footnotes").asText());
        assertEquals(2, notes.size(), "still two footnotes: " + notes);
        assertEquals(List.of("content", "id"), JsonTrees.names(notes.get(1)));
        assertEquals("1년에 약 1m\"}],\"x\":[{\"id\":\"\\ &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;",
                notes.get(1).get("content").asText(), "HTML text, escaped");
    }

    @Test
    void thePublicFormHasThemInItsContentAlready() throws Exception {
        ObjectNode post = (ObjectNode) JSON.readTree(FIXTURE.toFile());
        for (String field : new String[]{"title", "content", "excerpt", "guid"}) ((ObjectNode) post.get(field)).remove("raw");
        Path rendered = Files.write(dir.resolve("deltas.json"), JSON.writeValueAsBytes(post));
        Cli.ok("export", "-o", dir.resolve("x").toString(), rendered.toString());
        String xliff = Files.readString(dir.resolve("x").resolve("deltas.ko.xlf"));
        assertFalse(xliff.contains("footnotes/"), "no unit of the meta");
        assertEquals(1, count(xliff, "<source>About a metre a year. <"), "once, from the rendered list: " + xliff);
    }

    @Test
    void footnotesThatAreNotWordPressesJsonAreLeftAlone() throws Exception {
        ObjectNode post = (ObjectNode) JSON.readTree(FIXTURE.toFile());
        ((ObjectNode) post.get("meta")).put("footnotes", "[{\"id\":\"a\",\"content\":\"Cut off");
        Path broken = Files.write(dir.resolve("deltas.edit.json"), JSON.writeValueAsBytes(post));
        Path ko = Cli.pseudoRoundTrip(dir, broken, "xliff12", "broken");
        assertFalse(Files.readString(dir.resolve("broken-xliff").resolve("deltas.ko.xlf")).contains("footnotes/"));
        assertEquals("[{\"id\":\"a\",\"content\":\"Cut off", JSON.readTree(ko.resolve("deltas.ko.json").toFile())
                .path("meta").path("footnotes").asText(), "as it was");
    }

    @Test
    void anExportFilesFootnotesAreUnitsToo() throws Exception {
        String wxr = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel><wp:wxr_version>1.2</wp:wxr_version>
                <item><title><![CDATA[Deltas]]></title><link>https://site.example/deltas/</link>
                <content:encoded><![CDATA[<!-- wp:paragraph -->
                <p>Deltas grow<sup data-fn="n1" class="fn"><a href="#n1" id="n1-link">1</a></sup>.</p>
                <!-- /wp:paragraph -->

                <!-- wp:footnotes /-->]]></content:encoded>
                <wp:post_id>75</wp:post_id><wp:post_name><![CDATA[deltas]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>
                <wp:post_type><![CDATA[post]]></wp:post_type>
                <wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key><wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>
                <wp:postmeta><wp:meta_key><![CDATA[footnotes]]></wp:meta_key><wp:meta_value><![CDATA[[{"id":"n1","content":"About a metre a year."}]]]></wp:meta_value></wp:postmeta>
                </item></channel></rss>
                """;
        Path file = Files.writeString(dir.resolve("site.xml"), wxr, StandardCharsets.UTF_8);
        Path ko = Cli.pseudoRoundTrip(dir, file, "xliff12", "wxr");
        assertTrue(Files.readString(dir.resolve("wxr-xliff").resolve("deltas.ko.xlf")).contains("<source>About a metre a year.</source>"));
        JsonNode body = JSON.readTree(ko.resolve("deltas.ko.post.json").toFile());
        JsonNode notes = JSON.readTree(body.path("meta").path("footnotes").asText());
        assertEquals("n1", notes.get(0).get("id").asText());
        assertTrue(notes.get(0).get("content").asText().startsWith("⟦"), notes.toString());
    }

    @Test
    void theBlockTestDatasFootnotesAreUnits() throws Exception {
        SharedCorpus.assumeCorpus("the block test data's footnotes");
        Path wxr = SharedCorpus.ROOT.resolve("wxr").resolve("64-block-test-data.xml");
        Cli.ok("export", "-o", dir.resolve("x").toString(), wxr.toString());
        String xliff = Files.readString(dir.resolve("x").resolve("footnotes.ko.xlf"));
        assertTrue(xliff.contains("<source>A note</source>") && xliff.contains("<source>Another note</source>"), xliff);
    }

    private static String metaString(String postJson) {
        int at = postJson.indexOf("\"footnotes\":");
        int end = postJson.indexOf("]\"", at);
        return postJson.substring(at, end + 2);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
