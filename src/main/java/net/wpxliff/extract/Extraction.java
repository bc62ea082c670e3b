package net.wpxliff.extract;

import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.TextUnit;

import java.util.List;

/**
 * What extraction found in one document: its units in document order (each field's units together,
 * fields in document order) and warnings about text left untranslated.
 */
public record Extraction(SourceDocument document, List<TextUnit> units, List<String> warnings) {
    public Extraction {
        units = List.copyOf(units);
        warnings = List.copyOf(warnings);
    }

    public List<TextUnit> unitsOf(String field) {
        return units.stream().filter(u -> u.field().equals(field)).toList();
    }
}
