package net.wpxliff.blocks;

/**
 * One block comment delimiter found in the text. {@code attributesJson} is {@code null} when there is none;
 * a closer's attributes and void slash are found but, as in WordPress, ignored.
 */
record BlockDelimiter(Kind kind, String name, SourceRange range, SourceRange attributesJson) {
    enum Kind { OPENER, CLOSER, SELF_CLOSING }
}
