package net.wpxliff.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Okapi's leftmost-match search for a before-pattern that opens with a repeated class and goes on with
 * something that cannot start inside that run ({@code [\\p{L}\\p{Nd}]+\\s*[\\.?!]+...}, {@code \\w+[:]+...}),
 * without the regex engine's walk through every word. The regex engine tries the pattern at each start and,
 * there, every length of the run, back from its end: quadratic in word length and costly on every word of
 * a paragraph. But the rest of the pattern has to begin with a character of a known set (its first
 * characters up to its first required atom); where no such character lies inside the run, the only
 * length that can succeed is the whole run, and a match can only start where the run starts (or at the
 * search start). So each run costs a few cached character tests and, at most, one match of the rest at
 * its end. Runs that do hold such a character go to the regex engine, as does text with surrogate pairs
 * (the character tests read chars, not code points). The answer is the engine's, position for position.
 */
final class RunLedSearch {
    private final FixedRule.CharTest run;
    private final int minimumRun;
    private final FixedRule.CharTest restStart;
    /** The rest of the before-pattern as group 1, then the after-pattern as a lookahead; compiled on first use. */
    private final String restRegex;
    private final int flags;
    private Matcher rest;
    /**
     * How the rest must begin, or null when not known: checked before the regex engine at each run's end,
     * where nearly always a space and a letter say no.
     */
    private final Opening restOpening;
    /** The text {@link #rest} was last reset to. */
    private String restText;

    private RunLedSearch(FixedRule.CharTest run, int minimumRun, FixedRule.CharTest restStart, String restRegex, int flags,
                         Opening restOpening) {
        this.run = run;
        this.minimumRun = minimumRun;
        this.restStart = restStart;
        this.restRegex = restRegex;
        this.flags = flags;
        this.restOpening = restOpening;
    }

    /**
     * The search for a before-pattern of that shape, or null. {@code codes} is what Okapi appends to the
     * before-pattern inside its group; {@code after} may be empty.
     */
    static RunLedSearch of(String before, String codes, String after, int flags, Map<String, FixedRule.CharTest> tests) {
        if (before.endsWith("[noauto]") || OkapiRuleScan.hasTopLevelAlternation(before)) return null;
        String atom = SentenceSplitter.leadingAtom(before);
        if (atom == null || atom.length() >= before.length()) return null;
        int i = atom.length();
        int minimum;
        char q = before.charAt(i);
        if (q == '+') {
            minimum = 1;
            i++;
        } else if (q == '{') {
            int close = before.indexOf('}', i);
            String body = close < 0 ? "" : before.substring(i + 1, close);
            if (!body.matches("[1-9][0-9]*,")) return null;
            minimum = Integer.parseInt(body.substring(0, body.length() - 1));
            i = close + 1;
        } else {
            return null;
        }
        if (i < before.length() && (before.charAt(i) == '?' || before.charAt(i) == '+')) return null; // lazy, possessive
        String restRegex = before.substring(i);
        String first = firstCharacters(restRegex);
        if (first == null) return null;
        String rest = "(" + restRegex + codes + ")" + (after.isEmpty() ? "" : "(?=" + after + ")");
        return new RunLedSearch(tests.computeIfAbsent(atom, k -> new FixedRule.CharTest(k, flags)), minimum,
                tests.computeIfAbsent(first, k -> new FixedRule.CharTest(k, flags)), rest, flags, Opening.of(restRegex, flags, tests));
    }

    /**
     * A regex for one character that every match of the pattern starts with: the union of its atoms up to
     * and including the first one that must occur, through alternatives and groups (word boundaries
     * skipped: they consume nothing). Null when the pattern could match nothing or holds, before that
     * point, something else (optional groups, lookarounds, anchors, back-references).
     */
    static String firstCharacters(String regex) {
        List<String> alternatives = splitAlternatives(regex);
        if (alternatives == null) return null;
        StringBuilder union = new StringBuilder("(?:");
        for (String alternative : alternatives) {
            String first = firstOfSequence(alternative);
            if (first == null) return null;
            if (union.length() > 3) union.append('|');
            union.append(first);
        }
        return union.append(')').toString();
    }

    private static String firstOfSequence(String regex) {
        StringBuilder union = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            if (regex.startsWith("\\b", i) || regex.startsWith("\\B", i)) {
                i += 2;
                continue;
            }
            QuantifiedAtom quantified = QuantifiedAtom.at(regex, i);
            if (quantified == null) return null;
            String atom = quantified.atom();
            int min = quantified.min();
            int next = quantified.next();
            if (union.length() > 0) union.append('|');
            union.append(atom);
            if (min > 0) return union.toString();
            i = next;
        }
        return null;
    }

    /** The top-level alternatives of a regex, or null when its parentheses or classes do not close. */
    static List<String> splitAlternatives(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = atomEnd(regex, i);
                if (end < 0) return null;
                i = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        if (depth != 0) return null;
        parts.add(regex.substring(from));
        return parts;
    }

    /** End of a single-character atom at {@code i} (class, escape, literal), or -1 for anything else. */
    static int atomEnd(String re, int i) {
        char c = re.charAt(i);
        if (c == '[') return RegexText.classEnd(re, i);
        if (c == '\\') {
            if (i + 1 >= re.length()) return -1;
            char d = re.charAt(i + 1);
            if (d == 'p' || d == 'P') {
                int close = re.indexOf('}', i);
                return close < 0 ? -1 : close + 1;
            }
            if (d == 'u') return i + 6 <= re.length() ? i + 6 : -1;
            if ("dDsSwWtnrf".indexOf(d) >= 0 || !Character.isLetterOrDigit(d)) return i + 2;
            return -1; // boundaries, anchors, back-references, quoting
        }
        return "^$.|()*+?{}".indexOf(c) >= 0 ? -1 : i + 1;
    }

    /**
     * The leftmost match at or after {@code from}: its start and the end of its before-group, or null when
     * there is none. {@code exact} is the whole rule's matcher on the same text, used where this search
     * cannot decide.
     */
    int[] find(String text, int from, Matcher exact) {
        if (text != restText) { // once per text, not per search: a reset clears every group of the pattern
            if (rest == null) {
                rest = Pattern.compile(restRegex, flags).matcher("");
                rest.useTransparentBounds(true);
                rest.useAnchoringBounds(false);
            }
            rest.reset(text);
            restText = text;
        }
        int length = text.length();
        int s = from;
        while (s < length) {
            if (!run.test(text.charAt(s))) {
                s++;
                continue;
            }
            int e = s + 1;
            while (e < length && run.test(text.charAt(e))) e++;
            int[] match = matchAt(text, s, e, exact);
            if (match != null) return match;
            s = e; // a match cannot start inside this run: it would start at s too
        }
        return null;
    }

    /** Is there a match starting at {@code s}, whose run ends at {@code e}? */
    private int[] matchAt(String text, int s, int e, Matcher exact) {
        for (int split = s + minimumRun; split < e; split++) {
            if (restStart.test(text.charAt(split))) {
                exact.region(s, text.length());
                return exact.lookingAt() ? new int[]{s, s + exact.group(1).length()} : null;
            }
        }
        if (e - s < minimumRun) return null;
        if (restOpening != null && !restOpening.mayStartAt(text, e)) return null;
        rest.region(e, text.length());
        return rest.lookingAt() ? new int[]{s, rest.end(1)} : null;
    }
}
