package net.wpxliff.unit;

/**
 * The characters XML 1.0 can carry (its Char production): everything but the C0 controls other than
 * TAB, LF and CR, U+FFFE, U+FFFF and lone surrogates. Export keeps the others out of every file it writes.
 */
public final class XmlChars {
    private XmlChars() {
    }

    /** Whether a code point is XML's {@code Char}: tab, LF, CR and U+0020 on, but surrogates, U+FFFE and U+FFFF. */
    public static boolean isAllowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000 && codePoint <= Character.MAX_CODE_POINT;
    }

    /** Whether the character at {@code i} may appear in XML; a surrogate pair counts as one character. */
    public static boolean isAllowed(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == 0x9 || c == 0xA || c == 0xD) return true;
        if (c < 0x20) return false;
        if (c < Character.MIN_SURROGATE) return true;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return c != 0xFFFE && c != 0xFFFF;
    }

    public static boolean allAllowed(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (!isAllowed(s, i)) return false;
        return true;
    }

    /** {@code s} with each character XML cannot carry shown as {@link #readable(char)}. */
    public static String readable(String s) {
        if (allAllowed(s)) return s;
        StringBuilder shown = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            if (isAllowed(s, i)) shown.append(s.charAt(i));
            else shown.append(readable(s.charAt(i)));
        }
        return shown.toString();
    }

    /** How a name or note shows a character XML cannot carry: {@code \u0011}, readable and valid everywhere. */
    public static String readable(char c) {
        return String.format("\\u%04X", (int) c);
    }
}
