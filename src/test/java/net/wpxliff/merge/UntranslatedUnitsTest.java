package net.wpxliff.merge;

import net.wpxliff.unit.Fragment;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented rule for "a unit with text" and the warning line's shape. */
class UntranslatedUnitsTest {
    private static boolean hasText(String text) {
        return UntranslatedUnits.hasText(Fragment.text(text));
    }

    @Test
    void wordsOfTwoLettersInAnyScriptCountAddressesNumbersAndSingleLettersDoNot() {
        for (String text : List.of("Hello", "WordPress", "OK", "Préface", "Ελληνικά", "Привет", "日本", "see https://x.example/a too",
                "e\u0301t\u00e9")) {
            assertTrue(hasText(text), text);
        }
        for (String text : List.of("", "2026", "12.5 %", "A", "x + y = 3", "https://site.example/en/prices/",
                "www.example.com", "info@site.example", "(http://a.example/b)", "e.g.", "→ ★ ©", "中")) {
            assertFalse(hasText(text), text);
        }
    }

    @Test
    void aLongTextWithoutSpacesIsLinear() {
        String hostile = "a@".repeat(2_000_000) + "1";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertFalse(hasText(hostile)));
    }

    @Test
    void theWarningListsEightIdsThenCounts() {
        List<String> ids = List.of("c-1", "c-2", "c-3", "c-4", "c-5", "c-6", "c-7", "c-8", "c-9", "c-10");
        assertEquals("10 of 40 units with text are still identical to their source (untranslated?): c-1, c-2, c-3, c-4,"
                + " c-5, c-6, c-7, c-8, … (2 more); translate them (mark final in the CAT tool those kept so on purpose), or pass"
                + " --require-translated to refuse such files",
                new UntranslatedUnits(40, ids).message());
    }
}
