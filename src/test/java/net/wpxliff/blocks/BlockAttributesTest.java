package net.wpxliff.blocks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** WordPress's escaping of block attributes, and values that must survive a delimiter unharmed. */
class BlockAttributesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void escapesAsSerializeBlockAttributesDoes() {
        assertEquals("\"\\u002d\\u002d\\u003e\"", BlockAttributes.encodeString("-->"));
        assertEquals("\"\\u002d\\u002d-\"", BlockAttributes.encodeString("---"), "pairs from the left, as preg_replace");
        assertEquals("\"a-b\"", BlockAttributes.encodeString("a-b"));
        assertEquals("\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"",
                BlockAttributes.encodeString("<script>alert(1)</script>"), "slashes stay unescaped");
        assertEquals("\"Tom \\u0026 Jerry\"", BlockAttributes.encodeString("Tom & Jerry"));
        assertEquals("\"\\u0022}\"", BlockAttributes.encodeString("\"}"));
        assertEquals("\"back\\\\slash\"", BlockAttributes.encodeString("back\\slash"));
        assertEquals("\"\\\\\\u0022\"", BlockAttributes.encodeString("\\\""), "backslash then quote");
        assertEquals("\"한국어 · café — https://x.example/a?b=1\"",
                BlockAttributes.encodeString("한국어 · café — https://x.example/a?b=1"), "unicode stays as it is");
        assertEquals("\"😀\"", BlockAttributes.encodeString("😀"));
        assertEquals("\"a\\nb\\tc\\r\\b\\f\\u0001\\u001f\"", BlockAttributes.encodeString("a\nb\tc\r\b\f\u0001\u001f"),
                "control characters as PHP writes them, lower-case hex");
        assertEquals("\"\\u2028\\u2029\"", BlockAttributes.encodeString("\u2028\u2029"),
                "PHP escapes the JavaScript line terminators even with JSON_UNESCAPED_UNICODE");
    }

    @Test
    void serializesAWholeAttributeObject() throws Exception {
        ObjectNode attributes = (ObjectNode) JSON.readTree(
                "{\"label\":\"Search <here> & -- now\",\"width\":75,\"ratio\":0.5,\"on\":true,\"none\":null,"
                        + "\"list\":[1,\"/a/b\"],\"style\":{\"color\":{\"text\":\"#fff\"}}}");
        assertEquals("{\"label\":\"Search \\u003chere\\u003e \\u0026 \\u002d\\u002d now\",\"width\":75,\"ratio\":0.5,"
                + "\"on\":true,\"none\":null,\"list\":[1,\"/a/b\"],\"style\":{\"color\":{\"text\":\"#fff\"}}}",
                BlockAttributes.serialize(attributes));
    }

    @Test
    void hostileValuesRoundTripThroughTheParserInsideTheComment() throws Exception {
        List<String> values = List.of("-->", "\"}", "\"} -->", "} /-->", "<script>alert(\"x\")</script>",
                "a & b &amp; c", "<!-- wp:paragraph -->", "ends with a backslash \\", "\\\"} -->",
                "한국어 번역 — ünïcödé 😀", "line\nbreak", "--->--", "\u2028");
        for (String value : values) {
            ObjectNode attributes = JSON.createObjectNode().put("label", value).put("buttonText", value);
            String serialized = BlockAttributes.serialize(attributes);
            assertFalse(serialized.contains("--"), serialized);
            assertFalse(serialized.contains("<") || serialized.contains(">"), serialized);
            String text = "<!-- wp:search " + serialized + " /--><p>after</p>";
            BlockDocument document = BlockParser.parse(text);
            assertEquals(1, document.allBlocks().size(), value);
            Block search = document.topLevelBlocks().get(0);
            assertEquals("<!-- wp:search " + serialized + " /-->", search.opener().of(text),
                    "the value does not end the comment: " + value);
            assertEquals(serialized, search.attributesJson().of(text));
            assertEquals(attributes, search.attributes(), "the value comes back unchanged: " + value);
            assertEquals("<p>after</p>", ((HtmlChunk) document.contents().get(1)).range().of(text));
        }
    }

    @Test
    void refusesAnUnpairedSurrogate() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> BlockAttributes.encodeString("bad \uD800 text"));
        assertEquals("unpaired UTF-16 surrogate at index 4 of an attribute value: the text is damaged; "
                + "fix the translation", refused.getMessage());
    }
}
