package net.wpxliff.merge;

import net.wpxliff.input.DocumentReader;

import java.util.Locale;

/**
 * How large a merged file may be: what wpxliff reads as a post or page ({@link DocumentReader#MAX_INPUT_BYTES}, 64
 * MB), so that merge never writes a file that export, push or a second merge would refuse, nor a page no WordPress
 * answer of that size could hold. {@link TranslationLength} keeps each unit near its source's length; a file can still
 * pass the limit when its source is large, and is then refused whole, naming the unit that grew most, before anything
 * is written.
 */
final class MergedSize {
    private MergedSize() {
    }

    /**
     * The problem with one output over {@code limit} bytes, or null.
     *
     * @param name    the output's file name ({@code post.ko.json})
     * @param grewMost the unit whose translation added the most characters to its source, or null
     */
    static Problem check(String name, long bytes, long limit, String grewMost, int line) {
        if (bytes <= limit) return null;
        return new Problem(null, line, String.format(Locale.ROOT, "the merged %s would be %,d bytes, over the %,d-byte"
                + " limit on a post or page wpxliff reads (export, push, merge)%s: shorten the translation, or split the"
                + " post and export each part", name, bytes, limit,
                grewMost == null ? "" : "; the translation that grew most is unit " + grewMost));
    }

    static Problem check(String name, long bytes, String grewMost, int line) {
        return check(name, bytes, DocumentReader.MAX_INPUT_BYTES, grewMost, line);
    }
}
