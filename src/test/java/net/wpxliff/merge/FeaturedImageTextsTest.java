package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.Exporter;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The featured image's alt text and caption, which live in the media library, are units of the post when the
 * configuration translates media texts as WPML's does ({@code _wp_attachment_image_alt}); they come back translated
 * in the {@code .ko.json}'s embedded image (those string tokens only), where push reads them for the Korean image.
 */
class FeaturedImageTextsTest {
    private static final String CONFIG = "<wpml-config><custom-fields><custom-field action=\"translate\">"
            + "_wp_attachment_image_alt</custom-field></custom-fields></wpml-config>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The terms fixture with an alt text and a caption on its featured image. */
    private Path post(String name) throws Exception {
        ObjectNode post = (ObjectNode) JSON.readTree(Exports.resource("/terms/" + name).toFile());
        ObjectNode media = (ObjectNode) post.path("_embedded").path("wp:featuredmedia").get(0);
        media.put("alt_text", "Map of a delta & its channels");
        media.putObject("caption").put("rendered", "<p>The delta in <em>spring</em></p>\n");
        Path file = Files.createDirectories(dir.resolve("in-" + name)).resolve(name);
        Files.write(file, JSON.writeValueAsBytes(post));
        return file;
    }

    private static List<TextUnit> imageUnits(Path post, TranslationConfig config) throws Exception {
        Exporter.Result result = new Exporter(new ExportOptions("en", "ko", true, false, config), XliffFormat.XLIFF12)
                .export(post).get(0);
        return result.extraction().units().stream().filter(u -> u.field().startsWith("media/")).toList();
    }

    @Test
    void altTextAndCaptionAreUnitsOnlyWhenTheConfigurationTranslatesMediaTexts() throws Exception {
        for (String name : List.of("deltas.edit.json", "deltas.json")) {
            Path post = post(name);
            List<TextUnit> units = imageUnits(post, TranslationConfig.parse("c.xml", CONFIG));
            assertEquals(List.of("media.featured.alt_text-1", "media.featured.caption-1"), units.stream().map(TextUnit::id).toList());
            assertEquals("Map of a delta & its channels", units.get(0).source().plainText());
            assertEquals("The delta in spring", units.get(1).source().plainText());
            assertTrue(units.get(0).note().startsWith("alt text of the post's featured image"), units.get(0).note());
            assertEquals(List.of(), imageUnits(post, TranslationConfig.BUILT_IN));
            assertEquals(List.of(), imageUnits(post, TranslationConfig.parse("c.xml", "<wpml-config><custom-fields><custom-field"
                    + " action=\"copy\">_wp_attachment_image_alt</custom-field></custom-fields></wpml-config>")));
        }
        assertEquals(List.of(), imageUnits(Exports.resource("/terms/deltas.json"), TranslationConfig.parse("c.xml", CONFIG)),
                "empty texts are no units");
    }

    @ParameterizedTest
    @CsvSource({"deltas.edit.json, xliff12", "deltas.json, xliff2"})
    void translatedTextsComeBackInTheEmbeddedImageAndNowhereElse(String name, String format) throws Exception {
        Path post = post(name);
        Path config = Files.writeString(dir.resolve("wpml-config.xml"), CONFIG);
        Path with = Cli.pseudoRoundTrip(dir, post, format, "with", "--config", config.toString());
        Path without = Cli.pseudoRoundTrip(dir, post, format, "without");
        JsonNode ko = JSON.readTree(with.resolve("deltas-and-rivers.ko.json").toFile());
        JsonNode plain = JSON.readTree(without.resolve("deltas-and-rivers.ko.json").toFile());
        JsonNode media = ko.path("_embedded").path("wp:featuredmedia").get(0);
        JsonNode plainMedia = plain.path("_embedded").path("wp:featuredmedia").get(0);
        assertNotEquals(plainMedia.path("alt_text"), media.path("alt_text"));
        assertTrue(media.path("caption").path("rendered").asText().contains("<em>"), "markup kept: " + media.path("caption"));
        assertNotEquals(plainMedia.path("caption"), media.path("caption"));
        ObjectNode restored = ((ObjectNode) ko).deepCopy();
        ObjectNode restoredMedia = (ObjectNode) restored.path("_embedded").path("wp:featuredmedia").get(0);
        restoredMedia.set("alt_text", plainMedia.path("alt_text"));
        restoredMedia.set("caption", plainMedia.path("caption"));
        assertEquals(plain, restored, "everything else as merged without the configuration");
        assertEquals(Files.readString(without.resolve("deltas-and-rivers.ko.post.json")),
                Files.readString(with.resolve("deltas-and-rivers.ko.post.json")), "not in the post's body");
    }
}
