package net.wpxliff.xliff;

import net.wpxliff.input.SourceDocument;

/** Wording and names both XLIFF writers use for a document. */
final class XliffText {
    /** Id of the placeholder unit of an XLIFF 2 file for a document without text. */
    static final String EMPTY_UNIT_ID = "wpxliff-no-text";

    private XliffText() {
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
