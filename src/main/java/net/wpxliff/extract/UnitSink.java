package net.wpxliff.extract;

import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.TextContext;

/** Receives the units an extractor finds, in any order; the document extractor numbers and sorts them. */
interface UnitSink {
    void unit(String resname, String note, TextContext context, boolean preserveSpace,
              int spanStart, int spanEnd, Fragment source);

    /** Something could not be extracted safely and stays in the source language. */
    void warning(String message);
}
