package net.wpxliff.segment;

/**
 * One atom of a regex and its quantifier, as the quick pre-tests ({@link RunLedSearch}, {@link Opening}) read a
 * pattern's opening: the atom as a one-character regex (a group stands for its first characters), how many times
 * it must occur at least, and where the next atom starts.
 *
 * @param atom  a regex for one character: the atom itself, or the first characters a group can begin with
 * @param group whether the atom was a group
 * @param min   the fewest repetitions the quantifier allows (1 without one)
 * @param next  the index just after the atom, its quantifier and a lazy or possessive mark
 */
record QuantifiedAtom(String atom, boolean group, int min, int next) {

    /** The atom starting at {@code i}, or null where the quick tests cannot tell (lookaround, unclosed, odd bounds). */
    static QuantifiedAtom at(String regex, int i) {
        String atom;
        int end;
        boolean group = regex.charAt(i) == '(';
        if (group) {
            if (regex.startsWith("(?", i) && !regex.startsWith("(?:", i)) return null;
            end = RegexText.groupEnd(regex, i);
            if (end < 0) return null;
            atom = RunLedSearch.firstCharacters(regex.substring(regex.startsWith("(?:", i) ? i + 3 : i + 1, end - 1));
            if (atom == null) return null;
        } else {
            end = RunLedSearch.atomEnd(regex, i);
            if (end < 0) return null;
            atom = regex.substring(i, end);
        }
        int min = 1;
        int next = end;
        if (next < regex.length()) {
            char q = regex.charAt(next);
            if (q == '?' || q == '*') {
                min = 0;
                next++;
            } else if (q == '+') {
                next++;
            } else if (q == '{') {
                int close = regex.indexOf('}', next);
                if (close < 0) return null;
                String lower = regex.substring(next + 1, close).split(",", -1)[0];
                if (!lower.matches("[0-9]+")) return null;
                min = Integer.parseInt(lower);
                next = close + 1;
            }
            if (next < regex.length() && (regex.charAt(next) == '?' || regex.charAt(next) == '+')) next++;
        }
        return new QuantifiedAtom(atom, group, min, next);
    }
}
