package net.wpxliff.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
