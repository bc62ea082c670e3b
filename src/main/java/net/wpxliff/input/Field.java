package net.wpxliff.input;

/**
 * One piece of HTML to localize inside a {@link SourceDocument}.
 *
 * @param key        {@code title}, {@code excerpt}, {@code content} (post fields) or {@code html} (a page)
 * @param html       the field's HTML, decoded from JSON when the document is a post
 * @param tokenStart for post fields: offset of the JSON string token (opening quote) in the document text; -1 for pages
 * @param tokenEnd   for post fields: offset just after the closing quote; -1 for pages
 */
public record Field(String key, String html, int tokenStart, int tokenEnd) {
}
