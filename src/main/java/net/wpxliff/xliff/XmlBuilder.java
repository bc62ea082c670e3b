package net.wpxliff.xliff;

import java.io.IOException;

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
    private final Appendable sink;
    private final StringBuilder out = new StringBuilder(FLUSH_AT + 4096);

    XmlBuilder(Appendable sink) {
        this.sink = sink;
    }

    /** Hands the buffered text to the sink once there is enough of it (call between elements). */
    void flushIfFull() throws IOException {
        if (out.length() >= FLUSH_AT) flush();
    }

    /** Hands all buffered text to the sink (call at the end). */
    void flush() throws IOException {
        sink.append(out);
        out.setLength(0);
    }

    XmlBuilder raw(String s) {
        out.append(s);
        return this;
    }

    XmlBuilder open(String name) {
        out.append('<').append(name);
        return this;
    }

    XmlBuilder attr(String name, String value) {
        if (value == null) return this;
        out.append(' ').append(name).append("=\"");
        escape(value, true);
        out.append('"');
        return this;
    }

    XmlBuilder endOpen() {
        out.append('>');
        return this;
    }

    XmlBuilder selfClose() {
        out.append("/>");
        return this;
    }

    XmlBuilder close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    XmlBuilder text(String s) {
        escape(s, false);
        return this;
    }

    XmlBuilder element(String name, String text) {
        return open(name).endOpen().text(text).close(name);
    }

    private void escape(String s, boolean attribute) {
        int run = 0; // start of the characters not yet written, copied in one go up to the next special one
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > '>' && c < Character.MIN_SURROGATE) continue; // letters and most text: nothing to replace
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\r' -> "&#13;";
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> c < 0x20 || c >= Character.MIN_SURROGATE && !XmlChars.isAllowed(s, i) ? XmlChars.readable(c) : null;
            };
            if (replacement == null) continue;
            out.append(s, run, i).append(replacement);
            run = i + 1;
        }
        out.append(s, run, s.length());
    }
}
