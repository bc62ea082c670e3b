package net.wpxliff.xliff;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Export's UTF-8 sink gives exactly the bytes the JDK's encoder gives, however the text is handed over. */
class Utf8TextTest {
    @Test
    void everyBmpCharacterEncodesAsTheJdkEncodesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) all.append(c); // lone surrogates among them: '?' each
        assertSame(all.toString(), 1 << 20);
    }

    @Test
    void pairsLoneHalvesAndHandOversAtAnyPlace() {
        Random random = new Random(11);
        char[] alphabet = {'a', '<', 'é', 'ß', '한', '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\n', 'z'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round < 1000 ? 40 : 200_000);
            for (int i = 0; i < length; i++) text.append(alphabet[random.nextInt(alphabet.length)]);
            assertSame(text.toString(), 1 + random.nextInt(50));
        }
    }

    @Test
    void appendsOfEveryKindMix() {
        String text = "a\uD83D\uDE00b한\uD83D";
        Utf8Text sink = new Utf8Text();
        sink.append('a').append("\uD83D").append("x\uDE00b한y", 1, 4).append('\uD83D');
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), sink.toByteArray());
    }

    /** Hands {@code text} over in pieces of {@code piece} chars, as the builder's flushes do, and compares. */
    private static void assertSame(String text, int piece) {
        Utf8Text sink = new Utf8Text();
        char[] chars = text.toCharArray();
        for (int from = 0; from < chars.length; from += piece) {
            int n = Math.min(piece, chars.length - from);
            char[] part = new char[n];
            System.arraycopy(chars, from, part, 0, n);
            sink.take(part, n);
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), sink.toByteArray(), () -> "pieces of " + piece);
    }
}
