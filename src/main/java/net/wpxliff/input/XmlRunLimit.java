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
            super(what + " longer than " + limit + " bytes");
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
    /** How much of each opening marker the last bytes matched (each starts with {@code <}, found nowhere else in it). */
    private int cdataMatched;
    private int commentMatched;
    private int doctypeMatched;
    /** How many {@code ]} (in CDATA) or {@code -} (in a comment) came last: two and a {@code >} end the section. */
    private int closers;

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
        for (int i = offset, end = offset + n; i < end; i++) {
            byte b = buffer[i];
            // the common case, a byte that changes nothing but the run's length
            if (b != '<' && b != ']' && b != '-' && b != '\n' && closers == 0 && cdataMatched == 0
                    && commentMatched == 0 && doctypeMatched == 0 && run < limit) {
                run++;
            } else {
                see(b);
            }
        }
        return n;
    }

    private void see(byte b) {
        if (b == '\n') line++;
        run++;
        switch (state) {
            case MARKUP -> {
                if (b == '<') {
                    restart(State.MARKUP);
                    cdataMatched = commentMatched = doctypeMatched = 1;
                } else {
                    cdataMatched = next(CDATA_OPEN, cdataMatched, b);
                    commentMatched = next(COMMENT_OPEN, commentMatched, b);
                    doctypeMatched = next(DOCTYPE_OPEN, doctypeMatched, b);
                    if (cdataMatched == CDATA_OPEN.length) restart(State.CDATA);
                    else if (commentMatched == COMMENT_OPEN.length) restart(State.COMMENT);
                    else if (doctypeMatched == DOCTYPE_OPEN.length && doctypeLine < 0) doctypeLine = line;
                }
            }
            case CDATA -> closers = b == ']' ? closers + 1 : b == '>' && closers >= 2 ? end() : 0;
            case COMMENT -> closers = b == '-' ? closers + 1 : b == '>' && closers >= 2 ? end() : 0;
        }
        if (run > limit) {
            throw new Exceeded(switch (state) {
                case CDATA -> "a CDATA section";
                case COMMENT -> "a comment";
                case MARKUP -> "a text or attribute value";
            }, runLine, limit);
        }
    }

    /** The marker's matched length after {@code b}, given {@code matched} before it (0 once it failed). */
    private static int next(byte[] marker, int matched, byte b) {
        return matched > 0 && matched < marker.length && marker[matched] == b ? matched + 1 : 0;
    }

    private int end() {
        restart(State.MARKUP);
        return 0;
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
        cdataMatched = commentMatched = doctypeMatched = 0;
        closers = 0;
    }
}
