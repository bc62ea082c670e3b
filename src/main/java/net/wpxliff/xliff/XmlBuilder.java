package net.wpxliff.xliff;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

import net.wpxliff.unit.XmlChars;

/**
 * Minimal, fast XML output into a StringBuilder, escaping text and attribute values. Characters that XML
 * normalises away (CR, and tab/LF in attributes) are written as references so they survive a round trip.
 * Characters XML cannot carry at all (C0 controls, U+FFFE/FFFF, lone surrogates: a tag name in binary
 * junk, a control character in a slug) are written as readable {@code \u0011} text, so no input makes the
 * file invalid. Translatable text never reaches here with one: extraction makes them protected codes.
 *
 * <p>Text collects in a buffer that {@link #flushIfFull} hands to the sink now and then, so that a large
 * file is streamed to its destination rather than held whole in memory.
 */
final class XmlBuilder {
    /** About 64 KB of text between hand-overs: large enough to be cheap, small beside any post. */
    private static final int FLUSH_AT = 1 << 15;
    /** Characters below '?' that text ({@code [0]}) and attribute values ({@code [1]}) write otherwise. */
    private static final boolean[][] SPECIAL = new boolean[2]['?'];

    static {
        for (int attribute = 0; attribute < 2; attribute++) {
            for (char c = 0; c < '?'; c++) SPECIAL[attribute][c] = replacement(c, "", 0, attribute == 1) != null;
        }
    }

    /** A finished builder's buffer, for the thread's next file (allocating and clearing one per file shows). */
    private static final ThreadLocal<char[]> SPARE = new ThreadLocal<>();
    /** Larger buffers (a whole file's text) are not kept. */
    private static final int MAX_SPARE = 1 << 20;

    private final Appendable sink;
    /** The text not yet handed over: a plain array, so escaping scans it without String's per-character checks. */
    private char[] out;
    private int length;
    /** False once a value escaped since {@link #startPlainCheck} held a character that is replaced or a surrogate. */
    private boolean plain = true;

    XmlBuilder(Appendable sink) {
        this.sink = sink;
        out = SPARE.get();
        if (out == null) out = new char[FLUSH_AT + 4096];
        else SPARE.remove();
    }

    /** Hands all buffered text to the sink and leaves the buffer to the next builder of this thread (call last). */
    void finish() throws IOException {
        flush();
        if (out.length <= MAX_SPARE) SPARE.set(out);
        out = null;
    }

    /** Hands the buffered text to the sink once there is enough of it (call between elements). */
    void flushIfFull() throws IOException {
        if (length >= FLUSH_AT && !(sink instanceof WholeText)) flush();
    }

    /** Hands all buffered text to the sink (call at the end). */
    void flush() throws IOException {
        if (sink instanceof WholeText whole) whole.take(out, length);
        else if (sink instanceof Utf8Text bytes) bytes.take(out, length);
        else if (sink instanceof StringBuilder text) text.append(out, 0, length);
        else if (sink instanceof Writer writer) writer.write(out, 0, length);
        else sink.append(new String(out, 0, length));
        length = 0;
    }

    XmlBuilder raw(String s) {
        append(s);
        return this;
    }

    XmlBuilder open(String name) {
        append('<');
        append(name);
        return this;
    }

    XmlBuilder attr(String name, String value) {
        if (value == null) return this;
        append(' ');
        append(name);
        append('=');
        append('"');
        escape(value, true);
        append('"');
        return this;
    }

    XmlBuilder endOpen() {
        append('>');
        return this;
    }

    XmlBuilder selfClose() {
        append('/');
        append('>');
        return this;
    }

    XmlBuilder close(String name) {
        append('<');
        append('/');
        append(name);
        append('>');
        return this;
    }

    XmlBuilder text(String s) {
        escape(s, false);
        return this;
    }

    /** Starts noting whether the values escaped from now on hold only characters written as they are. */
    void startPlainCheck() {
        plain = true;
    }

    /**
     * True when no value escaped since {@link #startPlainCheck} held a character that is replaced or a surrogate:
     * text made of their characters only (a unit's sentences, cut from its source) needs no escaping.
     */
    boolean wasPlain() {
        return plain;
    }

    /** Text known to hold only characters written as they are ({@link #wasPlain}): copied without a scan. */
    XmlBuilder plainText(String s) {
        append(s);
        return this;
    }

    XmlBuilder element(String name, String text) {
        return open(name).endOpen().text(text).close(name);
    }

    private void append(char c) {
        if (length == out.length) grow(1);
        out[length++] = c;
    }

    private void append(String s) {
        int n = s.length();
        if (out.length - length < n) grow(n);
        s.getChars(0, n, out, length);
        length += n;
    }

    private void grow(int needed) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, length + needed));
    }

    /**
     * Copies {@code s} in one go and scans the copy: most values have nothing to replace. From the first
     * character that is written otherwise on, the rest is written character by character.
     */
    private void escape(String s, boolean attribute) {
        int n = s.length();
        if (out.length - length < n) grow(n);
        s.getChars(0, n, out, length);
        char[] chars = out;
        boolean[] special = SPECIAL[attribute ? 1 : 0];
        for (int i = length, end = length + n; i < end; i++) {
            char c = chars[i];
            if (c < '?') {
                if (!special[c]) continue;
            } else if (c < Character.MIN_SURROGATE) {
                continue;
            } else {
                plain = false; // (a surrogate's verdict depends on its neighbour, which a cut may take away)
                if (replacement(c, s, i - length, attribute) == null) continue;
            }
            plain = false;
            int from = i - length;
            length = i;
            escapeFrom(s, from, attribute);
            return;
        }
        length += n;
    }

    private void escapeFrom(String s, int from, boolean attribute) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = c > '>' && c < Character.MIN_SURROGATE ? null : replacement(c, s, i, attribute);
            if (replacement == null) append(c);
            else append(replacement);
        }
    }

    /** What is written for the character at {@code i} of {@code s}, or null when it is written as it is. */
    private static String replacement(char c, String s, int i, boolean attribute) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\r' -> "&#13;";
            case '\n' -> attribute ? "&#10;" : null;
            case '\t' -> attribute ? "&#9;" : null;
            default -> c < 0x20 || c >= Character.MIN_SURROGATE && !XmlChars.isAllowed(s, i) ? XmlChars.readable(c) : null;
        };
    }

    /**
     * A sink for a file wanted as one String ({@link XliffWriter#write(net.wpxliff.extract.Extraction, WordCounts,
     * SealedSource)}): the builder keeps all text in its buffer and hands it over once, a single copy to the String.
     */
    static final class WholeText implements Appendable {
        private final StringBuilder text = new StringBuilder();
        private String whole;

        void take(char[] chars, int length) {
            if (whole == null && text.isEmpty()) whole = new String(chars, 0, length);
            else pending().append(chars, 0, length);
        }

        private StringBuilder pending() {
            if (whole != null) text.append(whole);
            whole = null;
            return text;
        }

        @Override
        public Appendable append(CharSequence s) {
            pending().append(s);
            return this;
        }

        @Override
        public Appendable append(CharSequence s, int start, int end) {
            pending().append(s, start, end);
            return this;
        }

        @Override
        public Appendable append(char c) {
            pending().append(c);
            return this;
        }

        @Override
        public String toString() {
            return whole != null ? whole : text.toString();
        }
    }
}
