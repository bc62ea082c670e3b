package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.push.MergedTerms;
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
 * A taxonomy's terms as pull writes them ({@code terms-category.json}): each term's name and description are units
 * (the description's paragraphs as WordPress makes them of blank lines); merge writes the terms file and the body push
 * sends, with slugs and parents as they were.
 */
class TermsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of("src", "test", "resources", "terms", "terms-category.json");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xliff12", "xliff2"})
    void namesAndDescriptionsAreUnitsAndComeBackInTheBody(String format) throws Exception {
        Path ko = Cli.pseudoRoundTrip(dir, FIXTURE, format, format);
        String xliff = Files.readString(dir.resolve(format + "-xliff").resolve("terms-category.ko.xlf"));
        for (String unit : List.of("terms/1/name", "terms/7/name", "terms/7/description", "terms/7/description/text()[2]",
                "terms/8/name")) {
            assertTrue(xliff.contains("\"" + unit + "\""), unit + ": " + xliff);
        }
        assertFalse(xliff.contains("terms/8/description"), "an empty description is no unit");
        assertTrue(xliff.contains("name of a category or tag"), xliff);

        JsonNode body = JSON.readTree(ko.resolve("terms-category.ko.terms.json").toFile());
        assertEquals("category", body.path("taxonomy").asText());
        assertEquals("/wp/v2/categories", body.path("route").asText());
        JsonNode science = body.path("terms").get(1), deltas = body.path("terms").get(2);
        assertEquals("river-science", science.path("slug").asText());
        assertTrue(science.path("name").asText().startsWith("⟦"), science.toString());
        String description = science.path("description").asText();
        assertTrue(description.contains(" &amp; ") && description.contains("\n\n") && description.contains("<em>"),
                "HTML, with the blank line WordPress makes paragraphs of: " + description);
        assertEquals(7, deltas.path("parent").asLong(), "parents are the source's terms: push maps them");
        assertEquals("", deltas.path("description").asText());
    }

    @Test
    void tagsHaveNoParentInTheBody() throws Exception {
        Path tags = FIXTURE.resolveSibling("terms-post_tag.json");
        Path ko = Cli.pseudoRoundTrip(dir, tags, "xliff12", "xliff12");
        JsonNode body = JSON.readTree(ko.resolve("terms-post_tag.ko.terms.json").toFile());
        assertEquals("/wp/v2/tags", body.path("route").asText());
        for (JsonNode tag : body.path("terms")) {
            assertFalse(tag.has("parent"), "WordPress refuses a parent for a tag: " + tag);
            assertTrue(tag.path("name").asText().startsWith("⟦"), tag.toString());
        }
    }

    @Test
    void untranslatedTheTermsFileIsWrittenBackByteForByte() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), dir.resolve("x").toString());
        assertArrayEquals(Files.readAllBytes(FIXTURE), Files.readAllBytes(dir.resolve("ko").resolve("terms-category.ko.json")));
    }

    @Test
    void markupInATranslatedNameStaysText() throws Exception {
        Cli.ok("export", "--copy-source", "-o", dir.resolve("x").toString(), FIXTURE.toString());
        Path xliff = dir.resolve("x").resolve("terms-category.ko.xlf");
        String text = Files.readString(xliff);
        Matcher target = Pattern.compile("(<target[^>]*>(?:<mrk[^>]*>)?)Deltas").matcher(text);
        assertTrue(target.find(), text);
        Files.writeString(xliff, text.substring(0, target.start()) + target.group(1) + "&lt;b&gt;삼각주&lt;/b&gt;"
                + text.substring(target.end()));
        Cli.ok("merge", "-o", dir.resolve("ko").toString(), xliff.toString());
        JsonNode body = JSON.readTree(dir.resolve("ko").resolve("terms-category.ko.terms.json").toFile());
        assertEquals("&lt;b&gt;삼각주&lt;/b&gt;", body.path("terms").get(2).path("name").asText());
    }

    @Test
    void aDamagedTermsFileIsRefusedNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("terms-x.json"), "{\"wpxliff\":\"terms\",\"terms\":[]}");
        Cli.Run run = Cli.expect(1, "export", "-o", dir.resolve("x").toString(), broken.toString());
        assertTrue(run.err().contains(broken + ": not a terms file pull wrote (no taxonomy and list of terms)"), run.err());
    }

    @Test
    void pushTakesOnlyATermsBodyMergeWrote() throws Exception {
        Path body = Files.writeString(dir.resolve("terms-category.ko.terms.json"), "{\"source\":\"https://site.example/wp-json/\","
                + "\"taxonomy\":\"category\",\"terms\":[{\"id\":7,\"slug\":\"\",\"name\":\"x\"}]}");
        PushException e = assertThrows(PushException.class, () -> MergedTerms.read(body));
        assertTrue(e.getMessage().contains("a term without an id, a slug or a name"), e.getMessage());
        Files.writeString(body, "{\"source\":\"https://site.example/wp-json/\",\"taxonomy\":\"../users\",\"terms\":[]}");
        e = assertThrows(PushException.class, () -> MergedTerms.read(body));
        assertTrue(e.getMessage().contains("not a terms body merge wrote"), e.getMessage());
    }
}
