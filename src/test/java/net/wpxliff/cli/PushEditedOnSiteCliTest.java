package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.push.PushRecord;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static net.wpxliff.cli.PushCliTest.push;
import static net.wpxliff.cli.PushCliTest.resultId;
import static net.wpxliff.cli.PushCliTest.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wpxliff push} against the real Korean test site when an editor changed the Korean post there after push wrote
 * it: pushing again (the same files, or a new translation) would silently put the old text back, so the post is
 * refused and named, the site keeps the edit; once the translation holds the edit, the post is unchanged; with
 * {@code --overwrite-edits} it is updated, and the record follows.
 */
class PushEditedOnSiteCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEditMadeOnTheTargetSiteIsNotOverwrittenUnlessAsked(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push over edits made on the Korean test site");
        String slug = PushCliTest.uniqueSlug();
        Path merged = PushCliTest.mergedFolder(dir, slug);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        Path body = merged.resolve(slug + ".ko.post.json");
        Path record = merged.resolve(PushRecord.FILE_NAME);
        long id = resultId(push(wp, merged, auth), "created");
        JsonNode pushed = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit"));
        JsonNode digests = JSON.readTree(record.toFile()).path("posts").get(0).path("pushed_text");
        for (String field : new String[] {"title", "content", "excerpt"}) {
            assertEquals(sha256(pushed.path(field).path("raw").asText()), digests.path(field).asText(), field);
        }

        // an editor fixes the title on the Korean site
        String editedTitle = "편집자가 고친 제목 " + slug;
        edit(wp, id, "{\"title\": " + JSON.writeValueAsString(editedTitle) + "}");

        // the same files pushed again would put the old title back: refused and named; the site keeps the edit
        byte[] recordBefore = Files.readAllBytes(record);
        Cli.Run refused = push(1, wp, merged, auth);
        assertTrue(refused.err().contains("error: " + body + ": post " + id + " on " + wp.koBase() + "/wp-json/ ("),
                refused.err());
        assertTrue(refused.err().contains(") was edited there since wpxliff last pushed it (title changed): pushing would"
                + " overwrite those edits."), refused.err());
        assertTrue(refused.err().contains("or push with --overwrite-edits"), refused.err());
        assertTrue(refused.out().contains("0 created, 0 updated, 0 unchanged, 1 failed (of 1)"), refused.out());
        assertEquals(editedTitle, title(wp, id), "the editor's title stays");
        assertArrayEquals(recordBefore, Files.readAllBytes(record), "the record still holds what push wrote");
        Cli.Run dry = push(1, wp, merged, auth, "--dry-run");
        assertTrue(dry.err().contains("(title changed)"), "a dry run says so too: " + dry.err());

        // the edit carried into the translation: nothing to overwrite, the post is unchanged and the record follows it
        Path xliff = Files.list(dir.resolve("pseudo")).filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
        String text = Files.readString(xliff, StandardCharsets.UTF_8);
        int open = text.indexOf('>', text.indexOf("<target", text.indexOf("id=\"title-1\""))) + 1;
        int close = text.indexOf("</target>", open);
        Files.writeString(xliff, text.substring(0, open) + editedTitle + text.substring(close), StandardCharsets.UTF_8);
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", merged.toString());
        assertEquals(id, resultId(push(wp, merged, auth), "unchanged"));
        assertEquals(sha256(editedTitle),
                JSON.readTree(record.toFile()).path("posts").get(0).path("pushed_text").path("title").asText());

        // an editor rewrites the content; --overwrite-edits puts the translation back (WordPress keeps a revision)
        edit(wp, id, "{\"content\": \"<!-- wp:paragraph -->\\n<p>편집자의 문단</p>\\n<!-- /wp:paragraph -->\"}");
        assertTrue(push(1, wp, merged, auth).err().contains("(content changed)"));
        Cli.Run overwritten = push(wp, merged, auth, "--overwrite-edits");
        assertEquals(id, resultId(overwritten, "updated"));
        // QA: said, not only "updated"
        assertTrue(overwritten.err().contains("note: --overwrite-edits: 1 post(s) on " + wp.koBase() + " had text"
                + " editors changed there since wpxliff last pushed it, which the translation replaced: " + body.getFileName()
                + " (post " + id + ": content); WordPress keeps the edited text as a revision of each"), overwritten.err());
        String content = JSON.readTree(body.toFile()).path("content").asText();
        assertEquals(content, wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("content").path("raw")
                .asText());
        assertEquals(id, resultId(push(wp, merged, auth), "unchanged"), "the record holds the text pushed");
    }

    @Test
    void aKoreanPostMadeBeforeWpxliffIsNamedWhenItsTextIsReplaced(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push over a Korean post made by hand before");
        String slug = PushCliTest.uniqueSlug();
        // a translation a Korean editor made by hand, before wpxliff, under the English slug
        long id = wp.create(wp.koRest("/wp/v2/posts"), "{'title':'손으로 옮긴 제목','slug':'" + slug + "','status':'draft',"
                + "'content':'<!-- wp:paragraph --><p>손으로 옮긴 글.</p><!-- /wp:paragraph -->'}");
        Path merged = PushCliTest.mergedFolder(dir, slug);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        // QA: not replaced unless asked (the same as a merged folder deleted with its record after an editor's edit)
        Cli.Run refused = push(1, wp, merged, auth);
        assertTrue(refused.err().contains("error: " + merged.resolve(slug + ".ko.post.json") + ": post " + id + " on "
                + wp.koBase() + "/wp-json/ ("), refused.err());
        assertTrue(refused.err().contains(") was found by its slug, not in the push record (made there before wpxliff"
                + " pushed, or the record was lost), and its text differs from the translation: pushing would replace it,"
                + " and without the record edits made there cannot be told apart. Restore the record (.wpxliff-push.json"
                + " beside the merged files) if it was lost, or push with --replace-unrecorded to replace the text"
                + " (WordPress keeps it as a revision)"), refused.err());
        assertEquals("손으로 옮긴 제목", title(wp, id));
        Cli.Run dry = push(wp, merged, auth, "--dry-run", "--replace-unrecorded");
        assertTrue(dry.err().contains("note: 1 post(s) on " + wp.koBase() + " were found by their slug, not in the push"
                + " record (made there before wpxliff pushed, or the record was lost), and their text would be replaced by"
                + " the translation: " + slug + ".ko.post.json (post " + id + "); WordPress keeps the text they had as a"
                + " revision."), dry.err());
        Cli.Run pushed = push(wp, merged, auth, "--replace-unrecorded");
        assertEquals(id, resultId(pushed, "updated"));
        assertTrue(pushed.err().contains("and their text was replaced by the translation: " + slug + ".ko.post.json (post "
                + id + ")"), pushed.err());
        Cli.Run again = push(wp, merged, auth);
        assertEquals(id, resultId(again, "unchanged"));
        assertTrue(!again.err().contains("found by their slug"), "known from the record now: " + again.err());
    }

    @Test
    void editsMadeOnTheSiteAreCarriedIntoTheTranslationThroughTheMemory(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("carrying edits made on the Korean test site into the translation");
        String slug = PushCliTest.uniqueSlug();
        Path merged = PushCliTest.mergedFolder(dir, slug);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        long id = resultId(push(wp, merged, auth), "created");
        String content = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("content").path("raw").asText();
        int from = content.indexOf("<p>") + 3;
        String edited = content.substring(0, from) + "편집자가 고친 문단입니다. 두 문장 그대로입니다." + content.substring(content.indexOf("</p>", from));
        edit(wp, id, JSON.createObjectNode().put("title", "편집자의 제목").put("content", edited).toString());
        assertTrue(push(1, wp, merged, auth).err().contains("(title, content changed)"));

        // the Korean post (a draft) pulled as it is now, aligned with the English one into a memory, and exported again with it
        pullKorean(wp, id, auth, dir.resolve("ko-site"));
        Path memory = dir.resolve("site.tmx");
        Cli.Run aligned = Cli.expect(0, "tm", "align", dir.resolve("in").toString(), "--translations",
                dir.resolve("ko-site").toString(), "--record", merged.toString(), "--tm", memory.toString());
        assertTrue(aligned.out().contains(": 10 of 10 units aligned"), aligned.out());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("again").toString(), "--tm", memory.toString());
        Cli.expect(0, "merge", dir.resolve("again").toString(), "-o", merged.toString());
        // the translation now holds the edits: nothing to overwrite
        assertEquals(id, resultId(push(wp, merged, auth), "unchanged"));
        JsonNode now = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit"));
        assertEquals("편집자의 제목", now.path("title").path("raw").asText());
        assertEquals(edited, now.path("content").path("raw").asText());

        // then both sides change: an editor rewrites the quote there and the paragraph in the first column, and the
        // English heading and the image caption in the second column change (the same columns block: judged by the
        // blocks inside it)
        int quote = edited.indexOf("<p>", edited.indexOf("wp-block-quote")) + 3;
        String quoted = edited.substring(0, quote) + "편집자가 다시 쓴 인용문입니다." + edited.substring(edited.indexOf("</p>", quote));
        int column = quoted.indexOf("<p>", quoted.indexOf("wp-block-column\"")) + 3;
        quoted = quoted.substring(0, column) + "편집자가 고친 <strong>얇은 층</strong> 문장입니다."
                + quoted.substring(quoted.indexOf("</p>", column));
        edit(wp, id, JSON.createObjectNode().put("content", quoted).toString());
        // the Korean edit aligned with the English as it was translated, then the English change exported with the memory
        pullKorean(wp, id, auth, dir.resolve("ko-site2"));
        Cli.expect(0, "tm", "align", dir.resolve("in").toString(), "--translations", dir.resolve("ko-site2").toString(),
                "--record", merged.toString(), "--tm", memory.toString());
        Path english = dir.resolve("in").resolve(slug + ".json");
        com.fasterxml.jackson.databind.node.ObjectNode post = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(english.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) post.get("content")).put("raw", post.path("content").path("raw")
                .asText().replace("How a delta grows", "How a delta grows each year")
                .replace("The delta seen from orbit.", "The delta seen from space."));
        post.put("modified_gmt", "2026-12-03T09:00:00");
        Files.write(english, JSON.writeValueAsBytes(post));
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("changed").toString(), "--tm",
                memory.toString());
        Cli.expect(0, "merge", dir.resolve("changed").toString(), "-o", merged.toString(), "--allow-missing");
        // the translation holds the editor's quote and paragraph beside the English change: no edit is overwritten
        assertEquals(id, resultId(push(wp, merged, auth), "updated"));
        String both = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("content").path("raw").asText();
        assertTrue(both.contains("편집자가 다시 쓴 인용문입니다.") && both.contains("편집자가 고친 문단입니다. 두 문장 그대로입니다.")
                && both.contains("편집자가 고친 <strong>얇은 층</strong> 문장입니다.") && both.contains("How a delta grows each year")
                && both.contains("The delta seen from space."), both);

        // an editor changes the heading there too: the translation does not hold that edit, so push refuses
        edit(wp, id, JSON.createObjectNode().put("content", both.replace("How a delta grows each year", "편집자의 제목줄"))
                .toString());
        Cli.Run refused = push(1, wp, merged, auth);
        assertTrue(refused.err().contains("(content changed): pushing would overwrite those edits (content: block 2 there,"
                + " a wp:heading changed or added there, is not in the translation)."), refused.err());
    }

    @Test
    void aClassicPostIsJudgedParagraphByParagraph(@TempDir Path dir) throws Exception {
        // a post of the classic editor: paragraphs parted by blank lines, no blocks
        TestWordPress.Site wp = TestWordPress.site("edits of a classic post on the Korean test site");
        String slug = PushCliTest.uniqueSlug();
        ObjectNode post = PushCliTest.river(slug, 812);
        String[] paragraphs = {"Rivers carry sediment from the mountains to the sea.",
                "Each flood adds a <strong>thin layer</strong> of mud to the plain.",
                "The river builds its own land, one flood at a time."};
        ObjectNode content = (ObjectNode) post.get("content");
        content.put("raw", String.join("\n\n", paragraphs));
        content.put("rendered", "<p>" + String.join("</p>\n<p>", paragraphs) + "</p>\n");
        content.put("block_version", 0);
        Path merged = PushCliTest.mergedFolder(dir, post);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        long id = resultId(push(wp, merged, auth), "created");
        String pushed = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("content").path("raw").asText();
        String[] korean = pushed.split("\n\n");
        assertEquals(3, korean.length, pushed);

        // the record says which English the pushed translation is of
        JsonNode entry = JSON.readTree(merged.resolve(PushRecord.FILE_NAME).toFile()).path("posts").get(0);
        assertEquals(post.path("modified_gmt").asText(), entry.path("pushed_source_modified").asText(), entry.toString());
        Path translatedVersion = Files.createDirectories(dir.resolve("en0")).resolve(slug + ".json");
        Files.copy(dir.resolve("in").resolve(slug + ".json"), translatedVersion);

        // an editor rewrites the second paragraph there; the English third paragraph changes, translated and merged as
        // usual: push refuses (the edit would be lost), and the merged folder now holds a merge the site never got
        String edited = korean[0] + "\n\n편집자가 고친 <strong>얇은 층</strong> 문단입니다.\n\n" + korean[2];
        edit(wp, id, JSON.createObjectNode().put("content", edited).toString());
        content.put("raw", content.path("raw").asText().replace("one flood at a time", "one flood after another"));
        post.put("modified_gmt", "2026-12-03T09:00:00");
        Files.write(dir.resolve("in").resolve(slug + ".json"), JSON.writeValueAsBytes(post));
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("usual").toString());
        Cli.expect(0, "pseudo", dir.resolve("usual").toString(), "-o", dir.resolve("usual-ko").toString());
        Cli.expect(0, "merge", dir.resolve("usual-ko").toString(), "-o", merged.toString());
        assertTrue(push(1, wp, merged, auth).err().contains("(content changed)"));
        // carried as the refusal says: the Korean post pulled, aligned with the English it translates (the record says
        // which: the changed English is refused, whatever the merged folder holds now), the change exported with it
        pullKorean(wp, id, auth, dir.resolve("ko-site"));
        Path memory = dir.resolve("site.tmx");
        Cli.Run wrongVersion = Cli.expect(1, "tm", "align", dir.resolve("in").toString(), "--translations",
                dir.resolve("ko-site").toString(), "--record", merged.toString(), "--tm", memory.toString());
        assertTrue(wrongVersion.err().contains(": not the version whose translation wpxliff pushed there (modified_gmt"
                + " 2026-12-03T09:00:00 here, "), wrongVersion.err());
        Cli.expect(0, "tm", "align", translatedVersion.toString(), "--translations", dir.resolve("ko-site").toString(),
                "--record", merged.toString(), "--tm", memory.toString());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("changed").toString(), "--tm", memory.toString());
        Cli.expect(0, "merge", dir.resolve("changed").toString(), "-o", merged.toString(), "--allow-missing");
        // the translation holds the editor's paragraph beside the English change: pushed, the edit kept
        assertEquals(id, resultId(push(wp, merged, auth), "updated"));
        String both = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("content").path("raw").asText();
        assertTrue(both.contains("편집자가 고친 <strong>얇은 층</strong> 문단입니다.") && both.contains("one flood after another"),
                both);
        // QA: the first delivery merged again (a translator re-sent it) translates the English before the change: refused
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", merged.toString());
        Cli.Run older = push(1, wp, merged, auth);
        assertTrue(older.err().contains("holds the translation of a later version of the source post (modified_gmt"
                + " 2026-12-03T09:00:00) than this one translates ("), older.err());
        assertEquals(both, wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("content").path("raw").asText());
        Cli.expect(0, "merge", dir.resolve("changed").toString(), "-o", merged.toString(), "--allow-missing");

        // an editor changes the first paragraph there too: the translation does not hold it, so push refuses
        edit(wp, id, JSON.createObjectNode().put("content", both.replace(korean[0], "편집자가 고친 첫 문단입니다."))
                .toString());
        Cli.Run refused = push(1, wp, merged, auth);
        assertTrue(refused.err().contains("(content changed): pushing would overwrite those edits (content: block 1 there,"
                + " a classic paragraph changed or added there, is not in the translation). Carry them into the"
                + " translation (pull the post from there, wpxliff tm align it with the English as it was when pushed,"
                + " modified_gmt 2026-12-03T09:00:00 (the XLIFF it was exported to holds it, if pull has brought a newer"
                + " one), export with --tm"), refused.err());
    }

    /** The Korean post as it is there now (a draft), pulled into {@code folder}. */
    private static void pullKorean(TestWordPress.Site wp, long id, Path auth, Path folder) {
        Cli.expect(0, "pull", wp.koBase(), "--id", Long.toString(id), "--status", "draft", "-o", folder.toString(),
                "--auth-file", auth.toString());
    }

    /** Changes the Korean post as an editor does in the dashboard (a REST update). */
    private static void edit(TestWordPress.Site wp, long id, String json) {
        HttpResponse<byte[]> answer = wp.send("POST", wp.koRest("/wp/v2/posts/" + id),
                json.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
    }

    private static String title(TestWordPress.Site wp, long id) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("title").path("raw").asText();
    }
}
