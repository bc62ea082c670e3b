package net.wpxliff.unit;

import java.util.List;
import java.util.Objects;

/**
 * One translatable piece of a document: a block of text, an attribute value or a JSON-LD string.
 *
 * @param id            stable id, unique in the document ({@code content-12})
 * @param field         the source field the unit lives in ({@code title}, {@code excerpt}, {@code content}, {@code html})
 * @param resname       stable key of where the unit lives: field, element path, attribute or JSON path
 * @param note          what the unit is, in words, for translators
 * @param context       how text must be escaped where it lands
 * @param preserveSpace true when whitespace is significant (JSON strings); otherwise it was collapsed
 * @param spanStart     offset in the field's source text where the unit's raw text starts
 * @param spanEnd       end offset (exclusive)
 * @param source        the whole unit as translators see it
 * @param segments      the unit split into sentences (one segment when segmentation is off)
 */
public record TextUnit(String id, String field, String resname, String note, TextContext context,
                       boolean preserveSpace, int spanStart, int spanEnd, Fragment source,
                       List<Segment> segments) {

    public TextUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        segments = List.copyOf(segments);
        if (spanEnd < spanStart) throw new IllegalArgumentException("spanEnd < spanStart");
    }

    public TextUnit withId(String newId) {
        return new TextUnit(newId, field, resname, note, context, preserveSpace, spanStart, spanEnd, source, segments);
    }

    public TextUnit withSegments(List<Segment> newSegments) {
        return new TextUnit(id, field, resname, note, context, preserveSpace, spanStart, spanEnd, source, newSegments);
    }

    /** True when {@code other}'s span lies inside this unit's span (an attribute inside a paragraph's code). */
    public boolean contains(TextUnit other) {
        return spanStart <= other.spanStart && other.spanEnd <= spanEnd;
    }
}
