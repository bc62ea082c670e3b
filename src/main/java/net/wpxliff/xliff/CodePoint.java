package net.wpxliff.xliff;

import net.wpxliff.unit.XmlChars;

/**
 * An XLIFF 2 {@code <cp hex="…"/>} read as the character it stands for. The spec made {@code <cp>} to carry characters
 * XML cannot (control characters, lone surrogates, U+FFFE/U+FFFF), and those are exactly what a web page, a JSON string
 * and WordPress must never get from a translation: an ESC opens terminal sequences, a lone surrogate becomes U+FFFD in
 * one output and stays in another. So a {@code <cp>} is refused unless its character is one XML allows, the same rule
 * the parser applies to {@code &#1;}; what XML allows comes through as if typed (escaped where it lands).
 */
final class CodePoint {
    private CodePoint() {
    }

    /** The character of {@code <cp hex>} in the unit's source or target at the line, or a refusal. */
    static String character(String hex, String unitId, String side, int line) throws XliffException {
        int codePoint = parse(hex);
        if (codePoint < 0) {
            throw refusal(hex, unitId, line, "is not a code point (hexadecimal from 0 to 10FFFF)", side);
        }
        if (!XmlChars.isAllowed(codePoint)) {
            throw refusal(hex, unitId, line, "stands for U+" + String.format("%04X", codePoint) + ", a character XML 1.0"
                    + " does not allow (a control character such as &#0; or &#1;, half a surrogate pair such as &#xD800;,"
                    + " or U+FFFE/U+FFFF), which no web page or WordPress field may hold", side);
        }
        return Character.toString(codePoint);
    }

    /** The hexadecimal value, or -1 when it is not one up to 10FFFF (signs, spaces and overlong values included). */
    private static int parse(String hex) {
        if (hex == null || hex.isEmpty() || hex.length() > 8) return -1;
        int value = 0;
        for (int i = 0; i < hex.length(); i++) {
            int digit = Character.digit(hex.charAt(i), 16);
            if (digit < 0 || hex.charAt(i) > 'f') return -1; // ASCII digits only, not fullwidth ones
            value = value * 16 + digit;
        }
        return value <= Character.MAX_CODE_POINT ? value : -1;
    }

    private static XliffException refusal(String hex, String unitId, int line, String what, String side) {
        return new XliffException(line, "unit " + Untrusted.shown(unitId) + ": <cp hex=\"" + Untrusted.shown(hex)
                + "\"/> " + what + "; remove it from the " + side + " in your CAT tool and export the file again");
    }
}
