package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Paragraphs an editor moved on the translation site, told by what a translation keeps as written (names, numbers),
 * without mistaking what a translator adds or leaves out for a move.
 */
class MovedUnitsTest {
    private static final List<String> KEYS = List.of("content/p[1]", "content/p[2]", "content/p[3]");
    private static final List<String> ENGLISH = List.of(
            "In 2019 Zhipu AI released its first model.",
            "The company raised money from investors last year.",
            "Moonshot AI and Baichuan followed in 2023.");

    @Test
    void swappedParagraphsAreTold() {
        List<String> korean = List.of("2019년 Zhipu AI는 첫 모델을 내놓았다.", "Moonshot AI와 Baichuan이 2023년에 뒤따랐다.",
                "그 회사는 작년에 투자자들에게서 돈을 모았다.");
        assertEquals(new MovedUnits.Moved("content/p[2]", "content/p[3]", "moonshot"), MovedUnits.first(KEYS, ENGLISH, korean));
    }

    @Test
    void aTranslationInPlaceIsNot() {
        List<String> korean = List.of("2019년 Zhipu AI는 첫 모델을 내놓았다.", "그 회사는 작년에 투자자들에게서 돈을 모았다.",
                "Moonshot AI와 Baichuan이 2023년에 뒤따랐다.");
        assertNull(MovedUnits.first(KEYS, ENGLISH, korean));
        // a translator names the company in the second paragraph (only the first says "Zhipu"), the first keeps it too
        assertNull(MovedUnits.first(KEYS, ENGLISH, List.of(korean.get(0), "Zhipu는 작년에 투자자들에게서 돈을 모았다.",
                korean.get(2))));
        // names written in Hangul: nothing kept, nothing told (a move then needs the push record to be seen)
        assertNull(MovedUnits.first(KEYS, ENGLISH, List.of("2019년 즈푸는 첫 모델을 내놓았다.", "문샷과 바이촨이 뒤따랐다.",
                "그 회사는 작년에 돈을 모았다.")));
    }

    @Test
    void numbersAreWrittenWithoutSeparatorsAndOneDigitIsNoAnchor() {
        assertEquals(java.util.Set.of("12000", "zhipu"), MovedUnits.tokens("약 12,000명이 Zhipu에서 3개 팀으로 일한다."));
    }
}
