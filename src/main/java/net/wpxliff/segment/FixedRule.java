package net.wpxliff.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An SRX before-pattern of fixed shape — optional word boundaries, single-character atoms (literals,
 * escapes, classes), {@code ?} on an atom, one level of {@code (a|b|c)} alternatives — tested against the
 * text before a position without the regex engine: each alternative is a short sequence compared
 * backwards from the position, so a non-matching rule costs one or two character lookups. Most SRX
 * exception rules (abbreviations like {@code \b[Dd]r\.}) have this shape; {@link #parse} returns null
 * for the others.
 */
final class FixedRule {
    /** Expansions beyond this are left to the regex engine. */
    private static final int MAX_ALTERNATIVES = 512;
    private static final String BOUNDARY = "\\b";

    /**
     * The alternatives as a tree read backwards from the position: alternatives that end with the same atoms
     * share those tests (an abbreviation list expands to hundreds of alternatives, nearly all ending in
     * {@code \.}), so a position costs one test per distinct atom tried rather than one per alternative.
     */
    private final Suffixes root = new Suffixes();

    private FixedRule(CharTest[][] alternatives) {
        for (CharTest[] atoms : alternatives) {
            Suffixes node = root;
            for (int i = atoms.length - 1; i >= 0; i--) node = node.child(atoms[i]);
            node.complete = true;
        }
    }

    /** A node of the backwards tree: the atoms that may come before the ones on its path. */
    private static final class Suffixes {
        /** An alternative ends (reading backwards: starts) here. */
        boolean complete;
        /** The atoms met next, null standing for a word boundary, and their nodes; same index in both. */
        CharTest[] atoms = new CharTest[0];
        Suffixes[] children = new Suffixes[0];

        Suffixes child(CharTest atom) {
            for (int i = 0; i < atoms.length; i++) if (atoms[i] == atom) return children[i];
            atoms = Arrays.copyOf(atoms, atoms.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            atoms[atoms.length - 1] = atom;
            return children[children.length - 1] = new Suffixes();
        }

        /** True when an alternative through this node matches the text before {@code p}. */
        boolean matchesBefore(String text, int p, CharTest word) {
            if (complete) return true;
            for (int i = 0; i < atoms.length; i++) {
                CharTest atom = atoms[i];
                if (atom == null) {
                    if (isBoundary(text, p, word) && children[i].matchesBefore(text, p, word)) return true;
                } else if (p > 0 && atom.test(text.charAt(p - 1)) && children[i].matchesBefore(text, p - 1, word)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The rule for a before-pattern, or null when the pattern is not of the fixed shape. */
    static FixedRule parse(String regex, int flags, Map<String, CharTest> tests) {
        List<List<String>> parsed = parseSequence(regex);
        if (parsed == null || parsed.isEmpty()) return null;
        CharTest[][] alternatives = new CharTest[parsed.size()][];
        for (int a = 0; a < parsed.size(); a++) {
            List<String> atoms = parsed.get(a);
            if (atoms.stream().noneMatch(s -> !s.equals(BOUNDARY))) return null; // zero-width only
            alternatives[a] = new CharTest[atoms.size()];
            for (int i = 0; i < atoms.size(); i++) {
                String atom = atoms.get(i);
                alternatives[a][i] = atom.equals(BOUNDARY) ? null : tests.computeIfAbsent(atom, k -> new CharTest(k, flags));
            }
        }
        return new FixedRule(alternatives);
    }

    /** True when one alternative matches the text just before {@code position}. */
    boolean matchesBefore(String text, int position, CharTest word) {
        return root.matchesBefore(text, position, word);
    }

    /** False when no alternative can match ending with {@code c} (one ending in a word boundary always may). */
    boolean mayEndWith(char c) {
        if (root.complete) return true;
        for (CharTest atom : root.atoms) if (atom == null || atom.test(c)) return true;
        return false;
    }

    private static boolean isBoundary(String text, int p, CharTest word) {
        boolean before = p > 0 && word.test(text.charAt(p - 1));
        boolean after = p < text.length() && word.test(text.charAt(p));
        return before != after;
    }

    /** Alternatives of atom lists for a sequence, or null when the syntax is not supported. */
    private static List<List<String>> parseSequence(String re) {
        List<List<String>> alternatives = new ArrayList<>();
        alternatives.add(new ArrayList<>());
        int i = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            List<List<String>> choices;
            if (c == '(') {
                int close = re.indexOf(')', i);
                int bodyStart = re.startsWith("(?:", i) ? i + 3 : i + 1;
                if (close < 0 || re.charAt(bodyStart) == '?') return null;
                String body = re.substring(bodyStart, close);
                if (body.indexOf('(') >= 0) return null;
                choices = new ArrayList<>();
                for (String alternative : body.split("\\|", -1)) {
                    List<List<String>> inner = parseSequence(alternative);
                    if (inner == null) return null;
                    choices.addAll(inner);
                }
                i = close + 1;
            } else {
                int end = atomEnd(re, i);
                if (end < 0) return null;
                choices = List.of(List.of(re.substring(i, end)));
                i = end;
            }
            boolean optional = false;
            if (i < re.length()) {
                char q = re.charAt(i);
                if (q == '?') {
                    optional = true;
                    i++;
                } else if (q == '*' || q == '+' || q == '{') {
                    return null;
                }
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : alternatives) {
                for (List<String> choice : choices) {
                    List<String> joined = new ArrayList<>(prefix);
                    joined.addAll(choice);
                    next.add(joined);
                }
                if (optional) next.add(new ArrayList<>(prefix));
            }
            if (next.size() > MAX_ALTERNATIVES) return null;
            alternatives = next;
        }
        return alternatives;
    }

    /** End of the single-character atom (or \b) at {@code i}, or -1 when it is something else. */
    private static int atomEnd(String re, int i) {
        char c = re.charAt(i);
        if (c == '[') {
            int j = i + 1;
            if (j < re.length() && re.charAt(j) == '^') j++;
            if (j < re.length() && re.charAt(j) == ']') j++;
            while (j < re.length() && re.charAt(j) != ']') {
                if (re.charAt(j) == '[' || re.charAt(j) == '&') return -1;
                if (re.charAt(j) == '\\') j++;
                j++;
            }
            return j < re.length() ? j + 1 : -1;
        }
        if (c == '\\') {
            if (i + 1 >= re.length()) return -1;
            char d = re.charAt(i + 1);
            if (d == 'p' || d == 'P') {
                int close = re.indexOf('}', i);
                return close < 0 ? -1 : close + 1;
            }
            if (d == 'b') return i + 2; // word boundary, handled as a zero-width atom
            if (Character.isLetterOrDigit(d) && "dDsSwW".indexOf(d) < 0) return -1; // other letter escapes: boundaries, anchors, backreferences, code points, quoting
            return i + 2;
        }
        return "^$.|()*+?{}".indexOf(c) >= 0 ? -1 : i + 1;
    }

    /** A single-character atom, decided by the regex engine once per character and remembered. */
    static final class CharTest {
        private static final byte UNKNOWN = 0, NO = 1, YES = 2;
        private final String atom;
        private final int flags;
        /** Compiled on the first character not yet answered: many tests of a rule set are never asked. */
        private Pattern pattern;
        /** Answers for U+0000..U+00FF, the characters asked most, in one array (no page lookup). */
        private final byte[] latin1 = new byte[256];
        /** Answers for the other characters, in pages of 256 allocated on first use. */
        private final byte[][] pages = new byte[256][];

        CharTest(String atom, int flags) {
            this.atom = atom;
            this.flags = flags;
            pages[0] = latin1;
        }

        boolean test(char c) {
            if (c < 256) {
                byte answer = latin1[c];
                if (answer != UNKNOWN) return answer == YES;
            }
            return lookUp(c);
        }

        private boolean lookUp(char c) {
            byte[] page = pages[c >>> 8];
            if (page == null) page = pages[c >>> 8] = new byte[256];
            byte answer = page[c & 0xFF];
            if (answer == UNKNOWN) {
                if (pattern == null) pattern = Pattern.compile(atom, flags);
                answer = pattern.matcher(String.valueOf(c)).matches() ? YES : NO;
                page[c & 0xFF] = answer;
            }
            return answer == YES;
        }
    }
}
