package net.wpxliff.unit;

/**
 * Half of a surrogate pair, alone (a post's JSON may hold {@code "\ud83d"}, half an emoji): no encoding has
 * bytes for it, so writing it as text would turn it into {@code ?}. JSON keeps it as its escape; HTML has no
 * way to write it at all (even {@code &#xD83D;} is a parse error browsers show as U+FFFD).
 */
public final class LoneSurrogates {
    private LoneSurrogates() {
    }

    /** True when the char at {@code i} is a surrogate that is not part of a pair. */
    public static boolean isLone(CharSequence s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        return false;
    }

    /** How many lone surrogates the text holds. */
    public static int count(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isSurrogate(s.charAt(i)) && isLone(s, i)) n++;
        return n;
    }

    /**
     * The same count for a String, scanned in chunks copied to an array: every field of every post passes here,
     * and nearly all hold no surrogate at all.
     */
    public static int count(String s) {
        char[] chunk = new char[Math.min(s.length(), 8192)];
        int n = 0;
        for (int from = 0; from < s.length(); from += chunk.length) {
            int to = Math.min(s.length(), from + chunk.length);
            s.getChars(from, to, chunk, 0);
            for (int i = 0, end = to - from; i < end; i++) {
                if (Character.isSurrogate(chunk[i]) && isLone(s, from + i)) n++;
            }
        }
        return n;
    }

    /** The text with each lone surrogate replaced by U+FFFD (the text itself when there is none). */
    public static String replaced(String s) {
        if (count(s) == 0) return s;
        StringBuilder out = new StringBuilder(s);
        for (int i = 0; i < out.length(); i++) if (Character.isSurrogate(out.charAt(i)) && isLone(s, i)) out.setCharAt(i, '\uFFFD');
        return out.toString();
    }
}
