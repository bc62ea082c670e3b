package net.wpxliff.xliff;

import java.util.Arrays;

/**
 * A sink for a file wanted as UTF-8 bytes ({@link XliffWriter#writeUtf8}): text handed over by the builder is
 * encoded straight into a byte array, so that neither a String of the whole file nor an encoder's copy of it is
 * made, and the thread that wrote the file also encodes it (the one thread writing files in order only copies
 * bytes to disk). Encodes as the JDK's UTF-8 encoder does, a lone surrogate as {@code ?} (the builder writes none).
 */
final class Utf8Text implements Appendable {
    /** A finished text's array, for the thread's next file (arrays of a file of several MB are not kept). */
    private static final SpareBytes SPARE = new SpareBytes(4 << 20);

    private byte[] bytes;
    private int length;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char high;

    Utf8Text() {
        bytes = SPARE.take(1 << 16);
    }

    /** Encodes {@code count} chars of {@code chars}. */
    void take(char[] chars, int count) {
        ensure(count * 3 + 4);
        byte[] b = bytes;
        int n = length;
        int i = 0;
        while (i < count) {
            // most of a file is ASCII: four chars tested at once (about 2.5 times as fast as one by one)
            while (i + 4 <= count && (chars[i] | chars[i + 1] | chars[i + 2] | chars[i + 3]) < 0x80 && high == 0) {
                b[n] = (byte) chars[i];
                b[n + 1] = (byte) chars[i + 1];
                b[n + 2] = (byte) chars[i + 2];
                b[n + 3] = (byte) chars[i + 3];
                n += 4;
                i += 4;
            }
            if (i == count) break;
            n = put(chars[i++], b, n);
        }
        length = n;
    }

    /** The bytes so far, in an array of their own; the sink is not used after. */
    byte[] toByteArray() {
        if (high != 0) {
            bytes[length++] = '?';
            high = 0;
        }
        byte[] result = Arrays.copyOf(bytes, length);
        SPARE.giveBack(bytes);
        bytes = null;
        return result;
    }

    @Override
    public Utf8Text append(CharSequence s) {
        return append(s, 0, s.length());
    }

    @Override
    public Utf8Text append(CharSequence s, int start, int end) {
        ensure((end - start) * 3 + 4);
        for (int i = start; i < end; i++) length = put(s.charAt(i), bytes, length);
        return this;
    }

    @Override
    public Utf8Text append(char c) {
        ensure(4 + 3);
        length = put(c, bytes, length);
        return this;
    }

    private void ensure(int more) {
        if (bytes.length - length < more) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }

    /**
     * Writes {@code c} at {@code n} and returns the next position. Room for 4 more bytes is ensured by the caller (3
     * per char, and a pair's 4 taking the place of its high half's none).
     */
    private int put(char c, byte[] b, int n) {
        if (high != 0) {
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                high = 0;
                b[n++] = (byte) (0xF0 | cp >> 18);
                b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | cp & 0x3F);
                return n;
            }
            b[n++] = '?';
            high = 0;
        }
        if (c < 0x80) {
            b[n++] = (byte) c;
        } else if (c < 0x800) {
            b[n++] = (byte) (0xC0 | c >> 6);
            b[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            b[n++] = '?';
        } else {
            b[n++] = (byte) (0xE0 | c >> 12);
            b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | c & 0x3F);
        }
        return n;
    }
}
