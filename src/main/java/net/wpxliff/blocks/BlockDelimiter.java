package net.wpxliff.blocks;

/**
 * One block comment delimiter found in the text. {@code attributesJson} is the {@code {…}} text, {@code null}
 * when there is none; {@code attributesCapture} is what WordPress decodes: that text and the whitespace after
 * it (so a form feed there makes the JSON invalid, as in PHP and JavaScript). A closer's attributes and void
 * slash are found but, as in WordPress, ignored.
 */
record BlockDelimiter(Kind kind, String name, SourceRange range, SourceRange attributesJson,
                      SourceRange attributesCapture) {
    enum Kind { OPENER, CLOSER, SELF_CLOSING }
}
