package net.wpxliff.xliff;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Checks that the bytes on their way to an XML parser are well-formed UTF-8, and says where they are not
 * (line and byte offset). The JDK's parser finds the same error but prints a stray {@code [Fatal Error]} line on
 * standard error itself and reports no offset; this fails first, with an unchecked {@link Malformed} the reader
 * turns into its message. Every reader of untrusted XML files puts it in front of the parser ({@link #ifUtf8}).
 */
public final class StrictUtf8 extends FilterInputStream {
    /** The first byte that is not UTF-8. */
    public static final class Malformed extends RuntimeException {
        private final long line;
        private final long offset;

        Malformed(long line, long offset, String what) {
            super(what);
            this.line = line;
            this.offset = offset;
        }

        /** The line the bad byte is on (1 for the first). */
        public long line() {
            return line;
        }

        /** The bad byte's offset from the start of the file. */
        public long offset() {
            return offset;
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

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("(?:\u00EF\u00BB\u00BF)?\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /**
     * {@code in}, buffered, and checked as it is read when the file is UTF-8: no byte order mark of another encoding,
     * no zero byte among the first two (UTF-16 or UTF-32 without a mark), and no XML declaration naming another
     * encoding. A file in another encoding is left to the parser's own decoder.
     */
    public static InputStream ifUtf8(InputStream in) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 8192);
        return isUtf8(buffered) ? new StrictUtf8(buffered) : buffered;
    }

    private static boolean isUtf8(InputStream in) throws IOException {
        in.mark(256);
        byte[] head = in.readNBytes(256);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return false;
        }
        if (head.length >= 2 && (head[0] == 0 || head[1] == 0)) return false;
        java.util.regex.Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        return !declared.lookingAt() || declared.group(1).equalsIgnoreCase("UTF-8") || declared.group(1).equalsIgnoreCase("UTF8");
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
        long base = offset;
        int i = from, end = from + n;
        while (i < end) {
            if (need == 0) {
                // a run of ASCII, the common case (markup and Latin text): only line breaks to count
                byte b;
                while (i < end && (b = buffer[i]) >= 0) {
                    if (b == '\n') line++;
                    i++;
                }
                if (i == end) break;
            }
            offset = base + (i - from);
            see(buffer[i] & 0xFF);
            i++;
        }
        if (n > 0) offset = base + n;
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
