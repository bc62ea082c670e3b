package net.wpxliff.segment;

import net.sf.okapi.lib.segmentation.Rule;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule's first characters read as literals ({@link OkapiRuleScan#literals}, found with indexOf) are exactly
 * the characters the one-character regex matches: every rule of every language the default rules map, every
 * char.
 */
class FirstLiteralsTest {
    @Test
    void literalsAreExactlyWhatTheRegexMatchesForEveryDefaultRule() {
        Set<String> firsts = new LinkedHashSet<>();
        for (String language : SrxRulesTest.LANGUAGES) {
            for (Rule rule : SrxRules.okapiDefault().rulesFor(language)) {
                String before = rule.getBefore() == null ? "" : rule.getBefore();
                if (before.isEmpty() || before.endsWith("[noauto]")) continue;
                String first = RunLedSearch.firstCharacters(before);
                if (first != null) firsts.add(first);
            }
        }
        int literal = 0;
        for (String first : firsts) {
            char[] chars = OkapiRuleScan.literals(first);
            if (chars == null) continue;
            literal++;
            Pattern pattern = Pattern.compile(first, Pattern.UNICODE_CHARACTER_CLASS);
            String set = new String(chars);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                boolean matches = pattern.matcher(String.valueOf((char) c)).matches();
                assertEquals(matches, set.indexOf(c) >= 0, first + " at U+" + Integer.toHexString(c));
            }
        }
        assertTrue(literal >= 3, "the terminator rules ([.?!], an ellipsis, a line break) are read as literals: " + literal);
    }

    @Test
    void onlyPlainLiterals() {
        assertArrayEquals(new char[]{'.', '?', '!'}, OkapiRuleScan.literals("(?:[.?!])"));
        assertArrayEquals(new char[]{'\u2026', '.'}, OkapiRuleScan.literals("(?:\\u2026|\\.|\\u2026)"));
        assertArrayEquals(new char[]{'\n'}, OkapiRuleScan.literals("(?:[\\n])"));
        assertNull(OkapiRuleScan.literals("(?:[a-z])"));
        assertNull(OkapiRuleScan.literals("(?:[^.])"));
        assertNull(OkapiRuleScan.literals("(?:\\s)"));
        assertNull(OkapiRuleScan.literals("(?:\\p{Lu})"));
        assertNull(OkapiRuleScan.literals("(?:.)"));
        assertNull(OkapiRuleScan.literals("(?:[.!?]|['\"\\p{Pf}])"));
    }
}
