package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ReturnedUnit#sameJoined} compares a unit's source with its sentences in place; it must answer exactly as
 * comparing the lists with adjacent text joined into one string (how it was done before) does, on seeded lists that
 * split the same text in different places, drop or change a code, or add empty text.
 */
class SameJoinedTest {
    @Test
    void answersAsJoiningTheTextFirst() {
        Random random = new Random(5);
        int same = 0;
        for (int n = 0; n < 20_000; n++) {
            List<InlineToken> a = randomTokens(random);
            List<InlineToken> b = random.nextInt(3) == 0 ? randomTokens(random) : resplit(a, random);
            boolean expected = joined(a).equals(joined(b));
            assertEquals(expected, ReturnedUnit.sameJoined(a, b), a + " / " + b);
            assertEquals(expected, ReturnedUnit.sameJoined(b, a), b + " / " + a);
            if (expected) same++;
        }
        assertTrue(same > 5_000 && same < 18_000, same + " equal pairs: too few of one kind to test");
    }

    private static List<InlineToken> randomTokens(Random random) {
        List<InlineToken> tokens = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            switch (random.nextInt(4)) {
                case 0 -> tokens.add(new InlineToken(InlineToken.Kind.OPEN, "" + random.nextInt(2), "g", 1));
                case 1 -> tokens.add(new InlineToken(InlineToken.Kind.CLOSE, "" + random.nextInt(2), "g", 1));
                default -> tokens.add(InlineToken.text("ab ".substring(0, random.nextInt(4)), 1));
            }
        }
        return tokens;
    }

    /** The same content, text tokens split and joined elsewhere, sometimes with one change. */
    private static List<InlineToken> resplit(List<InlineToken> tokens, Random random) {
        List<InlineToken> out = new ArrayList<>();
        for (InlineToken t : tokens) {
            if (t.kind() == InlineToken.Kind.TEXT && t.value().length() > 1 && random.nextBoolean()) {
                int at = 1 + random.nextInt(t.value().length() - 1);
                out.add(InlineToken.text(t.value().substring(0, at), 2));
                if (random.nextInt(5) == 0) out.add(InlineToken.text("", 2));
                out.add(InlineToken.text(t.value().substring(at), 2));
            } else {
                out.add(t);
            }
        }
        if (!out.isEmpty() && random.nextInt(4) == 0) out.remove(random.nextInt(out.size()));
        return out;
    }

    /** The comparison as it was: kinds, values and elements, adjacent text joined. */
    private static List<String> joined(List<InlineToken> tokens) {
        List<String> out = new ArrayList<>();
        StringBuilder text = null;
        for (InlineToken token : tokens) {
            if (token.kind() == InlineToken.Kind.TEXT) {
                if (text == null) text = new StringBuilder();
                text.append(token.value());
                continue;
            }
            if (text != null) out.add("T" + text);
            text = null;
            out.add(token.kind() + "\u0000" + token.value() + "\u0000" + token.element());
        }
        if (text != null) out.add("T" + text);
        return out;
    }
}
