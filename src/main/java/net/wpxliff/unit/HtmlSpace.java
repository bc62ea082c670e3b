package net.wpxliff.unit;

/**
 * HTML's whitespace (space, tab, line feed, carriage return, form feed), which a browser collapses to one
 * space in text: how extraction shows text to translators and how merge reads their targets back.
 */
public final class HtmlSpace {
    private HtmlSpace() {
    }

    public static boolean is(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Runs of HTML whitespace as one space each. */
    public static String collapse(String s) {
        if (!needsCollapse(s)) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (is(c)) {
                if (!inSpace) sb.append(' ');
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString();
    }

    private static boolean needsCollapse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f') return true;
            if (c == ' ' && i + 1 < s.length() && is(s.charAt(i + 1))) return true;
        }
        return false;
    }
}
