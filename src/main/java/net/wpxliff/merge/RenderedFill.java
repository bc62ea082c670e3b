package net.wpxliff.merge;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.input.Field;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextUnit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a raw post's rendered fields from the translations of its raw fields. Stub of the "raw" branch:
 * the "fill" branch brings the real class with this same API; until then the rendered fields come back unchanged.
 */
public final class RenderedFill {
    /** One merged raw unit and its translation. */
    public record Translation(TextUnit unit, Fragment target) {
    }

    /**
     * @param fields     rendered field key to merged HTML, for the title, excerpt and content the rendered view has
     * @param units      rendered units found
     * @param translated rendered units translated
     * @param warnings   what the user should know (rendered sentences left in the source language)
     */
    public record Filled(Map<String, String> fields, int units, int translated, List<String> warnings) {
    }

    public RenderedFill(DocumentMerger.Options options, String sourceLanguage, String targetLanguage,
                        DocumentExtractor extractor) {
    }

    public Filled fill(SourceDocument rendered, List<Translation> translations) throws MergeException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field field : rendered.fields()) fields.put(field.key(), field.html());
        return new Filled(fields, 0, 0, List.of());
    }
}
