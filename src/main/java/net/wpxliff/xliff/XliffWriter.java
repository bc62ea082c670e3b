package net.wpxliff.xliff;

import net.wpxliff.extract.Extraction;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes one document's units as an XLIFF file. Output depends only on the input. */
public interface XliffWriter {
    /**
     * @param words  source word counts to record in the file, or null for none
     * @param source the signed embedded source to carry in the header
     */
    default String write(Extraction extraction, WordCounts words, SealedSource source) {
        XmlBuilder.WholeText text = new XmlBuilder.WholeText();
        try {
            write(extraction, words, source, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // it does not throw
        }
        return text.toString();
    }

    /** The same file as UTF-8 bytes, encoded as it is written (no String of the whole file is made). */
    default byte[] writeUtf8(Extraction extraction, WordCounts words, SealedSource source) {
        Utf8Text bytes = new Utf8Text();
        try {
            write(extraction, words, source, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // it does not throw
        }
        return bytes.toByteArray();
    }

    /**
     * The same file written piece by piece to {@code out} (a large post's XLIFF is several times its size:
     * streamed to its file, it is never held in memory whole).
     */
    void write(Extraction extraction, WordCounts words, SealedSource source, Appendable out) throws IOException;
}
