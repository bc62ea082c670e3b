package net.wpxliff.xliff;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merge reads the payload with the streaming parser: every payload export writes comes back as the record data
 * binding read before, and what data binding refused is refused too (with what is wrong named).
 */
class EmbeddedSourceReaderTest {
    private static final ObjectMapper DATA_BINDING = new ObjectMapper();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatDataBindingRead() throws Exception {
        String seed = Files.readString(Path.of("seeds/chinese-tech-giants-open-protocol-ai-development.json"));
        List<EmbeddedSource> payloads = List.of(
                new EmbeddedSource(EmbeddedSource.FORMAT, "WP_POST", "seeds/a.json", "a", "UTF-8", false, "261198",
                        "a", "en", "ko", true, seed),
                new EmbeddedSource(EmbeddedSource.FORMAT, "WP_POST_RAW", "in/b.json", "b", "UTF-8", true, "7", "b-2",
                        "en-US", "ko-KR", false, "{\"content\":{\"raw\":\"x\"}}", "<wpml-config/>\n"),
                new EmbeddedSource(EmbeddedSource.FORMAT, "HTML_PAGE", "pages/é.html", "é.html", "windows-1252", false,
                        null, "é", "en", "ko", true, "<p>\t\"q\" \\ \u0001 \u2028 한국어 😀</p>\r\n", null),
                new EmbeddedSource(EmbeddedSource.FORMAT, null, null, null, null, false, null, null, null, null, false,
                        null, null));
        for (EmbeddedSource payload : payloads) {
            byte[] json = payload.json();
            assertEquals(DATA_BINDING.readValue(json, EmbeddedSource.class), EmbeddedSourceReader.read(json));
            assertEquals(payload, EmbeddedSourceReader.read(json));
        }
        // members in another order, absent ones, explicit nulls: as data binding read them
        for (String json : List.of("{\"text\":\"t\",\"format\":2,\"segmented\":true}", "{}",
                "{\"format\":null,\"bom\":null,\"text\":null,\"config\":\"c\"}", " {\"format\" : 1 } \n")) {
            assertEquals(DATA_BINDING.readValue(json, EmbeddedSource.class), EmbeddedSourceReader.read(utf8(json)), json);
        }
    }

    @Test
    void refusesWhatDataBindingRefusedAndMore() {
        for (String json : List.of("[]", "\"x\"", "{\"extra\":1}", "{\"text\":{}}", "{\"text\":[\"a\"]}",
                "{\"format\":\"2\"}", "{\"format\":2.5}", "{\"format\":99999999999}", "{\"bom\":1}",
                "{\"text\":1}", "{\"text\":\"a\",\"text\":\"b\"}", "{\"text\":\"a\"} {}", "{\"text\":", "")) {
            IOException e = assertThrows(IOException.class, () -> EmbeddedSourceReader.read(utf8(json)), json);
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), json);
        }
    }
}
