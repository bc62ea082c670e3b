package net.wpxliff.merge;

import net.wpxliff.xliff.InlineToken;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link UnitContent#sameContent}, merge's shortcut for a returned source or target equal to the unit's source, may
 * only answer yes where the canonical forms agree; and it must see through text split at other places.
 */
class UnitContentTest {
    @Test
    void equalContentSplitElsewhereIsTheSame() {
        List<InlineToken> whole = List.of(text("Hello "), open("1"), text("big world."), close("1"), text(" Bye"));
        List<InlineToken> split = List.of(text("He"), text(""), text("llo "), open("1"), text("big"), text(" world."),
                close("1"), text(" "), text("Bye"));
        assertTrue(UnitContent.sameContent(whole, split));
        assertTrue(UnitContent.sameContent(split, whole));
        assertFalse(UnitContent.sameContent(whole, List.of(text("Hello "), open("1"), text("big world."), close("1"))));
        assertFalse(UnitContent.sameContent(whole, List.of(text("Hello "), open("2"), text("big world."), close("2"), text(" Bye"))));
        assertFalse(UnitContent.sameContent(whole, List.of(text("Hello "), open("1"), text("big world."), close("1"), text(" Bye!"))));
        assertFalse(UnitContent.sameContent(List.of(open("1")), List.of(close("1"))));
        assertTrue(UnitContent.sameContent(List.of(text("")), List.of()));
    }

    @Test
    void sameContentImpliesTheSameCanonicalForm() {
        Random random = new Random(7);
        String[] texts = {"", " ", "a", "a ", " b", "a  b", "\n", "ab", "b"};
        int same = 0;
        for (int n = 0; n < 20_000; n++) {
            List<InlineToken> a = randomTokens(random, texts), b = randomTokens(random, texts);
            if (!UnitContent.sameContent(a, b)) continue;
            same++;
            for (boolean preserve : new boolean[]{false, true}) {
                assertEquals(UnitContent.canonical(a, preserve), UnitContent.canonical(b, preserve), a + " / " + b);
            }
        }
        assertTrue(same > 100, "only " + same + " equal pairs: the comparison tested too little");
    }

    private static List<InlineToken> randomTokens(Random random, String[] texts) {
        List<InlineToken> tokens = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            switch (random.nextInt(4)) {
                case 0 -> tokens.add(open(String.valueOf(random.nextInt(2))));
                case 1 -> tokens.add(new InlineToken(InlineToken.Kind.STANDALONE, "3", "x", -1));
                default -> tokens.add(text(texts[random.nextInt(texts.length)]));
            }
        }
        return tokens;
    }

    private static InlineToken text(String s) {
        return InlineToken.text(s, -1);
    }

    private static InlineToken open(String id) {
        return new InlineToken(InlineToken.Kind.OPEN, id, "g", -1);
    }

    private static InlineToken close(String id) {
        return new InlineToken(InlineToken.Kind.CLOSE, id, "g", -1);
    }
}
