package net.wpxliff.xliff;

import net.wpxliff.extract.Extraction;

/** Writes one document's units as an XLIFF file. Output depends only on the input. */
public interface XliffWriter {
    /**
     * @param words  source word counts to record in the file, or null for none
     * @param source the signed embedded source to carry in the header
     */
    String write(Extraction extraction, WordCounts words, SealedSource source);
}
