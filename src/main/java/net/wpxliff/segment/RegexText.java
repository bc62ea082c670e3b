package net.wpxliff.segment;

/**
 * Reading the text of a rule's regular expression (not running it): where a character class or a group
 * that opens at an index ends. Escapes and classes nested in groups are read, so a {@code )} or {@code ]}
 * inside them does not end the construct.
 */
final class RegexText {
    private RegexText() {
    }

    /** The index after the character class opening at {@code open} (escapes and nested classes read), or -1. */
    static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The index after the group opening at {@code open} (classes and escapes inside read), or -1. */
    static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = classEnd(regex, i);
                if (end < 0) return -1;
                i = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
