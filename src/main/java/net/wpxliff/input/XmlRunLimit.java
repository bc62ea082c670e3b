package net.wpxliff.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps a streamed XML file's memory bounded. The JDK's parser holds a whole CDATA section, comment or text
 * run in memory before it hands it over, so one hostile section of gigabytes would exhaust the heap however
 * the reader streams. This stream watches the bytes on their way to the parser and fails the read when a
 * CDATA section, a comment, or a stretch without markup (a text or an attribute value: XML allows no raw
 * {@code <} in either) grows over the limit.
 */
final class XmlRunLimit extends FilterInputStream {
    /** Thrown through the parser (unchecked: the JDK's parser would print a checked one itself); {@link #line} says where the run began. */
    static final class Exceeded extends RuntimeException {
        final long line;

        Exceeded(String what, long line, long limit) {
            super(what + " longer than " + limit + " bytes, starting on line " + line);
            this.line = line;
        }
    }

    private enum State { MARKUP, CDATA, COMMENT }

    private static final byte[] CDATA_OPEN = "<![CDATA[".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] COMMENT_OPEN = "<!--".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] DOCTYPE_OPEN = "<!DOCTYPE".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final long limit;
    private State state = State.MARKUP;
    private long run;
    private long line = 1;
    private long runLine = 1;
    private long doctypeLine = -1;
    /** The last bytes seen, enough to recognise {@code <![CDATA[}, {@code ]]>} and {@code -->} across reads. */
    private final byte[] tail = new byte[CDATA_OPEN.length];

    XmlRunLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Bytes are counted once, in order: no going back. */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) see((byte) b);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) see(buffer[offset + i]);
        return n;
    }

    private void see(byte b) {
        System.arraycopy(tail, 1, tail, 0, tail.length - 1);
        tail[tail.length - 1] = b;
        if (b == '\n') line++;
        run++;
        switch (state) {
            case MARKUP -> {
                if (b == '<') restart(State.MARKUP);
                else if (endsWith(CDATA_OPEN)) restart(State.CDATA);
                else if (endsWith(COMMENT_OPEN)) restart(State.COMMENT);
                else if (doctypeLine < 0 && endsWith(DOCTYPE_OPEN)) doctypeLine = line;
            }
            case CDATA -> {
                if (b == '>' && tail[tail.length - 2] == ']' && tail[tail.length - 3] == ']') restart(State.MARKUP);
            }
            case COMMENT -> {
                if (b == '>' && tail[tail.length - 2] == '-' && tail[tail.length - 3] == '-') restart(State.MARKUP);
            }
        }
        if (run > limit) {
            throw new Exceeded(switch (state) {
                case CDATA -> "a CDATA section";
                case COMMENT -> "a comment";
                case MARKUP -> "a text or attribute value";
            }, runLine, limit);
        }
    }

    /**
     * The line the first {@code <!DOCTYPE} starts on, or -1 (the JDK's parser reports a DTD where it ends, and
     * its text of the declaration is not reliable).
     */
    long doctypeLine() {
        return doctypeLine;
    }

    private void restart(State next) {
        state = next;
        run = 0;
        runLine = line;
    }

    private boolean endsWith(byte[] marker) {
        int from = tail.length - marker.length;
        for (int i = 0; i < marker.length; i++) if (tail[from + i] != marker[i]) return false;
        return true;
    }
}
