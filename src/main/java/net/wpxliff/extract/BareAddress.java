package net.wpxliff.extract;

import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Text;

import java.util.regex.Pattern;

/**
 * Text that is nothing but web or e-mail addresses ({@code https://example.org/docs}, {@code info@example.com}, a
 * placeholder {@code you@example.com}), as people write them: a domain without a scheme ({@code example.org}), in
 * angle brackets ({@code <https://example.com/x>}, the form RFC 3986 suggests for an address in text), or several
 * separated by spaces, commas, semicolons or line breaks (QA pass 5: each of these was a unit). There is nothing in it
 * to translate, and a translation could only break an address, so it is no unit, like text without words. Text with a
 * word that is no address ({@code See https://example.org}, {@code https://a.org and https://b.org}) is translated as
 * usual.
 *
 * <p>The trade-off: a domain is two or more dot-separated names ending in two or more lower-case letters, so a file or
 * product name alone ({@code README.md}, {@code Node.js}) is taken for one; they are kept as written in a Korean page
 * too. A version ({@code v1.2}), an abbreviation ({@code e.g.}) or a capitalised pair ({@code Mr.Smith}) is not.
 */
final class BareAddress {
    /** A web address as WordPress's auto-embed and make_clickable see one: a scheme or "www.", then no spaces. */
    private static final Pattern URL = Pattern.compile("(?i)(?:(?:https?|ftp)://|www\\.)[^\\s<>\"]+");
    /** A host name without a scheme: its last label (the top-level domain) lower-case letters, then a port or path. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)(?::\\d{1,5})?(?:[/?#][^\\s<>\"]*)?");
    private static final Pattern EMAIL = Pattern.compile(
            "(?i)(?:mailto:)?[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** What separates addresses in a list of them. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private BareAddress() {
    }

    /** True when the content, its codes counted as spaces and white space trimmed, is nothing but addresses. */
    static boolean is(Fragment content) {
        if (!startsLikeAnAddress(content)) return false; // nearly every unit: no text is made for the patterns
        StringBuilder text = new StringBuilder();
        for (Part part : content.parts()) {
            // a link around the address is still just the address; a line break between two texts parts them
            if (part instanceof Text t) text.append(t.value());
            else if (part instanceof Code c) text.append(c.kind() == Code.Kind.STANDALONE ? " " : "");
        }
        return is(text.toString());
    }

    /**
     * Whether the content's first word holds {@code .}, {@code :} or {@code @}, as every address does: prose starts
     * with a word that holds none, and is told from addresses without building its text.
     */
    private static boolean startsLikeAnAddress(Fragment content) {
        boolean started = false;
        for (Part part : content.parts()) {
            if (part instanceof Code c) {
                if (started && c.kind() == Code.Kind.STANDALONE) return false;
                continue;
            }
            String value = ((Text) part).value();
            for (int i = 0; i < value.length(); i++) {
                char ch = value.charAt(i);
                if (Character.isWhitespace(ch)) {
                    if (started) return false;
                } else {
                    started = true;
                    if (ch == '.' || ch == ':' || ch == '@') return true;
                }
            }
        }
        return false;
    }

    static boolean is(String text) {
        boolean found = false;
        for (String word : SEPARATORS.split(text)) {
            if (word.isEmpty()) continue; // before a leading separator
            if (!address(word)) return false;
            found = true;
        }
        return found;
    }

    /** One address, in angle brackets or not. */
    private static boolean address(String word) {
        String bare = word.length() > 2 && word.startsWith("<") && word.endsWith(">") ? word.substring(1, word.length() - 1) : word;
        return URL.matcher(bare).matches() || EMAIL.matcher(bare).matches() || DOMAIN.matcher(bare).matches();
    }
}
