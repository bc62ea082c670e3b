package net.wpxliff.input;

import net.wpxliff.merge.MergeException;
import net.wpxliff.merge.MergedOutputs;
import net.wpxliff.merge.OutputContext;

/**
 * One document format, the way Okapi has one filter per format: what its fields are, how the document
 * export embedded in an XLIFF is read back, and what merge writes for it. Everything that differs between
 * formats is here, so adding a format is one class (and its entry in {@link DocumentFormats}).
 * <p>
 * Reading an input file starts in {@link DocumentReader}, which recognises the format (by file name, then by
 * content, which may need decoding) and hands the file to that format's {@code read} method.
 */
public interface DocumentFormat {

    /** The format's stable name, recorded in every signed payload ({@code WP_POST}, {@code WP_POST_RAW}, {@code HTML_PAGE}, {@code WP_SETTINGS}): never rename it. */
    SourceDocument.Kind kind();

    /** The document export embedded in an XLIFF, read again exactly as export read it, under the name export gave it. */
    SourceDocument restore(EmbeddedDocument embedded) throws InputException;

    /** What a field's units are part of, for the translator's notes ({@code post title}, {@code page}). */
    String fieldNote(Field field);

    /** Whether each field is a whole HTML page ({@code <html lang>}, a charset declaration), not a fragment. */
    default boolean wholePage() {
        return false;
    }

    /** Whether {@code --source} finds a document of this format by its post id (else by its name). */
    default boolean identifiedById() {
        return false;
    }

    /**
     * Whether the document is a post's JSON, whose {@code meta} may hold custom fields a configuration translates
     * ({@link MetaFields}).
     */
    default boolean hasPostMeta() {
        return false;
    }

    /** The XLIFF 1.2 {@code <file category>}. */
    String category();

    /** The file name extension of the document, for an XLIFF {@code original} when it has no link of its own. */
    String extension();

    /** The document in words, for the XLIFF header's note ({@code WordPress post 12 (slug)}). */
    String describe(SourceDocument document);

    /** The files merge writes for the document (its merged fields and unit translations are in the context). */
    MergedOutputs outputs(OutputContext context) throws MergeException;
}
