package net.wpxliff.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA-256 (RFC 2104) over the JDK's SHA-256 digest. {@code javax.crypto.Mac} gives the same bytes
 * (HmacSha256Test compares them), but its first use in a JVM sets up the JCE (provider checks, crypto policy
 * files): ~0.1 s of a one-post merge, for a few microseconds of hashing.
 */
final class HmacSha256 {
    private static final int BLOCK = 64;

    private HmacSha256() {
    }

    static byte[] mac(byte[] key, byte[] data) {
        MessageDigest sha256 = sha256();
        byte[] block = Arrays.copyOf(key.length > BLOCK ? sha256.digest(key) : key, BLOCK);
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) pad[i] = (byte) (block[i] ^ 0x36);
        sha256.update(pad);
        sha256.update(data);
        byte[] inner = sha256.digest();
        for (int i = 0; i < BLOCK; i++) pad[i] = (byte) (block[i] ^ 0x5c);
        sha256.update(pad);
        sha256.update(inner);
        Arrays.fill(block, (byte) 0);
        Arrays.fill(pad, (byte) 0);
        return sha256.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
