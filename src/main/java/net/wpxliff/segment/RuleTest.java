package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SRX rule, tested at a position: does its before-pattern match the text ending there and its
 * after-pattern the text starting there? Fixed-shape before-patterns ({@link FixedRule}) skip the regex
 * engine; the others run as a bounded lookbehind (or, when anchored with {@code ^}, as a match of the
 * whole text before the position), after a cheap check of the last character where the pattern allows.
 * Holds matchers: not thread-safe.
 */
final class RuleTest {
    /**
     * Longest run a repeated atom of a regex before-pattern may cover when it is run as a lookbehind. SRX
     * before-patterns are a word and punctuation; Java tries every length a lookbehind allows at each
     * position, so the bound is what keeps the test cheap.
     */
    static final int LOOKBEHIND_LIMIT = 16;
    /** The same for runs of a negated class, such as the rest of a URL. */
    static final int LONG_RUN_LIMIT = 256;

    final boolean isBreak;
    private final FixedRule fixed;
    private final Pattern before;
    private final boolean anchored;
    /** Characters every match must end with, last first (a cheap test before the regex engine). */
    private final FixedRule.CharTest[] tailChars;
    /** A character every match of a regex before-pattern contains, or 0: a text without it is skipped. */
    private final char requiredChar;
    private boolean textHasRequiredChar;
    private final Pattern after;
    private Matcher beforeMatcher;
    private Matcher afterMatcher;
    private String text;

    RuleTest(Rule rule, int flags, Map<String, FixedRule.CharTest> tests) {
        String b = rule.getBefore() == null ? "" : rule.getBefore();
        String a = rule.getAfter() == null ? "" : rule.getAfter();
        isBreak = rule.isBreak();
        fixed = b.isEmpty() ? null : FixedRule.parse(b, flags, tests);
        anchored = b.startsWith("^");
        if (b.isEmpty() || fixed != null) {
            before = null;
        } else if (anchored) {
            before = Pattern.compile(b, flags);
        } else {
            before = Pattern.compile("(?<=" + boundedForLookbehind(b) + ")", flags);
        }
        List<String> tail = fixed == null ? tailAtoms(b) : List.of();
        tailChars = new FixedRule.CharTest[tail.size()];
        for (int i = 0; i < tail.size(); i++) {
            tailChars[i] = tests.computeIfAbsent(tail.get(i), k -> new FixedRule.CharTest(k, flags));
        }
        after = a.isEmpty() ? null : Pattern.compile(a, flags);
        requiredChar = before == null ? 0 : requiredLiteral(b);
    }

    boolean appliesAt(String text, int position, FixedRule.CharTest word) {
        if (this.text != text) {
            this.text = text;
            textHasRequiredChar = requiredChar == 0 || text.indexOf(requiredChar) >= 0;
            beforeMatcher = before == null ? null : transparent(before.matcher(text));
            afterMatcher = after == null ? null : transparent(after.matcher(text));
        }
        if (!textHasRequiredChar) return false;
        for (int i = 0; i < tailChars.length; i++) {
            if (position - 1 - i < 0 || !tailChars[i].test(text.charAt(position - 1 - i))) return false;
        }
        if (fixed != null) {
            if (!fixed.matchesBefore(text, position, word)) return false;
        } else if (before != null) {
            if (anchored) {
                beforeMatcher.region(0, position);
                if (!beforeMatcher.matches()) return false;
            } else {
                beforeMatcher.region(position, text.length());
                if (!beforeMatcher.lookingAt()) return false;
            }
        }
        if (afterMatcher == null) return true;
        afterMatcher.region(position, text.length());
        return afterMatcher.lookingAt();
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
                i = classEnd(regex, i) - 1;
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
                end = skipGroup(regex, i);
                if (end < 0) return 0;
            } else if (c == '[') {
                end = classEnd(regex, i);
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

    /** The index after the character class opening at {@code open} (escapes and nested classes read), or -1. */
    private static int classEnd(String regex, int open) {
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

    /** The index after the group opening at {@code open}, or -1. */
    private static int skipGroup(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i) - 1;
                if (i < 0) return -1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
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

    /**
     * Rewrites unbounded quantifiers ({@code *}, {@code +}, {@code {n,}}) as bounded ones so that Java can
     * run the pattern as a lookbehind without scanning far back at every candidate: runs of a negated
     * class ({@code [^\\s]*}, the rest of a URL) up to {@link #LONG_RUN_LIMIT}, other runs (letters,
     * digits, spaces, punctuation) up to {@link #LOOKBEHIND_LIMIT}.
     */
    static String boundedForLookbehind(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int classDepth = 0;
        int classStart = -1;
        boolean afterQuantifier = false;
        boolean negatedAtom = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                int end = i + 2;
                char next = regex.charAt(i + 1);
                if ((next == 'p' || next == 'P') && end < regex.length() && regex.charAt(end) == '{') {
                    end = regex.indexOf('}', end) + 1;
                }
                out.append(regex, i, end);
                i = end - 1;
                afterQuantifier = false;
                if (classDepth == 0) negatedAtom = next == 'S';
                continue;
            }
            if (classDepth > 0) {
                if (c == '[') classDepth++;
                else if (c == ']' && --classDepth == 0) negatedAtom = regex.charAt(classStart + 1) == '^';
                out.append(c);
                continue;
            }
            int limit = negatedAtom ? LONG_RUN_LIMIT : LOOKBEHIND_LIMIT;
            if (c == '[') {
                classDepth++;
                classStart = i;
                out.append(c);
                afterQuantifier = false;
            } else if ((c == '+' || c == '*') && !afterQuantifier && !(i > 0 && regex.charAt(i - 1) == '(')) {
                out.append(c == '+' ? "{1," : "{0,").append(limit).append('}');
                afterQuantifier = true;
            } else if (c == '{' && !afterQuantifier) {
                int close = regex.indexOf('}', i);
                String body = regex.substring(i + 1, close);
                if (body.endsWith(",")) out.append('{').append(body).append(limit).append('}');
                else out.append('{').append(body).append('}');
                i = close;
                afterQuantifier = true;
            } else {
                out.append(c);
                afterQuantifier = c == '?' && i > 0 && regex.charAt(i - 1) != '(';
                negatedAtom = false;
            }
        }
        return out.toString();
    }
}
