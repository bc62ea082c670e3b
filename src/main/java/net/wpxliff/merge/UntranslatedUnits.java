package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;

import java.util.List;

/**
 * The units of one document whose target came back identical to their source although the source has text a
 * translator would translate: a copy-source export returned untranslated, or a CAT tool that copied the source.
 * Merge still accepts such a target (a translator may keep a unit as it is); this is what it warns about, and
 * what {@code --require-translated} refuses.
 * <p>
 * A unit has text when its source, codes left out and URLs and e-mail addresses removed, holds two letters in
 * a row (any script): numbers, single letters, symbols, URLs and e-mail addresses alone never count.
 *
 * @param textUnits the units with text
 * @param ids       the ids of those among them whose target equals the source, in document order
 */
public record UntranslatedUnits(int textUnits, List<String> ids) {
    /** How many ids a message lists before "…". */
    private static final int LISTED = 8;

    public static final UntranslatedUnits NONE = new UntranslatedUnits(0, List.of());

    public UntranslatedUnits {
        ids = List.copyOf(ids);
    }

    /** Whether a unit's source holds text a translator would translate (the rule above). Linear in the text. */
    public static boolean hasText(Fragment source) {
        return hasText(source.plainText());
    }

    /** {@link #hasText(Fragment)} of a text without its codes. */
    static boolean hasText(String text) {
        int start = 0;
        while (start < text.length()) {
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
            int end = start;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
            if (end > start && !isAddress(text, start, end) && hasTwoLetters(text, start, end)) return true;
            start = end;
        }
        return false;
    }

    /** A URL ({@code https://…}, {@code www.…}) or an e-mail address: left as it is in any language. */
    private static boolean isAddress(String text, int start, int end) {
        String word = text.substring(start, end);
        return word.contains("://") || word.regionMatches(true, 0, "www.", 0, 4) || word.indexOf('@') > 0;
    }

    /** Two letters in a row (combining marks between them allowed), in any script. */
    private static boolean hasTwoLetters(String text, int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isLetter(c)) {
                if (letter) return true;
                letter = true;
            } else if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                letter = false;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    /** The warning line: the count, and the first ids. */
    public String message() {
        String listed = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())))
                + (ids.size() > LISTED ? ", … (" + (ids.size() - LISTED) + " more)" : "");
        return ids.size() + " of " + textUnits + " units with text are still identical to their source (untranslated?): "
                + listed + "; translate them (mark final in the CAT tool those kept so on purpose), or pass --require-translated to refuse"
                + " such files";
    }
}
