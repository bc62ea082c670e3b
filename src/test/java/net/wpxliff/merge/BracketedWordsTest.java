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

import static net.wpxliff.merge.MergeSupport.outputText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * QA pass 4: words in square brackets ({@code [sic]}, {@code [Republican President]}) are text to translate, in raw
 * fields, rendered fields and HTML pages alike; what is shaped like a shortcode stays a protected code, labelled with
 * its real tag (fixtures under {@code /brackets}).
 */
class BracketedWordsTest {
    private static final Path RAW = Exports.resource("/brackets/brackets.edit.json");
    private static final Path PAGE = Exports.resource("/brackets/brackets.html");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<TextUnit> units(Path file) {
        Exporter.Result result = MergeSupport.exportOne(file, false);
        return result.extraction().units();
    }

    @Test
    void wordsInBracketsAreTextAndShortcodesAreCodesInRawFields() {
        List<TextUnit> units = units(RAW);
        assertEquals(List.of("Words [in brackets]", "A summary [sic].", "The [Republican President] Bush administration said so.",
                "He wrote that it was \"fine\" [sic] and left [citation needed].", "Contents: {1/} then {2/} and {3}a remark{/3} below."),
                units.stream().map(u -> u.source().toString()).toList());
        // each code is labelled with its own tag, never with the first word of bracketed prose
        assertEquals(List.of("[toc]", "[contact-form-7]", "[note]", "[note]"),
                units.get(4).source().codes().stream().map(Code::label).toList());
    }

    @Test
    void wordsInBracketsAreTextInAnHtmlPage() {
        assertEquals(List.of("Brackets", "The [Republican President] Bush administration said so.",
                "See the source [1] and the note [citation needed] here.", "Use {1/} or {2/} to show more."),
                units(PAGE).stream().map(u -> u.source().toString()).toList());
    }

    @Test
    void pseudoTranslationTranslatesWordsInBracketsAndKeepsShortcodes(@TempDir Path dir) throws Exception {
        JsonNode ko = JSON.readTree(outputText(RawPostTest.pseudoMerge(dir, RAW), ".ko.json"));
        for (String field : List.of("content", "excerpt")) {
            String raw = ko.path(field).path("raw").asText(), rendered = ko.path(field).path("rendered").asText();
            for (String prose : List.of("[sic]", "Republican President", "citation needed")) {
                assertFalse(raw.contains(prose), field + ".raw: " + prose + " is translated: " + raw);
                assertFalse(rendered.contains(prose), field + ".rendered: " + prose + " is translated: " + rendered);
            }
        }
        String content = ko.path("content").path("raw").asText();
        for (String tag : List.of("[toc]", "[contact-form-7 id=\"12\"]", "[note]", "[/note]")) assertTrue(content.contains(tag), tag);
    }
}
