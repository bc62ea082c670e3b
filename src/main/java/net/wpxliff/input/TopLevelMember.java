package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * One string member of a JSON object's top level, found by a streaming look (nested values are skipped, not built):
 * what a document's text says of itself wherever the member stands and however the JSON is formatted.
 */
final class TopLevelMember {
    private static final JsonFactory JSON = new JsonFactory();

    private TopLevelMember() {
    }

    /** The string value of the top-level member {@code name}, or null (none, not a string, not an object, not JSON). */
    static String string(String json, String name) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                boolean wanted = parser.currentName().equals(name);
                JsonToken value = parser.nextToken();
                if (wanted && value == JsonToken.VALUE_STRING) return parser.getText();
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
