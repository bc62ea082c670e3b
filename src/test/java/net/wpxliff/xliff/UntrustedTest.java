package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values from a returned file are quoted whole when short, else shortened with their length. */
class UntrustedTest {
    @Test
    void shortValuesAreQuotedWhole() {
        assertEquals("content-12", Untrusted.shown("content-12"));
        assertEquals("x".repeat(80), Untrusted.shown("x".repeat(80)));
        assertNull(Untrusted.shown(null));
    }

    @Test
    void longValuesKeepTheirStartAndSayTheirLength() {
        assertEquals("x".repeat(60) + "… (81 characters)", Untrusted.shown("x".repeat(81)));
        assertEquals("content-4" + "x".repeat(51) + "… (10000009 characters)", Untrusted.shown("content-4" + "x".repeat(10_000_000)));
    }

    @Test
    void aSurrogatePairIsNeverCut() {
        String shown = Untrusted.shown("x".repeat(59) + "\uD83D\uDE00" + "y".repeat(100));
        assertEquals("x".repeat(59) + "… (161 characters)", shown);
    }

    @Test
    void theValidatorsQuotedValuesAreShortened() {
        String message = SchemaCheck.readable("cvc-datatype-valid.1.2.1: '" + "y".repeat(5000) + "' is not a valid value for 'NMTOKEN'.");
        assertEquals("cvc-datatype-valid.1.2.1: '" + "y".repeat(60) + "… (5000 characters)' is not a valid value for 'NMTOKEN'.",
                message);
        assertTrue(SchemaCheck.readable("Value 'ko_KR' is fine").contains("'ko_KR'"));
    }
}
