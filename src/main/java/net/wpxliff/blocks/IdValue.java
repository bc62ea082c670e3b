package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * An id of the source site written in a block's attribute JSON ({@code "ref":12}, {@code "category":[2,"5"]}): its
 * value and the span of its digits in the content (inside the quotes of a string value), so that another id can be
 * written in their place with every other character kept.
 *
 * @param id      the id, or -1 when the value is not a positive whole number (then it cannot be mapped)
 * @param digits  where its digits are (empty, at the value, when it cannot be mapped)
 * @param written the value as written
 */
record IdValue(long id, SourceRange digits, String written) {

    /** The value the parser is at ({@code value}, its current token), in attribute JSON starting at {@code jsonStart}. */
    static IdValue at(String content, int jsonStart, JsonParser parser, JsonToken value) throws IOException {
        int at = jsonStart + (int) parser.currentTokenLocation().getCharOffset();
        String text = value.isScalarValue() ? parser.getText() : value.asString();
        if (value == JsonToken.VALUE_STRING) at++; // past the quote; the digits must be written as they read
        boolean digits = text.matches("[0-9]{1,18}") && content.startsWith(text, at)
                && (value != JsonToken.VALUE_STRING || content.startsWith("\"", at + text.length()));
        boolean mappable = digits && (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING)
                && Long.parseLong(text) > 0;
        return new IdValue(mappable ? Long.parseLong(text) : -1, new SourceRange(at, mappable ? at + text.length() : at), text);
    }

    /** The content with the digits at each of {@code spans} (in document order) replaced by {@code targets}' ids. */
    static String rewrite(String content, List<SourceRange> spans, long[] targets) {
        StringBuilder out = new StringBuilder(content.length() + 8 * spans.size());
        int copied = 0;
        for (int i = 0; i < spans.size(); i++) {
            out.append(content, copied, spans.get(i).start()).append(targets[i]);
            copied = spans.get(i).end();
        }
        return out.append(content, copied, content.length()).toString();
    }
}
