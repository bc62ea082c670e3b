package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.config.ConfigException;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Term names of the taxonomies a {@code --config} translates ({@code <taxonomies><taxonomy translate="1">}): each
 * name of a term the post embeds ({@code _embedded["wp:term"]}, as pull fetches it) is a unit keyed by taxonomy and
 * slug, and comes back translated in the {@code .ko.json} (that string token only), where push reads it to create a
 * missing term under its Korean name. Not in the post body: WordPress files a post by term ids.
 */
class TermNamesTest {
    private static final Path RAW = Exports.resource("/terms/deltas.edit.json");
    private static final Path RENDERED = Exports.resource("/terms/deltas.json");
    private static final String CONFIG = "<wpml-config><taxonomies><taxonomy translate=\"1\">category</taxonomy>"
            + "<taxonomy translate=\"2\">post_tag</taxonomy><taxonomy translate=\"0\">genre</taxonomy></taxonomies></wpml-config>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<TextUnit> termUnits(Path post, TranslationConfig config) throws Exception {
        Exporter.Result result = new Exporter(new ExportOptions("en", "ko", true, false, config), XliffFormat.XLIFF2).export(post).get(0);
        return result.extraction().units().stream().filter(u -> u.field().startsWith("term/")).toList();
    }

    @Test
    void theConfigurationNamesTheTaxonomiesTranslated() throws Exception {
        assertEquals(List.of("category", "post_tag"), TranslationConfig.parse("c.xml", CONFIG).translatedTaxonomies());
        assertEquals(List.of(), TranslationConfig.parse("c.xml", "<wpml-config><taxonomies><taxonomy>category</taxonomy>"
                + "</taxonomies></wpml-config>").translatedTaxonomies(), "without translate=1, as WPML: not translated");
        ConfigException bad = assertThrows(ConfigException.class, () -> TranslationConfig.parse("c.xml",
                "<wpml-config>\n<taxonomies>\n<taxonomy translate=\"yes\">category</taxonomy></taxonomies></wpml-config>"));
        assertTrue(bad.getMessage().startsWith("c.xml:3: translate=\"yes\" on <taxonomy>category</taxonomy>: use 1"), bad.getMessage());
        assertThrows(ConfigException.class, () -> TranslationConfig.parse("c.xml",
                "<wpml-config><taxonomies><taxonomy translate=\"1\"> </taxonomy></taxonomies></wpml-config>"));
    }

    /** One unit per term name of a translated taxonomy, ids an XLIFF 2 id can hold; none without the configuration. */
    @Test
    void eachTermNameIsAUnitKeyedByTaxonomyAndSlug() throws Exception {
        TranslationConfig config = TranslationConfig.parse("c.xml", CONFIG);
        for (Path post : new Path[]{RAW, RENDERED}) {
            List<TextUnit> units = termUnits(post, config);
            assertEquals(List.of("term/category/river-science", "term/category/maps-charts", "term/post_tag/deltas",
                    "term/post_tag/%ec%82%bc%ea%b0%81%ec%a3%bc"), units.stream().map(TextUnit::resname).toList(), post.toString());
            assertEquals(List.of("term.category.river-science-1", "term.category.maps-charts-1", "term.post_tag.deltas-1",
                    "term.post_tag.:25:ec:25:82:25:bc:25:ea:25:b0:25:81:25:ec:25:a3:25:bc-1"), units.stream().map(TextUnit::id).toList());
            assertEquals("name of the category maps-charts (the same in every post filed under it)", units.get(1).note());
            assertEquals("Maps & Charts", units.get(1).source().plainText(), "HTML text: WordPress escapes & in names");
            assertEquals(List.of(), termUnits(post, TranslationConfig.BUILT_IN));
        }
    }

    @ParameterizedTest
    @CsvSource({"deltas.edit.json, xliff12", "deltas.json, xliff2"})
    void translatedNamesComeBackInTheJsonAndNowhereElse(String name, String format) throws Exception {
        Path post = Exports.resource("/terms/" + name);
        Path config = Files.writeString(dir.resolve("wpml-config.xml"), CONFIG);
        Path with = roundTrip(post, format, "with", "--config", config.toString());
        Path without = roundTrip(post, format, "without");
        String ko = Files.readString(with.resolve("deltas-and-rivers.ko.json"));
        String koPlain = Files.readString(without.resolve("deltas-and-rivers.ko.json"));
        JsonNode terms = JSON.readTree(ko).path("_embedded").path("wp:term");
        JsonNode plain = JSON.readTree(koPlain).path("_embedded").path("wp:term");
        List<String> names = new ArrayList<>();
        for (int list = 0; list < 2; list++) {
            for (int i = 0; i < 2; i++) {
                assertNotEquals(plain.get(list).get(i).path("name"), terms.get(list).get(i).path("name"));
                names.add(terms.get(list).get(i).path("name").asText());
            }
        }
        assertTrue(names.get(1).contains("&amp;"), "an & stays escaped as WordPress keeps names: " + names);
        assertEquals(plain.get(2), terms.get(2), "a taxonomy not translated keeps its names");
        // everything else as merged without the configuration
        JsonNode restored = JSON.readTree(ko);
        for (int list = 0; list < 2; list++) {
            for (int i = 0; i < 2; i++) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) restored.path("_embedded").path("wp:term").get(list).get(i))
                        .set("name", plain.get(list).get(i).path("name"));
            }
        }
        assertEquals(JSON.readTree(koPlain), restored);
        assertEquals(Files.readString(without.resolve("deltas-and-rivers.ko.post.json")),
                Files.readString(with.resolve("deltas-and-rivers.ko.post.json")), "the body files by ids: no names");
    }

    /** export (with {@code options}), pseudo and merge through the CLI; the merge's output folder. */
    private Path roundTrip(Path post, String format, String name, String... options) {
        return Cli.pseudoRoundTrip(dir, post, format, name, options);
    }
}
