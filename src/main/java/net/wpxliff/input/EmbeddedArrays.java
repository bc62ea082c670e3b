package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields read from what the REST API embeds in a post ({@code _embedded}, with {@code _embed}): finds the array under
 * one of its members and hands it to a reader. A member given twice counts as PHP's {@code json_decode} reads it: the
 * last one.
 */
final class EmbeddedArrays {
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads one embedded array; the parser is on its START_ARRAY and must be left on its END_ARRAY. */
    interface ArrayReader {
        void read(JsonParser parser, List<Field> fields) throws IOException;
    }

    private EmbeddedArrays() {
    }

    /** The fields {@code reader} finds in {@code _embedded[member]} of the post object {@code json}. */
    static List<Field> read(String json, String member, ArrayReader reader) throws IOException {
        List<Field> fields = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return fields;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                boolean embedded = parser.currentName().equals("_embedded");
                JsonToken value = parser.nextToken();
                if (embedded) fields.clear();
                if (!embedded || value != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    continue;
                }
                for (JsonToken e = parser.nextToken(); e == JsonToken.FIELD_NAME; e = parser.nextToken()) {
                    boolean wanted = parser.currentName().equals(member);
                    JsonToken array = parser.nextToken();
                    if (wanted) fields.clear();
                    if (wanted && array == JsonToken.START_ARRAY) reader.read(parser, fields);
                    else parser.skipChildren();
                }
            }
        }
        return fields;
    }
}
