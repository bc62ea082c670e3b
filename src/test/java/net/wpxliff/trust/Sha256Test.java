package net.wpxliff.trust;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The project's SHA-256 is the JDK's, byte for byte, whatever the length and however the message is split. */
class Sha256Test {
    @Test
    void sameBytesAsTheJdkForEveryLengthAroundTheBlocks() {
        Random random = new Random(17);
        for (int length = 0; length <= 300; length++) assertSame(random, length);
        for (int length : new int[]{1000, 4095, 4096, 65_537, 1_000_003}) assertSame(random, length);
    }

    @Test
    void partsHashLikeTheirConcatenation() {
        Random random = new Random(19);
        byte[] message = new byte[333];
        random.nextBytes(message);
        byte[] whole = Sha256.jdkDigest(message);
        for (int first = 0; first <= message.length; first += 7) {
            for (int second = first; second <= message.length; second += 31) {
                byte[] a = Arrays.copyOfRange(message, 0, first);
                byte[] b = Arrays.copyOfRange(message, first, second);
                byte[] c = Arrays.copyOfRange(message, second, message.length);
                assertArrayEquals(whole, Sha256.ownDigest(a, b, c), first + "/" + second);
            }
        }
    }

    @Test
    void fips180Examples() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(Sha256.ownDigest("abc".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", HexFormat.of().formatHex(Sha256.ownDigest(
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void theSameDigestOnEitherSideOfTheJdkThreshold() {
        Random random = new Random(7);
        for (int length : new int[]{Sha256.OWN_BELOW - 1, Sha256.OWN_BELOW, Sha256.OWN_BELOW + 1}) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            byte[] half = java.util.Arrays.copyOf(message, length / 2);
            byte[] rest = java.util.Arrays.copyOfRange(message, length / 2, length);
            assertArrayEquals(Sha256.jdkDigest(message), Sha256.digest(message), "length " + length);
            assertArrayEquals(Sha256.jdkDigest(message), Sha256.digest(half, rest),
                    "length " + length + " in two parts");
        }
    }

    @Test
    void theSameDigestBeforeAndAfterAThreadTakesTheJdks() throws Exception {
        Thread thread = new Thread(() -> {
            Random random = new Random(3);
            byte[] block = new byte[Sha256.OWN_BELOW - 1];
            for (long hashed = 0; hashed <= Sha256.OWN_PER_THREAD + block.length; hashed += block.length) {
                random.nextBytes(block);
                assertArrayEquals(Sha256.jdkDigest(block), Sha256.digest(block));
            }
            byte[] small = {1, 2, 3};
            assertArrayEquals(Sha256.jdkDigest(small), Sha256.digest(small), "small input once the JDK's took over");
        });
        Throwable[] failed = {null};
        thread.setUncaughtExceptionHandler((t, e) -> failed[0] = e);
        thread.start();
        thread.join();
        if (failed[0] != null) throw new AssertionError(failed[0]);
    }

    private static void assertSame(Random random, int length) {
        byte[] message = new byte[length];
        random.nextBytes(message);
        assertArrayEquals(Sha256.jdkDigest(message), Sha256.ownDigest(message), "length " + length);
    }
}
