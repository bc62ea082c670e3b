package net.wpxliff.extract;

import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.TextUnit;
import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Map;

/**
 * What extraction found in one document: its units in document order (each field's units together,
 * fields in document order), warnings about text left untranslated, and each field's parsed HTML (with
 * source positions) for merge to reuse rather than parse again.
 */
public record Extraction(SourceDocument document, List<TextUnit> units, List<String> warnings,
                         Map<String, Document> parsedFields) {
    public Extraction {
        units = List.copyOf(units);
        warnings = List.copyOf(warnings);
        parsedFields = Map.copyOf(parsedFields);
    }

    /** The same without the parsed fields, which hold most of its memory: for export, which never uses them. */
    public Extraction withoutParsedFields() {
        return parsedFields.isEmpty() ? this : new Extraction(document, units, warnings, Map.of());
    }

    public List<TextUnit> unitsOf(String field) {
        return units.stream().filter(u -> u.field().equals(field)).toList();
    }
}
