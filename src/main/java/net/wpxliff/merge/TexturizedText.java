package net.wpxliff.merge;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;

/**
 * The matching key of a sentence or unit, the same for the text an editor wrote ({@code raw}) and the text
 * WordPress renders from it ({@code rendered}). Rendering runs {@code wptexturize}, which turns straight
 * quotes into curly ones, {@code --}/{@code ---} and spaced hyphens into dashes, {@code ...} into an
 * ellipsis, {@code 1x2} into {@code 1×2}, and {@code wpautop}, which re-flows whitespace. Entities are
 * already decoded by extraction (so {@code &#8217;} and {@code ’} are the same character here). The key
 * maps every one of those forms to one plain form on both sides, and collapses whitespace; codes are in it
 * by role, type and element name only (their attributes may differ: {@code srcset}, added classes), so two
 * fragments with one key have the same codes in the same order.
 */
final class TexturizedText {
    private TexturizedText() {
    }

    static String key(Fragment fragment) {
        StringBuilder key = new StringBuilder();
        for (Part part : fragment.parts()) {
            if (part instanceof Text t) key.append(plain(t.value()));
            else key.append('\u0001').append(signature((Code) part)).append('\u0002');
        }
        // wpautop writes "<br />\n" for an editor's newline: space beside a line break is not text
        return collapse(key).replace(" " + LINE_BREAK, LINE_BREAK).replace(LINE_BREAK + " ", LINE_BREAK);
    }

    private static final String LINE_BREAK = "\u0001" + Code.Kind.STANDALONE + ":lb\u0002";

    /** What must be equal for a code of one fragment to stand for a code of the other. */
    static String signature(Code code) {
        // a newline in classic editor text is the <br /> wpautop renders for it: both are line breaks
        if (code.type().equals("lb")) return code.kind() + ":lb";
        return code.kind() + ":" + code.type() + ":" + code.label();
    }

    /** The text with wptexturize's typographic characters mapped back to the plain ones an editor types. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if ((c == '`' && next == '`') || (c == '\'' && next == '\'')) { // wptexturize's `` and '' double quotes
                out.append('"');
                i++;
                continue;
            }
            switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
                case '\u2013', '\u2014' -> out.append('-');
                case '-' -> {
                    out.append('-');
                    while (i + 1 < text.length() && text.charAt(i + 1) == '-') i++; // -- and --- are dashes
                }
                case '\u2026' -> out.append("...");
                case '\u00D7' -> out.append('x');
                case '\u2122' -> out.append("(tm)");
                case '\u00A0', '\u2009', '\u202F' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whitespace runs as one space, none at the ends. */
    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
