package net.wpxliff.unit;

/**
 * Whether text shows anything on a page. White space is not all a translation can hide behind: a no-break space, a
 * zero-width space or a byte-order mark ({@code U+00A0}, {@code U+200B}, {@code U+FEFF}) shows nothing either, so a
 * target made of them is an empty target (QA: they had replaced whole paragraphs without a word).
 */
public final class VisibleText {
    private VisibleText() {
    }

    /**
     * True when the text holds nothing but white space, space separators, format and control characters, marks and
     * the blank letters ({@link #BLANK_LETTERS}).
     */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!invisible(c)) return false;
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * True when the text is nothing but space: white space and Unicode's space separators (the no-break spaces U+00A0,
     * U+202F and U+2007, U+3000), which {@link String#isBlank} does not count as space; unlike {@link #isBlank}, no
     * zero-width or format character, which is no space a reader sees.
     */
    public static boolean isSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false; // every space is in the BMP
        }
        return true;
    }

    /** True when the text holds a letter or a digit (a translation of words has some), a blank filler not counted. */
    public static boolean hasWordCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c) && BLANK_LETTERS.indexOf(c) < 0) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    /** True when the text holds a letter, a blank filler not counted. */
    public static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c) && BLANK_LETTERS.indexOf(c) < 0) return true;
            i += Character.charCount(c);
        }
        return false;
    }

    private static boolean invisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || BLANK_LETTERS.indexOf(c) >= 0) return true;
        int type = Character.getType(c);
        // marks alone (combining accents, variation selectors, the grapheme joiner) show nothing either
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Characters Unicode files as letters or symbols that show as nothing: the Hangul fillers (QA: a title of three
     * U+3164 passed as a translation of a Korean site's headline) and the blank Braille pattern.
     */
    private static final String BLANK_LETTERS = "\u115F\u1160\u3164\uFFA0\u2800";
}
