package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static net.wpxliff.cli.PushCliTest.push;
import static net.wpxliff.cli.PushCliTest.resultId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post whose slug changed on the English test site after it was translated: pull moves its file to the new name
 * (the old one would be exported and pushed again, and the last push wins), and push, finding the old merged files
 * beside the new ones in the merged folder, publishes the translation of the newest version and names the older.
 */
class PullRenamedSlugCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRenamedPostMovesToItsNewNameAndOnlyItsNewestTranslationIsPushed(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("pull and push after a slug changed on the English test site");
        String slug = "wpxliff-renamed-" + TestWordPress.uniqueSuffix();
        long id = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Before the rename','slug':'" + slug + "','status':'draft',"
                + "'content':'<!-- wp:paragraph -->\\n<p>A river carries sand to the sea.</p>\\n<!-- /wp:paragraph -->'}");
        Path auth = wp.writeAuthFile(dir);
        Path in = dir.resolve("in"), ko = dir.resolve("ko");
        roundTrip(wp, id, auth, dir, "1");
        long korean = resultId(push(wp, ko, auth), "created");

        // renamed on the English site, its title changed (a second later at least: modified_gmt counts seconds, and two
        // translations of versions saved in the same second are the same version to push, which refuses both)
        Thread.sleep(1100);
        String renamed = slug + "-renamed";
        HttpResponse<byte[]> answer = wp.send("POST", wp.rest("/wp/v2/posts/" + id), JSON.writeValueAsBytes(
                JSON.createObjectNode().put("slug", renamed).put("title", "After the rename")));
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        Cli.Run pulled = roundTrip(wp, id, auth, dir, "2");
        assertTrue(pulled.out().contains("renamed: " + in.resolve(slug + ".json") + " -> " + in.resolve(renamed + ".json")
                + " (post " + id + ": its slug changed on the site"), pulled.out());
        assertFalse(Files.exists(in.resolve(slug + ".json")), "the older file is gone");
        assertTrue(Files.exists(ko.resolve(slug + ".ko.post.json")), "the merged folder still holds the old translation");

        // push takes the translation of the newest version, whatever order the files come in, and names the other
        Cli.Run pushed = push(wp, ko, auth);
        assertTrue(pushed.err().contains("warning: " + ko.resolve(slug + ".ko.post.json") + ": left out: an older translation"
                + " of post " + id + " of "), pushed.err());
        assertEquals(korean, resultId(pushed, "updated"));
        JsonNode body = JSON.readTree(ko.resolve(renamed + ".ko.post.json").toFile());
        JsonNode there = wp.getJson(wp.koRest("/wp/v2/posts/" + korean + "?context=edit"));
        assertEquals(body.path("title").asText(), there.path("title").path("raw").asText(), "the newest translation");
        assertEquals(slug, there.path("slug").asText(), "an update leaves the Korean post its own slug (README)");
    }

    /** pull the post (raw fields) into DIR/in, export, pseudo-translate and merge into DIR/ko; the pull's run. */
    private static Cli.Run roundTrip(TestWordPress.Site wp, long id, Path auth, Path dir, String round) throws Exception {
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--id", Long.toString(id), "--status", "draft", "-o",
                dir.resolve("in").toString(), "--auth-file", auth.toString());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff" + round).toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff" + round).toString(), "-o", dir.resolve("pseudo" + round).toString());
        Cli.expect(0, "merge", dir.resolve("pseudo" + round).toString(), "-o", dir.resolve("ko").toString());
        return pulled;
    }
}
