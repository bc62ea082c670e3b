package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SRX rule, asked at a position: does Okapi record this rule there? The exact answer comes from
 * {@link OkapiRuleScan} (Okapi's own chain of searches); in front of it, cheap tests of what every
 * recorded position needs — the after-pattern matching there, the characters the before-pattern must end
 * with, a fixed-shape before-pattern ({@link FixedRule}) ending there, a literal the text must contain —
 * turn most questions away without the regex engine. A break rule's positions are all found up front:
 * they are where sentences can end. Holds matchers: not thread-safe.
 */
final class RuleTest {
    final boolean isBreak;
    private final FixedRule fixed;
    /** Characters every match must end with, last first (a cheap test before the regex engine). */
    private final FixedRule.CharTest[] tailChars;
    /** A character every match of the before-pattern contains, or 0: a text without it is skipped. */
    private final char requiredChar;
    private final int flags;
    /** The after-pattern, or null; compiled on first use (most rules are turned away before it is asked). */
    private final String afterRegex;
    private Matcher afterMatcher;
    /**
     * Okapi's search for this rule: made at once for a break rule, and for another rule on the first question its
     * cheap tests let through (most of the ~200 exception rules are never asked past them in a run).
     */
    private OkapiRuleScan scan;
    /** What {@link #scan} is made from while it is not made yet (then null). */
    private Rule rule;
    private Map<String, FixedRule.CharTest> tests;
    private String text;
    /** The splitter's count of texts: state for another count is stale (set up on first use, most rules never are). */
    private long textNumber = -1;
    private boolean textHasRequiredChar;
    /** {@link #afterMatcher} still holds an earlier text. */
    private boolean afterMatcherStale;
    /** False when the text has surrogate pairs: the character tests read chars, the regex engine code points. */
    private boolean charTests;
    /** A break rule's recorded positions in the current text, in order, and how far the questions got. */
    private int[] recorded = new int[8];
    private int recordedCount;
    private int recordedCursor;

    RuleTest(Rule rule, int flags, Map<String, FixedRule.CharTest> tests) {
        String b = rule.getBefore() == null ? "" : rule.getBefore();
        String a = rule.getAfter() == null ? "" : rule.getAfter();
        isBreak = rule.isBreak();
        boolean plain = !b.isEmpty() && !b.endsWith("[noauto]"); // Okapi's suffix, not part of the regex
        fixed = plain ? FixedRule.parse(b, flags, tests) : null;
        List<String> tail = plain && fixed == null && !OkapiRuleScan.hasTopLevelAlternation(b) ? tailAtoms(b) : List.of();
        tailChars = new FixedRule.CharTest[tail.size()];
        for (int i = 0; i < tail.size(); i++) {
            tailChars[i] = tests.computeIfAbsent(tail.get(i), k -> new FixedRule.CharTest(k, flags));
        }
        this.flags = flags;
        afterRegex = a.isEmpty() ? null : a;
        requiredChar = !plain || fixed != null ? 0 : requiredLiteral(b);
        if (isBreak) {
            scan = new OkapiRuleScan(rule, flags, tests);
        } else {
            this.rule = rule;
            this.tests = tests;
        }
    }

    /** A break rule: finds all its positions in a new text and adds them to {@code candidates}. */
    void collectBreaks(String text, long textNumber, boolean charTests, Positions candidates) {
        prepare(text, textNumber, charTests);
        if (!textHasRequiredChar) return;
        for (int p = scan.next(); p >= 0; p = scan.next()) {
            if (recordedCount == recorded.length) recorded = Arrays.copyOf(recorded, recordedCount * 2);
            recorded[recordedCount++] = p;
            candidates.add(p);
        }
    }

    private void prepare(String text, long textNumber, boolean charTests) {
        this.text = text;
        this.textNumber = textNumber;
        this.charTests = charTests;
        textHasRequiredChar = requiredChar == 0 || text.indexOf(requiredChar) >= 0;
        afterMatcherStale = true;
        if (scan != null) scan.reset(text, charTests);
        recordedCount = 0;
        recordedCursor = 0;
    }

    /**
     * True when Okapi records this rule at the position. For one text (its number counted by the caller)
     * positions are asked in increasing order.
     */
    boolean appliesAt(String text, long textNumber, boolean charTests, int position, FixedRule.CharTest word) {
        if (this.textNumber != textNumber) prepare(text, textNumber, charTests);
        if (!textHasRequiredChar) return false;
        if (isBreak) {
            while (recordedCursor < recordedCount && recorded[recordedCursor] < position) recordedCursor++;
            return recordedCursor < recordedCount && recorded[recordedCursor] == position;
        }
        if (charTests) {
            for (int i = 0; i < tailChars.length; i++) {
                if (position - 1 - i < 0 || !tailChars[i].test(text.charAt(position - 1 - i))) return false;
            }
            if (fixed != null && !fixed.matchesBefore(text, position, word)) return false;
        }
        if (afterRegex != null) {
            if (afterMatcher == null) afterMatcher = transparent(Pattern.compile(afterRegex, flags).matcher(""));
            if (afterMatcherStale) {
                afterMatcher.reset(text); // here, not in prepare: most rules are turned away before this
                afterMatcherStale = false;
            }
            afterMatcher.region(position, text.length());
            if (!afterMatcher.lookingAt()) return false;
        }
        if (scan == null) {
            scan = new OkapiRuleScan(rule, flags, tests);
            scan.reset(text, charTests);
            rule = null;
            tests = null;
        }
        return scan.recordsAt(position);
    }

    /**
     * False when this rule cannot apply at a position after the character {@code c} (so the splitter need not
     * ask it there): a rule other than a break rule whose every match must end with a character that is not
     * {@code c}. Only for texts where character tests hold (no surrogate pairs).
     */
    boolean mayApplyAfter(char c) {
        if (isBreak) return true;
        if (tailChars.length > 0 && !tailChars[0].test(c)) return false;
        return fixed == null || fixed.mayEndWith(c);
    }

    private static Matcher transparent(Matcher m) {
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /**
     * The atoms every match must end with, last first: single-character atoms read from the end of the
     * pattern, each possibly repeated with {@code +} (then nothing before it is certain); empty when the
     * end can vary.
     */
    static List<String> tailAtoms(String regex) {
        List<String> atoms = new ArrayList<>();
        String r = regex;
        while (!r.isEmpty() && atoms.size() < 3) {
            boolean repeated = r.endsWith("+") && !r.endsWith("\\+");
            if (repeated) r = r.substring(0, r.length() - 1);
            String atom = lastAtom(r);
            if (atom == null) break;
            atoms.add(atom);
            r = r.substring(0, r.length() - atom.length());
            if (repeated) break;
        }
        return atoms;
    }

    /**
     * A literal character that every match must contain: a top-level atom of the pattern (no top-level
     * alternation) that is one literal character, written plainly, escaped or as a one-character class,
     * and not optional. 0 when there is none.
     */
    static char requiredLiteral(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = RegexText.classEnd(regex, i) - 1;
                if (i < 0) return 0;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return 0; // alternatives need not share a character
            }
        }
        for (int i = 0; i < regex.length(); ) {
            char c = regex.charAt(i);
            int end;
            char literal = 0;
            if (c == '(') {
                end = RegexText.groupEnd(regex, i);
                if (end < 0) return 0;
            } else if (c == '[') {
                end = RegexText.classEnd(regex, i);
                if (end < 0) return 0;
                String body = regex.substring(i + 1, end - 1);
                if (body.length() == 1 && "^\\".indexOf(body.charAt(0)) < 0) literal = body.charAt(0);
                if (body.length() == 2 && body.charAt(0) == '\\' && !Character.isLetterOrDigit(body.charAt(1))) {
                    literal = body.charAt(1);
                }
            } else if (c == '\\') {
                if (i + 1 >= regex.length()) return 0;
                char d = regex.charAt(i + 1);
                end = i + 2;
                if ((d == 'p' || d == 'P') && end < regex.length() && regex.charAt(end) == '{') end = regex.indexOf('}', end) + 1;
                if (end <= 0) return 0;
                if (d == 'u' && i + 6 <= regex.length()) {
                    end = i + 6;
                    try {
                        literal = (char) Integer.parseInt(regex.substring(i + 2, i + 6), 16);
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                } else if (d == 'x' || d == 'Q' || d == 'c' || d == '0') {
                    return 0; // other escapes: not worth reading
                } else if (!Character.isLetterOrDigit(d)) {
                    literal = d;
                }
            } else {
                end = i + 1;
                if (".^$".indexOf(c) < 0) literal = c;
            }
            boolean optional = end < regex.length() && (regex.charAt(end) == '*' || regex.charAt(end) == '?'
                    || regex.startsWith("{0", end));
            if (literal != 0 && !optional) return literal;
            i = end;
            while (i < regex.length() && "*+?".indexOf(regex.charAt(i)) >= 0) i++;
            if (i < regex.length() && regex.charAt(i) == '{') {
                int close = regex.indexOf('}', i);
                if (close < 0) return 0;
                i = close + 1;
                while (i < regex.length() && "+?".indexOf(regex.charAt(i)) >= 0) i++;
            }
        }
        return 0;
    }

    /** The single-character atom the pattern ends with, or null when it ends otherwise. */
    private static String lastAtom(String r) {
        if (r.isEmpty()) return null;
        char last = r.charAt(r.length() - 1);
        if (r.length() >= 2 && r.charAt(r.length() - 2) == '\\' && !Character.isLetterOrDigit(last)
                && (r.length() < 3 || r.charAt(r.length() - 3) != '\\')) {
            return r.substring(r.length() - 2);
        }
        if (last == ']') {
            int open = r.lastIndexOf('[');
            if (open < 0 || r.indexOf('[', open + 1) >= 0 || (open > 0 && r.charAt(open - 1) == '\\')) return null;
            return r.substring(open);
        }
        if (last == '}' && r.matches(".*\\\\[pP]\\{\\w+}")) return r.substring(r.lastIndexOf('\\'));
        if ("^$.|()*+?{}\\".indexOf(last) >= 0) return null;
        if (r.length() >= 2 && r.charAt(r.length() - 2) == '\\') return null;
        return String.valueOf(last);
    }
}
