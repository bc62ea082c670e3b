package net.wpxliff.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sentence iterator made from the rule file the build recorded ({@link IcuSentenceRules}) is ICU's own: the
 * recorded list is what ICU4J on the class path picks now, and for every language the tool supports and every
 * listed locale the iterator gives the boundaries {@code BreakIterator.getSentenceInstance} gives. (Over the
 * corpus the splitter using it agrees with Okapi's {@code SRXSegmenter}: {@code SegmentationTest}.)
 */
class IcuSentenceRulesTest {
    /** Sentence ends of several scripts, abbreviations, quotes, numbers, line breaks, Greek's question mark. */
    private static final String TEXT = "Mr. Smith went to Washington, D.C. on Jan. 3. He said \"Hi!\" and left... Did he? "
            + "Yes (really). 3.14 is pi.\nA new line\u2029para. Τι κάνεις; Καλά. 今日は晴れです。明日は雨？ "
            + "これは本です！ 你好。我很好！ Привет. Как дела? مرحبا؟ نعم. यह है। वह है॥ สวัสดีครับ ลาก่อน "
            + "안녕하세요. 잘 지내요? etc. e.g. i.e. U.S.A. ok. Wait\u2026 then. Dr. no. St. John's.";

    @Test
    void resourceIsWhatIcuPicksNow() throws IOException {
        try (InputStream in = IcuSentenceRules.class.getResourceAsStream(IcuSentenceRules.COMPILED)) {
            assertNotNull(in, IcuSentenceRules.COMPILED + " is not on the class path (Maven's process-classes step)");
            assertArrayEquals(IcuSentenceRules.computeResource(), in.readAllBytes());
        }
        Map<String, String> files = IcuSentenceRules.compute();
        assertEquals("sent.brk", files.get("en"));
        assertEquals("sent_el.brk", files.get("el"), "Greek has rules of its own (';' ends a question)");
        assertTrue(files.size() > 100, "ICU lists hundreds of locales, found " + files.size());
    }

    @Test
    void everySupportedLanguageAndListedLocaleGetsIcusBoundaries() {
        List<ULocale> locales = new ArrayList<>();
        for (String language : SrxRulesTest.LANGUAGES) locales.add(ULocale.createCanonical(language));
        for (String name : IcuSentenceRules.compute().keySet()) locales.add(new ULocale(name));
        for (ULocale locale : locales) {
            assertEquals(boundaries(BreakIterator.getSentenceInstance(locale)), boundaries(IcuSentenceRules.sentenceInstance(locale)),
                    "sentence boundaries for " + locale);
        }
    }

    /** A locale with keywords is ICU's: en@ss=standard suppresses breaks after abbreviations. */
    @Test
    void keywordsAreLeftToIcu() {
        ULocale filtered = new ULocale("en@ss=standard");
        List<Integer> icu = boundaries(BreakIterator.getSentenceInstance(filtered));
        assertEquals(icu, boundaries(IcuSentenceRules.sentenceInstance(filtered)));
        assertNotEquals(boundaries(BreakIterator.getSentenceInstance(new ULocale("en"))), icu,
                "the filtered iterator breaks differently (else this test proves nothing)");
    }

    private static List<Integer> boundaries(BreakIterator iterator) {
        iterator.setText(TEXT);
        List<Integer> out = new ArrayList<>();
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) out.add(b);
        return out;
    }
}
