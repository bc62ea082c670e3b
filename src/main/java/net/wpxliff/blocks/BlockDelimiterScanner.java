package net.wpxliff.blocks;

/**
 * Finds block comment delimiters the way {@code WP_Block_Parser::next_token} does with its regular expression
 * {@code <!--\s+(/)?wp:(ns/)?name\s+({…}\s+)?(/)?-->}, written out by hand so that it runs in linear time:
 * <ul>
 * <li>{@code \s} is PCRE's ASCII whitespace (space, tab, LF, VT, FF, CR), at least one after {@code <!--} and
 * after the name; names are {@code [a-z][a-z0-9_-]*}, with an optional {@code namespace/} of the same form;</li>
 * <li>the attribute JSON runs from {@code {} to the first {@code }} that is followed by whitespace, an optional
 * {@code /} and {@code -->} (the regex's possessive loop): JSON holding {@code } -->} ends early and is then
 * invalid; with no such end anywhere, the comment is not a delimiter; WordPress decodes the JSON together with
 * the whitespace after it;</li>
 * <li>a trailing {@code /} makes a self-closing block even on a closer ({@code <!-- /wp:x /-->}); any other
 * comment, or one that does not match exactly, is plain HTML.</li>
 * </ul>
 */
final class BlockDelimiterScanner {
    private static final String COMMENT_START = "<!--";
    private static final String COMMENT_END = "-->";
    private static final String CORE_NAMESPACE = "core/";

    private final String text;
    /** Memo of the last attribute-end search: no end in {@code [endSearchFrom, endFound)}; -1: none at all. */
    private int endSearchFrom = Integer.MAX_VALUE;
    private int endFound = -1;

    BlockDelimiterScanner(String text) {
        this.text = text;
    }

    /** The first delimiter at or after {@code from}, or {@code null} when there is none. */
    BlockDelimiter next(int from) {
        int at = from;
        while ((at = text.indexOf(COMMENT_START, at)) >= 0) {
            BlockDelimiter delimiter = matchAt(at);
            if (delimiter != null) return delimiter;
            at++;
        }
        return null;
    }

    private BlockDelimiter matchAt(int start) {
        int i = skipWhitespace(start + COMMENT_START.length());
        if (i == start + COMMENT_START.length()) return null;
        boolean closer = i < text.length() && text.charAt(i) == '/';
        if (closer) i++;
        if (!text.startsWith("wp:", i)) return null;
        i += 3;
        int nameStart = i;
        i = skipName(i);
        if (i == nameStart) return null;
        String name;
        if (i < text.length() && text.charAt(i) == '/') {
            int localStart = i + 1;
            int localEnd = skipName(localStart);
            if (localEnd == localStart) return null;
            name = text.substring(nameStart, localEnd);
            i = localEnd;
        } else {
            name = CORE_NAMESPACE + text.substring(nameStart, i);
        }
        int afterName = skipWhitespace(i);
        if (afterName == i) return null;
        i = afterName;
        SourceRange attributes = null;
        SourceRange capture = null;
        if (i < text.length() && text.charAt(i) == '{') {
            int close = attributesEnd(i + 1);
            if (close < 0) return null;
            attributes = new SourceRange(i, close + 1);
            capture = new SourceRange(i, skipWhitespace(close + 1));
            i = capture.end();
        }
        boolean selfClosing = i < text.length() && text.charAt(i) == '/';
        if (selfClosing) i++;
        if (!text.startsWith(COMMENT_END, i)) return null;
        SourceRange range = new SourceRange(start, i + COMMENT_END.length());
        BlockDelimiter.Kind kind = selfClosing ? BlockDelimiter.Kind.SELF_CLOSING
                : closer ? BlockDelimiter.Kind.CLOSER : BlockDelimiter.Kind.OPENER;
        return new BlockDelimiter(kind, name, range, attributes, capture);
    }

    /** The first {@code }} at or after {@code from} followed by whitespace, an optional {@code /} and {@code -->}. */
    private int attributesEnd(int from) {
        if (from >= endSearchFrom && (endFound < 0 || endFound >= from)) return endFound;
        int found = -1;
        for (int brace = text.indexOf('}', from); brace >= 0; brace = text.indexOf('}', brace + 1)) {
            int i = skipWhitespace(brace + 1);
            if (i == brace + 1) continue;
            if (i < text.length() && text.charAt(i) == '/') i++;
            if (text.startsWith(COMMENT_END, i)) {
                found = brace;
                break;
            }
        }
        endSearchFrom = from;
        endFound = found;
        return found;
    }

    private int skipName(int i) {
        if (i >= text.length() || !isLowerLetter(text.charAt(i))) return i;
        i++;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!isLowerLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') break;
            i++;
        }
        return i;
    }

    private int skipWhitespace(int i) {
        while (i < text.length() && isPcreSpace(text.charAt(i))) i++;
        return i;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** PCRE's {@code \s} without the {@code u} flag: ASCII whitespace only (no NBSP, unlike JavaScript's). */
    private static boolean isPcreSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
