package net.wpxliff.blocks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A block's attribute JSON as WordPress's {@code json_decode($json, true)} reads it: an object, or invalid. Export
 * only asks whether it is valid (a block whose JSON does not decode is kept, its attributes left alone), which a
 * streaming pass answers; merge's {@link BlockTreeCheck} compares attributes as plain values ({@link #values}:
 * maps, lists, strings, numbers), read by the same parser. Neither sets up Jackson's data binding, about 300 classes
 * and 50 ms of a fresh JVM; its tree ({@link #decode}) is made only for {@link Block#attributes()}'s callers. All
 * use one parser configuration and judge alike ({@code AttributeJsonTest} compares them).
 */
final class AttributeJson {
    /** PHP's {@code json_decode} default depth. */
    private static final int PHP_JSON_DEPTH = 512;

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PHP_JSON_DEPTH).build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private AttributeJson() {
    }

    /**
     * Whether {@code json} decodes to an object: well-formed JSON (nothing after the object but white space), no
     * unpaired UTF-16 surrogate in a name or string (PHP's {@code JSON_ERROR_UTF16}, which Jackson accepts), every
     * number readable.
     */
    static boolean valid(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return false;
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null) return false;
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (!wellFormed(parser.currentName())) return false;
                    }
                    case VALUE_STRING -> {
                        if (!wellFormed(parser.getText())) return false;
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue(); // as the tree reads it
                    default -> {
                    }
                }
            }
            return parser.nextToken() == null; // trailing tokens: invalid, as for the tree
        } catch (IOException | RuntimeException invalid) {
            return false;
        }
    }

    /** JSON {@code null} in a {@link #values} tree (so that a map's {@code get} tells a missing member from it). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /**
     * The attributes as plain values, equal where data binding's trees are equal: an object as a {@link
     * LinkedHashMap} (members in order, a repeated name's last value in its first place), an array as a {@link List},
     * a string, a number as the parser reads it ({@link Integer}, {@link Long}, {@link java.math.BigInteger},
     * {@link Double}), a {@link Boolean} or {@link #NULL}; null when they are not {@link #valid}.
     */
    static Map<String, Object> values(String json) {
        if (!valid(json)) return null;
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) value(parser);
            return object;
        } catch (IOException e) {
            throw new IllegalStateException("attribute JSON judged valid did not read", e);
        }
    }

    /** The value at the parser's current token, the parser left on its last token. */
    private static Object value(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> members = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    members.put(name, value(parser));
                }
                return members;
            }
            case START_ARRAY -> {
                List<Object> elements = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) elements.add(value(parser));
                return elements;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NULL -> {
                return NULL;
            }
            default -> throw new IllegalStateException("unexpected " + parser.currentToken());
        }
    }

    /** The attributes as data binding's tree; null when they are not {@link #valid}. */
    static ObjectNode decode(String json) {
        try {
            JsonNode node = Tree.MAPPER.readTree(json);
            return node instanceof ObjectNode object && wellFormedTree(object) ? object : null;
        } catch (IOException | RuntimeException invalid) {
            return null;
        }
    }

    /** An empty attribute object (a delimiter without JSON). */
    static ObjectNode empty() {
        return Tree.MAPPER.createObjectNode();
    }

    /** Data binding, set up on first use only (a holder class: export never loads it). */
    private static final class Tree {
        static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    private static boolean wellFormedTree(JsonNode node) {
        if (node.isTextual()) return wellFormed(node.textValue());
        if (node.isObject()) {
            for (var field : node.properties()) {
                if (!wellFormed(field.getKey()) || !wellFormedTree(field.getValue())) return false;
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (!wellFormedTree(element)) return false;
            }
        }
        return true;
    }

    private static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
