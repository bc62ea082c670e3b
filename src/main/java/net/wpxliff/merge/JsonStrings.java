package net.wpxliff.merge;

import net.wpxliff.unit.LoneSurrogates;

import java.util.function.IntPredicate;

/**
 * Writes JSON string literals for the places merge puts them: JSON-LD inside a {@code <script>} of
 * the page (where {@code </script>}, {@code <!--} and shortcodes must not appear) and the post JSON (in
 * the escaping style WordPress used for the post).
 */
final class JsonStrings {
    private JsonStrings() {
    }

    /**
     * Appends {@code value} as a JSON string literal, quotes included.
     *
     * @param escapeSlash write {@code /} as {@code \/} (WordPress's style)
     * @param escapeChar  other characters to write as {@code \}{@code uXXXX} (non-ASCII, or what the page's
     *                    encoding cannot hold)
     * @param inScript    the string lands in a script block of HTML: escape {@code < > &}, and {@code [} before a
     *                    shortcode name (WordPress runs shortcodes inside scripts of post content too)
     */
    static void quote(String value, StringBuilder out, boolean escapeSlash, IntPredicate escapeChar, boolean inScript) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(escapeSlash ? "\\/" : "/");
                case '\u2028', '\u2029' -> unicodeEscape(c, out);
                case '<', '>', '&' -> {
                    if (inScript) unicodeEscape(c, out);
                    else out.append(c);
                }
                case '[' -> {
                    if (inScript && i + 1 < value.length() && Escaper.isShortcodeStart(value.charAt(i + 1))) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
                default -> {
                    // half a surrogate pair has no bytes in any encoding: its escape keeps it exactly
                    if (c < 0x20 || escapeChar.test(c) || LoneSurrogates.isLone(value, i)) unicodeEscape(c, out);
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    static void unicodeEscape(char c, StringBuilder out) {
        out.append(String.format("\\u%04x", (int) c));
    }
}
