package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.push.PushRecord;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.PulledTerms;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Category names and the site title and tagline pushed from a merged folder without its push record (deleted, merged
 * afresh, a site adopting wpxliff), against the real test sites: a first push to the Korean site as the site script
 * makes it replaces only what loses nothing (its default category's name, the English text, the English title marked
 * "(ko)", an empty tagline) and needs no flag; once the record is gone, an editor's Korean text there is refused, named,
 * and kept, the rest pushed; {@code --replace-unrecorded} replaces it and says so.
 */
class PushWithoutRecordCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEditorsTermNameIsKeptWithoutTheRecord(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of category names without the push record");
        String r = TestWordPress.uniqueSuffix();
        String riversSlug = "wpxliff-rivers-" + r, lakesSlug = "wpxliff-lakes-" + r;
        JsonNode koDefault = wp.getJson(wp.koRest("/wp/v2/categories/1?context=edit"));
        long rivers = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Rivers " + r + "','slug':'" + riversSlug
                + "','description':'About rivers.'}");
        long lakes = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Lakes " + r + "','slug':'" + lakesSlug + "'}");
        // on the Korean site before any push: the default category as WordPress names it in Korean, and a copy of the
        // English lakes category made there by hand, untranslated
        post(wp, wp.koRest("/wp/v2/categories/1"), "{\"name\":\"미분류\"}");
        long koLakes = wp.create(wp.koRest("/wp/v2/categories"), "{'name':'Lakes " + r + "','slug':'" + lakesSlug + "'}");
        try {
            Path auth = wp.writeAuthFile(dir);
            Path ko = dir.resolve("ko");
            Cli.expect(0, "pull", wp.base(), "--type", "categories", "-o", dir.resolve("in").toString(), "--auth-file",
                    auth.toString());
            PulledTerms.keepOnly(dir.resolve("in").resolve("terms-category.json"), r);
            Cli.expect(0, "export", "-o", dir.resolve("xliff").toString(), dir.resolve("in").toString());
            Cli.expect(0, "pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("xliff").toString());
            Cli.expect(0, "merge", "-o", ko.toString(), dir.resolve("pseudo").toString());

            Cli.Run first = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(first.out().contains("terms-category.ko.terms.json: updated (terms: 1 added, 2 updated"), first.out());
            assertFalse(first.err().contains("push record"), first.err());
            JsonNode koRivers = wp.getJson(wp.koRest("/wp/v2/categories?context=edit&slug=" + riversSlug)).get(0);
            String translated = koRivers.path("name").asText();
            assertTrue(translated.startsWith("⟦"), koRivers.toString());
            assertTrue(name(wp, 1).startsWith("⟦"), "WordPress's own default name replaced: " + name(wp, 1));
            assertTrue(name(wp, koLakes).startsWith("⟦"), "the untranslated English copy replaced: " + name(wp, koLakes));

            // the record is lost, and a Korean editor renames the rivers category there
            Files.delete(ko.resolve(PushRecord.FILE_NAME));
            long koRiversId = koRivers.path("id").asLong();
            String edited = "편집자의 강 " + r;
            post(wp, wp.koRest("/wp/v2/categories/" + koRiversId), "{\"name\":\"" + edited + "\"}");
            Cli.Run refused = Cli.expect(1, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(refused.err().contains("error: " + ko.resolve("terms-category.ko.terms.json") + ": 1 term(s) on "
                    + wp.koBase() + "/wp-json/ were found by their slug, not in the push record (made there before wpxliff"
                    + " pushed, or the record was lost), and hold text that is neither the translation, the English text"
                    + " nor WordPress's default: " + riversSlug + " (id " + koRiversId + ": name \"" + edited + "\"): pushing"
                    + " would replace it, and without the record an editor's text there cannot be told apart from a push's."
                    + " Restore the record (.wpxliff-push.json beside the merged files) if it was lost, or push with"
                    + " --replace-unrecorded to replace it; the other terms were pushed"), refused.err());
            assertEquals(edited, name(wp, koRiversId), "the editor's name kept");
            assertTrue(refused.out().contains("terms-category.ko.terms.json: unchanged (terms: 0 added, 0 updated, 2 as they"
                    + " were)"), "the others, already the translation, taken as they are: " + refused.out());

            Cli.Run dry = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--replace-unrecorded", "--dry-run");
            assertTrue(dry.err().contains("note: 1 term(s) on " + wp.koBase() + " were found by their slug, not in the push"
                    + " record (made there before wpxliff pushed, or the record was lost), and their name or description"
                    + " would be replaced by the translation: " + riversSlug + " (id " + koRiversId + ": name \"" + edited
                    + "\"); WordPress keeps no earlier version of a term."), dry.err());
            assertEquals(edited, name(wp, koRiversId), "a dry run changes nothing");
            Cli.Run replaced = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--replace-unrecorded");
            assertTrue(replaced.err().contains("their name or description was replaced by the translation: " + riversSlug),
                    replaced.err());
            assertEquals(translated, name(wp, koRiversId));
            Cli.Run again = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("terms-category.ko.terms.json: unchanged"), "recorded now: " + again.out());
        } finally {
            for (JsonNode term : wp.getJson(wp.koRest("/wp/v2/categories?slug=" + riversSlug))) {
                wp.send("DELETE", wp.koRest("/wp/v2/categories/" + term.path("id").asLong() + "?force=true"), null);
            }
            wp.send("DELETE", wp.koRest("/wp/v2/categories/" + koLakes + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/categories/" + rivers + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/categories/" + lakes + "?force=true"), null);
            post(wp, wp.koRest("/wp/v2/categories/1"), "{\"name\":" + koDefault.path("name") + ",\"description\":"
                    + koDefault.path("description") + "}");
        }
    }

    @Test
    void anAdministratorsTaglineIsKeptWithoutTheRecord(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of the site title and tagline without the push record");
        JsonNode english = wp.getJson(wp.rest("/wp/v2/settings"));
        JsonNode korean = wp.getJson(wp.koRest("/wp/v2/settings"));
        Path auth = wp.writeAuthFile(dir);
        try {
            // the Korean site as the site script makes it: the English title marked with its language, no tagline
            post(wp, wp.koRest("/wp/v2/settings"), JSON.writeValueAsString(JSON.createObjectNode()
                    .put("title", english.get("title").asText() + " (ko)").put("description", "")));
            Cli.expect(0, "pull", wp.base(), "--type", "settings", "-o", dir.resolve("in").toString(), "--auth-file",
                    auth.toString());
            Path settings = dir.resolve("in").resolve("settings.json");
            ObjectNode withTagline = (ObjectNode) JSON.readTree(settings.toFile());
            withTagline.put("description", "Rivers &amp; deltas, explained");
            Files.write(settings, JSON.writeValueAsBytes(withTagline));
            Path ko = dir.resolve("ko");
            Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString());
            Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", ko.toString());
            JsonNode body = JSON.readTree(ko.resolve("settings.ko.settings.json").toFile());

            Cli.Run first = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(first.out().contains("settings.ko.settings.json: updated (site title and tagline)"), first.out());
            assertEquals(body.get("title").asText(), wp.getJson(wp.koRest("/wp/v2/settings")).get("title").asText());

            // the record is lost, and an administrator writes a Korean tagline there
            Files.delete(ko.resolve(PushRecord.FILE_NAME));
            post(wp, wp.koRest("/wp/v2/settings"), "{\"description\":\"편집자의 태그라인\"}");
            Cli.Run refused = Cli.expect(1, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(refused.err().contains("error: " + ko.resolve("settings.ko.settings.json") + ": the site's tagline on "
                    + wp.koBase() + "/wp-json/ is not in the push record (made there before wpxliff pushed, or the record was"
                    + " lost) and neither the translation, the English text nor WordPress's default (tagline \"편집자의"
                    + " 태그라인\"): pushing would replace it, and without the record an administrator's change there cannot be"
                    + " told apart from a push's. Restore the record (.wpxliff-push.json beside the merged files) if it was"
                    + " lost, or push with --replace-unrecorded to replace it"), refused.err());
            assertEquals("편집자의 태그라인", wp.getJson(wp.koRest("/wp/v2/settings")).get("description").asText(), "kept");
            assertFalse(Files.exists(ko.resolve(PushRecord.FILE_NAME)) && Files.readString(ko.resolve(PushRecord.FILE_NAME))
                    .contains("site_settings"), "the tagline found there is not recorded as push's own");

            Cli.Run replaced = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--replace-unrecorded");
            assertTrue(replaced.err().contains("note: 1 site setting(s) on " + wp.koBase() + " were set there, not in the push"
                    + " record (made there before wpxliff pushed, or the record was lost), and they were replaced by the"
                    + " translation: tagline \"편집자의 태그라인\"; WordPress keeps no earlier version of them."), replaced.err());
            assertEquals(body.get("description").asText(), wp.getJson(wp.koRest("/wp/v2/settings")).get("description").asText());
            Cli.Run again = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("unchanged (site title and tagline)"), again.out());
        } finally {
            post(wp, wp.koRest("/wp/v2/settings"), JSON.writeValueAsString(JSON.createObjectNode()
                    .put("title", korean.get("title").asText()).put("description", korean.get("description").asText())));
        }
    }

    private static String name(TestWordPress.Site wp, long id) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/categories/" + id + "?context=edit")).path("name").asText();
    }

    private static void post(TestWordPress.Site wp, java.net.URI uri, String json) throws Exception {
        var answer = wp.send("POST", uri, json.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    }
}
