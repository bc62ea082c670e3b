package net.wpxliff.segment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a rule's pattern must begin ({@link Opening}): read from the pattern, and the test it makes. */
class OpeningTest {
    @Test
    void optionalAtomsThenTheFirstRequiredOne() {
        assertArrayEquals(new String[]{"(?:\\s|[\\p{Pe}\"])", "(?:[.?!])"},
                Opening.skippedThenRequired("\\s*[\\p{Pe}\"]*[.?!]+\\s*"));
        assertArrayEquals(new String[]{"[^\\s\\S]", "(?:[.?!])"}, Opening.skippedThenRequired("[.?!][0-9]{1,2}"));
        // a required group gives its first characters; alternatives are unioned
        assertArrayEquals(new String[]{"(?:[.!?]|\\s)", "(?:(?:\\u2026|\\.)|(?:\\u2026|\\.))"},
                Opening.skippedThenRequired("[.!?]?\\s*(\\u2026|\\.\\s*\\.)|(\\u2026|\\.\\s*\\.)"));
        assertArrayEquals(new String[]{"[^\\s\\S]", "(?:x)"}, Opening.skippedThenRequired("\\bx"));
    }

    @Test
    void unreadablePatternsHaveNone() {
        assertNull(Opening.skippedThenRequired("(ab)?c"), "an optional group may consume more than its first characters");
        assertNull(Opening.skippedThenRequired("\\s*"), "may match nothing");
        assertNull(Opening.skippedThenRequired("^a"));
        assertNull(Opening.skippedThenRequired("(?<!a)b"));
        assertNull(Opening.skippedThenRequired(".b"));
    }

    @Test
    void turnsAwayOnlyWhereThePatternCannotMatch() {
        String regex = "\\s*[\\p{Pe}\"]*[.?!]+";
        Opening opening = Opening.of(regex, Pattern.UNICODE_CHARACTER_CLASS, new HashMap<>());
        Pattern pattern = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
        String text = "Word word. Word \") ! word  ?x\"y";
        for (int at = 0; at <= text.length(); at++) {
            boolean matches = pattern.matcher(text).region(at, text.length()).lookingAt();
            if (matches) assertTrue(opening.mayStartAt(text, at), "at " + at);
        }
        assertFalse(opening.mayStartAt(text, 4), "a space, then a letter");
        assertTrue(opening.mayStartAt(text, 15), "space, quote, bracket, space, then '!'");
    }
}
