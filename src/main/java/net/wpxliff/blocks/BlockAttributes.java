package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes block attribute JSON the way WordPress's {@code serialize_block_attributes} does:
 * {@code wp_json_encode} with unescaped slashes and unicode (U+2028 and U+2029 still escaped, control characters
 * as {@code \n}, {@code \t}, … or lower-case {@code \\u00XX}), then {@code --}, {@code <}, {@code >}, {@code &}
 * and {@code \"} replaced by {@code \\u002d\\u002d}, {@code \\u003c}, {@code \\u003e}, {@code \\u0026} and
 * {@code \\u0022}. So a value can never end the comment ({@code -->}), end the JSON early ({@code } -->}) or
 * read as markup.
 * <p>
 * The quote is escaped inside the string writer rather than by WordPress's text replacement of {@code \"}: the
 * output is the same, except that a value ending in a backslash stays valid JSON (WordPress's text replacement
 * takes the escaped backslash and the closing quote of such a string for an escaped quote, and breaks it).
 * Empty objects are written {@code {}} as the block editor writes them (PHP, having decoded them to arrays,
 * would write {@code []}).
 */
public final class BlockAttributes {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private BlockAttributes() {
    }

    /** The JSON string literal, quotes included, WordPress would write for {@code value} in a block delimiter. */
    public static String encodeString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        appendString(out, value);
        return out.toString();
    }

    /** A whole attribute value (usually the attributes object) as WordPress writes it in a delimiter. */
    public static String serialize(JsonNode value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, JsonNode value) {
        if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!first) out.append(',');
                first = false;
                appendString(out, field.getKey());
                out.append(':');
                append(out, field.getValue());
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) out.append(',');
                append(out, value.get(i));
            }
            out.append(']');
        } else if (value.isTextual()) {
            appendString(out, value.textValue());
        } else if (value.isMissingNode()) {
            throw new IllegalArgumentException("no JSON value to serialize");
        } else {
            out.append(value); // numbers, booleans, null: as JSON writes them
        }
    }

    private static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\u0022");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '-' -> {
                    // WordPress replaces "--" pairs left to right: "---" is \\u002d\\u002d then "-"
                    if (i + 1 < value.length() && value.charAt(i + 1) == '-') {
                        out.append("\\u002d\\u002d");
                        i++;
                    } else {
                        out.append('-');
                    }
                }
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < value.length()
                                && Character.isLowSurrogate(value.charAt(i + 1))) {
                            out.append(c).append(value.charAt(++i));
                        } else {
                            // wp_json_encode fails on text that is not UTF-8; never write half a character
                            throw new IllegalArgumentException("unpaired UTF-16 surrogate at index " + i
                                    + " of an attribute value: the text is damaged; fix the translation");
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
}
