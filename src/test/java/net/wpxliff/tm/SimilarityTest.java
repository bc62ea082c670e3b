package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented formula, case by case (see Similarity's Javadoc). */
class SimilarityTest {
    private static final String TEN = "The quick brown fox jumps over the lazy old dog.";

    private static int score(String a, String b) {
        int score = Similarity.score(text(a), text(b));
        assertEquals(score, Similarity.score(text(b), text(a)), "symmetric");
        return score;
    }

    @Test
    void identicalTextAndCodesScore100() {
        assertEquals(100, score(TEN, TEN));
        assertEquals(100, score("Click <a href=\"/x\">here</a> now.", "Click <a href=\"/y\">here</a> now."),
                "markup is not compared, only kind, type and place");
    }

    @Test
    void whitespaceDifferencesCollapse() {
        assertEquals(100, score(TEN, "  The quick\u00a0brown fox\n jumps over   the lazy old dog. "));
    }

    @Test
    void oneWordChangedInATenWordSentence() {
        // 10 words (4 each) + full stop (2) = 42; one replaced word costs 4: floor(100 × 38 / 42) = 90.
        assertEquals(90, score(TEN, "The quick brown fox jumps over the lazy old cat."));
        // without the full stop: floor(100 × 36 / 40) = 90
        assertEquals(90, score("a b c d e f g h i j", "a b c d e f g h i k"));
    }

    @Test
    void aMissingBoldPairIsASmallPenalty() {
        // codes weigh 1: 42 + 2 = 44, both codes missing cost 2: floor(100 × 42 / 44) = 95.
        assertEquals(95, score("The quick brown <b>fox</b> jumps over the lazy old dog.", TEN));
        // a bold turned italic: two codes replaced at 1 each: floor(100 × 42 / 44) = 95
        assertEquals(95, score("The quick brown <b>fox</b> jumps over the lazy old dog.",
                "The quick brown <i>fox</i> jumps over the lazy old dog."));
    }

    @Test
    void sameTextWithDifferentCodesNeverReaches100() {
        // 2 words + 2 codes = 10, both codes replaced: floor(100 × 8 / 10) = 80 (codes weigh more in short sentences)
        assertEquals(80, score("Read <b>more</b>", "Read <i>more</i>"));
        assertEquals(99, score("Hello , world", "Hello, world"), "same tokens, different text: 99, not 100");
    }

    @Test
    void caseDifferenceIsASmallPenalty() {
        // one word in another case costs 1: floor(100 × 41 / 42) = 97
        assertEquals(97, score(TEN, "The quick brown fox jumps over the lazy old Dog."));
    }

    @Test
    void reorderedWords() {
        // two neighbouring words swapped cost one word: floor(100 × 38 / 42) = 90
        assertEquals(90, score(TEN, "The brown quick fox jumps over the lazy old dog."));
        // a word moved far costs a deletion and an insertion: floor(100 × 34 / 42) = 80
        assertEquals(80, score(TEN, "quick brown fox jumps over the lazy old The dog."));
    }

    @Test
    void numbersAndContractionsAreOneToken() {
        // "38,210" and "don't" are one word each: 3 words + stop = 14, one word replaced: floor(100 × 10 / 14) = 71
        assertEquals(71, score("We filed 38,210.", "We filed 38,211."));
        assertEquals(71, score("I don't know.", "I do know."));
    }

    @Test
    void unrelatedSentencesScoreLow() {
        assertTrue(score(TEN, "Completely different words here entirely.") < 20);
        assertNotEquals(100, score("", "."));
        assertEquals(100, score("", "   "));
    }
}
