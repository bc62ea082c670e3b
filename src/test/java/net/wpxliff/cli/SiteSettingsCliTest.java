package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.push.MergedSettings;
import net.wpxliff.push.PushException;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.JsonTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site title and tagline ({@code GET /wp/v2/settings}, what {@code pull --type settings} writes): every Korean
 * page's header and {@code <title>} showed the English site's name. Export makes them units, merge writes the
 * settings back and the body push sends (those two strings and nothing else of the settings).
 */
class SiteSettingsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As WordPress 6.1 serves it to an administrator; WordPress stores the two strings HTML-escaped. */
    static final String SETTINGS = "{\"title\":\"Tom &amp; Jerry&#039;s Kitchen\",\"description\":\"Recipes and stories"
            + " from our kitchen. Since 1999.\",\"timezone\":\"\",\"date_format\":\"F j, Y\",\"time_format\":\"g:i a\","
            + "\"start_of_week\":1,\"language\":\"en_US\",\"use_smilies\":true,\"default_category\":1,"
            + "\"default_post_format\":\"0\",\"posts_per_page\":10,\"show_on_front\":\"posts\",\"page_on_front\":0,"
            + "\"page_for_posts\":0,\"default_ping_status\":\"open\",\"default_comment_status\":\"open\",\"site_logo\":null,"
            + "\"site_icon\":0}";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void theTitleAndTaglineAreUnitsAndComeBackAsTheSettingsBody(String format) throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.json"), SETTINGS);
        Path ko = Cli.pseudoRoundTrip(dir, settings, format, format);
        String xliff = Files.readString(only(dir.resolve(format + "-xliff")));
        assertTrue(xliff.contains("Tom &amp; Jerry's Kitchen"), xliff);
        assertTrue(xliff.contains("site title (every page's header and browser title)"), xliff);
        assertTrue(xliff.contains("Since 1999."), xliff);
        assertFalse(xliff.contains("F j, Y"), "no other setting is text to translate");

        JsonNode source = JSON.readTree(SETTINGS);
        JsonNode merged = JSON.readTree(ko.resolve("settings.ko.json").toFile());
        for (Iterator<String> names = source.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("title") || name.equals("description")) {
                assertTrue(merged.get(name).asText().startsWith("⟦"), merged.get(name).asText());
            } else {
                assertEquals(source.get(name), merged.get(name), name + " as in the source");
            }
        }
        assertEquals(source.size(), merged.size());
        JsonNode body = JSON.readTree(ko.resolve("settings.ko.settings.json").toFile());
        assertEquals(List.of("title", "description", "source_text"), JsonTrees.names(body),
                "those two, and the English text beside them (push never sends it)");
        assertEquals(source.get("title"), body.path("source_text").get("title"));
        assertEquals(source.get("description"), body.path("source_text").get("description"));
        assertEquals(Map.of("title", body.get("title").asText(), "description", body.get("description").asText()),
                MergedSettings.read(ko.resolve("settings.ko.settings.json")).values(), "what push sets: those two only");
        assertEquals(merged.get("title"), body.get("title"));
        assertEquals(merged.get("description"), body.get("description"));
        assertTrue(body.get("title").asText().contains(" &amp; "), "HTML text, as WordPress stores it: " + body);
    }

    @Test
    void untranslatedTheSettingsAreWrittenBackByteForByte() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.json"), SETTINGS);
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), settings.toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("x").toString());
        assertArrayEquals(SETTINGS.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("ko").resolve("settings.ko.json")));
    }

    @Test
    void aTitleChangedSinceExportIsSaidByMergeWithCurrent() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.json"), SETTINGS);
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), settings.toString());
        Path now = Files.createDirectories(dir.resolve("now"));
        Files.writeString(now.resolve("settings.json"), SETTINGS.replace("Kitchen", "Table"));
        Cli.Run merged = Cli.run("merge", "-o", dir.resolve("ko").toString(), "--current", now.toString(), dir.resolve("x").toString());
        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(merged.err().contains("site settings (settings) changed since the XLIFF was exported: title differs"),
                merged.err());
        assertTrue(merged.err().contains("or the merged settings publish a translation of the earlier text"), merged.err());
        Cli.Run strict = Cli.run("merge", "-o", dir.resolve("ko2").toString(), "--current", now.toString(), "--strict",
                dir.resolve("x").toString());
        assertEquals(1, strict.exitCode(), strict.err());
    }

    @Test
    void markupInATranslationStaysText() throws Exception {
        Path settings = Files.writeString(dir.resolve("settings.json"), SETTINGS);
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), settings.toString());
        Path xliff = only(dir.resolve("x"));
        String text = Files.readString(xliff);
        Matcher target = Pattern.compile("(<target[^>]*>(?:(?!</target>).)*?)Since 1999\\.", Pattern.DOTALL).matcher(text);
        assertTrue(target.find(), text);
        Files.writeString(xliff, text.substring(0, target.start()) + target.group(1)
                + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 1999" + text.substring(target.end()));
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), xliff.toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("settings.ko.settings.json").toFile());
        assertEquals("Recipes and stories from our kitchen. &lt;script&gt;alert(1)&lt;/script&gt; &amp; 1999",
                body.get("description").asText());
    }

    @Test
    void onlyTheSettingsObjectIsReadAsSettings() throws Exception {
        SourceDocument settings = read("{\"title\":\"Site\",\"description\":\"\",\"date_format\":\"F j, Y\"}");
        assertEquals(SourceDocument.Kind.WP_SETTINGS, settings.kind());
        assertEquals(List.of("title"), settings.fields().stream().map(f -> f.key()).toList(), "an empty tagline stays empty");
        assertEquals("settings", settings.name());
        // a post with a key settings have is still a post; a term's string description is no site tagline
        SourceDocument post = read("{\"id\":3,\"slug\":\"p\",\"title\":{\"rendered\":\"T\"},\"content\":{\"rendered\":\"<p>C</p>\"},"
                + "\"timezone\":\"UTC\"}");
        assertEquals(SourceDocument.Kind.WP_POST, post.kind());
        Path term = Files.writeString(dir.resolve("term.json"), "{\"id\":5,\"name\":\"News\",\"description\":\"All news\",\"taxonomy\":\"category\"}");
        assertThrows(net.wpxliff.input.InputException.class, () -> new DocumentReader().read(term));
    }

    @Test
    void pushTakesOnlyATitleAndTaglineBodyWithTheSettingsBesideIt() throws Exception {
        Path body = Files.writeString(dir.resolve("settings.ko.settings.json"), "{\"title\":\"사이트\",\"language\":\"ko_KR\"}");
        Files.writeString(dir.resolve("settings.ko.json"), SETTINGS);
        PushException other = assertThrows(PushException.class, () -> MergedSettings.read(body));
        assertTrue(other.getMessage().contains("\"language\" is not a string title or description"), other.getMessage());

        Files.writeString(body, "{\"title\":\"사이트\"}");
        MergedSettings read = MergedSettings.read(body);
        assertEquals("en_US", read.sourceLanguage());
        assertEquals("사이트", read.values().get("title"));
        Files.delete(dir.resolve("settings.ko.json"));
        PushException alone = assertThrows(PushException.class, () -> MergedSettings.read(body));
        assertTrue(alone.getMessage().contains("settings.ko.json is not beside it"), alone.getMessage());
    }

    private SourceDocument read(String json) throws Exception {
        List<SourceDocument> documents = new DocumentReader().read(Files.writeString(dir.resolve("in.json"), json));
        assertEquals(1, documents.size());
        return documents.get(0);
    }

    private static Path only(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }
}
