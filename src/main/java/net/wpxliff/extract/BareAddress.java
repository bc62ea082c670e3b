package net.wpxliff.extract;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;

import java.util.regex.Pattern;

/**
 * Text that is nothing but one web address or one e-mail address ({@code https://example.org/docs},
 * {@code info@example.com}, a placeholder {@code you@example.com}): there is nothing in it to translate, and a
 * translation could only break the address, so it is no unit, like text without words. Text with words around an
 * address ({@code See https://example.org}) is translated as usual.
 */
final class BareAddress {
    /** A web address as WordPress's auto-embed and make_clickable see one: a scheme or "www.", then no spaces. */
    private static final Pattern URL = Pattern.compile("(?i)(?:(?:https?|ftp)://|www\\.)[^\\s<>\"]+");
    private static final Pattern EMAIL = Pattern.compile(
            "(?i)(?:mailto:)?[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    private BareAddress() {
    }

    /** True when the content, its codes counted as spaces and white space trimmed, is one address. */
    static boolean is(Fragment content) {
        if (hasTwoWords(content)) return false; // nearly every unit: no text is made for the patterns
        StringBuilder text = new StringBuilder();
        for (Part part : content.parts()) {
            // a link around the address is still just the address; a line break between two texts parts them
            if (part instanceof Text t) text.append(t.value());
            else if (part instanceof Code c) text.append(c.kind() == Code.Kind.STANDALONE ? " " : "");
        }
        return is(text.toString());
    }

    /** Whether a text part holds white space between two non-space characters (an address never does). */
    private static boolean hasTwoWords(Fragment content) {
        for (Part part : content.parts()) {
            if (!(part instanceof Text t)) continue;
            String value = t.value();
            int first = 0, last = value.length() - 1;
            while (first <= last && Character.isWhitespace(value.charAt(first))) first++;
            while (last >= first && Character.isWhitespace(value.charAt(last))) last--;
            for (int i = first; i <= last; i++) if (Character.isWhitespace(value.charAt(i))) return true;
        }
        return false;
    }

    static boolean is(String text) {
        String trimmed = text.strip();
        return !trimmed.isEmpty() && (URL.matcher(trimmed).matches() || EMAIL.matcher(trimmed).matches());
    }
}
