package net.wpxliff.segment;

import java.util.List;
import java.util.Map;

/**
 * How every match of a pattern begins, as two character tests: some characters of its optional leading
 * atoms ({@code \s*}, {@code [\p{Pe}"]*}), then one of its first required atom. Where that cannot hold,
 * the pattern cannot match, so the regex engine need not be asked: after a word, nearly always a space and
 * a letter say no. Exact by construction (a necessary condition only); character tests read chars, so only
 * for text without surrogate pairs.
 */
final class Opening {
    private final FixedRule.CharTest skipped;
    private final FixedRule.CharTest required;

    private Opening(FixedRule.CharTest skipped, FixedRule.CharTest required) {
        this.skipped = skipped;
        this.required = required;
    }

    /** The opening of a pattern, or null when it cannot be read ({@link #skippedThenRequired}). */
    static Opening of(String regex, int flags, Map<String, FixedRule.CharTest> tests) {
        String[] opening = skippedThenRequired(regex);
        if (opening == null) return null;
        return new Opening(tests.computeIfAbsent(opening[0], k -> new FixedRule.CharTest(k, flags)),
                tests.computeIfAbsent(opening[1], k -> new FixedRule.CharTest(k, flags)));
    }

    /** False when no match can start at {@code at}: no required character after only skippable ones there. */
    boolean mayStartAt(String text, int at) {
        for (int k = at; k < text.length(); k++) {
            char c = text.charAt(k);
            if (required.test(c)) return true;
            if (!skipped.test(c)) return false;
        }
        return false;
    }

    /**
     * How every match of the pattern begins: {@code [skipped, required]}, two one-character regexes such that a
     * match is some characters of {@code skipped} (its optional leading atoms, each a single character repeated)
     * and then one of {@code required} (the first atom that must occur, or the first characters of such a
     * group), unioned over the top-level alternatives. Null when an optional group comes first (it may
     * consume characters its first ones do not describe) or {@link RunLedSearch#firstCharacters} cannot tell.
     */
    static String[] skippedThenRequired(String regex) {
        List<String> alternatives = RunLedSearch.splitAlternatives(regex);
        if (alternatives == null) return null;
        StringBuilder skipped = new StringBuilder("(?:");
        StringBuilder required = new StringBuilder("(?:");
        for (String alternative : alternatives) {
            int i = 0;
            String requiredAtom = null;
            while (i < alternative.length() && requiredAtom == null) {
                if (alternative.startsWith("\\b", i) || alternative.startsWith("\\B", i)) {
                    i += 2;
                    continue;
                }
                QuantifiedAtom quantified = QuantifiedAtom.at(alternative, i);
                if (quantified == null) return null;
                String atom = quantified.atom();
                int min = quantified.min();
                int next = quantified.next();
                if (min > 0) {
                    requiredAtom = atom;
                } else {
                    if (quantified.group()) return null;
                    if (skipped.length() > 3) skipped.append('|');
                    skipped.append(atom);
                }
                i = next;
            }
            if (requiredAtom == null) return null;
            if (required.length() > 3) required.append('|');
            required.append(requiredAtom);
        }
        // an empty skipped set: a class that matches nothing
        return new String[]{skipped.length() > 3 ? skipped.append(')').toString() : "[^\\s\\S]", required.append(')').toString()};
    }

}
