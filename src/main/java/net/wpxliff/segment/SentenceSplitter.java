package net.wpxliff.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import net.sf.okapi.lib.segmentation.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds sentence breaks in plain text with SRX rules (by default Okapi's own
 * {@code defaultSegmentation.srx}, with its ICU4J break option), giving exactly the breaks of Okapi's
 * {@code SRXSegmenter}: at a position the first rule, in rule order, that Okapi records there decides;
 * ICU4J sentence boundaries come last. Okapi records a rule where its chain of leftmost matches lands
 * ({@link OkapiRuleScan}), which is not quite "wherever the before-pattern can end": the difference is
 * reproduced, and nothing is bounded (a before-pattern may reach back over a word of any length).
 *
 * <p>Why not Okapi's {@code SRXSegmenter}: it runs every one of the ~200 English rules over the whole
 * text, about 1 ms per paragraph. Here candidate positions come from the few break rules and ICU, and each
 * candidate is decided by asking the rules in order at that one position: most of them answer no from a
 * character or two ({@link FixedRule}, the characters a match must end with, the after-pattern), and only
 * a rule that could apply is searched as Okapi searches it, once per text at most. So the cost follows the
 * number of sentences instead of rules times text length.
 *
 * <p>Built once per run; not thread-safe (one instance per thread).
 */
public final class SentenceSplitter {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private final List<RuleTest> rules = new ArrayList<>();
    private final FixedRule.CharTest word;
    private final BreakIterator icu;
    private final boolean terminatorBound;
    /** {@link #rulesAfter} by character, in pages of 256. */
    private final int[][][] rulesAfter = new int[256][][];
    /** Texts split so far: tells the rules when their per-text state is stale. */
    private long textCount;
    private static final BitSet TERMINATORS = SentenceTerminators.load();
    /** A terminator written in a rule: \\. or a class holding . ? ! : or ?, !, :, …, \\u2026, \\n. */
    private static final Pattern TERMINATOR_IN_RULE = Pattern.compile("\\\\\\.|\\[[^\\]]*[.?!:]|[?!:…]|\\\\u2026|\\\\n");

    private SentenceSplitter(List<Rule> srxRules, boolean useIcu, String language) {
        Map<String, FixedRule.CharTest> tests = new HashMap<>();
        word = tests.computeIfAbsent("\\w", k -> new FixedRule.CharTest(k, FLAGS));
        for (Rule rule : srxRules) rules.add(new RuleTest(rule, FLAGS, tests));
        icu = useIcu ? IcuSentenceRules.sentenceInstance(ULocale.createCanonical(language)) : null;
        terminatorBound = allNeedTerminator(srxRules);
    }

    /**
     * A splitter with Okapi's default SRX rules for the given language (BCP 47 code such as {@code en}): the
     * rules compiled at build time ({@link SrxRules}), read once per process and shared by every splitter.
     */
    public static SentenceSplitter okapiDefault(String language) {
        return of(SrxRules.okapiDefault(), language);
    }

    private static SentenceSplitter of(SrxRules srx, String language) {
        return new SentenceSplitter(srx.rulesFor(language), srx.useIcu(), language);
    }

    /**
     * Offsets where a new sentence starts (strictly between 0 and the text length), in order. The
     * whitespace around a break belongs to neither sentence; callers trim it.
     */
    public int[] breaks(String text) {
        int length = text.length();
        if (length < 2) return new int[0];
        boolean charTests = !hasSurrogate(text);
        long number = ++textCount;
        Positions candidates = new Positions();
        if (!terminatorBound || hasTerminator(text)) {
            for (RuleTest rule : rules) if (rule.isBreak) rule.collectBreaks(text, number, charTests, candidates);
        }
        // ICU always: its rules are tailored by locale (Greek ends a question with ';')
        if (icu != null) collectIcuBoundaries(text, candidates);
        if (candidates.isEmpty()) return new int[0];

        int[] sorted = candidates.sortedDistinct();
        int[] result = new int[sorted.length];
        int count = 0;
        for (int position : sorted) {
            if (position <= 0 || position >= length) continue;
            if (decideBreak(text, number, charTests, position)) result[count++] = position;
        }
        return Arrays.copyOf(result, count);
    }

