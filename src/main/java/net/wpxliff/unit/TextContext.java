package net.wpxliff.unit;

/** Where a unit's text lands in the source, which decides how a translation must be escaped there. */
public enum TextContext {
    /** Text between HTML tags. */
    HTML_TEXT,
    /** An HTML attribute value. */
    HTML_ATTRIBUTE,
    /** A JSON string inside a {@code <script type="application/ld+json">} block. */
    JSON_STRING,
    /**
     * A string value in a Gutenberg block's attribute JSON ({@code <!-- wp:search {"label":"..."} /-->}): written
     * back the way WordPress serializes block attributes, so no translation can end the comment or its JSON.
     */
    BLOCK_ATTRIBUTE,
    /**
     * Text inside an HTML comment that WordPress shows: the "read more" link text of {@code <!--more …-->}, which
     * it strips of tags and prints as HTML. Escaped as HTML text, so no translation can end the comment, and kept
     * on one line (WordPress only reads the tag up to a line end).
     */
    HTML_COMMENT,
    /**
     * A quoted shortcode attribute value WordPress shows as HTML ({@code [caption caption="…"]}): escaped as HTML text
     * and its quote, with {@code [}, {@code ]} and {@code \} as references, so that no translation can end the value
     * or the shortcode, or be read as an escape ({@code shortcode_parse_atts} runs {@code stripcslashes}).
     */
    SHORTCODE_ATTRIBUTE
}
