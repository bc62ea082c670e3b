package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** InlineToken's written-out equals and hashCode are the record's: every component counts, nulls included. */
class InlineTokenTest {
    @Test
    void equalExactlyWhenEveryComponentIs() {
        InlineToken token = new InlineToken(InlineToken.Kind.OPEN, "1", "g", 7);
        assertEquals(token, new InlineToken(InlineToken.Kind.OPEN, "1", "g", 7));
        assertEquals(token.hashCode(), new InlineToken(InlineToken.Kind.OPEN, "1", "g", 7).hashCode());
        assertNotEquals(token, new InlineToken(InlineToken.Kind.CLOSE, "1", "g", 7));
        assertNotEquals(token, new InlineToken(InlineToken.Kind.OPEN, "2", "g", 7));
        assertNotEquals(token, new InlineToken(InlineToken.Kind.OPEN, "1", "bpt", 7));
        assertNotEquals(token, new InlineToken(InlineToken.Kind.OPEN, "1", "g", 8));
        assertNotEquals(token, new InlineToken(InlineToken.Kind.OPEN, "1", null, 7));
        assertNotEquals(token, null);
        assertEquals(InlineToken.text(null, 3), InlineToken.text(null, 3));
        assertNotEquals(InlineToken.text(null, 3), InlineToken.text("", 3));
    }

    @Test
    void hashCodeCombinesTheComponentsAsARecordDoes() {
        InlineToken token = new InlineToken(InlineToken.Kind.STANDALONE, "5", "x", 12);
        int expected = 0;
        for (Object component : new Object[]{token.kind(), token.value(), token.element(), token.line()}) {
            expected = expected * 31 + Objects.hashCode(component);
        }
        assertEquals(expected, token.hashCode());
    }
}