    /** SRX: the first rule that applies decides; when none does, only ICU proposed it, and ICU breaks. */
    private boolean decideBreak(String text, long number, boolean charTests, int position) {
        if (!charTests) {
            for (RuleTest rule : rules) {
                if (rule.appliesAt(text, number, false, position, word)) return rule.isBreak;
            }
            return true;
        }
        // only the rules that can end with the character before the position, still in order
        for (int index : rulesAfter(text.charAt(position - 1))) {
            RuleTest rule = rules.get(index);
            if (rule.appliesAt(text, number, true, position, word)) return rule.isBreak;
        }
        return true;
    }

    /**
     * The indexes, in order, of the rules that may apply after the character: most exception rules end with
     * one character or a few (an abbreviation's {@code .}), so at most positions only a handful of the ~200
     * rules need asking. Worked out once per character, in pages of 256 made on first use.
     */
    private int[] rulesAfter(char c) {
        int[][] page = rulesAfter[c >>> 8];
        if (page == null) page = rulesAfter[c >>> 8] = new int[256][];
        int[] indexes = page[c & 0xFF];
        if (indexes == null) {
            int[] all = new int[rules.size()];
            int count = 0;
            for (int i = 0; i < rules.size(); i++) if (rules.get(i).mayApplyAfter(c)) all[count++] = i;
            indexes = page[c & 0xFF] = Arrays.copyOf(all, count);
        }
        return indexes;
    }

    /**
     * Every break rule of the default rules needs a sentence terminator ({@code . ? ! : …}, a line
     * separator) in the text: without one no break rule applies (ICU is asked all the same).
     */
    private static boolean hasTerminator(String text) {
        for (int i = 0; i < text.length(); i++) if (TERMINATORS.get(text.charAt(i))) return true;
        return false;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isSurrogate(text.charAt(i))) return true;
        return false;
    }

    /** True when every break rule's before-pattern names a terminator, so breaks only happen near one. */
    private static boolean allNeedTerminator(List<Rule> rules) {
        for (Rule rule : rules) {
            if (!rule.isBreak()) continue;
            String before = rule.getBefore() == null ? "" : rule.getBefore();
            if (!TERMINATOR_IN_RULE.matcher(before).find()) return false;
        }
        return true;
    }

    /**
     * ICU puts a boundary after trailing whitespace; Okapi (and we) move it back before it, as Okapi does:
     * never back to the first character.
     */
    private void collectIcuBoundaries(String text, Positions into) {
        icu.setText(text);
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            if (b >= text.length()) continue;
            while (b - 1 > 0 && Character.isWhitespace(text.codePointAt(b - 1))) b--;
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
        if (OkapiRuleScan.hasTopLevelAlternation(before)) return ""; // the run would open one alternative only
        String atom = leadingAtom(before);
        if (atom == null || atom.length() >= before.length()) return "";
        char quantifier = before.charAt(atom.length());
        boolean repeated = quantifier == '+' || quantifier == '*'
                || quantifier == '{' && before.indexOf('}', atom.length()) > 0
                && before.substring(atom.length(), before.indexOf('}', atom.length())).endsWith(",");
        return repeated ? "(?<!" + atom + ")" : "";
    }

    /** The first atom of a pattern when it is a character class or class escape, else null. */
    static String leadingAtom(String regex) {
        if (regex.startsWith("\\p{") || regex.startsWith("\\P{")) {
            int close = regex.indexOf('}');
            return close > 0 ? regex.substring(0, close + 1) : null;
        }
        if (regex.length() >= 2 && regex.charAt(0) == '\\' && "wdsWDS".indexOf(regex.charAt(1)) >= 0) {
            return regex.substring(0, 2);
        }
        if (regex.startsWith("[")) {
            int end = RegexText.classEnd(regex, 0);
            return end < 0 ? null : regex.substring(0, end);
        }
        return null;
    }
}
