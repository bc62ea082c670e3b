package net.wpxliff.trust;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The HMAC that signs payloads is the JCE's HmacSHA256, byte for byte, for keys shorter, equal to and longer than a block. */
class HmacSha256Test {
    @Test
    void sameBytesAsTheJce() throws Exception {
        Random random = new Random(11);
        Mac jce = Mac.getInstance("HmacSHA256");
        for (int keyLength : new int[]{1, 20, 40, 63, 64, 65, 100, 200}) {
            for (int dataLength : new int[]{0, 1, 55, 56, 64, 65, 1000, 100_000}) {
                byte[] key = new byte[keyLength];
                byte[] data = new byte[dataLength];
                random.nextBytes(key);
                random.nextBytes(data);
                jce.init(new SecretKeySpec(key, "HmacSHA256"));
                assertArrayEquals(jce.doFinal(data), HmacSha256.mac(key, data), keyLength + "/" + dataLength);
            }
        }
    }

    @Test
    void rfc4231TestCase2() {
        byte[] mac = HmacSha256.mac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", HexFormat.of().formatHex(mac));
    }
}
