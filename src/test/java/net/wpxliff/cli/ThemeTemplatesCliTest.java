package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A block theme's template part or template changed on the site (a footer with the site's own text, a 404 page's
 * message): pulled with --type template-parts or templates, translated as a post with raw fields, and saved on the
 * Korean site by its id, where its pages show it. The fixture is what pull writes for the test site's changed footer.
 */
class ThemeTemplatesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "template-parts", "template-part-footer.json");
    private static final String FOOTER = "<!-- wp:group {\"layout\":{\"type\":\"constrained\"}} -->\n<div class=\"wp-block-group\">"
            + "<!-- wp:paragraph {\"align\":\"center\"} -->\n<p class=\"has-text-align-center\">Rivers &amp; Co. All rights"
            + " reserved.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:site-title /--></div>\n<!-- /wp:group -->";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void aChangedFooterIsTranslatedAndMergedAsATemplatePartBody(String format) throws Exception {
        Path ko = Cli.pseudoRoundTrip(dir, FIXTURE, format, format);
        String xliff = Files.readString(dir.resolve(format + "-xliff").resolve("template-part-footer.ko.xlf"));
        assertTrue(xliff.contains("Rivers &amp; Co."), xliff);
        assertFalse(xliff.contains(">Footer<"), "its title names it in the site editor only: no unit");
        assertTrue(Files.isRegularFile(ko.resolve("template-part-footer.ko.template-part.json")), "named apart from a post");
        assertFalse(Files.exists(ko.resolve("template-part-footer.ko.post.json")), "never pushed as a new post");
        JsonNode merged = JSON.readTree(ko.resolve("template-part-footer.ko.json").toFile());
        assertEquals("twentytwentythree//footer", merged.path("translation_of").asText());
        JsonNode body = JSON.readTree(ko.resolve("template-part-footer.ko.template-part.json").toFile());
        assertTrue(body.path("content").asText().contains("<p class=\"has-text-align-center\">⟦"), body.toString());
        assertTrue(body.path("content").asText().contains("<!-- wp:site-title /-->"), "blocks as they were");
    }

    @Test
    void aChangedTemplateIsNamedAndMergedAsATemplateBody() throws Exception {
        String template = Files.readString(FIXTURE).replace("\"wp_template_part\"", "\"wp_template\"")
                .replace("twentytwentythree//footer", "twentytwentythree//404").replace("\"slug\":\"footer\"", "\"slug\":\"404\"");
        Path file = Files.writeString(dir.resolve("template-404.json"), template);
        Path ko = Cli.pseudoRoundTrip(dir, file, "xliff12", "template");
        assertTrue(Files.isRegularFile(ko.resolve("template-404.ko.template.json")), "named apart from a post");
        assertFalse(Files.exists(ko.resolve("template-404.ko.template-part.json")));
        assertEquals("twentytwentythree//404", JSON.readTree(ko.resolve("template-404.ko.json").toFile())
                .path("translation_of").asText());
    }

    @Test
    void theKoreanSiteShowsTheTranslatedFooter() throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a changed template part to the Korean test site");
        String route = "/wp/v2/template-parts/twentytwentythree//footer";
        String notFound = "/wp/v2/templates/twentytwentythree//404";
        byte[] footer = JSON.writeValueAsBytes(JSON.createObjectNode().put("content", FOOTER));
        assertEquals(200, wp.send("POST", wp.rest(route), footer).statusCode(), "the English site's footer, changed");
        assertEquals(200, wp.send("POST", wp.rest(notFound), JSON.writeValueAsBytes(JSON.createObjectNode().put("content",
                "<!-- wp:paragraph -->\n<p>Nothing here. Try the search.</p>\n<!-- /wp:paragraph -->"))).statusCode());
        try {
            Path auth = wp.writeAuthFile(dir);
            Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--type", "template-parts,templates", "-o", dir.resolve("in").toString(),
                    "--auth-file", auth.toString());
            assertTrue(pulled.out().contains("pulled the template part template-part-footer.json"), pulled.out());
            assertTrue(pulled.out().contains("pulled the template template-404.json"), pulled.out());
            Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString());
            Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
            String translated = JSON.readTree(dir.resolve("ko").resolve("template-part-footer.ko.template-part.json").toFile())
                    .path("content").asText();

            Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(pushed.out().contains("template-part-footer.ko.template-part.json: updated (template part"
                    + " twentytwentythree//footer)"), pushed.out());
            JsonNode korean = wp.getJson(wp.koRest(route + "?context=edit"));
            assertEquals("custom", korean.path("source").asText());
            assertEquals(translated, korean.path("content").path("raw").asText());
            String page = new String(wp.send("GET", java.net.URI.create(wp.koBase() + "/"), null).body(), StandardCharsets.UTF_8);
            String paragraph = translated.substring(translated.indexOf("⟦"), translated.indexOf("</p>"));
            assertTrue(page.contains(paragraph), "every Korean page shows it: " + paragraph);
            assertTrue(pushed.out().contains("template-404.ko.template.json: updated (template twentytwentythree//404)"),
                    pushed.out());
            String missing = new String(wp.send("GET", java.net.URI.create(wp.koBase() + "/no-such-page-" + System.nanoTime() + "/"),
                    null).body(), StandardCharsets.UTF_8);
            String message = JSON.readTree(dir.resolve("ko").resolve("template-404.ko.template.json").toFile()).path("content")
                    .asText();
            message = message.substring(message.indexOf("⟦"), message.indexOf("</p>"));
            assertTrue(missing.contains(message), "the Korean 404 page shows its translated message: " + message);

            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("unchanged (template part twentytwentythree//footer)"), again.out());

            // a Korean editor changes the footer in the site editor: pushing again would undo it, so it is not pushed
            String edited = "<!-- wp:paragraph -->\n<p>편집자의 바닥글</p>\n<!-- /wp:paragraph -->";
            assertEquals(200, wp.send("POST", wp.koRest(route), JSON.writeValueAsBytes(JSON.createObjectNode().put("content",
                    edited))).statusCode());
            Cli.Run held = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(held.err().contains("template-part-footer.ko.template-part.json: the template part twentytwentythree//footer"
                    + " on " + wp.koBase() + "/wp-json/ was edited there (in the site editor) since wpxliff last pushed it"), held.err());
            assertTrue(held.out().contains("unchanged (template twentytwentythree//404)"), "the others go on: " + held.out());
            assertEquals(edited, wp.getJson(wp.koRest(route + "?context=edit")).path("content").path("raw").asText());
            Cli.Run overwritten = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--overwrite-edits");
            assertEquals(translated, wp.getJson(wp.koRest(route + "?context=edit")).path("content").path("raw").asText(),
                    "overwritten when asked");
            assertTrue(overwritten.err().contains("note: --overwrite-edits: 1 template(s) or part(s) on " + wp.koBase()
                    + " had content (in the site editor) editors changed there since wpxliff last pushed them, which the"
                    + " translation replaced: template-part-footer.ko.template-part.json (twentytwentythree//footer); their"
                    + " revisions on the site keep the edited content"), overwritten.err());

            // QA: merged again into a folder without the record, an editor's footer there was replaced without a word
            assertEquals(200, wp.send("POST", wp.koRest(route), JSON.writeValueAsBytes(JSON.createObjectNode().put("content",
                    edited))).statusCode());
            Path unrecorded = Files.createDirectories(dir.resolve("no-record"));
            for (String file : new String[]{"template-part-footer.ko.template-part.json", "template-part-footer.ko.json"}) {
                Files.copy(dir.resolve("ko").resolve(file), unrecorded.resolve(file));
            }
            Cli.Run refused = Cli.expect(1, "push", unrecorded.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(refused.err().contains("the template part twentytwentythree//footer on " + wp.koBase() + "/wp-json/ was"
                    + " saved there (post "), refused.err());
            assertTrue(refused.err().contains("the push record does not know it"), refused.err());
            assertEquals(edited, wp.getJson(wp.koRest(route + "?context=edit")).path("content").path("raw").asText());
            Cli.Run replaced = Cli.expect(0, "push", unrecorded.toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--replace-unrecorded");
            assertTrue(replaced.err().contains("note: 1 template(s) or part(s) on " + wp.koBase() + " were saved there, not in"
                    + " the push record (made there before wpxliff pushed, or the record was lost), and their content was"
                    + " replaced by the translation: template-part-footer.ko.template-part.json (twentytwentythree//footer)"),
                    replaced.err());
            assertEquals(translated, wp.getJson(wp.koRest(route + "?context=edit")).path("content").path("raw").asText(),
                    "replaced when asked");

            // the site it came from (one WordPress for both languages): never replaced there
            Cli.Run home = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.base(), "--auth-file", auth.toString());
            assertTrue(home.err().contains("is the site the template part twentytwentythree//footer comes from"), home.err());
            assertEquals(FOOTER, wp.getJson(wp.rest(route + "?context=edit")).path("content").path("raw").asText());
        } finally {
            for (String changed : new String[]{route, notFound}) { // back to the theme's own
                wp.send("DELETE", wp.rest(changed + "?force=true"), null);
                wp.send("DELETE", wp.koRest(changed + "?force=true"), null);
            }
        }
    }

}
