package net.wpxliff.xliff;

import net.wpxliff.extract.Extraction;

/** Writes one document's units as an XLIFF file. Output depends only on the input. */
public interface XliffWriter {
    default String write(Extraction extraction) {
        return write(extraction, null);
    }

    /** @param words source word counts to record in the file, or null for none */
    String write(Extraction extraction, WordCounts words);
}
