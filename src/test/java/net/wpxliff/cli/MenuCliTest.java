package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.push.MergedMenu;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A classic navigation menu as pull writes it ({@code menu-main.json}): its items' labels, title attributes and
 * descriptions are units; an item whose label is the title of the page it links to is none (the target shows its
 * translation's title); merge writes the menu file and the body push sends, custom links in the target locale.
 */
class MenuCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "menus", "menu-main.json");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void labelsTooltipsAndDescriptionsAreUnitsAndComeBackInTheBody(String format) throws Exception {
        Path ko = Cli.pseudoRoundTrip(dir, FIXTURE, format, format);
        String xliff = Files.readString(dir.resolve(format + "-xliff").resolve("menu-main.ko.xlf"));
        for (String unit : List.of("menu-item/1903/title", "menu-item/1903/attr_title", "menu-item/1905/title",
                "menu-item/1905/description", "menu-item/1906/title")) {
            assertTrue(xliff.contains("\"" + unit + "\""), unit + ": " + xliff);
        }
        assertFalse(xliff.contains("menu-item/1904/title"), "the page's own title is its label: no unit");
        assertFalse(xliff.contains("How to use the test data"), xliff);
        assertTrue(xliff.contains("label of a navigation menu item"), xliff);

        JsonNode body = JSON.readTree(ko.resolve("menu-main.ko.menu.json").toFile());
        assertEquals("main", body.path("menu").path("slug").asText());
        assertEquals(List.of("primary"), List.of(body.path("menu").path("locations").get(0).asText()));
        List<JsonNode> items = JsonTrees.elements(body.path("items"));
        assertEquals(List.of(1903L, 1904L, 1905L, 1906L), items.stream().map(i -> i.path("id").asLong()).toList());
        assertTrue(items.get(0).path("title").asText().startsWith("⟦") && items.get(0).path("title").asText().contains(" &amp; "),
                "HTML text, as WordPress stores it: " + items.get(0));
        assertTrue(items.get(0).path("attr_title").asText().startsWith("⟦"));
        assertEquals("", items.get(1).path("title").asText(), "no label of its own: WordPress shows the Korean page's title");
        assertEquals(1904, items.get(2).path("parent").asLong(), "parents are the source's items: push maps them");
        assertTrue(items.get(2).path("description").asText().startsWith("⟦"));
        assertEquals("how-to", items.get(2).path("wpxliff_object_slug").asText());
        assertEquals("_blank", items.get(3).path("target").asText());

        JsonNode merged = JSON.readTree(ko.resolve("menu-main.ko.json").toFile());
        JsonNode source = JSON.readTree(FIXTURE.toFile());
        assertEquals(source.path("menu"), merged.path("menu"));
        assertEquals(source.path("items").get(1), merged.path("items").get(1), "an item without text as it was");
    }

    @Test
    void customLinksMoveToTheTargetLocale() throws Exception {
        Cli.ok("export", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Cli.ok("pseudo", "-o", dir.resolve("p").toString(), dir.resolve("x").toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), "--source-url", "https://site.example/", "--target-url",
                "https://site.example/ko/", dir.resolve("p").toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("menu-main.ko.menu.json").toFile());
        assertEquals("https://site.example/ko/how-to/", body.path("items").get(0).path("url").asText());
        assertEquals("https://site.example/how-to/", body.path("items").get(1).path("url").asText(),
                "a page's item: WordPress makes its address from the page it links to");
    }

    @Test
    void untranslatedTheMenuFileIsWrittenBackByteForByte() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("x").toString());
        assertArrayEquals(Files.readAllBytes(FIXTURE), Files.readAllBytes(dir.resolve("ko").resolve("menu-main.ko.json")));
    }

    @Test
    void markupInATranslatedLabelStaysText() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Path xliff = dir.resolve("x").resolve("menu-main.ko.xlf");
        String text = Files.readString(xliff);
        Matcher target = Pattern.compile("(<target[^>]*>(?:(?!</target>).)*?)Our team", Pattern.DOTALL).matcher(text);
        assertTrue(target.find(), text);
        Files.writeString(xliff, text.substring(0, target.start()) + target.group(1) + "&lt;script&gt;alert(1)&lt;/script&gt;\"},{"
                + text.substring(target.end()));
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), xliff.toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("menu-main.ko.menu.json").toFile());
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;\"},{", body.path("items").get(2).path("title").asText());
        assertEquals(4, body.path("items").size());
    }

    @Test
    void aDamagedMenuFileIsRefusedNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("menu-x.json"), "{\"wpxliff\":\"menu\",\"items\":[]}");
        Cli.Run run = Cli.run("export", "-o", dir.resolve("x").toString(), broken.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains(broken + ": not a menu file pull wrote (no menu with a slug); pull the menus again"),
                run.err());
        Path odd = Files.writeString(dir.resolve("menu-odd.json"), Files.readString(FIXTURE).replace("\"slug\":\"main\"",
                "\"slug\":\"%zz/../main\""));
        Cli.ok("export", "-o", dir.resolve("y").toString(), odd.toString());
        try (var files = Files.list(dir.resolve("y"))) {
            assertEquals(List.of("menu--zz-..-main.ko.xlf"), files.map(f -> f.getFileName().toString()).toList(),
                    "a malformed slug stays as it is, made safe for a file name");
        }
    }

    @Test
    void pushTakesOnlyAMenuBodyMergeWrote() throws Exception {
        Path body = Files.writeString(dir.resolve("menu-main.ko.menu.json"), "{\"source\":\"https://site.example/wp-json/\","
                + "\"menu\":{\"id\":7,\"name\":\"Main\",\"slug\":\"main\"},\"items\":[{\"id\":1,\"type\":\"custom\"}]}",
                StandardCharsets.UTF_8);
        PushException e = assertThrows(PushException.class, () -> MergedMenu.read(body));
        assertTrue(e.getMessage().contains("an item without an id, a type or a title"), e.getMessage());
        Files.writeString(body, "{\"source\":\"file:///etc/\",\"menu\":{\"id\":7,\"name\":\"Main\",\"slug\":\"main\"},\"items\":[]}");
        e = assertThrows(PushException.class, () -> MergedMenu.read(body));
        assertTrue(e.getMessage().contains("not a menu body merge wrote"), e.getMessage());
    }
}
