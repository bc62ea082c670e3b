package net.wpxliff.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Checks that the bytes on their way to an XML parser are well-formed UTF-8, and says where they are not
 * (line and byte offset). The JDK's parser finds the same error but prints it on standard error itself and
 * reports no offset; this fails first, with an unchecked {@link Malformed} the reader turns into its message.
 */
final class StrictUtf8 extends FilterInputStream {
    /** The first byte that is not UTF-8. */
    static final class Malformed extends RuntimeException {
        final long line;
        final long offset;

        Malformed(long line, long offset, String what) {
            super(what);
            this.line = line;
            this.offset = offset;
        }

        Malformed(long line, long offset, int lead) {
            this(line, offset, String.format("the bytes from offset %d (0x%02X ...) are not a UTF-8 character", offset, lead));
        }
    }

    private long offset;
    private long line = 1;
    /** Continuation bytes the current character still needs, and the range the next one must be in. */
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    /** Where the current character started, and its first byte. */
    private long leadOffset;
    private int lead;

    StrictUtf8(InputStream in) {
        super(in);
    }

    /** Bytes are checked once, in order: no going back. */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) see(b);
        else atEnd();
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        if (n < 0) atEnd();
        for (int i = from, end = from + n; i < end; i++) {
            byte b = buffer[i];
            if (b > '\n' && need == 0) offset++; // ASCII, the common case
            else see(b & 0xFF);
        }
        return n;
    }

    private void atEnd() {
        if (need > 0) throw new Malformed(line, offset, "the file ends inside a character (offset " + offset + ")");
    }

    /** Table 3-7 of the Unicode standard: no overlong forms, no surrogates, nothing above U+10FFFF. */
    private void see(int b) {
        if (need > 0) {
            if (b < low || b > high) throw new Malformed(line, leadOffset, lead);
            need--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            leadOffset = offset;
            lead = b;
            if (b >= 0xC2 && b <= 0xDF) need = 1;
            else if (b == 0xE0) start(2, 0xA0, 0xBF);
            else if (b == 0xED) start(2, 0x80, 0x9F);
            else if (b >= 0xE1 && b <= 0xEF) need = 2;
            else if (b == 0xF0) start(3, 0x90, 0xBF);
            else if (b >= 0xF1 && b <= 0xF3) need = 3;
            else if (b == 0xF4) start(3, 0x80, 0x8F);
            else throw new Malformed(line, offset, b);
        } else if (b == '\n') {
            line++;
        }
        offset++;
    }

    private void start(int continuations, int nextLow, int nextHigh) {
        need = continuations;
        low = nextLow;
        high = nextHigh;
    }
}
