package net.wpxliff.xliff;

import net.wpxliff.extract.Extraction;

/** Writes one document's units as an XLIFF file. Output depends only on the input. */
public interface XliffWriter {
    String write(Extraction extraction);
}
