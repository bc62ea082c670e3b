package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.input.MetaFieldSpans;
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
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post custom fields named by {@code <custom-fields><custom-field action="translate">} in the {@code --config}
 * file (issue 8, point 2): the post's {@code meta.<name>} strings are units of their own, and come back translated
 * in the {@code .ko.json} (that string token only) and in the {@code .ko.post.json}'s {@code meta}. Copied,
 * ignored and unlisted fields, and values that are not strings, are never units.
 */
class CustomFieldsTest {
    private static final Path RENDERED = Exports.resource("/meta/tide-pools.json");
    private static final Path RAW = Exports.resource("/meta/tide-pools.edit.json");
    private static final Path CONFIG = Exports.resource("/meta/wpml-config.xml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ALL_META = Set.of("subtitle", "price", "rating", "footnote", "taglines", "sponsored");

    @TempDir
    Path dir;

    private static Exporter.Result export(Path post, TranslationConfig config, XliffFormat format) throws Exception {
        List<Exporter.Result> results = new Exporter(new ExportOptions("en", "ko", true, false, config), format)
                .export(post);
        assertEquals(1, results.size());
        return results.get(0);
    }

    private static List<TextUnit> metaUnits(Exporter.Result result) {
        return result.extraction().units().stream().filter(u -> u.field().startsWith("meta/")).toList();
    }

    @ParameterizedTest
    @CsvSource({"tide-pools.json", "tide-pools.edit.json"})
    void eachTranslatedMetaStringIsAUnitKeyedByItsName(String name) throws Exception {
        Path post = Exports.resource("/meta/" + name);
        Exporter.Result result = export(post, TranslationConfig.read(CONFIG), XliffFormat.XLIFF12);
        List<TextUnit> meta = metaUnits(result);
        assertEquals(List.of("meta/subtitle", "meta/taglines[1]", "meta/taglines[3]"),
                meta.stream().map(TextUnit::resname).toList(), Exports.describe(result));
        assertEquals(List.of("meta.subtitle-1", "meta.taglines.1-1", "meta.taglines.3-1"),
                meta.stream().map(TextUnit::id).toList());
        assertEquals(List.of("post custom field subtitle", "post custom field taglines, value 1",
                "post custom field taglines, value 3"), meta.stream().map(TextUnit::note).toList());
        // an HTML value: its markup is a code, its text is the unit's
        TextUnit subtitle = meta.get(0);
        assertEquals("A small world between the tides", subtitle.source().plainText());
        assertEquals(2, subtitle.source().codes().size(), subtitle.source().toString());
        assertEquals("Look closely", meta.get(1).source().plainText());
        assertEquals("Mind the waves", meta.get(2).source().plainText());
        // copied (price), ignored (sponsored), unlisted (footnote) and non-string (rating, 7) values are not units
        for (String text : new String[]{"12 dollars", "Not listed in the configuration.", "4", "7", "false"}) {
            assertTrue(Exports.unitWithText(result, text).isEmpty(), text + " is no unit");
        }
        String xliff = result.xliff();
        assertTrue(xliff.contains("resname=\"meta/subtitle\""), xliff);
        assertTrue(xliff.contains("<note from=\"wpxliff\">post custom field subtitle</note>"), xliff);
    }

    @Test
    void withoutTheConfigurationNothingChanges() throws Exception {
        for (Path post : List.of(RENDERED, RAW)) {
            Exporter.Result plain = Exports.exportOne(post);
            assertTrue(metaUnits(plain).isEmpty(), Exports.describe(plain));
            // the configuration adds the meta units and nothing else: every other unit is the same
            Exporter.Result configured = export(post, TranslationConfig.read(CONFIG), XliffFormat.XLIFF12);
            List<String> others = configured.extraction().units().stream()
                    .filter(u -> !u.field().startsWith("meta/")).map(String::valueOf).toList();
            assertEquals(plain.extraction().units().stream().map(String::valueOf).toList(), others);
        }
        // a configuration whose custom fields the post holds no string for: the translator sees the same file
        TranslationConfig emptyFields = TranslationConfig.parse("c.xml", "<wpml-config><custom-fields>"
                + "<custom-field>footnotes</custom-field><custom-field>_et_pb_old_content</custom-field>"
                + "</custom-fields></wpml-config>");
        assertEquals(Exports.body(Exports.exportOne(Exports.SEED).xliff()),
                Exports.body(export(Exports.SEED, emptyFields, XliffFormat.XLIFF12).xliff()));
    }

    @ParameterizedTest
    @CsvSource({"tide-pools.json, tide-pools, xliff12", "tide-pools.edit.json, tide-pools-edit, xliff12",
            "tide-pools.json, tide-pools, xliff2", "tide-pools.edit.json, tide-pools-edit, xliff2"})
    void pseudoTranslatedFieldsComeBackInTheJsonAndThePostBody(String name, String slug, String format) throws Exception {
        Path post = Exports.resource("/meta/" + name);
        String source = Files.readString(post);
        Path with = roundTrip(post, format, "with", "--config", CONFIG.toString());
        Path without = roundTrip(post, format, "without");

        // .ko.json: the translated meta strings replaced, in the post's string style; every other byte as merged
        // without the configuration
        String ko = Files.readString(with.resolve(slug + ".ko.json"));
        String koPlain = Files.readString(without.resolve(slug + ".ko.json"));
        assertEquals(koPlain, withTokensOf(ko, koPlain));
        JsonNode sourceMeta = JSON.readTree(source).path("meta"), koMeta = JSON.readTree(ko).path("meta");
        assertNotEquals(sourceMeta.path("subtitle").asText(), koMeta.path("subtitle").asText());
        assertTrue(koMeta.path("subtitle").asText().matches("[^<]+<em>[^<]+</em>[^<]+"), koMeta.toString());
        assertNotEquals(sourceMeta.path("taglines").get(0), koMeta.path("taglines").get(0));
        assertEquals(7, koMeta.path("taglines").get(1).asInt());
        assertNotEquals(sourceMeta.path("taglines").get(2), koMeta.path("taglines").get(2));
        for (String kept : new String[]{"price", "rating", "footnote", "sponsored"}) {
            assertEquals(sourceMeta.path(kept), koMeta.path(kept), kept);
        }
        assertFalse(ko.substring(ko.indexOf("\"meta\"")).contains("</"), "the post's style: '/' escaped");

        // .ko.post.json: meta holds the translated fields only, as in the .ko.json
        JsonNode body = JSON.readTree(with.resolve(slug + ".ko.post.json").toFile());
        List<String> keys = new ArrayList<>();
        body.path("meta").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("subtitle", "taglines"), keys, body.toString());
        assertEquals(koMeta.path("subtitle"), body.path("meta").path("subtitle"));
        assertEquals(koMeta.path("taglines"), body.path("meta").path("taglines"));
        // without the configuration the body has no meta
        assertTrue(JSON.readTree(without.resolve(slug + ".ko.post.json").toFile()).path("meta").isMissingNode());
    }

