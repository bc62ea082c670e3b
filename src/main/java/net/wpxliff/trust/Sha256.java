package net.wpxliff.trust;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * SHA-256 (FIPS 180-4) for the key id, the payload HMAC and a translation memory's neighbour hashes
 * ({@code tm.TmEntry#hash}). The JDK's {@code MessageDigest} gives the same bytes ({@code Sha256Test}), but its first
 * use on a thread sets up the security providers (the {@code java.security} file, the SUN provider's service table,
 * the OID registry: about 70 classes, a few tens of milliseconds in a fresh JVM) for microseconds of hashing, and it
 * is faster only in C2-compiled code (the CPU's SHA instructions), which README's launcher does not run (C1 only).
 * So a thread hashes here until it has hashed {@link #OWN_PER_THREAD} bytes, and inputs under {@link #OWN_BELOW}
 * bytes: a one-post run and a corpus export never set the providers up, while a long batch (a whole large site, or a
 * benchmark's passes in one JVM) and the payload of a big post go to the JDK's digest, which C2 compiles by then.
 */
public final class Sha256 {
    /** Inputs shorter than this are hashed by this class (until {@link #OWN_PER_THREAD}), longer ones by the JDK's. */
    static final int OWN_BELOW = 1 << 20;
    /** Bytes a thread hashes with this class before it takes the JDK's digest for every input. */
    static final long OWN_PER_THREAD = 8L << 20;
    /** Bytes the thread has hashed with this class (one counter per thread: no contention between workers). */
    private static final ThreadLocal<long[]> HASHED_HERE = ThreadLocal.withInitial(() -> new long[1]);

    private static final int[] K = {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private Sha256() {
    }

    /** The SHA-256 of the parts, concatenated. */
    public static byte[] digest(byte[]... parts) {
        long length = 0;
        for (byte[] part : parts) length += part.length;
        long[] hashedHere = HASHED_HERE.get();
        if (length >= OWN_BELOW || hashedHere[0] >= OWN_PER_THREAD) return jdkDigest(parts);
        hashedHere[0] += length;
        return ownDigest(parts);
    }

    static byte[] jdkDigest(byte[]... parts) {
        MessageDigest sha256 = JDK_DIGEST.get(); // digest() leaves it reset for the next call
        for (byte[] part : parts) sha256.update(part);
        return sha256.digest();
    }

    /** The JDK's digest, one per thread (workers sign their posts' payloads side by side). */
    private static final ThreadLocal<MessageDigest> JDK_DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    });

    static byte[] ownDigest(byte[]... parts) {
        int[] state = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        int[] w = new int[64];
        byte[] block = new byte[64];
        int filled = 0;
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
            int i = 0;
            if (filled > 0) { // complete the block a previous part began
                int n = Math.min(64 - filled, part.length);
                System.arraycopy(part, 0, block, filled, n);
                filled += n;
                i = n;
                if (filled < 64) continue;
                compress(state, w, block, 0);
                filled = 0;
            }
            for (; i + 64 <= part.length; i += 64) compress(state, w, part, i);
            filled = part.length - i;
            System.arraycopy(part, i, block, 0, filled);
        }
        // padding: a 1 bit, zeros, the message length in bits as a 64-bit big-endian number
        block[filled++] = (byte) 0x80;
        if (filled > 56) {
            Arrays.fill(block, filled, 64, (byte) 0);
            compress(state, w, block, 0);
            filled = 0;
        }
        Arrays.fill(block, filled, 56, (byte) 0);
        long bits = length * 8;
        for (int i = 0; i < 8; i++) block[56 + i] = (byte) (bits >>> (56 - 8 * i));
        compress(state, w, block, 0);
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) {
            out[4 * i] = (byte) (state[i] >>> 24);
            out[4 * i + 1] = (byte) (state[i] >>> 16);
            out[4 * i + 2] = (byte) (state[i] >>> 8);
            out[4 * i + 3] = (byte) state[i];
        }
        return out;
    }

    /** One 64-byte block into the state. */
    private static void compress(int[] state, int[] w, byte[] data, int offset) {
        for (int t = 0; t < 16; t++) {
            int p = offset + 4 * t;
            w[t] = (data[p] & 0xff) << 24 | (data[p + 1] & 0xff) << 16 | (data[p + 2] & 0xff) << 8 | data[p + 3] & 0xff;
        }
        for (int t = 16; t < 64; t++) {
            int x = w[t - 15], y = w[t - 2];
            int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ x >>> 3;
            int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ y >>> 10;
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        int a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; t++) {
            int s1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
            int t1 = h + s1 + (e & f ^ ~e & g) + K[t] + w[t];
            int s0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
            int t2 = s0 + (a & b ^ a & c ^ b & c);
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}
