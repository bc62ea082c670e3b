package net.wpxliff.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sentence breaks in plain text with SRX rules (by default Okapi's own
 * {@code defaultSegmentation.srx}, with its ICU4J break option), with the SRX meaning of the rules: at a
 * candidate position the first rule, in rule order, whose before-pattern matches up to the position and
 * whose after-pattern matches from it decides; ICU4J sentence boundaries come last, as in Okapi.
 *
 * <p>Why not Okapi's {@code SRXSegmenter}: it runs every one of the ~200 English rules over the whole
 * text and compiles a new regex for each ICU boundary, about 1 ms per paragraph. Here candidate positions
 * come from the few break rules and ICU, and each candidate is decided by one combined, anchored pattern,
 * so the cost follows the number of sentences instead of rules times text length.
 *
 * <p>Built once per run; not thread-safe (one instance per thread).
 */
public final class SentenceSplitter {
    /** Longest text a before-pattern may look back over; SRX before-patterns are short abbreviations. */
    private static final int LOOKBEHIND_LIMIT = 60;
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private final List<Pattern> breakFinders = new ArrayList<>();
    private final Pattern decider;
    private final int[] markerGroups;
    private final boolean[] isBreak;
    private final BreakIterator icu;

    private SentenceSplitter(List<Rule> rules, boolean useIcu, String language) {
        StringBuilder combined = new StringBuilder();
        markerGroups = new int[rules.size()];
        isBreak = new boolean[rules.size()];
        int group = 0;
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            String before = rule.getBefore() == null ? "" : rule.getBefore();
            String after = rule.getAfter() == null ? "" : rule.getAfter();
            if (i > 0) combined.append('|');
            if (!before.isEmpty()) combined.append("(?<=").append(boundedForLookbehind(before)).append(')');
            if (!after.isEmpty()) combined.append("(?=").append(after).append(')');
            group += groupCount(before) + groupCount(after) + 1;
            combined.append("()");
            markerGroups[i] = group;
            isBreak[i] = rule.isBreak();
            if (rule.isBreak()) {
                breakFinders.add(Pattern.compile(startOfRun(before) + "(?:" + before + ")"
                        + (after.isEmpty() ? "" : "(?=" + after + ")"), FLAGS));
            }
        }
        decider = Pattern.compile(combined.toString(), FLAGS);
        icu = useIcu ? BreakIterator.getSentenceInstance(ULocale.createCanonical(language)) : null;
    }

    /** A splitter with Okapi's default SRX rules for the given language (BCP 47 code such as {@code en}). */
    public static SentenceSplitter okapiDefault(String language) {
        SRXDocument srx = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            if (in == null) throw new IllegalStateException("Okapi's defaultSegmentation.srx is not on the classpath");
            srx.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fromSrx(srx, language);
    }

    /** A splitter with the rules an SRX document maps to the language (cascading as the document says). */
    public static SentenceSplitter fromSrx(SRXDocument srx, String language) {
        List<Rule> rules = new ArrayList<>();
        for (LanguageMap map : srx.getAllLanguagesMaps()) {
            if (!Pattern.compile(map.getPattern()).matcher(language).matches()) continue;
            for (Rule rule : srx.getLanguageRules(map.getRuleName())) if (rule.isActive()) rules.add(rule);
            if (!srx.cascade()) break;
        }
        return new SentenceSplitter(rules, srx.useIcu4JBreakRules(), language);
    }

    /**
     * Offsets where a new sentence starts (strictly between 0 and the text length), in order. The
     * whitespace around a break belongs to neither sentence; callers trim it.
     */
    public int[] breaks(String text) {
        int length = text.length();
        if (length < 2) return new int[0];
        TreeSet<Integer> candidates = new TreeSet<>();
        for (Pattern finder : breakFinders) collectMatchEnds(finder, text, candidates);
        if (icu != null) collectIcuBoundaries(text, candidates);

        int[] result = new int[candidates.size()];
        int count = 0;
        Matcher decide = decider.matcher(text);
        decide.useTransparentBounds(true);
        decide.useAnchoringBounds(false);
        for (int position : candidates) {
            if (position <= 0 || position >= length) continue;
            if (decideBreak(decide, position, length)) result[count++] = position;
        }
        return java.util.Arrays.copyOf(result, count);
    }

    private boolean decideBreak(Matcher decide, int position, int length) {
        decide.region(position, length);
        if (!decide.lookingAt()) return true; // only ICU proposed it: ICU rules come last and break
        for (int i = 0; i < markerGroups.length; i++) {
            if (decide.start(markerGroups[i]) >= 0) return isBreak[i];
        }
        return true;
    }

    private static void collectMatchEnds(Pattern finder, String text, TreeSet<Integer> into) {
        Matcher m = finder.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            into.add(m.end());
            from = m.end() > from ? m.end() : from + 1;
        }
    }

    /** ICU puts a boundary after trailing whitespace; Okapi (and we) move it back before it. */
    private void collectIcuBoundaries(String text, TreeSet<Integer> into) {
        icu.setText(text);
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            if (b >= text.length()) continue;
            while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) b--;
            into.add(b);
        }
    }

    /**
     * For a before-pattern that opens with a repeated class ({@code \\w+...}, {@code [\\p{L}]+...}), a
     * guard that lets a search start only where such a run starts. Starting inside the run finds no break
     * the run's start does not (the repetition can take the extra characters), and it is what makes a plain
     * search backtrack through every word: quadratic in word length.
     */
    static String startOfRun(String before) {
        String atom = leadingAtom(before);
        if (atom == null || atom.length() >= before.length()) return "";
        char quantifier = before.charAt(atom.length());
        boolean repeated = quantifier == '+' || quantifier == '*'
                || quantifier == '{' && before.indexOf('}', atom.length()) > 0
                && before.substring(atom.length(), before.indexOf('}', atom.length())).endsWith(",");
        return repeated ? "(?<!" + atom + ")" : "";
    }

    /** The first atom of a pattern when it is a character class or class escape, else null. */
    private static String leadingAtom(String regex) {
        if (regex.startsWith("\\p{") || regex.startsWith("\\P{")) {
            int close = regex.indexOf('}');
            return close > 0 ? regex.substring(0, close + 1) : null;
        }
        if (regex.length() >= 2 && regex.charAt(0) == '\\' && "wdsWDS".indexOf(regex.charAt(1)) >= 0) {
            return regex.substring(0, 2);
        }
        if (regex.startsWith("[")) {
            int depth = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return regex.substring(0, i + 1);
                }
            }
        }
        return null;
    }

    private static int groupCount(String regex) {
        return regex.isEmpty() ? 0 : Pattern.compile(regex, FLAGS).matcher("").groupCount();
    }

    /**
     * Rewrites unbounded quantifiers ({@code *}, {@code +}, {@code {n,}}) as bounded ones so that Java can
     * run the pattern as a lookbehind without scanning back to the start of the text at every candidate.
     */
    static String boundedForLookbehind(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int classDepth = 0;
        boolean afterQuantifier = false;
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
                continue;
            }
            if (classDepth > 0) {
                if (c == '[') classDepth++;
                else if (c == ']') classDepth--;
                out.append(c);
                continue;
            }
            if (c == '[') {
                classDepth++;
                out.append(c);
                afterQuantifier = false;
            } else if ((c == '+' || c == '*') && !afterQuantifier && !(i > 0 && regex.charAt(i - 1) == '(')) {
                out.append(c == '+' ? "{1," : "{0,").append(LOOKBEHIND_LIMIT).append('}');
                afterQuantifier = true;
            } else if (c == '{' && !afterQuantifier) {
                int close = regex.indexOf('}', i);
                String body = regex.substring(i + 1, close);
                if (body.endsWith(",")) out.append('{').append(body).append(LOOKBEHIND_LIMIT).append('}');
                else out.append('{').append(body).append('}');
                i = close;
                afterQuantifier = true;
            } else {
                out.append(c);
                afterQuantifier = c == '?' && i > 0 && regex.charAt(i - 1) != '(';
            }
        }
        return out.toString();
    }
}
