package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextUnit;

/** A change to a range of a field's source text, applied by {@link FieldRenderer}. */
sealed interface Edit permits Edit.UnitEdit, Edit.Replace {
    int start();

    int end();

    /**
     * A unit and its translation. Unchanged units copy their source bytes; others are written from the
     * target, with each code's markup copied from the source.
     */
    record UnitEdit(TextUnit unit, Fragment target, boolean unchanged) implements Edit {
        public int start() {
            return unit.spanStart();
        }

        public int end() {
            return unit.spanEnd();
        }
    }

    /** Fixed replacement text, already in the syntax of where it lands (a localized URL, an inserted member). */
    record Replace(int start, int end, String text) implements Edit {
    }
}
