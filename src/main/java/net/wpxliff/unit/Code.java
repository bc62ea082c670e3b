package net.wpxliff.unit;

import java.util.Objects;

/**
 * An inline code: a piece of markup inside a translation unit that translators see as a protected
 * placeholder, never as raw HTML. The markup itself is never written to XLIFF: merge takes it from the
 * embedded source by {@link #rawStart()}/{@link #rawEnd()}, so a translation cannot alter it.
 *
 * @param id       number of the code inside its unit; the opening and closing part of a pair share it
 * @param kind     opening, closing or standalone
 * @param type     what the code stands for, written as XLIFF {@code ctype} (e.g. {@code bold}, {@code link},
 *                 {@code lb}, {@code x-html-comment})
 * @param rawStart offset of the markup in the field's source text
 * @param rawEnd   end offset (exclusive); equal to rawStart for tags the source only implied
 * @param label    short human-readable hint for translators (XLIFF {@code equiv-text}), may be empty
 */
public record Code(int id, Kind kind, String type, int rawStart, int rawEnd, String label) implements Part {

    /** Where a code sits in a pair. */
    public enum Kind { OPENING, CLOSING, STANDALONE }

    public Code {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
        if (rawEnd < rawStart) throw new IllegalArgumentException("rawEnd < rawStart");
        label = label == null ? "" : label;
    }

    /** True when two codes are the same placeholder, whatever their source position. */
    public boolean sameAs(Code other) {
        return other != null && id == other.id && kind == other.kind;
    }
}
