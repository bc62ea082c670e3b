package net.wpxliff.xliff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * When a CAT tool's rewrite of a file's language is still the language it was exported for: a region and a script
 * subtag naming the language's own script are (QA: {@code ko-Kore} was refused as "another language"); another
 * language or another script is not.
 */
class LanguageTagsTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "ko, ko, true", "ko, KO, true", "ko, ko-KR, true", "ko, ko_KR, true",
            "ko, ko-Kore, true", "ko, ko-Kore-KR, true", "ko-KR, ko-Kore, true", "ko, ko-Hang, true",
            "ko-Kore, ko-Hang-KR, true", "KO-KORE, ko, true",
            "ko, ko-Latn, false", "ko-Kore, ko-Latn, false", "ko, ko-Hani, false", "ko, ja, false", "ko, de, false",
            "ko, x-evil, false", "ko, kok, false",
            "zh, zh-TW, true", "zh-TW, zh-Hant, true", "zh-Hant-TW, zh-TW, true", "zh, zh-Hans, true",
            "zh, zh-Hant, false", "zh-Hans, zh-Hant, false", "sr, sr-Latn, false", "sr, sr-Cyrl, true",
            "en, en-US, true", "en-US, en-Latn-GB, true", "de, de-CH-1996, false"
    })
    void sameLanguage(String a, String b, boolean same) {
        assertEquals(same, LanguageTags.sameLanguage(a, b), a + " ~ " + b);
        assertEquals(same, LanguageTags.sameLanguage(b, a), b + " ~ " + a);
    }
}
