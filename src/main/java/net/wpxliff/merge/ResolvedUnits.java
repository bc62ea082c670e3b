package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ReturnedUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's units as the returned file resolves them, unit by unit: the edits each field gets, the translations
 * (for a second view's fill), and what the per-unit checks found, to be reported once per document (warnings) or
 * refused (problems, added as they are found).
 */
final class ResolvedUnits {
    private final Map<String, List<Edit>> editsByField = new LinkedHashMap<>();
    private final Map<String, Fragment> translated = new HashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final List<String> identical = new ArrayList<>();
    private final Map<String, List<String>> leftOut = new LinkedHashMap<>();
    private final Map<String, List<String>> asSource = new LinkedHashMap<>();
    private final MarkupLikeText markupLike = new MarkupLikeText();
    private final WordlessTranslations wordless = new WordlessTranslations();
    private final BidiControls bidi = new BidiControls();
    private int textUnits;
    /** The unit whose translation added most to its source, named when a file grows over {@link MergedSize}. */
    private String grewMost;
    private long grewBy;

    /**
     * Takes one unit's outcome.
     *
     * @param back     the unit as the file returns it, or null
     * @param resolved what {@link TargetResolver} made of it (a null target: refused, its problem already added)
     * @param problems where refusals found here are added
     */
    void add(TextUnit unit, ReturnedUnit back, TargetResolver.Resolved resolved, List<Problem> problems) {
        if (resolved.target() == null) return;
        if (resolved.missing()) missing.add(unit.id());
        if (!resolved.marksLeftOut().isEmpty()) leftOut.put(unit.id(), resolved.marksLeftOut());
        if (!resolved.sentencesAsSource().isEmpty()) asSource.put(unit.id(), resolved.sentencesAsSource());
        if (back != null && back.hasTarget() && !resolved.unchanged()) {
            Problem tooLong = TranslationLength.check(unit.id(), back.line(), unit.source(), resolved.target());
            if (tooLong != null) { // checked first: a flood of text goes no further than this
                problems.add(tooLong);
                return;
            }
            long grown = TranslationLength.textLength(resolved.target()) - TranslationLength.textLength(unit.source());
            if (grewMost == null || grown > grewBy) {
                grewMost = unit.id();
                grewBy = grown;
            }
        }
        if (back != null && back.hasTarget()) {
            translated.put(unit.id(), resolved.target());
            if (!resolved.unchanged()) {
                markupLike.check(unit.id(), unit.source(), resolved.target());
                wordless.check(unit.id(), unit.source(), resolved.target());
                Problem override = bidi.check(unit.id(), back.line(), unit.source(), resolved.target());
                if (override != null) problems.add(override);
            }
        }
        if (UntranslatedUnits.hasText(unit.source())) {
            textUnits++;
            // missing ones are listed already; one the file marks as settled was kept identical on purpose
            if (resolved.unchanged() && !resolved.missing() && (back == null || !back.confirmed())) identical.add(unit.id());
        }
        editsByField.computeIfAbsent(unit.field(), k -> new ArrayList<>())
                .add(new Edit.UnitEdit(unit, resolved.target(), resolved.unchanged()));
    }

    /** The field's unit edits, in a list of its own (merge adds the links it localizes). */
    List<Edit> editsFor(String fieldKey) {
        return new ArrayList<>(editsByField.getOrDefault(fieldKey, List.of()));
    }

    /** What the per-unit checks warn about, one line each. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (markupLike.warning() != null) warnings.add(markupLike.warning());
        if (wordless.warning() != null) warnings.add(wordless.warning());
        if (bidi.warning() != null) warnings.add(bidi.warning());
        if (!leftOut.isEmpty()) {
            warnings.add(leftOut.size() + " unit(s) have a target marked by sentence that leaves sentences of the source out: "
                    + String.join(", ", DocumentMerger.Result.said(leftOut)) + "; taken as sentences the translator merged"
                    + " into others' <mrk>, but their text may as well be lost: check them (merge with --require-translated"
                    + " refuses them)");
        }
        if (!asSource.isEmpty()) {
            warnings.add(asSource.size() + " unit(s) are translated but for sentences still identical to their source: "
                    + String.join(", ", DocumentMerger.Result.said(asSource)) + "; translate them (mark final in the CAT"
                    + " tool those kept so on purpose; merge with --require-translated refuses them)");
        }
        return warnings;
    }

    /** Units the file translates: unit id → its target. */
    Map<String, Fragment> translated() {
        return translated;
    }

    List<String> missing() {
        return missing;
    }

    UntranslatedUnits untranslated() {
        return new UntranslatedUnits(textUnits, identical);
    }

    Map<String, List<String>> marksLeftOut() {
        return leftOut;
    }

    Map<String, List<String>> sentencesAsSource() {
        return asSource;
    }

    /** The unit whose translation grew most over its source, or null. */
    String grewMost() {
        return grewMost;
    }
}
