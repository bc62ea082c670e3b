package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pull --type settings → export → pseudo → merge → push between the real test sites: the Korean site gets the
 * translated title and tagline; pushing again changes nothing; the English site (same language as the source) is
 * refused and keeps its title. The Korean site's settings are put back afterwards.
 */
class PushSettingsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKoreanSiteGetsTheTranslatedTitleAndTagline(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of the site title and tagline to the Korean test site");
        JsonNode english = wp.getJson(wp.rest("/wp/v2/settings"));
        JsonNode korean = wp.getJson(wp.koRest("/wp/v2/settings"));
        Path auth = wp.writeAuthFile(dir);
        try {
            // a known start, whatever an earlier push left there: a new Korean site's, as the site script makes it (the
            // English title marked with the language, no tagline), which a first push, without a record, may replace
            wp.send("POST", wp.koRest("/wp/v2/settings"), JSON.writeValueAsBytes(JSON.createObjectNode()
                    .put("title", english.get("title").asText() + " (ko)").put("description", "")));
            JsonNode before = wp.getJson(wp.koRest("/wp/v2/settings"));
            Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--type", "settings", "-o", dir.resolve("in").toString(),
                    "--auth-file", auth.toString());
            assertTrue(pulled.out().contains("pulled the site settings (title and tagline) from " + wp.base()), pulled.out());
            Path settings = dir.resolve("in").resolve("settings.json");
            assertEquals(english, JSON.readTree(settings.toFile()), "as served");
            // the test site has no tagline: the English one as an editor would type it (WordPress stores it escaped)
            ObjectNode withTagline = (ObjectNode) JSON.readTree(settings.toFile());
            withTagline.put("description", "Rivers &amp; deltas, explained");
            Files.write(settings, JSON.writeValueAsBytes(withTagline));

            Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString());
            Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
            JsonNode body = JSON.readTree(dir.resolve("ko").resolve("settings.ko.settings.json").toFile());

            Cli.Run dry = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
            assertTrue(dry.out().contains("would update: POST " + wp.koBase() + "/wp-json/wp/v2/settings (title, description)"), dry.out());
            assertEquals(before, wp.getJson(wp.koRest("/wp/v2/settings")), "a dry run changes nothing");

            Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(pushed.out().contains("settings.ko.settings.json: updated (site title and tagline)"), pushed.out());
            JsonNode now = wp.getJson(wp.koRest("/wp/v2/settings"));
            assertEquals(body.get("title").asText(), now.get("title").asText());
            assertEquals(body.get("description").asText(), now.get("description").asText());
            assertTrue(now.get("title").asText().startsWith("⟦"), now.toString());
            assertEquals(korean.get("language"), now.get("language"), "nothing else of the settings changes");
            assertEquals(korean.get("date_format"), now.get("date_format"));
            // the Korean front page shows it (its <title> and header)
            String page = new String(wp.send("GET", java.net.URI.create(wp.koBase() + "/"), null).body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(page.contains(now.get("title").asText()), "the Korean site's pages show the translated title");

            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("unchanged (site title and tagline)"), again.out());

            // an administrator rewrites the Korean tagline: pushing again would undo it, so it is not pushed
            wp.send("POST", wp.koRest("/wp/v2/settings"), JSON.writeValueAsBytes(JSON.createObjectNode().put("description",
                    "편집자의 태그라인")));
            Cli.Run held = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(held.err().contains("settings.ko.settings.json: the site's tagline on " + wp.koBase() + "/wp-json/ was"
                    + " changed there (Settings → General) since wpxliff last pushed it"), held.err());
            assertEquals("편집자의 태그라인", wp.getJson(wp.koRest("/wp/v2/settings")).get("description").asText());
            Cli.Run overwritten = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--overwrite-edits");
            assertEquals(body.get("description").asText(), wp.getJson(wp.koRest("/wp/v2/settings")).get("description").asText(),
                    "overwritten when asked");
            assertTrue(overwritten.err().contains("note: --overwrite-edits: 1 site title(s) and tagline(s) on " + wp.koBase()
                    + " had text editors changed there since wpxliff last pushed them, which the translation replaced:"
                    + " settings.ko.settings.json (tagline); WordPress keeps no earlier version of them"), overwritten.err());

            // the English site has the source's language: refused, its title kept
            Cli.Run refused = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.base(), "--auth-file", auth.toString());
            assertTrue(refused.err().contains("is a site in en_US, the source site's language"), refused.err());
            assertEquals(english, wp.getJson(wp.rest("/wp/v2/settings")));
        } finally {
            ObjectNode restore = JSON.createObjectNode().put("title", korean.get("title").asText())
                    .put("description", korean.get("description").asText());
            wp.send("POST", wp.koRest("/wp/v2/settings"), JSON.writeValueAsBytes(restore));
        }
    }

    /** An editor may translate posts but not the settings: pull and push say that an administrator's password is needed. */
    @Test
    void anEditorIsToldTheSettingsAreAnAdministrators(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("pull and push of the site settings as an editor");
        String r = TestWordPress.uniqueSuffix();
        long editor = wp.create(wp.rest("/wp/v2/users"), "{'username':'editor" + r + "','email':'editor" + r
                + "@example.invalid','password':'" + r + r + "','roles':['editor']}");
        HttpResponse<byte[]> made = wp.send("POST", wp.rest("/wp/v2/users/" + editor + "/application-passwords"),
                "{\"name\":\"wpxliff test\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, made.statusCode(), new String(made.body(), StandardCharsets.UTF_8));
        Path auth = TestWordPress.authFile(dir.resolve("editor-auth"), "editor" + r,
                JSON.readTree(made.body()).path("password").asText());

        Cli.Run pulled = Cli.expect(1, "pull", wp.base(), "--type", "settings", "-o", dir.resolve("in").toString(),
                "--auth-file", auth.toString());
        assertTrue(pulled.err().contains("HTTP 403 rest_forbidden: this user is not an administrator, and the site title and"
                + " tagline are an administrator's (manage_options): pull them with"), pulled.err());
        assertFalse(Files.exists(dir.resolve("in").resolve("settings.json")));

        Path ko = Files.createDirectories(dir.resolve("ko"));
        Files.writeString(ko.resolve("settings.ko.json"), SiteSettingsCliTest.SETTINGS);
        Files.writeString(ko.resolve("settings.ko.settings.json"), "{\"title\":\"사이트\"}");
        Cli.Run pushed = Cli.expect(1, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
        assertTrue(pushed.err().contains("this user is not an administrator, and the site title and tagline are an"
                + " administrator's (manage_options): push them with"), pushed.err());
    }

    /** A file named settings.json that holds a post (a post whose slug is "settings") is never replaced. */
    @Test
    void aPostNamedSettingsKeepsItsFile(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("pull of the site settings beside a post named settings");
        Path in = Files.createDirectories(dir.resolve("in"));
        String post = "{\"id\":7,\"slug\":\"settings\",\"type\":\"page\",\"title\":{\"rendered\":\"Settings\"},"
                + "\"content\":{\"rendered\":\"<p>How to set it up.</p>\"}}";
        Files.writeString(in.resolve("settings.json"), post);
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--type", "settings", "-o", in.toString(), "--auth-file",
                wp.writeAuthFile(dir).toString());
        assertTrue(pulled.out().contains("new -> " + in.resolve("settings-2.json")), pulled.out());
        assertEquals(post, Files.readString(in.resolve("settings.json")));
        assertEquals(wp.getJson(wp.rest("/wp/v2/settings")), JSON.readTree(in.resolve("settings-2.json").toFile()));
    }

}
