package net.wpxliff.merge;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The post body of strings is written with the streaming generator (no data binding at merge start-up): the text is
 * exactly what data binding with the same pretty printer wrote before, so the .post.json files stay byte for byte.
 */
class PostBodyJsonTest {
    private static final ObjectWriter DATA_BINDING = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    @Test
    void streamingWritesWhatDataBindingWrote() throws Exception {
        String seed = Files.readString(Path.of("seeds/chinese-tech-giants-open-protocol-ai-development.json"));
        Map<String, Object> full = new LinkedHashMap<>();
        full.put("title", "제목 \"따옴표\" \\ </script> 😀");
        full.put("content", seed);
        full.put("excerpt", "<p>tab\there \u0001 \u001f \u007f \u2028 \u2029 \r\n</p>");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("subtitle", "부제");
        meta.put("empty", "");
        full.put("meta", meta);
        full.put("slug", "chinese-tech-giants");
        full.put("status", PostBody.STATUS);
        Map<String, Object> emptyMeta = new LinkedHashMap<>();
        emptyMeta.put("title", "");
        emptyMeta.put("meta", new LinkedHashMap<>());
        emptyMeta.put("status", PostBody.STATUS);
        for (Map<String, Object> body : List.of(full, emptyMeta, Map.<String, Object>of())) {
            assertTrue(PostBody.onlyStrings(body));
            assertEquals(DATA_BINDING.writeValueAsString(body), PostBody.streamed(body));
        }
    }

    @Test
    void aMetaArrayTakesTheDataBindingPath() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", Map.of("list", List.of("a", 1)));
        assertFalse(PostBody.onlyStrings(body));
        Map<String, Object> nullValue = new LinkedHashMap<>();
        nullValue.put("title", null);
        assertFalse(PostBody.onlyStrings(nullValue));
    }
}
