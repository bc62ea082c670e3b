package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.Exporter;
import net.wpxliff.testing.Exports;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QA pass 4: the URL an embed shows is not text (translated, it broke the embed and disagreed with the block's
 * {@code url}), and neither is text that is only a web or e-mail address (fixtures under {@code /embeds}).
 */
class EmbedsAndAddressesTest {
    private static final Path RAW = Exports.resource("/embeds/embeds-and-addresses.edit.json");
    private static final Path PUBLIC = Exports.resource("/embeds/embeds-and-addresses.json");
    private static final Path VARIANTS = Exports.resource("/embeds/address-variants.json");
    private static final Path CLASSIC = Exports.resource("/embeds/classic-embeds.edit.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An Embed block: its {@code url} attribute and the URL line in its wrapper. */
    private static final Pattern EMBED = Pattern.compile(
            "<!-- wp:(?:embed|core-embed/\\w+) \\{\"url\":\"([^\"]+)\"[^\\n]*\\n<figure[^>]*><div class=\"wp-block-embed__wrapper\">\\n([^\\n]*)\\n");

    private static List<String> sources(Path file) {
        Exporter.Result result = MergeSupport.exportOne(file, false);
        return result.extraction().units().stream().map(u -> u.source().plainText()).toList();
    }

    @Test
    void embedUrlsAndBareAddressesAreNoUnitsInRawFields() {
        assertEquals(List.of("Embeds and addresses", "See https://example.org", "Our launch, on video and on social media.",
                "The launch video", "Read the guide at https://example.org/docs first.", "Support", "Your e-mail ",
                "Your name", "Our partners"), sources(RAW));
    }

    @Test
    void theEmbedsPlayerOrQuoteAndBareAddressesAreNoUnitsInRenderedFields() {
        // the iframe's title and the tweet are the provider's, fetched again from the URL: not the post's text
        assertEquals(List.of("Embeds and addresses", "See https://example.org", "Our launch, on video and on social media.",
                "The launch video", "Read the guide at https://example.org/docs first.", "Support", "Your e-mail ",
                "Your name"), sources(PUBLIC));
    }

    /**
     * QA pass 5: addresses as people write them are no text either: a domain without a scheme ({@code example.org}),
     * one in angle brackets ({@code <https://example.com/x>}), several separated by spaces, commas or a line break;
     * prose around an address, a file or product name is translated as before.
     */
    @Test
    void addressesWithoutSchemeInBracketsOrSeveralAreNoUnits() {
        assertEquals(List.of("Address variants", "Addresses written the ways people write them.", "Visit example.org for more.",
                "See <https://example.com/x> first.", "https://example.org and https://example.com/x", "v1.2", "e.g.",
                "Hello world"), sources(VARIANTS));
    }

    @Test
    void aUrlAloneOnItsLineOfClassicContentIsAProtectedCode() {
        Exporter.Result result = MergeSupport.exportOne(CLASSIC, false);
        List<TextUnit> units = result.extraction().units();
        assertEquals(List.of("Classic embeds", "Watch our launch:It took a year to make.",
                "Write to info@example.com or see https://example.org/docs for more."),
                units.stream().map(u -> u.source().plainText()).toList());
        // the paragraph that is only a URL is no unit; the line that is only a URL is one code, shown as what it is
        List<Code> codes = units.get(1).source().codes();
        assertEquals(List.of("lb", "x-embed", "lb"), codes.stream().map(Code::type).toList());
        assertEquals("embedded URL", codes.get(1).label());
    }

    @Test
    void pseudoTranslatedEmbedsKeepTheirUrlInTheHtmlAndTheBlockAttribute(@TempDir Path dir) throws Exception {
        String source = JSON.readTree(RAW.toFile()).path("content").path("raw").asText();
        JsonNode ko = JSON.readTree(outputText(RawPostTest.pseudoMerge(dir, RAW), ".ko.json"));
        String merged = ko.path("content").path("raw").asText();
        assertEquals(embeds(source), embeds(merged));
        assertEquals(2, embeds(merged).size(), merged);
        for (String embed : embeds(merged)) assertEquals(embed.split(" ")[0], embed.split(" ")[1], "url and wrapper");
        for (String address : List.of("<li>info@example.com</li>", "<li>https://example.org/docs</li>",
                "<td> support@example.com </td>", "placeholder=\"you@example.com\"", "{\"label\":\"https://example.org\"")) {
            assertTrue(merged.contains(address), address + " is kept: " + merged);
        }
        assertFalse(merged.contains("The launch video"), "the caption is translated");
        // the rendered embed (the provider's iframe) stays as it is
        assertTrue(ko.path("content").path("rendered").asText().contains("<iframe title=\"Launch day: the whole keynote\""));
    }

    @Test
    void pseudoTranslatedClassicContentKeepsItsEmbeddedUrls(@TempDir Path dir) throws Exception {
        String merged = JSON.readTree(outputText(RawPostTest.pseudoMerge(dir, CLASSIC), ".ko.json")).path("content").path("raw").asText();
        assertTrue(merged.contains(":\nhttps://www.youtube.com/watch?v=abc123\n"), merged);
        assertTrue(merged.contains("\n\nhttps://vimeo.com/76979871\n\n"), merged);
        assertFalse(merged.contains("Watch our launch"), merged);
    }

    /** Each Embed block as "url wrapperUrl". */
    private static List<String> embeds(String content) {
        Matcher m = EMBED.matcher(content);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) found.add(m.group(1) + " " + m.group(2));
        return found;
    }
}
