package net.wpxliff.xliff;

import net.wpxliff.input.SourceDocument;

/** Wording and names both XLIFF writers use for a document. */
final class XliffText {
    /** Id of the placeholder unit of an XLIFF 2 file for a document without text. */
    static final String EMPTY_UNIT_ID = "wpxliff-no-text";

    /** The decimal text of small numbers (code and sentence ids), made once rather than for every code written. */
    private static final String[] NUMBERS = new String[1024];

    static {
        for (int i = 0; i < NUMBERS.length; i++) NUMBERS[i] = Integer.toString(i);
    }

    private XliffText() {
    }

    static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
    }

    /** The document's own address (post link) or file name. */
    static String original(SourceDocument doc) {
        if (doc.link() != null && !doc.link().isBlank()) return doc.link();
        return doc.name() + doc.format().extension();
    }

    static String describe(SourceDocument doc) {
        return doc.format().describe(doc) + (doc.link() == null ? "" : ", " + doc.link())
                + ". The file carries the source for wpxliff merge: leave its header/skeleton unchanged.";
    }
}
