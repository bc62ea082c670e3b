package net.wpxliff.blocks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export judges a block's attribute JSON by a streaming pass ({@link AttributeJson#valid}), merge decodes it to a
 * tree ({@link AttributeJson#decode}): they must agree on every input, or a block kept as-is by export would be
 * compared as changed (or not at all) by merge. Hand-picked edge cases, then mutations of a real attribute object.
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
        }
        for (String json : INVALID) {
            assertFalse(AttributeJson.valid(json), "invalid: " + json);
            assertEquals(null, AttributeJson.decode(json), "does not decode: " + json);
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
            assertEquals(AttributeJson.decode(mutated) != null, streamed, mutated);
            if (streamed) valid++;
        }
        assertTrue(valid > 1_000 && valid < 19_000, "mutations on both sides of the line: " + valid + " valid");
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
