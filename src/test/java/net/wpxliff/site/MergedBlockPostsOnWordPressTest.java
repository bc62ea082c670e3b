package net.wpxliff.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.BlockTrees;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 8's check by hand, against the real WordPress: block posts of the English site, fetched as the editor's JSON
 * ({@code context=edit}), go through export → pseudo → merge, and each {@code .ko.post.json} merge writes is posted
 * as it is to the Korean site's REST API. Read back ({@code context=edit}), the post holds exactly the posted raw
 * title, content and excerpt, and its content has the English post's block tree but for the translated attribute
 * values. Created posts get a slug of this run and are deleted at the end.
 */
class MergedBlockPostsOnWordPressTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Posts of the block test data: nested columns, a table, and blocks whose attributes hold text (search: label,
     * buttonText, placeholder; read-more: content; post-navigation-link: label).
     */
    private static final List<String> SLUGS = List.of("columns", "table", "search", "read-more", "previous-post");

    @Test
    void mergedBlockPostsComeBackFromWordPressAsPostedWithTheirBlockTrees(@TempDir Path dir) throws Exception {
        SharedCorpus.assumeCorpus("publishing merged block posts (the English posts come from corpus/wxr)");
        TestWordPress.Site site = TestWordPress.site("publishing merged block posts to the Korean site");
        Path in = Files.createDirectories(dir.resolve("in")), xliff = dir.resolve("xliff"), pseudo = dir.resolve("pseudo"),
                ko = dir.resolve("ko");
        for (String slug : SLUGS) Files.write(in.resolve(slug + ".json"), englishPost(site, slug));

        Cli.Run export = Cli.run("export", "-o", xliff.toString(), in.toString());
        assertEquals(0, export.exitCode(), export.out() + export.err());
        Cli.Run pseudoRun = Cli.run("pseudo", "-o", pseudo.toString(), xliff.toString());
        assertEquals(0, pseudoRun.exitCode(), pseudoRun.out() + pseudoRun.err());
        Cli.Run merge = Cli.run("merge", "-o", ko.toString(), pseudo.toString());
        assertEquals(0, merge.exitCode(), merge.out() + merge.err());

        String run = "wpxliff-wpci-" + UUID.randomUUID().toString().substring(0, 8);
        List<URI> created = new ArrayList<>();
        int translatedAttributes = 0;
        try {
            for (String slug : SLUGS) {
                ObjectNode body = (ObjectNode) JSON.readTree(ko.resolve(slug + ".ko.post.json").toFile());
                body.put("slug", run + "-" + slug); // never the slug of a post someone else made on the shared site
                HttpResponse<byte[]> posted = site.send("POST", site.koRest("/wp/v2/posts"), JSON.writeValueAsBytes(body));
                assertEquals(201, posted.statusCode(), slug + ": POST " + posted.uri() + " answered " + text(posted));
                long id = JSON.readTree(posted.body()).path("id").asLong();
                URI post = site.koRest("/wp/v2/posts/" + id);
                created.add(post);

                HttpResponse<byte[]> back = site.send("GET", URI.create(post + "?context=edit"), null);
                assertEquals(200, back.statusCode(), slug + ": GET " + back.uri() + " answered " + text(back));
                JsonNode korean = JSON.readTree(back.body());
                String where = slug + " (Korean post " + post + ")";
                assertEquals(body.path("title").textValue(), korean.at("/title/raw").textValue(), where + ": raw title");
                assertEquals(body.path("content").textValue(), korean.at("/content/raw").textValue(), where + ": raw content");
                assertEquals(body.has("excerpt") ? body.path("excerpt").textValue() : "", korean.at("/excerpt/raw").textValue(),
                        where + ": raw excerpt (empty: WordPress generates it)");
                assertEquals("draft", korean.path("status").textValue(), where + ": merge's body asks for a draft");

                String english = JSON.readTree(in.resolve(slug + ".json").toFile()).at("/content/raw").textValue();
                Set<String> keys = BlockTrees.translatedAttributes(Exports.exportOne(in.resolve(slug + ".json")).extraction());
                translatedAttributes += keys.size();
                assertNotEquals(english, korean.at("/content/raw").textValue(), where + ": content is translated");
                assertEquals(BlockTrees.of(english, keys, "content"), BlockTrees.of(korean.at("/content/raw").textValue(), keys, "content"),
                        where + ": block names, nesting and attributes but the translated ones");
            }
        } finally {
            for (URI post : created) {
                HttpResponse<byte[]> deleted = site.send("DELETE", URI.create(post + "?force=true"), null);
                if (deleted.statusCode() != 200) System.err.println("[wpxliff tests] could not delete " + post + ": " + text(deleted));
            }
        }
        assertTrue(translatedAttributes >= 3, "search, read-more and previous-post have text attributes: " + translatedAttributes);
    }

    /** The English post by slug, its bytes exactly as WordPress serves {@code /wp/v2/posts/ID?context=edit}. */
    private static byte[] englishPost(TestWordPress.Site site, String slug) throws Exception {
        HttpResponse<byte[]> found = site.send("GET", site.rest("/wp/v2/posts?context=edit&_fields=id&slug=" + slug), null);
        assertEquals(200, found.statusCode(), "GET " + found.uri() + " answered " + text(found));
        JsonNode list = JSON.readTree(found.body());
        if (list.size() != 1) {
            fail("the English site has " + list.size() + " posts with slug " + slug + " (" + found.uri() + "); start it with "
                    + "--wxr " + TestWordPress.WXR.get(0) + " --wxr " + TestWordPress.WXR.get(1));
        }
        HttpResponse<byte[]> post = site.send("GET", site.rest("/wp/v2/posts/" + list.get(0).path("id").asLong() + "?context=edit"), null);
        assertEquals(200, post.statusCode(), "GET " + post.uri() + " answered " + text(post));
        assertFalse(JSON.readTree(post.body()).at("/content/raw").isMissingNode(), post.uri() + ": no content.raw");
        return post.body();
    }

    private static String text(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return response.statusCode() + ": " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
}
