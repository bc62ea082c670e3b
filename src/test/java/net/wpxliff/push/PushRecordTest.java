package net.wpxliff.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The push record and the merged post files push reads, without a site. */
class PushRecordTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KO = "https://site.example/ko/wp-json/";

    private static PushRecord.Key key(String id, Map<String, String> params) {
        return new PushRecord.Key("https://site.example", "post", id, KO, params);
    }

    @Test
    void theRecordIsTheSameBytesWhateverTheOrderAndReadsBack(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")), b = Files.createDirectories(dir.resolve("b"));
        PushRecord first = PushRecord.load(a);
        first.put(key("812", Map.of()), 45);
        first.put(key("9", Map.of("lang", "ko")), 46);
        first.put(key("100", Map.of()), 47);
        first.save();
        PushRecord second = PushRecord.load(b);
        second.put(key("100", Map.of()), 47);
        second.put(key("9", Map.of("lang", "ko")), 46);
        second.put(key("812", Map.of()), 1);
        second.put(key("812", Map.of()), 45);
        second.save();
        byte[] bytes = Files.readAllBytes(a.resolve(PushRecord.FILE_NAME));
        assertArrayEquals(bytes, Files.readAllBytes(b.resolve(PushRecord.FILE_NAME)));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.indexOf("\"source_id\" : 100") < text.indexOf("\"source_id\" : 812"), "numeric order: " + text);
        PushRecord read = PushRecord.load(a);
        assertEquals(45L, read.targetId(key("812", Map.of())));
        assertEquals(46L, read.targetId(key("9", Map.of("lang", "ko"))));
        assertNull(read.targetId(key("9", Map.of())), "another target (no lang=ko) is another entry");
        assertNull(read.targetId(new PushRecord.Key("https://site.example", "page", "812", KO, Map.of())));
    }

    @Test
    void theTextPushWroteIsRecordedByDigestAndTellsAnEditorsChange(@TempDir Path dir) throws Exception {
        ObjectNode stored = (ObjectNode) JSON.readTree("{\"id\": 45, \"title\": {\"raw\": \"제목\", \"rendered\": \"x\"},"
                + " \"content\": {\"raw\": \"<p>본문</p>\"}, \"excerpt\": {\"raw\": \"\"}}");
        PushedText text = PushedText.of(Publisher.written(stored, JSON.createObjectNode())); // as push records a post
        PushRecord record = PushRecord.load(dir);
        record.put(key("812", Map.of()), 45, text);
        record.put(key("9", Map.of()), 46); // menus, widgets and older records: no digests
        record.save();
        String saved = Files.readString(dir.resolve(PushRecord.FILE_NAME));
        assertTrue(saved.contains("\"pushed_text\" : {\n      \"content\" : \"" + sha256("<p>본문</p>") + "\",\n      \"excerpt\" : \""
                + sha256("") + "\",\n      \"title\" : \"" + sha256("제목") + "\"\n    }"), saved);
        PushRecord read = PushRecord.load(dir);
        assertEquals(text, read.pushedText(key("812", Map.of())));
        assertNull(read.pushedText(key("9", Map.of())));
        read.put(key("812", Map.of()), 45);
        assertEquals(text, read.pushedText(key("812", Map.of())), "the same target keeps its digests");
        read.put(key("812", Map.of()), 47);
        assertNull(read.pushedText(key("812", Map.of())), "another target has none yet");

        ObjectNode body = (ObjectNode) JSON.readTree("{\"title\": \"새 제목\", \"content\": \"<p>새 본문</p>\"}");
        assertEquals(java.util.List.of(), text.editedOnSite(Publisher.wanted(body), Publisher.written(stored, body)), "nothing edited there");
        ObjectNode edited = stored.deepCopy();
        ((ObjectNode) edited.get("title")).put("raw", "편집자의 제목");
        ((ObjectNode) edited.get("excerpt")).put("raw", "편집자의 요약");
        assertEquals(java.util.List.of("title"), text.editedOnSite(Publisher.wanted(body), Publisher.written(edited, body)),
                "the excerpt is edited too, but the body does not write it");
        body.put("title", "편집자의 제목");
        assertEquals(java.util.List.of(), text.editedOnSite(Publisher.wanted(body), Publisher.written(edited, body)),
                "the translation already holds the edit");
    }

    @Test
    void aRecordWithDigestsThatAreNotIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(PushRecord.FILE_NAME), "{\"wpxliff_push_record\": 1, \"posts\": [{"
                + "\"source_site\": \"https://site.example\", \"type\": \"post\", \"source_id\": 812, \"target_site\": \""
                + KO + "\", \"target_id\": 45, \"pushed_text\": {\"title\": \"not a digest\"}}]}");
        PushException e = assertThrows(PushException.class, () -> PushRecord.load(dir));
        assertTrue(e.getMessage().startsWith(file + ": the entry of target post 45 has a pushed_text that is not"), e.getMessage());
        String digest = "a".repeat(64);
        Files.writeString(file, "{\"wpxliff_push_record\": 1, \"posts\": [{\"source_site\": \"https://site.example\","
                + " \"type\": \"post\", \"source_id\": 812, \"target_site\": \"" + KO + "\", \"target_id\": 45,"
                + " \"pushed_text\": {\"content\": \"" + digest + "\"}, \"pushed_block_tree\": {\"content\": [\"zz\", 5, null]}}]}");
        e = assertThrows(PushException.class, () -> PushRecord.load(dir));
        assertTrue(e.getMessage().startsWith(file + ": the entry of target post 45 has a pushed_block_tree that is not"),
                e.getMessage());
        // QA: moving the record away, as for a damaged pushed_text, would let push overwrite the edits: delete the key
        assertTrue(e.getMessage().endsWith(": delete that key from the entry (its fields are then compared whole, edits"
                + " there still refused; moving the file away would let push overwrite them)"), e.getMessage());
        // nested blocks' digests carry their depth; the top-level-only pushed_blocks of earlier builds' records is not
        // read (fields compared whole until the next push), whatever it holds
        Files.writeString(file, "{\"wpxliff_push_record\": 1, \"posts\": [{\"source_site\": \"https://site.example\","
                + " \"type\": \"post\", \"source_id\": 812, \"target_site\": \"" + KO + "\", \"target_id\": 45,"
                + " \"pushed_text\": {\"content\": \"" + digest + "\"}, \"pushed_blocks\": {\"content\": [\"zz\"]},"
                + " \"pushed_block_tree\": {\"content\": [\"0123456789abcdef\", \"1:0123456789abcdef\", \"12:fedcba9876543210\"]}}]}");
        PushedText read = PushRecord.load(dir).pushedTextOf("812", 45);
        assertEquals(List.of("0123456789abcdef", "1:0123456789abcdef", "12:fedcba9876543210"), read.blocks().get("content"));
        Files.writeString(file, Files.readString(file).replace("\"12:fedcba", "\"0:fedcba"));
        assertThrows(PushException.class, () -> PushRecord.load(dir), "a depth of 0 is written without one");
        // the version of the English pushed: read back, and refused when not text
        Files.writeString(file, Files.readString(file).replace("\"0:fedcba", "\"12:fedcba")
                .replace("\"target_id\": 45,", "\"target_id\": 45, \"pushed_source_modified\": \"2026-11-21T08:00:00\","));
        assertEquals("2026-11-21T08:00:00", PushRecord.load(dir).pushedSourceVersion("812", 45));
        Files.writeString(file, Files.readString(file).replace("\"2026-11-21T08:00:00\"", "20261121"));
        e = assertThrows(PushException.class, () -> PushRecord.load(dir));
        assertTrue(e.getMessage().contains("has a pushed_source_modified that is not a date: delete that key"), e.getMessage());
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The values of a menu item's fields that are not text: kept through save and load; one an editor changed there,
     * which the translation does not have, is told apart from one the English changed, and the record goes on holding
     * push's value for a field kept as the editor set it. An entry of a record written before has none.
     */
    @Test
    void theLinksAndOrderPushWroteAreRecordedAndTellAnEditorsChange(@TempDir Path dir) throws Exception {
        PushRecord record = PushRecord.load(dir);
        PushRecord.Key item = new PushRecord.Key("https://site.example", "nav_menu_item", "12", KO, Map.of());
        record.put(item, 80, PushedText.of(Map.of("title", "홈")), new PushedStructure(Map.of("order", "1", "parent", "0")));
        record.put(key("5", Map.of()), 81, PushedText.of(Map.of("title", "글")));
        record.save();
        PushRecord read = PushRecord.load(dir);
        PushedStructure pushed = read.pushedStructure(item, 80);
        assertEquals(Map.of("order", "1", "parent", "0"), pushed.values());
        assertNull(read.pushedStructure(item, 99), "another target's values say nothing");
        assertNull(read.pushedStructure(key("5", Map.of()), 81), "none recorded: nothing is kept");
        assertEquals(Map.of("order", false), pushed.editedOnSite(Map.of("order", "1", "parent", "0"), Map.of("order", "7", "parent", "0")));
        assertEquals(Map.of("order", true), pushed.editedOnSite(Map.of("order", "9", "parent", "0"), Map.of("order", "7", "parent", "0")),
                "the English changed it too");
        assertEquals(Map.of(), pushed.editedOnSite(Map.of("order", "7", "parent", "0"), Map.of("order", "7", "parent", "0")),
                "the translation has the editor's value");
        assertEquals(Map.of("order", "1", "parent", "3"), pushed.keeping(List.of("order"), Map.of("order", "7", "parent", "3")).values());
        read.put(item, 80); // the id alone keeps them
        assertEquals(pushed, read.pushedStructure(item, 80));

        Files.writeString(dir.resolve(PushRecord.FILE_NAME), "{\"wpxliff_push_record\": 1, \"posts\": [{\"source_site\":"
                + " \"https://site.example\", \"type\": \"nav_menu_item\", \"source_id\": 12, \"target_site\": \"" + KO + "\","
                + " \"target_id\": 80, \"pushed_structure\": {\"order\": 1}}]}");
        PushException e = assertThrows(PushException.class, () -> PushRecord.load(dir));
        assertTrue(e.getMessage().contains("has a pushed_structure that is not an object of strings: delete that key"), e.getMessage());
    }

    @Test
    void aFileThatIsNotARecordIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve(PushRecord.FILE_NAME), "{\"posts\": 3}");
        PushException e = assertThrows(PushException.class, () -> PushRecord.load(dir));
        assertTrue(e.getMessage().startsWith(file + ": not a wpxliff push record"), e.getMessage());
        assertEquals("{\"posts\": 3}", Files.readString(file));
    }

    @Test
    void aMergedPostNeedsItsPostJsonBeside(@TempDir Path dir) throws Exception {
        Path body = Files.writeString(dir.resolve("a.ko.post.json"), "{\"title\":\"t\",\"content\":\"c\",\"slug\":\"a\",\"status\":\"draft\"}");
        PushException e = assertThrows(PushException.class, () -> MergedPost.read(body));
        assertTrue(e.getMessage().startsWith(body + ": a.ko.json is not beside it"), e.getMessage());

        ObjectNode post = JSON.createObjectNode();
        post.put("translation_of", 812).put("type", "page").put("link", "https://site.example/ko/a/");
        post.putObject("guid").put("rendered", "https://Site.Example:8443/?p=812");
        Files.write(dir.resolve("a.ko.json"), JSON.writeValueAsBytes(post));
        MergedPost read = MergedPost.read(body);
        assertEquals("https://site.example:8443", read.sourceSite(), "the guid's origin");
        assertEquals("812", read.sourceId());
        assertEquals("page", read.type());
        assertEquals("a", read.slug());

        post.remove("translation_of");
        Files.write(dir.resolve("a.ko.json"), JSON.writeValueAsBytes(post));
        e = assertThrows(PushException.class, () -> MergedPost.read(body));
        assertTrue(e.getMessage().startsWith(dir.resolve("a.ko.json") + ": no \"translation_of\""), e.getMessage());
    }

    @Test
    void unchangedMeansTheRawFieldsTheBodySendsAndTheStatusAskedFor() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree("{\"title\":\"제목\",\"content\":\"<p>본문</p>\",\"slug\":\"a\",\"status\":\"draft\"}");
        ObjectNode target = (ObjectNode) JSON.readTree("{\"id\":5,\"status\":\"publish\",\"title\":{\"raw\":\"제목\"},"
                + "\"content\":{\"raw\":\"<p>본문</p>\"},\"excerpt\":{\"raw\":\"an excerpt WordPress keeps\"}}");
        assertTrue(Publisher.unchanged(body, target, null), "no excerpt sent: the target's is not compared");
        assertTrue(Publisher.unchanged(body, target, "publish"));
        assertFalse(Publisher.unchanged(body, target, "draft"), "--status draft would change it");
        body.put("excerpt", "요약");
        assertFalse(Publisher.unchanged(body, target, null));
        ((ObjectNode) target.get("excerpt")).put("raw", "요약");
        assertTrue(Publisher.unchanged(body, target, null));
        ((ObjectNode) target.get("content")).put("raw", "<p>본문</p>\n");
        assertFalse(Publisher.unchanged(body, target, null), "exactly equal, not nearly");
    }

    @Test
    void unchangedAlsoMeansTheMetaFieldsTheBodySendsWhereTheTargetShowsThem() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree("{\"title\":\"제목\",\"content\":\"<p>본문</p>\",\"meta\":{\"subtitle\":\"부제\","
                + "\"footnotes\":\"[{\\\"id\\\":\\\"a\\\",\\\"content\\\":\\\"주석\\\"}]\"}}");
        ObjectNode target = (ObjectNode) JSON.readTree("{\"id\":5,\"title\":{\"raw\":\"제목\"},\"content\":{\"raw\":\"<p>본문</p>\"},"
                + "\"meta\":{\"subtitle\":\"Subtitle\",\"other\":\"x\"}}");
        assertFalse(Publisher.unchanged(body, target, null), "a translated custom field that differs is pushed");
        ((ObjectNode) target.get("meta")).put("subtitle", "부제");
        assertTrue(Publisher.unchanged(body, target, null), "footnotes the target does not show (WordPress before 6.3) are not compared");
        ((ObjectNode) target.get("meta")).put("footnotes", "[]");
        assertFalse(Publisher.unchanged(body, target, null));
        ((ObjectNode) target.get("meta")).set("footnotes", body.get("meta").get("footnotes"));
        assertTrue(Publisher.unchanged(body, target, null));
    }
}
