package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.push.MergedWidgets;
import net.wpxliff.push.PushException;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A classic theme's sidebar widgets as pull writes them ({@code widgets.json}): a block widget's blocks, a Text
 * widget's title and text, a Custom HTML widget's title and HTML and other widgets' titles are units; merge writes the
 * widgets file and the body push sends, with the source's settings beside changed ones.
 */
class WidgetsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "widgets", "widgets.json");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void widgetTextsAreUnitsAndComeBackInTheBody(String format) throws Exception {
        Path ko = Cli.pseudoRoundTrip(dir, FIXTURE, format, format);
        String xliff = Files.readString(dir.resolve(format + "-xliff").resolve("widgets.ko.xlf"));
        for (String unit : List.of("widget/text-2/title", "widget/text-2/text", "widget/text-2/text/text()[2]",
                "widget/block-3/content/wp:group[1]/wp:heading[1]", "widget/custom_html-2/title",
                "widget/custom_html-2/content/p[1]", "widget/nav_menu-2/title")) {
            assertTrue(xliff.contains("\"" + unit + "\""), unit + ": " + xliff);
        }
        assertFalse(xliff.contains("The delta"), "a media widget is left out by push: nothing to translate");
        assertFalse(xliff.contains("widget/archives-2"), "an empty title is no unit");
        assertTrue(xliff.contains("title of a sidebar widget"), xliff);

        JsonNode body = JSON.readTree(ko.resolve("widgets.ko.widgets.json").toFile());
        assertEquals("https://site.example/wp-json/", body.path("source").asText());
        assertEquals(8, body.path("sidebars").get(0).path("widgets").size());
        JsonNode text = body.path("widgets").get(1);
        assertEquals("text-2", text.path("id").asText());
        assertTrue(text.path("raw").path("title").asText().startsWith("⟦"), text.toString());
        assertTrue(text.path("raw").path("text").asText().contains("<strong>") && text.path("raw").path("text").asText().contains("\n\n"),
                "markup and the blank line WordPress makes paragraphs of stay: " + text);
        assertTrue(text.path("raw").path("filter").asBoolean(), "other settings as they were");
        assertEquals("About this site", text.path("source_raw").path("title").asText(), "the source's, to find a copy there");
        assertFalse(body.path("widgets").get(0).has("source_raw"), "the search block has no text: one set of settings");
        assertEquals(5, body.path("widgets").get(4).path("raw").path("nav_menu").asInt(), "push maps the menu");
        assertFalse(body.path("widgets").get(6).has("raw"), "no settings given by the site: none to send");

        JsonNode merged = JSON.readTree(ko.resolve("widgets.ko.json").toFile());
        JsonNode source = JSON.readTree(FIXTURE.toFile());
        assertEquals(source.path("sidebars"), merged.path("sidebars"));
        assertEquals(source.path("widgets").get(5), merged.path("widgets").get(5), "the media widget as it was");
    }

    @Test
    void linksInAWidgetMoveToTheTargetLocale() throws Exception {
        Cli.ok("export", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Cli.ok("pseudo", "-o", dir.resolve("p").toString(), dir.resolve("x").toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), "--source-url", "https://site.example/", "--target-url",
                "https://site.example/ko/", dir.resolve("p").toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("widgets.ko.widgets.json").toFile());
        assertTrue(body.path("widgets").get(3).path("raw").path("content").asText().contains("href=\"https://site.example/ko/contact/\""),
                body.toString());
    }

    @Test
    void untranslatedTheWidgetsFileIsWrittenBackByteForByte() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("x").toString());
        assertArrayEquals(Files.readAllBytes(FIXTURE), Files.readAllBytes(dir.resolve("ko").resolve("widgets.ko.json")));
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("widgets.ko.widgets.json").toFile());
        for (JsonNode widget : body.path("widgets")) assertFalse(widget.has("source_raw"), widget.toString());
    }

    @Test
    void markupInATranslatedTitleStaysText() throws Exception {
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), copySourceWith("Quick links", "&lt;script&gt;alert(1)&lt;/script&gt;").toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("widgets.ko.widgets.json").toFile());
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", body.path("widgets").get(4).path("raw").path("title").asText());
    }

    @Test
    void aBlockDelimiterInATranslationStaysTextInTheBlockWidget() throws Exception {
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), copySourceWith("Recent Posts", "최근 글 &lt;!-- /wp:group --&gt;").toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("widgets.ko.widgets.json").toFile());
        assertEquals("<!-- wp:group --><div class=\"wp-block-group\"><!-- wp:heading --><h2>최근 글 &lt;!-- /wp:group --&gt;</h2>"
                + "<!-- /wp:heading --><!-- wp:latest-posts /--></div><!-- /wp:group -->",
                body.path("widgets").get(2).path("raw").path("content").asText(), "the blocks as they were");
    }

    @Test
    void aDamagedWidgetsFileIsRefusedNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("widgets.json"), "{\"wpxliff\":\"widgets\",\"sidebars\":[]}");
        Cli.Run run = Cli.expect(1, "export", "-o", dir.resolve("x").toString(), broken.toString());
        assertTrue(run.err().contains(broken + ": not a widgets file pull wrote (no list of widgets); pull the widgets"
                + " again (wpxliff pull SITE --type widgets)"), run.err());
    }

    @Test
    void pushTakesOnlyAWidgetsBodyMergeWrote() throws Exception {
        Path body = Files.writeString(dir.resolve("widgets.ko.widgets.json"), "{\"source\":\"https://site.example/wp-json/\","
                + "\"sidebars\":[{\"id\":\"sidebar-1\",\"widgets\":[\"text-2\"]}],\"widgets\":[{\"id\":\"text-2\",\"id_base\":\"block\"}]}");
        PushException e = assertThrows(PushException.class, () -> MergedWidgets.read(body));
        assertTrue(e.getMessage().contains("a widget without an id, its kind (id_base) or settings as an object"), e.getMessage());
        Files.writeString(body, "{\"source\":\"file:///etc/\",\"sidebars\":[],\"widgets\":[]}");
        e = assertThrows(PushException.class, () -> MergedWidgets.read(body));
        assertTrue(e.getMessage().contains("not a widgets body merge wrote"), e.getMessage());
    }

    /** A copy-source export of the fixture whose target starting with {@code source} starts with {@code xml} instead. */
    private Path copySourceWith(String source, String xml) throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Path xliff = dir.resolve("x").resolve("widgets.ko.xlf");
        String text = Files.readString(xliff);
        Matcher target = Pattern.compile("(<target[^>]*>(?:<mrk[^>]*>)?)" + Pattern.quote(source)).matcher(text);
        assertTrue(target.find(), text);
        Files.writeString(xliff, text.substring(0, target.start()) + target.group(1) + xml + text.substring(target.end()));
        return xliff;
    }
}
