package net.wpxliff.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The WordPress export files of the corpus ({@code ../shared/corpus/wxr}, WordPress's theme test data): every
 * post and page is read with its fields exactly as a plain DOM parse gives them, the other items are counted
 * by type, and the raw content is what WordPress's REST API serves as {@code content.raw} for the same post.
 */
class WxrCorpusTest {
    static final Path WXR = SharedCorpus.ROOT.resolve("wxr");
    private static final ObjectMapper JSON = new ObjectMapper();

    static boolean present() {
        return SharedCorpus.present() && Files.isDirectory(WXR);
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(WXR)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPostAndPageIsReadAndEveryOtherItemCounted() throws IOException {
        if (!present()) return SharedCorpus.missing("WXR files (corpus/wxr)");
        return files().stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            WxrDom dom = WxrDom.parse(file);
            WxrReaderTest.Read read = WxrReaderTest.read(file);
            assertEquals(dom.translatedTypes(), new TreeMap<>(read.summary().kept()), "posts and pages by type");
            assertEquals(dom.otherTypes(), new TreeMap<>(read.summary().otherTypes()), "items of other types, by type");
            assertEquals(dom.items().size(), read.summary().keptCount() + read.summary().otherTypeCount()
                    + read.summary().statuses().values().stream().mapToInt(Integer::intValue).sum(), "every item accounted for");
            List<Map<String, String>> expected = dom.translatedItems();
            assertEquals(expected.size(), read.items().size());
            for (int i = 0; i < expected.size(); i++) {
                Map<String, String> want = expected.get(i);
                WxrItem item = read.items().get(i);
                String where = file.getFileName() + " item " + item.number() + " (line " + item.line() + ")";
                assertEquals(want.get("post_id") == null ? null : want.get("post_id").strip(), item.id(), where + " id");
                assertEquals(want.get("post_name") == null ? null : want.get("post_name").strip(), item.slug(), where + " slug");
                assertEquals(want.get("title"), item.title(), where + " title");
                assertEquals(want.getOrDefault("content", ""), item.content(), where + " content");
                assertEquals(want.get("excerpt"), item.excerpt(), where + " excerpt");
                assertEquals(want.get("link") == null ? null : want.get("link").strip(), item.link(), where + " link");
                assertEquals(WxrDom.type(want), item.type() == null ? "post" : item.type(), where + " type");
                JsonNode json = JSON.readTree(item.postJson());
                assertEquals(item.title(), json.at("/title/raw").asText(), where + " JSON title");
                assertEquals(item.content(), json.at("/content/raw").asText(), where + " JSON content");
                assertEquals(item.excerpt() == null || item.excerpt().isEmpty() ? "" : item.excerpt(),
                        json.at("/excerpt/raw").asText(), where + " JSON excerpt");
            }
        }));
    }

    /** The figures of the block test data, as the export summary prints them. */
    @Test
    void theBlockTestDataSummary() throws Exception {
        SharedCorpus.assumeCorpus("WXR summary of 64-block-test-data.xml");
        Path file = WXR.resolve("64-block-test-data.xml");
        assertEquals("WordPress export (WXR 1.2): 63 posts and pages (post 61, page 1, wp_navigation 1); skipped 9 items of other"
                + " types: attachment 9", WxrReaderTest.read(file).summary().describe());
        assertEquals("WordPress export (WXR 1.2): 79 posts and pages (post 58, page 21); skipped 107 items of other"
                        + " types: nav_menu_item 70, attachment 37",
                WxrReaderTest.read(WXR.resolve("themeunittestdata.wordpress.xml")).summary().describe());
    }

    /**
     * The corpus's {@code *.edit.json} posts were made by importing these WXR files into WordPress 6.1 and
     * asking its REST API for {@code context=edit}: an item's title and content are that post's
     * {@code title.raw} and {@code content.raw}, character for character (80 posts).
     */
    @Test
    void rawFieldsAreWhatTheRestApiServes() throws Exception {
        SharedCorpus.assumeCorpus("WXR items against the REST API's context=edit posts");
        int compared = 0;
        for (String[] pair : List.of(new String[]{"64-block-test-data.xml", "wp61-block-test-data"},
                new String[]{"themeunittestdata.wordpress.xml", "wp61-theme-unit-test"})) {
            for (WxrItem item : WxrReaderTest.read(WXR.resolve(pair[0])).items()) {
                Path edit = SharedCorpus.ROOT.resolve("wp").resolve(pair[1]).resolve(item.type() + "s-" + item.id() + ".edit.json");
                if (!Files.exists(edit)) continue;
                JsonNode rest = JSON.readTree(edit.toFile());
                assertEquals(rest.at("/content/raw").asText(), item.content(), edit + " content.raw");
                assertEquals(rest.at("/title/raw").asText(), item.title(), edit + " title.raw");
                assertEquals(rest.at("/slug").asText(), item.slug(), edit + " slug");
                assertEquals(rest.at("/id").asText(), item.id(), edit + " id");
                compared++;
            }
        }
        assertEquals(80, compared, "every context=edit post of the corpus has its item");
        assertTrue(compared > 0);
    }
}
