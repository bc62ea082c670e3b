package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;

import java.util.Locale;

/**
 * How long a translation may be: at most {@link #RATIO} times its source's text, or {@link #FLOOR} characters for a
 * short source. Korean text is shorter than its English (a Hangul syllable holds a word's sound, and a Korean page runs
 * about two thirds of its English's characters), German and Russian a third longer, Latin letters three or four times a
 * Chinese or Japanese source's; a short source may grow more ({@code OK} → {@code 확인했습니다}, a title given a
 * subtitle), which the floor allows. A translation past both is no translation of its source but a document pasted
 * into it, or an attack on the disk (QA: a target of 50 million characters made a 231 MB {@code .ko.json}): it is
 * refused before anything is rendered, naming the unit, so that no output grows out of bounds. The text counts
 * without codes (they are the source's own).
 */
final class TranslationLength {
    /** How many times its source's length a translation may be. */
    static final int RATIO = 10;
    /** How long any translation may be, however short its source (characters). */
    static final int FLOOR = 2_000;

    private TranslationLength() {
    }

    /** The problem with a translation too long for its source, or null. */
    static Problem check(String unitId, int line, Fragment source, Fragment target) {
        long allowed = Math.max(FLOOR, (long) RATIO * textLength(source));
        long length = textLength(target);
        if (length <= allowed) return null;
        return new Problem(unitId, line, String.format(Locale.ROOT, "the translation is %,d characters long"
                + " and its source %,d: a translation may be at most %d times as long as its source (or %,d characters for"
                + " a short source); the target holds more than this unit's translation (a document pasted into it?):"
                + " put only this unit's text there", length, textLength(source), RATIO, FLOOR));
    }

    /** The text's length without codes. */
    static long textLength(Fragment fragment) {
        long length = 0;
        for (Part part : fragment.parts()) if (part instanceof Text t) length += t.value().length();
        return length;
    }
}