    @Test
    void aTranslationIsTextInTheJsonStringAndThePostBody() throws Exception {
        Exporter.Result exported = export(RENDERED, TranslationConfig.read(CONFIG), XliffFormat.XLIFF12);
        String xliff = MergeSupport.withTarget(exported.xliff(), "meta.subtitle-1", MergeSupport.segments(
                "\"작은\" <g id=\"1\" ctype=\"italic\" clone=\"no\">세계</g> &lt;/script&gt;&lt;b onclick=x&gt; \\ [gallery] 끝"));
        DocumentMerger.Result merged = MergeSupport.mergeText(dir, "hostile.ko.xlf", xliff, MergeSupport.ALLOW_MISSING);
        String expected = "\"작은\" <em>세계</em> &lt;/script&gt;&lt;b onclick=x&gt; \\ &#91;gallery] 끝";
        String ko = MergeSupport.outputText(merged, ".ko.json");
        assertEquals(expected, JSON.readTree(ko).path("meta").path("subtitle").asText());
        assertTrue(ko.contains("\"subtitle\":\"\\\"작은\\\" <em>세계<\\/em> &lt;\\/script&gt;"), ko);
        JsonNode body = JSON.readTree(MergeSupport.output(merged, ".ko.post.json"));
        assertEquals(expected, body.path("meta").path("subtitle").asText());
    }

    @Test
    void aFieldNameNoXliffIdCouldHoldStillGivesValidIds() throws Exception {
        Path post = Files.writeString(dir.resolve("odd.json"), "{\"id\":7,\"slug\":\"odd\",\"link\":\"https://site.example/odd/\","
                + "\"title\":{\"rendered\":\"Odd\"},\"content\":{\"rendered\":\"<p>Body text.</p>\"},"
                + "\"meta\":{\"my field.x\":\"Odd name\",\"my_field\":\"Plain name\"}}");
        Path config = Files.writeString(dir.resolve("c.xml"), "<wpml-config><custom-fields>"
                + "<custom-field action=\"translate\">my field.x</custom-field>"
                + "<custom-field action=\"translate\">my_field</custom-field></custom-fields></wpml-config>");
        Exporter.Result result = export(post, TranslationConfig.read(config), XliffFormat.XLIFF2);
        assertEquals(List.of("meta.my:20:field:2e:x-1", "meta.my_field-1"), metaUnits(result).stream().map(TextUnit::id).toList());
        assertEquals(List.of("meta/my field.x", "meta/my_field"), metaUnits(result).stream().map(TextUnit::resname).toList());
        // merge validates the returned XLIFF 2 against its schema (unit ids are XML name tokens)
        Path ko = roundTrip(post, "xliff2", "odd", "--config", config.toString());
        JsonNode meta = JSON.readTree(ko.resolve("odd.ko.post.json").toFile()).path("meta");
        assertNotEquals("Odd name", meta.path("my field.x").asText());
        assertNotEquals("Plain name", meta.path("my_field").asText());
    }

    /** export (with {@code options}), pseudo and merge through the CLI; the merge's output folder. */
    private Path roundTrip(Path post, String format, String name, String... options) {
        return Cli.pseudoRoundTrip(dir, post, format, name, options);
    }

    /** {@code ko} with each of its meta string tokens replaced by the same token of {@code other}. */
    private static String withTokensOf(String ko, String other) throws Exception {
        List<MetaFieldSpans.Span> mine = MetaFieldSpans.find(ko, ALL_META), theirs = MetaFieldSpans.find(other, ALL_META);
        assertEquals(Stream.of("subtitle", "price", "footnote", "taglines[0]", "taglines[2]").map(k -> "meta." + k).toList(),
                mine.stream().map(MetaFieldSpans.Span::key).toList());
        StringBuilder out = new StringBuilder(ko);
        for (int i = mine.size() - 1; i >= 0; i--) {
            out.replace(mine.get(i).tokenStart(), mine.get(i).tokenEnd(),
                    other.substring(theirs.get(i).tokenStart(), theirs.get(i).tokenEnd()));
        }
        return out.toString();
    }
}
