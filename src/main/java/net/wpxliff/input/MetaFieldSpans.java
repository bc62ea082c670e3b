package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the post meta fields a configuration translates ({@code <custom-field action="translate">subtitle</custom-field>})
 * in a post's JSON text: each string {@code meta.<name>} of the post object (or each string of a {@code meta.<name>}
 * array, for meta registered with {@code single => false}) with the span of its JSON string token, so that a format
 * can offer it as a field and merge can replace just that token. Values that are not strings are left alone.
 */
public final class MetaFieldSpans {
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One meta string.
     *
     * @param key        {@code meta.subtitle}, or {@code meta.subtitle[1]} for the second string of an array
     * @param value      the decoded string
     * @param tokenStart offset of the opening quote in the post's JSON text
     * @param tokenEnd   offset just after the closing quote
     * @param name       the meta field's name ({@code subtitle})
     * @param index      the string's index in the field's array, or -1 when the field is a string
     */
    public record Span(String key, String value, int tokenStart, int tokenEnd, String name, int index) {
    }

    private MetaFieldSpans() {
    }

    /**
     * The translated meta strings of the post object {@code json}, in text order; none when it has no {@code meta}.
     * A member given twice counts as PHP's {@code json_decode} (and Jackson) read it: the last one.
     */
    public static List<Span> find(String json, Set<String> names) throws IOException {
        List<Span> spans = new ArrayList<>();
        if (names.isEmpty()) return spans;
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return spans;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if (member.equals("meta")) spans.clear();
                if (member.equals("meta") && value == JsonToken.START_OBJECT) {
                    meta(parser, names, spans);
                } else {
                    parser.skipChildren();
                }
            }
        }
        return spans;
    }

    private static void meta(JsonParser parser, Set<String> names, List<Span> spans) throws IOException {
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            spans.removeIf(span -> span.name().equals(name));
            if (!names.contains(name)) {
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_STRING) {
                spans.add(span(parser, "meta." + name, name, -1));
            } else if (value == JsonToken.START_ARRAY) {
                int index = 0;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    if (e == JsonToken.VALUE_STRING) spans.add(span(parser, "meta." + name + "[" + index + "]", name, index));
                    else parser.skipChildren();
                    index++;
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static Span span(JsonParser parser, String key, String name, int index) throws IOException {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        String value = parser.getText();
        return new Span(key, value, start, (int) parser.currentLocation().getCharOffset(), name, index);
    }
}
