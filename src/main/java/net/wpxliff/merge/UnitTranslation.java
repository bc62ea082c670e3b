package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextUnit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One merged unit and its translation, whole and per sentence where the returned file tells them: what the rendered
 * fill ({@link RenderedFill}) and the translation memory ({@code tm}) take from a merge.
 *
 * @param unit     the unit (of the raw fields, for a post read with context=edit), with its sentences
 * @param target   its whole translation (with the unit's own codes)
 * @param segments the translation per sentence of {@code unit}, in order, or null when unknown (then the
 *                 translation is split with the export's sentence rules, and used per sentence only when
 *                 that gives the same sentences with the same codes)
 * @param marksLeftOut the returned target was marked by sentence but left some of the source's out (merged into
 *                 others by the translator, or lost: merge warns), so it is not sure to translate the whole unit
 * @param reordered the returned target gives the source's sentences in another order ({@code segments} are still
 *                 each sentence's own translation; {@code target} is in the translator's order)
 * @param separate when {@code segments} is null because a translator joined some of the unit's sentences into one
 *                 segment and left others alone: per sentence of {@code unit}, its translation where the file gives
 *                 it in a segment of its own, null where it was joined with others; else null
 */
public record UnitTranslation(TextUnit unit, Fragment target, List<Fragment> segments, boolean marksLeftOut,
                              boolean reordered, List<Fragment> separate) {
    public UnitTranslation(TextUnit unit, Fragment target) {
        this(unit, target, null, false, false, null);
    }

    public UnitTranslation {
        segments = segments == null ? null : List.copyOf(segments);
        separate = separate == null ? null : Collections.unmodifiableList(new ArrayList<>(separate)); // nulls kept
    }
}
