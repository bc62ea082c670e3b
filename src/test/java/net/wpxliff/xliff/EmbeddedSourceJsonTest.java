package net.wpxliff.xliff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.trust.SigningKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Export writes the embedded source's JSON with Jackson's streaming generator (no data binding at start-up):
 * the bytes are exactly those the data-binding path wrote before, for every kind of field value, so
 * signatures and files stay byte for byte the same.
 */
class EmbeddedSourceJsonTest {
    private static final ObjectMapper DATA_BINDING = new ObjectMapper();

    /** What export wrote before: the record through data binding, {@code config} removed when null. */
    private static byte[] dataBinding(EmbeddedSource source) throws IOException {
        ObjectNode tree = DATA_BINDING.valueToTree(source);
        if (source.config() == null) tree.remove("config");
        return DATA_BINDING.writeValueAsBytes(tree);
    }

    @Test
    void streamingWritesWhatDataBindingWrote() throws Exception {
        SigningKey key = SigningKey.of("k".repeat(40), "test key");
        String seed = Files.readString(Path.of("seeds/chinese-tech-giants-open-protocol-ai-development.json"));
        List<EmbeddedSource> payloads = new ArrayList<>();
        payloads.add(new EmbeddedSource(EmbeddedSource.FORMAT, "WP_POST", "seeds/a.json", "a", "UTF-8", false, "261198",
                "a", "en", "ko", true, seed));
        payloads.add(new EmbeddedSource(EmbeddedSource.FORMAT, "WP_POST_RAW", "in/b.json", "b", "UTF-8", true, "7", "b-2",
                "en-US", "ko-KR", false, "{\"content\":{\"raw\":\"<!-- wp:paragraph -->x\"}}",
                "<wpml-config>\n  <gutenberg-blocks/>\n</wpml-config>\n"));
        payloads.add(new EmbeddedSource(EmbeddedSource.FORMAT, "HTML_PAGE", "pages/é.html", "é.html", "windows-1252", false,
                null, "é", "en", "ko", true, "<p>tab\there \"quoted\" back\\slash \u0001 \u001f \u007f \u2028 \u2029 "
                + "한국어 😀 </script> &amp;</p>\r\n", null));
        payloads.add(new EmbeddedSource(1, "WP_POST", "", "", "UTF-8", false, null, "", "en", "ko", true, "", ""));
        payloads.add(new EmbeddedSource(EmbeddedSource.FORMAT, null, null, null, null, false, null, null, null, null, false,
                null, null));
        for (EmbeddedSource payload : payloads) {
            assertArrayEquals(dataBinding(payload), payload.json(), payload.origin());
            assertEquals(payload, EmbeddedSource.decode(payload.seal(key).payload()),
                    "decoded again: " + payload.origin());
        }
    }
}
