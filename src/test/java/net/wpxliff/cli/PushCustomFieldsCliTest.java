package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.SiteThemes;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static net.wpxliff.cli.PushCliTest.push;
import static net.wpxliff.cli.PushCliTest.resultId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translated custom field ({@code --config}'s {@code <custom-field action="translate">}) pushed to the real Korean
 * test site, where the field is registered for the REST API (a must-use plugin the test puts in place, and removes):
 * a new post gets it, a new translation of it updates the existing post, after which the post is unchanged, and a value
 * an editor changed there is not overwritten unless asked.
 */
class PushCustomFieldsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "meta", "tide-pools.edit.json");
    private static final Path CONFIG = Path.of("src", "test", "resources", "meta", "wpml-config.xml");

    @Test
    void aTranslatedCustomFieldReachesTheKoreanPostAndStaysAsPushed(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a translated custom field to the Korean test site");
        Path muPlugins = SiteThemes.mustUsePlugins();
        boolean madeFolder = !Files.isDirectory(muPlugins);
        Files.createDirectories(muPlugins);
        Path plugin = muPlugins.resolve("wpxliff-test-subtitle.php");
        Files.writeString(plugin, "<?php\n// wpxliff's PushCustomFieldsCliTest: a theme's custom field, shown in the REST API\n"
                + "add_action('init', function () { register_post_meta('post', 'subtitle', array('type' => 'string',"
                + " 'single' => true, 'show_in_rest' => true)); });\n");
        try {
            String slug = PushCliTest.uniqueSlug();
            ObjectNode post = (ObjectNode) JSON.readTree(FIXTURE.toFile());
            post.put("slug", slug);
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.write(in.resolve(slug + ".json"), JSON.writeValueAsBytes(post));
            Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString(), "--config", CONFIG.toString());
            Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
            Path merged = dir.resolve("ko");
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", merged.toString());
            Path body = merged.resolve(slug + ".ko.post.json");
            Path auth = wp.writeAuthFile(dir, wp.appPassword());

            long id = resultId(push(wp, merged, auth), "created");
            String subtitle = JSON.readTree(body.toFile()).path("meta").path("subtitle").asText();
            assertTrue(subtitle.startsWith("⟦"), subtitle);
            assertEquals(subtitle, koSubtitle(wp, id), "a new post gets the translated field");

            // a new translation of the field alone: the existing post is updated, then unchanged
            Path xliff = Files.list(dir.resolve("pseudo")).filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
            String text = Files.readString(xliff, StandardCharsets.UTF_8);
            int target = text.indexOf("⟦", text.indexOf("<target", text.indexOf("resname=\"meta/subtitle\"")));
            Files.writeString(xliff, text.substring(0, target + 1) + "새 " + text.substring(target + 1), StandardCharsets.UTF_8);
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", merged.toString());
            String retranslated = JSON.readTree(body.toFile()).path("meta").path("subtitle").asText();
            assertTrue(retranslated.startsWith("⟦새 "), retranslated);
            assertEquals(id, resultId(push(wp, merged, auth), "updated"));
            assertEquals(retranslated, koSubtitle(wp, id), "the existing post gets the new translation of the field");
            assertEquals(id, resultId(push(wp, merged, auth), "unchanged"), "and is unchanged afterwards");

            // an editor changes the field on the Korean site: not overwritten unless asked
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/posts/" + id), "{\"meta\":{\"subtitle\":\"편집자의 부제\"}}"
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            Cli.Run held = push(1, wp, merged, auth);
            assertTrue(held.err().contains("was edited there since wpxliff last pushed it (meta.subtitle changed)"), held.err());
            assertEquals("편집자의 부제", koSubtitle(wp, id));
            assertEquals(id, resultId(push(wp, merged, auth, "--overwrite-edits"), "updated"));
            assertEquals(retranslated, koSubtitle(wp, id), "overwritten when asked");
        } finally {
            Files.deleteIfExists(plugin);
            if (madeFolder) Files.deleteIfExists(muPlugins);
        }
    }

    private static String koSubtitle(TestWordPress.Site wp, long id) throws Exception {
        JsonNode post = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit"));
        return post.path("meta").path("subtitle").asText();
    }
}
