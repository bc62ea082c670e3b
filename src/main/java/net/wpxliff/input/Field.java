package net.wpxliff.input;

/**
 * One piece of HTML to localize inside a {@link SourceDocument}.
 *
 * @param key        {@code title}, {@code excerpt}, {@code content} (post fields) or {@code html} (a page)
 * @param html       the field's HTML, decoded from JSON when the document is a post
 * @param tokenStart for post fields: offset of the JSON string token (opening quote) in the document text; -1 for pages
 * @param tokenEnd   for post fields: offset just after the closing quote; -1 for pages
 * @param markup     what the text is: HTML as a browser gets it, or what an editor wrote (blocks, paragraphs by blank lines, shortcodes)
 */
public record Field(String key, String html, int tokenStart, int tokenEnd, Markup markup) {

    /** How a field's text is written, which decides what bounds its units and what is protected in it. */
    public enum Markup {
        /** HTML as WordPress serves it ({@code rendered} fields) or a page: units follow the HTML alone. */
        HTML,
        /**
         * What editors and the REST API write ({@code raw} fields, WXR {@code content:encoded}): Gutenberg block
         * delimiters bound units and hold attribute units; where there are no blocks, blank lines separate
         * paragraphs (WordPress's {@code wpautop}); shortcodes are protected codes.
         */
        EDITOR
    }

    /** An HTML field ({@link Markup#HTML}). */
    public Field(String key, String html, int tokenStart, int tokenEnd) {
        this(key, html, tokenStart, tokenEnd, Markup.HTML);
    }

    public Field {
        if (markup == null) markup = Markup.HTML;
    }
}
