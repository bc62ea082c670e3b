package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export judges a block's attribute JSON by a streaming pass ({@link AttributeJson#valid}), merge compares it as plain
 * values ({@link AttributeJson#values}), {@link Block#attributes()} decodes it to data binding's tree
 * ({@link AttributeJson#decode}): they must agree on every input, or a block kept as-is by export would be compared
 * as changed (or not at all) by merge. Hand-picked edge cases, then mutations of a real attribute object.
 */
class AttributeJsonTest {
    private static final List<String> VALID = List.of(
            "{}", "{\"level\":3}", " {\"a\":[1,2.5,-3e2,true,false,null,{\"b\":\"c\"}]} ", "{\"a\":1}\n",
            "{\"a\":\"\\ud83d\\ude00\"}", "{\"a\":\"😀\"}", "{\"a\":1,\"a\":2}", "{\"big\":123456789012345678901234567890}",
            "{\"tiny\":1e-400}", "{\"huge\":1e400}", "{\"s\":\"} -->\"}", "{\"k\":\"\\u0000\"}",
            "{\"a\":" + "[".repeat(250) + "1" + "]".repeat(250) + "}");
    private static final List<String> INVALID = List.of(
            "", " ", "[]", "1", "\"a\"", "null", "{", "{\"a\":1}}", "{\"a\":1} x", "{\"a\":1}{}", "{a:1}", "{'a':1}",
            "{\"a\":01}", "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":\"\\ud800\"}",
            "{\"\\udc00\":1}", "{\"a\":[\"\\ude00\\ud83d\"]}", "{\"a\":\"tab\there\"}", "{\"a\":1,}", "{\"a\":1 /* c */}",
            "{\"a\":1}\f", "{\"a\":1}\u000B", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1}\u0000",
            "{\"a\":" + "[".repeat(600) + "1" + "]".repeat(600) + "}");

    @Test
    void streamingAndTreeAgreeOnTheEdgeCases() {
        for (String json : VALID) {
            assertTrue(AttributeJson.valid(json), "valid: " + json);
            assertNotNull(AttributeJson.decode(json), "decodes: " + json);
            assertEquals(plain(AttributeJson.decode(json)), AttributeJson.values(json), "values: " + json);
        }
        for (String json : INVALID) {
            assertFalse(AttributeJson.valid(json), "invalid: " + json);
            assertEquals(null, AttributeJson.decode(json), "does not decode: " + json);
            assertEquals(null, AttributeJson.values(json), "no values: " + json);
        }
    }

    @Test
    void streamingAndTreeAgreeOnMutations() {
        String real = "{\"url\":\"https://example.com/a.jpg\",\"id\":42,\"sizeSlug\":\"large\",\"caption\":\"A "
                + "\\\"quoted\\\" caption \\u00e9\",\"style\":{\"spacing\":{\"margin\":[\"1em\",0.5,-2]}},\"ok\":true}";
        String alphabet = "{}[]\":,.-+eE0123456789 \\utfnalrs\u00e9\ud800\udc00\f";
        Random random = new Random(11);
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder json = new StringBuilder(real);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(json.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> json.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> {
                        if (at < json.length()) json.deleteCharAt(at);
                    }
                    default -> {
                        if (at < json.length()) json.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            String mutated = json.toString();
            boolean streamed = AttributeJson.valid(mutated);
            ObjectNode tree = AttributeJson.decode(mutated);
            assertEquals(tree != null, streamed, mutated);
            assertEquals(tree == null ? null : plain(tree), AttributeJson.values(mutated), mutated);
            if (streamed) valid++;
        }
        assertTrue(valid > 1_000 && valid < 19_000, "mutations on both sides of the line: " + valid + " valid");
    }

    @Test
    void equalValuesAreEqualTreesAndOnlyThen() {
        String[] jsons = {"{\"a\":1}", "{\"a\":1.0}", "{\"a\":\"1\"}", "{\"a\":null}", "{\"b\":1}", "{\"a\":1,\"b\":2}",
                "{\"b\":2,\"a\":1}", "{\"a\":[1,2]}", "{\"a\":[2,1]}", "{\"a\":-0.0}", "{\"a\":0.0}", "{\"a\":3000000000}",
                "{\"a\":true}", "{\"a\":{}}", "{\"a\":[]}", "{\"a\":1,\"a\":2}", "{\"a\":2}"};
        for (String x : jsons) {
            for (String y : jsons) {
                assertEquals(AttributeJson.decode(x).equals(AttributeJson.decode(y)),
                        AttributeJson.values(x).equals(AttributeJson.values(y)), x + " against " + y);
            }
        }
    }

    /** Data binding's tree as the plain values {@link AttributeJson#values} gives. */
    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (var field : node.properties()) members.put(field.getKey(), plain(field.getValue()));
            return members;
        }
        if (node.isArray()) {
            List<Object> elements = new ArrayList<>();
            for (JsonNode element : node) elements.add(plain(element));
            return elements;
        }
        if (node.isTextual()) return node.textValue();
        if (node.isNumber()) return node.numberValue();
        if (node.isBoolean()) return node.booleanValue();
        if (node.isNull()) return AttributeJson.NULL;
        throw new AssertionError("unexpected node " + node);
    }

    @Test
    void aBlockDecodesItsAttributesOnlyWhenAsked() {
        Block heading = BlockParser.parse("<!-- wp:heading {\"level\":3} --><h3>T</h3><!-- /wp:heading -->")
                .topLevelBlocks().get(0);
        assertTrue(heading.attributesValid());
        assertEquals(3, heading.attributes().get("level").intValue());
        Block broken = BlockParser.parse("<!-- wp:heading {\"level\":} --><h3>T</h3><!-- /wp:heading -->")
                .topLevelBlocks().get(0);
        assertFalse(broken.attributesValid());
        assertEquals(null, broken.attributes());
    }
}
