package net.wpxliff.blocks;

/**
 * A span {@code [start, end)} of the parsed text, in {@code char} offsets of the Java string (WordPress counts
 * bytes; the delimiters are ASCII, so the structure is the same).
 */
public record SourceRange(int start, int end) {
    public SourceRange {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }

    public int length() {
        return end - start;
    }

    /** The text of this range in {@code source}. */
    public String of(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
