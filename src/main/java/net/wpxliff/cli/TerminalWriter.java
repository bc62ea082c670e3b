package net.wpxliff.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * What the commands print, with the control characters of untrusted text made visible: a unit id, an attribute
 * value or a post title from a returned file or the web can hold C1 controls (XML allows U+0080–U+009F; U+009B is
 * a terminal's CSI), a lone carriage return or bidirectional overrides, which would let a file recolour, rewrite or
 * reorder what the user reads. Each becomes its {@code \}{@code uXXXX} escape, which in {@code --json} output is the
 * same character again once parsed. Line feeds and tabs pass.
 */
final class TerminalWriter extends FilterWriter {
    private TerminalWriter(Writer out) {
        super(out);
    }

    /** A UTF-8 print writer on {@code stream} that flushes at each line, as the commands print. */
    static PrintWriter on(OutputStream stream) {
        return new PrintWriter(new TerminalWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
    }

    /** {@code text} with each character {@link #escaped} shown as its escape, for a writer that must pass {@code \r}. */
    static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (escaped(c)) out.append(escape(c));
            else out.append(c);
        }
        return out.toString();
    }

    /** Whether a character is shown as its escape. */
    static boolean escaped(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String escape(int c) {
        return String.format("\\u%04X", c);
    }

    @Override
    public void write(int c) throws IOException {
        if (escaped(c)) out.write(escape(c));
        else out.write(c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        int from = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (!escaped(buffer[i])) continue; // the usual case: the whole text passes in one write
            out.write(buffer, from, i - from);
            write(buffer[i]);
            from = i + 1;
        }
        out.write(buffer, from, end - from);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int from = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (!escaped(text.charAt(i))) continue;
            out.write(text, from, i - from);
            write(text.charAt(i));
            from = i + 1;
        }
        out.write(text, from, end - from);
    }
}
