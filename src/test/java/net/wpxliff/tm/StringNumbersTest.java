package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link StringNumbers} numbers strings as a {@code HashMap<String, Integer>} would, built or read back. */
class StringNumbersTest {
    @Test
    void numbersAsAMapWouldAndReadsBackTheSame() {
        Random random = new Random(3);
        StringNumbers numbers = new StringNumbers();
        Map<String, Integer> expected = new HashMap<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            // short tokens from a small alphabet: many equal hashes' low bits, repeats, the empty string, "Aa"/"BB"
            String s = i % 1000 == 0 ? (i % 2000 == 0 ? "Aa" : "BB") : token(random);
            int number = numbers.add(s);
            Integer before = expected.putIfAbsent(s, expected.size());
            assertEquals(before == null ? expected.size() - 1 : before, number, s);
            if (before == null) seen.add(s);
        }
        assertEquals(expected.size(), numbers.size());
        StringNumbers read = StringNumbers.of(numbers.chars(), numbers.ends());
        for (int n = 0; n < seen.size(); n++) {
            assertEquals(n, numbers.get(seen.get(n)));
            assertEquals(n, read.get(seen.get(n)));
            assertEquals(seen.get(n), read.text(n));
        }
        assertEquals(-1, numbers.get("not among them: too long for the alphabet's tokens"));
        assertEquals(-1, read.get("not among them: too long for the alphabet's tokens"));
    }

    @Test
    void aCachedListWithARepeatOrBadEndsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> StringNumbers.of("abab".toCharArray(), new int[] {2, 4}));
        assertThrows(IllegalArgumentException.class, () -> StringNumbers.of("abc".toCharArray(), new int[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> StringNumbers.of("abc".toCharArray(), new int[] {2, 4}));
        assertThrows(IllegalArgumentException.class, () -> StringNumbers.of("abc".toCharArray(), new int[] {2}));
        assertEquals(1, StringNumbers.of("abc".toCharArray(), new int[] {2, 3}).get("c"));
    }

    private static String token(Random random) {
        char[] chars = new char[random.nextInt(5)];
        for (int i = 0; i < chars.length; i++) chars[i] = "aAbB. \u00e9\ud55c".charAt(random.nextInt(8));
        return new String(chars);
    }
}
