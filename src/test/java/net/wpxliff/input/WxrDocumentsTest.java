package net.wpxliff.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.SharedCorpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * WXR items as documents ({@link WxrDocuments}, {@link DocumentReader#readFile}). The first tests hand the
 * items to a stand-in post reader, to check what {@link WxrDocuments} itself does; the others go through the
 * real post JSON reader, which reads raw ({@code context=edit}) posts only once the raw post format is there.
 */
class WxrDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = WxrReaderTest.FIXTURE;

    /** A stand-in for the post JSON reader: the raw fields as fields, the slug (or post-ID) as name. */
    private static List<SourceDocument> standIn(Path file, String json) throws InputException {
        try {
            JsonNode post = JSON.readTree(json);
            List<Field> fields = new ArrayList<>();
            for (String key : List.of("title", "excerpt", "content")) {
                if (post.has(key)) fields.add(new Field(key, post.at("/" + key + "/raw").asText(), -1, -1, Field.Markup.EDITOR));
            }
            String id = post.has("id") ? post.get("id").asText() : null;
            String slug = post.has("slug") ? post.get("slug").asText() : "";
            String name = !slug.isEmpty() ? slug : id != null ? "post-" + id : "stand-in";
            return List.of(new SourceDocument(file.toString(), SourceDocument.Kind.WP_POST, name, json,
                    StandardCharsets.UTF_8, false, id, post.path("link").asText(null), null, fields));
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    @Test
    void eachItemIsOneDocumentTellingItsPlaceInTheFile() throws Exception {
        DocumentReader.FileDocuments read = new WxrDocuments(WxrDocumentsTest::standIn).read(FIXTURE);
        List<SourceDocument> documents = read.documents();
        assertEquals(List.of(FIXTURE + " item 1", FIXTURE + " item 3", FIXTURE + " item 6"),
                documents.stream().map(SourceDocument::origin).toList());
        assertEquals(List.of("code-in-a-block-post", "about", "post-16"), documents.stream().map(SourceDocument::name).toList());
        assertEquals(List.of("11", "13", "16"), documents.stream().map(SourceDocument::postId).toList());
        List<WxrItem> items = WxrReaderTest.read(FIXTURE).items();
        for (int i = 0; i < items.size(); i++) {
            assertEquals(items.get(i).postJson(), documents.get(i).text(), "the document is the item's post JSON");
        }
        assertEquals(List.of("WordPress export (WXR 1.2): 3 posts and pages (post 2, page 1); skipped 2 items of other"
                + " types: attachment 1, nav_menu_item 1; skipped 1 post or page in the trash or never saved: trash 1"),
                read.notes());
    }

    @Test
    void anItemWithNeitherSlugNorIdIsNamedAfterItsPlace() throws Exception {
        byte[] xml = WxrReaderTest.wxr("<item><title>A</title><content:encoded><![CDATA[<p>A.</p>]]></content:encoded></item>\n"
                + "<item><title>B</title><content:encoded><![CDATA[<p>B.</p>]]></content:encoded></item>\n")
                .getBytes(StandardCharsets.UTF_8);
        List<SourceDocument> documents = new WxrDocuments(WxrDocumentsTest::standIn)
                .read(Path.of("dir", "old-site.xml"), new ByteArrayInputStream(xml)).documents();
        assertEquals(List.of("old-site-item-1", "old-site-item-2"), documents.stream().map(SourceDocument::name).toList(),
                "not twice the file's name");
    }

    @Test
    void aPostTheReaderRefusesIsNamedByItsItem() {
        InputException e = assertThrows(InputException.class, () -> new WxrDocuments((file, json) -> {
            throw new InputException(file + ": no title.rendered or content.rendered: not a WordPress REST post");
        }).read(FIXTURE));
        assertEquals(FIXTURE + " item 1 (line 22, post 11): no title.rendered or content.rendered: not a WordPress REST post",
                e.getMessage());
    }

    @Test
    void thePostsOfOneFileAreBounded() {
        InputException e = assertThrows(InputException.class,
                () -> new WxrDocuments(WxrDocumentsTest::standIn, 700).read(FIXTURE)); // item 1 is 640 characters
        assertTrue(e.getMessage().startsWith(FIXTURE + ": item 3 (line 72): the posts and pages up to here hold over 700"
                + " characters"), e.getMessage());
        assertTrue(e.getMessage().contains("Tools → Export can export by category, author or date range"), e.getMessage());
    }

    @Test
    void anExportNotNamedXmlIsStillRecognisedAndNeverReadAsHtml(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site-export.txt");
        Files.writeString(file, WxrReaderTest.wxr("<item><title>boat</title><wp:post_type>attachment</wp:post_type></item>\n"),
                StandardCharsets.UTF_8);
        DocumentReader.FileDocuments read = new DocumentReader().readFile(file);
        assertEquals(List.of(), read.documents(), "not an HTML page of RSS metadata");
        assertEquals(List.of("WordPress export (WXR 1.2): 0 posts and pages; skipped 1 item of other types: attachment 1"),
                read.notes());
    }

    // ---- through the real post JSON reader: needs the raw post format ----

    @Test
    void theFixtureReadsAsRawPosts() throws Exception {
        DocumentReader.FileDocuments read = new DocumentReader().readFile(FIXTURE);
        List<SourceDocument> documents = read.documents();
        assertEquals(List.of("code-in-a-block-post", "about", "post-16"), documents.stream().map(SourceDocument::name).toList());
        assertEquals(List.of("11", "13", "16"), documents.stream().map(SourceDocument::postId).toList());
        assertEquals(List.of(FIXTURE + " item 1", FIXTURE + " item 3", FIXTURE + " item 6"),
                documents.stream().map(SourceDocument::origin).toList());
        List<WxrItem> items = WxrReaderTest.read(FIXTURE).items();
        for (int i = 0; i < items.size(); i++) {
            SourceDocument document = documents.get(i);
            WxrItem item = items.get(i);
            assertEquals(item.postJson(), document.text());
            assertEquals(item.content(), document.field("content").html(), document.origin() + ": content.raw is the field");
            assertEquals(Field.Markup.EDITOR, document.field("content").markup());
            assertEquals(item.title(), document.field("title").html());
            assertEquals("https://site.example/code-in-a-block-post/", documents.get(0).link());
        }
        assertEquals("How to write <code>]]></code> in XML.", documents.get(0).field("excerpt").html());
        assertNull(documents.get(1).field("excerpt"), "no excerpt: WordPress generates it");
        assertEquals(1, read.notes().size());
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusPostAndPageIsOneRawDocument() throws IOException {
        if (!WxrCorpusTest.present()) return SharedCorpus.missing("WXR files (corpus/wxr) as documents");
        return WxrCorpusTest.files().stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            List<Map<String, String>> items = WxrDom.parse(file).translatedItems();
            DocumentReader.FileDocuments read = new DocumentReader().readFile(file);
            assertEquals(items.size(), read.documents().size(), "one document per post and page");
            for (int i = 0; i < items.size(); i++) {
                Map<String, String> item = items.get(i);
                SourceDocument document = read.documents().get(i);
                String slug = item.getOrDefault("post_name", "").strip();
                String id = item.get("post_id") == null ? null : item.get("post_id").strip();
                String name = !slug.isEmpty() ? URLDecoder.decode(slug, StandardCharsets.UTF_8)
                        : id != null ? "post-" + id : null;
                if (name != null) assertEquals(name, document.name(), document.origin());
                assertEquals(id, document.postId(), document.origin());
                assertEquals(item.get("title"), document.field("title") == null ? "" : document.field("title").html(),
                        document.origin() + " title");
                String content = item.getOrDefault("content", "");
                if (!content.isEmpty()) assertEquals(content, document.field("content").html(), document.origin() + " content");
                assertFalse(document.origin().isEmpty());
            }
        }));
    }
}
