package net.wpxliff.trust;

import java.util.Arrays;

/**
 * HMAC-SHA-256 (RFC 2104) over {@link Sha256}. {@code javax.crypto.Mac} gives the same bytes (HmacSha256Test
 * compares them), but its first use in a JVM sets up the JCE (provider checks, crypto policy files): ~0.1 s of a
 * one-post merge, for a few microseconds of hashing.
 */
final class HmacSha256 {
    private static final int BLOCK = 64;

    private HmacSha256() {
    }

    static byte[] mac(byte[] key, byte[] data) {
        byte[] block = Arrays.copyOf(key.length > BLOCK ? Sha256.digest(key) : key, BLOCK);
        byte[] pad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) pad[i] = (byte) (block[i] ^ 0x36);
        byte[] inner = Sha256.digest(pad, data);
        for (int i = 0; i < BLOCK; i++) pad[i] = (byte) (block[i] ^ 0x5c);
        byte[] mac = Sha256.digest(pad, inner);
        Arrays.fill(block, (byte) 0);
        Arrays.fill(pad, (byte) 0);
        return mac;
    }
}
