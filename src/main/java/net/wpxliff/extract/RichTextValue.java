package net.wpxliff.extract;

import net.wpxliff.unit.Fragment;
import org.jsoup.nodes.Node;

/**
 * A block attribute's value read as the inline HTML the block editor stores in it (rich text): the unit's content,
 * markup as codes, and the part of the value it covers ({@code [start, end)}: leading and trailing spaces and
 * standalone markup stay outside, as for text in HTML). Code offsets are offsets in the value. Export and merge read
 * a value the same way, so merge puts back exactly what the unit left out.
 *
 * @param outOfOrder true when the markup is too broken to be rebuilt in source order (the value is then not a unit)
 */
public record RichTextValue(Fragment fragment, int start, int end, boolean outOfOrder) {

    /** The value's unit, or null when it has no words. */
    public static RichTextValue read(String value) {
        InlineRun run = new InlineRun(value);
        for (Node node : HtmlExtractor.parse(value).body().childNodes()) run.add(node);
        InlineRun.Built built = run.build(true);
        if (built == null) return null;
        return new RichTextValue(built.fragment(), built.spanStart(), built.spanEnd(), run.isOutOfOrder());
    }

    /**
     * The value's unit for an extractor, or null when it has none: no words, or (with a warning to {@code sink} naming
     * {@code resname} and {@code what} stays untranslated) markup too broken to rebuild or a character XML cannot carry.
     */
    static RichTextValue readForUnit(String value, String resname, String what, UnitSink sink) {
        RichTextValue read = read(value);
        if (read == null) return null;
        if (read.outOfOrder()) {
            sink.warning(resname + ": markup too broken to extract safely; " + what + " stays untranslated: \""
                    + HtmlExtractor.abbreviate(value) + "\"");
            return null;
        }
        if (!TextScanner.allXmlChars(value)) {
            sink.warning(resname + ": " + HtmlExtractor.NOT_XML + HtmlExtractor.abbreviate(value) + "\"");
            return null;
        }
        return read;
    }
}
