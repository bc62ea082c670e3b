package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.Rule;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SRX rule searched exactly as Okapi's {@code SRXSegmenter} searches it, giving the positions where
 * Okapi records that rule. Okapi compiles a rule into {@code (before<codes>)(after)} and calls
 * {@code find(start)} from 0, each search starting at the position the previous match gave (its start
 * plus the before-group's length). So the rule is recorded only where that chain of leftmost matches lands:
 * not everywhere its before-pattern could end (a match starting before the previous position, or a
 * shorter before-match the regex engine did not try first, is never seen), and with no bound on how far
 * back a before-match reaches. Reproducing that chain is what makes our sentences Okapi's for every input.
 *
 * <p>Positions are produced lazily, in increasing order, and queried in increasing order: each text costs at
 * most one pass of this rule over it, and only for the rules asked. Not thread-safe.
 */
final class OkapiRuleScan {
    /** Okapi's pattern for in-line code markers; our texts have no codes, but the rules are compiled with it. */
    private static final String CODES = "([\\uE101\\uE102\\uE103].)*";

    private final int flags;
    /** Okapi's regex for the rule, and its matcher, compiled on the first search (most rules never search a text). */
    private final String exactRegex;
    private Matcher exact;
    /** The same pattern, allowed to start only where a leading run starts (null when it has none); compiled with {@link #exact}. */
    private final String guardedRegex;
    private Matcher guarded;
    private final boolean anchored;
    /** The search without the regex engine's walk through every word, for rules that open with a run. */
    private final RunLedSearch runLed;
    /** The characters every match starts with, when known: other positions are not tried. */
    private final FixedRule.CharTest firstChar;
    /** How a match must begin beyond its first character, when known (with {@link #firstChar}). */
    private final Opening opening;
    /**
     * {@link #firstChar} as the few literal characters it stands for ({@code [.?!]}, an ellipsis), or null:
     * then candidate starts are found with {@code indexOf}, not by testing every character.
     */
    private final char[] firstLiterals;
    /** Per text: where each first literal next occurs (at or after the last search), -1 for nowhere, -2 not looked. */
    private int[] nextLiteral;
    private String text;
    /** The matchers still hold an earlier text: reset on first use (most rules asked about a text never search it). */
    private boolean matchersStale;
    private boolean charTests;
    private int start;
    private int previousStart;
    private int current;
    private boolean done;

    OkapiRuleScan(Rule rule, int flags, Map<String, FixedRule.CharTest> tests) {
        String before = rule.getBefore() == null ? "" : rule.getBefore();
        String after = rule.getAfter() == null ? "" : rule.getAfter();
        String beforeGroup = before.endsWith("[noauto]")
                ? "(" + before.substring(0, before.length() - "[noauto]".length()) + ")"
                : "(" + before + CODES + ")";
        String afterGroup = "(" + after + ")";
        String regex;
        if (before.isEmpty()) regex = "(.|\n)" + afterGroup;
        else if (after.isEmpty()) regex = beforeGroup + "()";
        else regex = beforeGroup + afterGroup;
        this.flags = flags;
        exactRegex = regex;
        String guard = before.isEmpty() ? "" : SentenceSplitter.startOfRun(before);
        guardedRegex = guard.isEmpty() ? null : guard + regex;
        anchored = before.startsWith("^") && !hasTopLevelAlternation(before);
        runLed = before.isEmpty() ? null : RunLedSearch.of(before, CODES, after, flags, tests);
        String first = before.isEmpty() || before.endsWith("[noauto]") ? null : RunLedSearch.firstCharacters(before);
        firstChar = first == null ? null : tests.computeIfAbsent(first, k -> new FixedRule.CharTest(k, flags));
        opening = first == null ? null : Opening.of(before, flags, tests);
        firstLiterals = first == null ? null : literals(first);
        nextLiteral = firstLiterals == null ? null : new int[firstLiterals.length];
    }

    /** The first position at or after {@code from} holding one of {@link #firstLiterals}, or -1. */
    private int nextLiteralFrom(int from) {
        int next = -1;
        for (int k = 0; k < firstLiterals.length; k++) {
            int at = nextLiteral[k];
            if (at == -1) continue;
            if (at < from) at = nextLiteral[k] = text.indexOf(firstLiterals[k], from);
            if (at >= 0 && (next < 0 || at < next)) next = at;
        }
        return next;
    }

    /**
     * The characters a one-character regex from {@link RunLedSearch#firstCharacters} ({@code (?:[.?!])}, an
     * ellipsis or a full stop) matches, when it names them literally (classes of literals, escaped punctuation,
     * {@code \n}, {@code \t}, four-digit hex escapes); null for anything else (ranges, negation, properties, {@code \s}).
     */
    static char[] literals(String regex) {
        if (!regex.startsWith("(?:") || !regex.endsWith(")")) return null;
        String body = regex.substring(3, regex.length() - 1);
        StringBuilder chars = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[' && !inClass) {
                if (i + 1 < body.length() && (body.charAt(i + 1) == '^' || body.charAt(i + 1) == ']')) return null;
                inClass = true;
            } else if (c == ']' && inClass) {
                inClass = false;
            } else if (c == '|' && !inClass) {
                continue;
            } else if (c == '\\') {
                if (i + 1 >= body.length()) return null;
                char d = body.charAt(++i);
                if (d == 'n') chars.append('\n');
                else if (d == 't') chars.append('\t');
                else if (d == 'u' && i + 4 < body.length() && body.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                    chars.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4;
                } else if (!Character.isLetterOrDigit(d)) chars.append(d);
                else return null;
            } else if (inClass ? "[&-".indexOf(c) >= 0 : "()[]{}.*+?^$".indexOf(c) >= 0) {
                return null;
            } else {
                chars.append(c);
            }
        }
        if (inClass || chars.length() == 0) return null;
        return chars.chars().distinct().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toCharArray();
    }

    /** True when the regex is an alternation at its top level ({@code a|b}, not {@code (a|b)} or {@code [|]}). */
    static boolean hasTopLevelAlternation(String regex) {
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') classes++;
            else if (classes > 0) classes -= c == ']' ? 1 : 0;
            else if (c == '(') groups++;
            else if (c == ')') groups--;
            else if (c == '|' && groups == 0) return true;
        }
        return false;
    }

    private static Matcher transparent(Matcher m) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /**
     * Starts over on a new text.
     *
     * @param charTests false when the text has surrogate pairs (no character-by-character shortcuts then)
     */
    void reset(String text, boolean charTests) {
        this.text = text;
        this.charTests = charTests;
        matchersStale = true;
        if (nextLiteral != null) java.util.Arrays.fill(nextLiteral, -2);
        start = 0;
        previousStart = -1;
        current = -1;
        done = false;
    }

    /**
     * True when Okapi records this rule at {@code position}. Positions must be asked in increasing order
     * (after {@link #reset}).
     */
    boolean recordsAt(int position) {
        while (current < position && !done) advance();
        return current == position;
    }

    /** The next position Okapi records for this rule, or -1 when there is none. */
    int next() {
        if (done) return -1;
        int before = current;
        advance();
        return current == before ? -1 : current;
    }

    /** One step of Okapi's loop: {@code while (start != prevStart && m.find(start)) {...; start = n;}}. */
    private void advance() {
        int n = start == previousStart || (anchored && start > 0) ? -1 : findFrom(start);
        if (n < 0) {
            done = true;
            return;
        }
        previousStart = start;
        start = n;
        current = n;
        if (start == previousStart) done = true;
    }

    /**
     * Okapi's {@code find(from)}: where the leftmost match at or after {@code from} puts the rule (its start
     * plus the length of the before-group), or -1. With a leading run
     * ({@code \\w+...}) the leftmost match never starts inside a run, except at {@code from} itself, so
     * after trying {@code from} the search may skip run interiors: the same match, without the quadratic
     * backtracking through every word.
     */
    private int findFrom(int from) {
        if (matchersStale) {
            if (exact == null) {
                exact = transparent(Pattern.compile(exactRegex, flags).matcher(""));
                if (guardedRegex != null) guarded = transparent(Pattern.compile(guardedRegex, flags).matcher(""));
            }
            exact.reset(text);
            if (guarded != null) guarded.reset(text);
            matchersStale = false;
        }
        if (runLed != null && charTests) {
            int[] match = runLed.find(text, from, exact);
            return match == null ? -1 : match[1];
        }
        if (firstLiterals != null && charTests) {
            for (int s = nextLiteralFrom(from); s >= 0; s = nextLiteralFrom(s + 1)) {
                if (opening != null && !opening.mayStartAt(text, s)) continue;
                exact.region(s, text.length());
                if (exact.lookingAt()) return s + exact.group(1).length();
            }
            return -1;
        }
        if (firstChar != null && charTests) {
            for (int s = from; s < text.length(); s++) {
                if (!firstChar.test(text.charAt(s))) continue;
                if (opening != null && !opening.mayStartAt(text, s)) continue;
                exact.region(s, text.length());
                if (exact.lookingAt()) return s + exact.group(1).length();
            }
            return -1;
        }
        Matcher m;
        if (guarded == null) {
            m = exact.find(from) ? exact : null;
        } else {
            exact.region(from, text.length());
            m = exact.lookingAt() ? exact : from < text.length() && guarded.find(from + 1) ? guarded : null;
        }
        return m == null ? -1 : m.start() + m.group(1).length();
    }
}
