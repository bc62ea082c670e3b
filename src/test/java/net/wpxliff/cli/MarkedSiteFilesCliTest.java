package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site-wide files pull marks ({@code "wpxliff":"menu"}, widgets, terms) and a changed template part are told from
 * posts by what they hold, not by how they are written: a copy an editor pretty-printed, saved with a byte order mark
 * and a blank line, or with its members in another order is the same file, merged to the same body, and written back
 * byte for byte as it came (QA: each was refused as "not a WordPress REST post", the template part merged as a post).
 */
class MarkedSiteFilesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RESOURCES = Path.of("src", "test", "resources");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {3}")
    @CsvSource({
            "menus/menu-main.json, menu-main, .menu.json, pretty",
            "menus/menu-main.json, menu-main, .menu.json, mark-last",
            "menus/menu-main.json, menu-main, .menu.json, bom-and-blank-line",
            "menus/menu-main.json, menu-main, .menu.json, space-after-colon",
            "widgets/widgets.json, widgets, .widgets.json, pretty",
            "widgets/widgets.json, widgets, .widgets.json, mark-last",
            "terms/terms-category.json, terms-category, .terms.json, pretty",
            "terms/terms-category.json, terms-category, .terms.json, bom-and-blank-line"})
    void anyFormattingIsTheSameFile(String fixture, String name, String bodySuffix, String variant) throws Exception {
        Path compact = RESOURCES.resolve(fixture);
        Path copy = Files.write(Files.createDirectories(dir.resolve("in")).resolve(name + ".json"),
                formatted(Files.readString(compact), variant));

        Path expected = Cli.pseudoRoundTrip(dir, compact, "xliff12", "compact");
        Path actual = Cli.pseudoRoundTrip(dir, copy, "xliff12", variant);
        assertArrayEquals(Files.readAllBytes(expected.resolve(name + ".ko" + bodySuffix)),
                Files.readAllBytes(actual.resolve(name + ".ko" + bodySuffix)), "the same body push sends");

        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), copy.toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("x").toString());
        assertArrayEquals(Files.readAllBytes(copy), Files.readAllBytes(dir.resolve("ko").resolve(name + ".ko.json")),
                "untranslated, written back byte for byte as it came");
    }

    @Test
    void aPrettyPrintedTemplatePartIsMergedAsATemplatePart() throws Exception {
        Path fixture = RESOURCES.resolve("template-parts").resolve("template-part-footer.json");
        Path copy = Files.write(Files.createDirectories(dir.resolve("in")).resolve("footer.json"),
                formatted(Files.readString(fixture), "pretty"));
        Path ko = Cli.pseudoRoundTrip(dir, copy, "xliff12", "part");
        assertTrue(Files.isRegularFile(ko.resolve("template-part-footer.ko.template-part.json")), "saved by its id");
        assertFalse(Files.exists(ko.resolve("template-part-footer.ko.post.json")), "never pushed as a new post");
    }

    @Test
    void aPostWhoseNestedTypeNamesATemplatePartIsStillAPost() throws Exception {
        String post = "{\n  \"id\": 5,\n  \"slug\": \"template-part-x\",\n  \"type\": \"post\",\n  \"meta\":{\"type\":\"wp_template_part\"},\n"
                + "  \"title\": {\"raw\": \"Parts\"},\n  \"content\": {\"raw\": \"<p>Parts of a river.</p>\"}\n}\n";
        Path file = Files.writeString(dir.resolve("template-part-x.json"), post);
        Path ko = Cli.pseudoRoundTrip(dir, file, "xliff12", "post");
        assertTrue(Files.isRegularFile(ko.resolve("template-part-x.ko.post.json")), "a post, named by its slug");
    }

    @Test
    void aMarkNoFormatHasIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("odd.json"), "{\n  \"source\": \"https://site.example/wp-json/\",\n"
                + "  \"wpxliff\": \"sidebars\"\n}\n");
        Cli.Run run = Cli.expect(1, "export", "-o", dir.resolve("x").toString(), file.toString());
        assertTrue(run.err().contains(file + ": its \"wpxliff\" member says \"sidebars\", which is none of the files"
                + " wpxliff pull writes (menu, widgets, terms)"), run.err());
    }

    /** The fixture's JSON written another way, each member's value the same. */
    private static byte[] formatted(String compact, String variant) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(compact);
        String text = switch (variant) {
            case "pretty" -> JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
            case "mark-last" -> {
                if (tree.has("wpxliff")) tree.set("wpxliff", tree.remove("wpxliff"));
                yield JSON.writeValueAsString(tree);
            }
            case "bom-and-blank-line" -> "\uFEFF\n" + compact + "\n";
            case "space-after-colon" -> compact.replaceFirst("\"wpxliff\":", "\"wpxliff\" : ");
            default -> throw new IllegalArgumentException(variant);
        };
        assertFalse(text.equals(compact), variant);
        assertEquals(JSON.readTree(compact), JSON.readTree(text.replace("\uFEFF", "")), variant);
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
