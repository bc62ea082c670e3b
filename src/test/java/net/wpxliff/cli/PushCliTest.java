package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.push.PushRecord;
import net.wpxliff.testing.TestWordPress;
import net.wpxliff.testing.BlockTrees;
import net.wpxliff.testing.Cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wpxliff push} against the real Korean test site ({@code $WP_KO_URL}): a post made by the real pipeline
 * (export → pseudo → merge) is created, found again (by the record, else by slug), left alone when unchanged,
 * updated in place when the translation changes; a dry run changes nothing; bad credentials fail naming the URL.
 * Each run uses its own slug, so runs never collide.
 */
class PushCliTest {
    private static final Path RIVER = Path.of("src", "test", "resources", "raw", "river-deltas.edit.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RESULT = Pattern.compile(": (created|updated|unchanged) \\(id (\\d+)\\) (\\S+)");

    static String uniqueSlug() {
        return "wpxliff-push-test-" + TestWordPress.uniqueSuffix();
    }

    /** export → pseudo → merge of the fixture post under the slug, as a user runs them: the merged folder. */
    static Path mergedFolder(Path dir, String... slugs) throws Exception {
        return mergedFolder(dir, 812, slugs);
    }

    /** As {@link #mergedFolder(Path, String...)}, the source posts numbered from {@code firstId}. */
    static Path mergedFolder(Path dir, long firstId, String... slugs) throws Exception {
        List<ObjectNode> posts = new ArrayList<>();
        long id = firstId;
        for (String slug : slugs) posts.add(river(slug, id++));
        return merged(dir, posts);
    }

    /** export → pseudo → merge of these posts (the fixture's, changed by a test): the merged folder. */
    static Path mergedFolder(Path dir, ObjectNode post) throws Exception {
        return merged(dir, List.of(post));
    }

    /** The fixture post under this slug and id. */
    static ObjectNode river(String slug, long id) throws Exception {
        ObjectNode post = (ObjectNode) JSON.readTree(RIVER.toFile());
        post.put("slug", slug);
        post.put("id", id);
        return post;
    }

    /** export → pseudo → merge of these posts: the merged folder. */
    private static Path merged(Path dir, List<ObjectNode> posts) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (ObjectNode post : posts) Files.write(in.resolve(post.path("slug").asText() + ".json"), JSON.writeValueAsBytes(post));
        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        return dir.resolve("ko");
    }


    static Cli.Run push(TestWordPress.Site wp, Path merged, Path auth, String... more) {
        return push(0, wp, merged, auth, more);
    }

    /** {@code push MERGED --site=$WP_KO_URL --auth-file AUTH MORE…}, expecting the exit code. */
    static Cli.Run push(int exitCode, TestWordPress.Site wp, Path merged, Path auth, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "push";
        args[1] = merged.toString();
        args[2] = "--site=" + wp.koBase();
        args[3] = "--auth-file";
        args[4] = auth.toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return Cli.expect(exitCode, args);
    }

    /** SHA-256 in hex of the text's UTF-8 bytes, as the record holds the text push wrote. */
    static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static long resultId(Cli.Run run, String action) {
        Matcher m = RESULT.matcher(run.out());
        assertTrue(m.find(), run.out());
        assertEquals(action, m.group(1), run.out());
        return Long.parseLong(m.group(2));
    }

    @Test
    void createsFindsUpdatesAndLeavesUnchangedTheSameKoreanPost(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push to the Korean test site");
        String slug = uniqueSlug();
        Path merged = mergedFolder(dir, slug);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        Path body = merged.resolve(slug + ".ko.post.json");
        Path record = merged.resolve(PushRecord.FILE_NAME);
        String search = "wp/v2/posts?context=edit&status=any&slug=" + slug;

        // a dry run says what it would do and does nothing
        Cli.Run dry = push(wp, merged, auth, "--dry-run");
        assertTrue(dry.out().contains(body + ": would create: POST " + wp.koBase() + "/wp-json/wp/v2/posts (title,"
                + " content, excerpt, slug=" + slug + ", status=draft, comment_status=open, ping_status=open,"
                + " date_gmt=2026-11-20T09:30:00; "), dry.out());
        assertTrue(dry.out().contains("dry run, nothing changed on " + wp.koBase() + "/wp-json/: would create 1,"
                + " would update 0, 0 unchanged, 0 failed (of 1)"), dry.out());
        assertEquals(0, wp.getJson(wp.koRest("/" + search)).size(), "a dry run creates nothing");
        assertFalse(Files.exists(record), "a dry run writes no record");

        // created: as a draft, holding exactly the body's raw fields and the English post's block tree
        Cli.Run created = push(wp, merged, auth);
        long id = resultId(created, "created");
        assertTrue(created.out().contains("pushed to " + wp.koBase() + "/wp-json/: 1 created, 0 updated, 0 unchanged,"
                + " 0 failed (of 1)"), created.out());
        JsonNode posted = JSON.readTree(body.toFile());
        JsonNode target = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit"));
        for (String field : new String[]{"title", "content", "excerpt"}) {
            assertEquals(posted.path(field).asText(), target.path(field).path("raw").asText(), field + ".raw");
        }
        assertEquals("draft", target.path("status").asText());
        assertEquals(slug, target.path("slug").asText());
        // the English post's date, so a date-based permalink is the English one under /ko/ (where merge's links point)
        assertEquals(JSON.readTree(RIVER.toFile()).path("date_gmt").asText(), target.path("date_gmt").asText());
        assertTrue(created.out().contains(" " + target.path("link").asText()), "reports the Korean URL: " + created.out());
        String english = JSON.readTree(RIVER.toFile()).path("content").path("raw").asText();
        assertEquals(BlockTrees.of(english), BlockTrees.of(target.path("content").path("raw").asText()), "block tree");
        JsonNode recorded = JSON.readTree(record.toFile()).path("posts").get(0);
        assertEquals(812, recorded.path("source_id").asLong());
        assertEquals(id, recorded.path("target_id").asLong());
        assertEquals(wp.koBase() + "/wp-json/", recorded.path("target_site").asText());

        // nothing changed: no request writes (WordPress would move modified_gmt, second resolution)
        Thread.sleep(1100);
        Cli.Run unchanged = push(wp, merged, auth);
        assertEquals(id, resultId(unchanged, "unchanged"));
        assertTrue(unchanged.out().contains("0 created, 0 updated, 1 unchanged, 0 failed"), unchanged.out());
        assertEquals(target.path("modified_gmt").asText(),
                wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("modified_gmt").asText(), "no POST was made");

        // the record lost: the post is found by its slug, and the record written again the same
        byte[] recordBytes = Files.readAllBytes(record);
        Files.delete(record);
        assertEquals(id, resultId(push(wp, merged, auth), "unchanged"));
        assertArrayEquals(recordBytes, Files.readAllBytes(record), "the record is deterministic");

        // the translation changes: the same post is updated
        Path xliff = Files.list(dir.resolve("pseudo")).filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
        String text = Files.readString(xliff, StandardCharsets.UTF_8);
        int title = text.indexOf("⟦", text.indexOf("<target", text.indexOf("id=\"title-1\"")));
        Files.writeString(xliff, text.substring(0, title + 1) + "새 " + text.substring(title + 1), StandardCharsets.UTF_8);
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", merged.toString());
        JsonNode changed = JSON.readTree(body.toFile());
        assertTrue(changed.path("title").asText().contains("⟦새 "), changed.path("title").asText());

        Cli.Run dryUpdate = push(wp, merged, auth, "--dry-run");
        assertTrue(dryUpdate.out().contains(body + ": would update (id " + id + "): POST " + wp.koBase()
                + "/wp-json/wp/v2/posts/" + id + " (title, content, excerpt; "), dryUpdate.out());
        assertEquals(posted.path("title").asText(),
                wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit")).path("title").path("raw").asText(), "a dry run changes nothing");

        Cli.Run updated = push(wp, merged, auth);
        assertEquals(id, resultId(updated, "updated"), "the same post");
        assertTrue(updated.out().contains("0 created, 1 updated, 0 unchanged, 0 failed"), updated.out());
        JsonNode after = wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit"));
        for (String field : new String[]{"title", "content", "excerpt"}) {
            assertEquals(changed.path(field).asText(), after.path(field).path("raw").asText(), field + ".raw after update");
        }
        assertEquals(1, wp.getJson(wp.koRest("/" + search)).size(), "no second post with the slug");
        JsonNode recordAfter = JSON.readTree(record.toFile()).path("posts");
        assertEquals(1, recordAfter.size(), recordAfter.toString());
        assertEquals(id, recordAfter.get(0).path("target_id").asLong(), "same target id recorded");
        // and the text as WordPress now holds it, so the next push can tell an editor's change from its own
        assertEquals(sha256(after.path("title").path("raw").asText()), recordAfter.get(0).path("pushed_text").path("title").asText());
        assertEquals(sha256(after.path("content").path("raw").asText()),
                recordAfter.get(0).path("pushed_text").path("content").asText());
        assertEquals(id, resultId(push(wp, merged, auth), "unchanged"));
    }

    @Test
    void badCredentialsFailWithTheUrlAndChangeNothing(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push with bad credentials");
        String slug = uniqueSlug();
        Path merged = mergedFolder(dir, slug);
        String wrong = "wrong pass word xyz1";
        Cli.Run run = Cli.run("push", merged.toString(), "--site", wp.koBase(), "--auth-file",
                wp.writeAuthFile(dir, wrong).toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains(wp.koBase() + "/wp-json/"),
                "names the URL: " + run.err());
        assertTrue(run.err().contains("401"), "says WordPress refused the login: " + run.err());
        assertFalse((run.out() + run.err()).contains(wrong), "never prints the password");
        assertFalse(Files.exists(merged.resolve(PushRecord.FILE_NAME)));
        assertEquals(0, wp.getJson(wp.koRest("/wp/v2/posts?context=edit&status=any&slug=" + slug)).size());
    }

    @Test
    void onePostsFailureDoesNotStopTheOthersAndTheRecordKeepsWhatSucceeded(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push with one failing post");
        String good = uniqueSlug(), bad = uniqueSlug();
        Path merged = mergedFolder(dir, bad, good);
        Path badBody = merged.resolve(bad + ".ko.post.json");
        ObjectNode body = (ObjectNode) JSON.readTree(badBody.toFile());
        body.put("date", "not a date"); // WordPress refuses it: rest_invalid_param
        Files.write(badBody, JSON.writeValueAsBytes(body));
        Cli.Run run = Cli.run("push", merged.toString(), "--site", wp.koBase(), "--auth-file",
                wp.writeAuthFile(dir, wp.appPassword()).toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        // the file, then the request: method and URL
        assertTrue(run.err().contains("error: " + badBody + ": POST " + wp.koBase() + "/wp-json/wp/v2/posts"), run.err());
        assertTrue(run.err().contains("rest_invalid_param"), run.err());
        long id = resultId(run, "created");
        assertTrue(run.out().contains(merged.resolve(good + ".ko.post.json") + ": created (id " + id + ")"), run.out());
        assertTrue(run.out().contains("1 created, 0 updated, 0 unchanged, 1 failed (of 2)"), run.out());
        JsonNode posts = JSON.readTree(merged.resolve(PushRecord.FILE_NAME).toFile()).path("posts");
        assertEquals(1, posts.size(), posts.toString());
        assertEquals(id, posts.get(0).path("target_id").asLong());
        assertEquals(0, wp.getJson(wp.koRest("/wp/v2/posts?context=edit&status=any&slug=" + bad)).size());
    }

    /**
     * Pushing again asks for the target posts a hundred at a time before the first push ({@code include=} for recorded
     * ids, {@code slug=} without a record), not once per post; the outcome is that of asking one by one. Counted in the
     * test site's request log (php -S logs every request), by this test's own ids and slugs.
     */
    @Test
    void pushingAgainFetchesTheTargetsInBatches(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push again, targets fetched in batches");
        Path log = TestWordPress.DIR.resolve("server.log");
        Assumptions.assumeTrue(Files.isRegularFile(log), "the test site's request log " + log);
        String[] slugs = {uniqueSlug(), uniqueSlug(), uniqueSlug()};
        Path merged = mergedFolder(dir, slugs);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        Cli.Run created = push(wp, merged, auth);
        assertTrue(created.out().contains("3 created, 0 updated, 0 unchanged, 0 failed (of 3)"), created.out());
        List<Long> ids = new ArrayList<>();
        Matcher m = RESULT.matcher(created.out());
        while (m.find()) ids.add(Long.parseLong(m.group(2)));
        assertEquals(3, ids.size(), created.out());

        for (boolean withRecord : new boolean[] {true, false}) {
            if (!withRecord) Files.delete(merged.resolve(PushRecord.FILE_NAME));
            long mark = Files.size(log);
            Cli.Run again = push(wp, merged, auth);
            assertTrue(again.out().contains("0 created, 0 updated, 3 unchanged, 0 failed (of 3)"), again.out());
            String requests = requestsSince(log, mark);
            for (long id : ids) {
                assertFalse(requests.contains("GET /ko/wp-json/wp/v2/posts/" + id + "?"), "no GET of post " + id + ":\n" + requests);
            }
            for (String slug : slugs) {
                int mentions = requests.split(slug, -1).length - 1;
                assertEquals(withRecord ? 0 : 1, mentions, "requests naming " + slug + ":\n" + requests);
            }
            if (withRecord) {
                assertTrue(requests.contains("include=" + ids.get(0) + "%2C" + ids.get(1) + "%2C" + ids.get(2))
                        || requests.contains("include=" + ids.get(0) + "," + ids.get(1) + "," + ids.get(2)), requests);
            }
        }
    }

    /**
     * Posts go four at a time by default, but two bodies that reach the same target post (here the same slug, in two
     * folders) go one after another in input order: the first creates it, the second finds it; never two posts. Lines
     * come out in input order, whatever order the posts were pushed in.
     */
    @Test
    void bodiesForTheSamePostArePushedOneAfterAnotherInOrder(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push several posts at once");
        String shared = uniqueSlug(), first = uniqueSlug(), second = uniqueSlug(), third = uniqueSlug();
        Path a = mergedFolder(dir.resolve("a"), first, shared, second);
        // other source posts (push publishes one translation of a source post: see PullRenamedSlugCliTest)
        Path b = mergedFolder(dir.resolve("b"), 900, shared, third);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        Cli.Run run = Cli.expect(0, "push", a.toString(), b.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                "--connections", "4");
        List<String> lines = run.out().lines().toList();
        List<String> expected = new ArrayList<>();
        for (String slug : new String[]{first, second, shared}) expected.add(a.resolve(slug + ".ko.post.json").toString());
        for (String slug : new String[]{shared, third}) expected.add(b.resolve(slug + ".ko.post.json").toString());
        java.util.Collections.sort(expected.subList(0, 3));
        java.util.Collections.sort(expected.subList(3, 5));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(lines.get(i).startsWith(expected.get(i) + ": "), "line " + i + " in input order:\n" + run.out());
        }
        assertTrue(run.out().contains("4 created, 0 updated, 1 unchanged, 0 failed (of 5)"), run.out());
        JsonNode sharedPosts = wp.getJson(wp.koRest("/wp/v2/posts?context=edit&status=any&slug=" + shared));
        assertEquals(1, sharedPosts.size(), "one post for the slug: " + sharedPosts);
        long id = sharedPosts.get(0).path("id").asLong();
        assertTrue(run.out().contains(a.resolve(shared + ".ko.post.json") + ": created (id " + id + ")"), run.out());
        assertTrue(run.out().contains(b.resolve(shared + ".ko.post.json") + ": unchanged (id " + id + ")"), run.out());
        Cli.Run bad = Cli.run("push", a.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--connections", "0");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("--connections 0: give 1 to 16"), bad.err());
    }

    /**
     * Pages keep their hierarchy: a page's parent is the target of its source parent, set when the parent is pushed
     * first, else once it is (pages pushed at the same time, or a child before its parent in the input); a page whose
     * parent is not pushed at all is named. New pages copy the source's page order and comment setting.
     */
    @Test
    void pagesKeepTheirParentsAndOrder(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of nested pages");
        String top = uniqueSlug(), middle = uniqueSlug(), leaf = uniqueSlug();
        List<ObjectNode> pages = new ArrayList<>();
        long[][] idsAndParents = {{901, 0}, {902, 901}, {903, 902}};
        String[] slugs = {top, middle, leaf};
        for (int i = 0; i < 3; i++) {
            ObjectNode page = river(slugs[i], idsAndParents[i][0]);
            page.put("type", "page");
            page.put("parent", idsAndParents[i][1]);
            page.put("menu_order", 7 + i);
            page.put("comment_status", "closed");
            page.put("template", i == 0 ? "blank" : ""); // a custom template of the test sites' theme (twentytwentythree)
            pages.add(page);
        }
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        // the leaf alone first: its parent is not pushed, so it is made at the top level, and said so
        Path alone = merged(dir.resolve("alone"), List.of(pages.get(2)));
        Cli.Run orphan = push(wp, alone, auth);
        long leafId = resultId(orphan, "created");
        assertTrue(orphan.err().contains("warning: 1 page(s) have a parent page that is not pushed (" + leaf + ".ko.post.json)"), orphan.err());
        assertEquals(0, koPage(wp, leafId).path("parent").asLong());

        // all three, four at a time: the leaf (found by its slug) moves under the middle page, the middle one under the top
        Path all = merged(dir.resolve("all"), pages);
        // (whether a page's parent is known when it is pushed depends on which of them goes first: the end is the same)
        Cli.Run run = push(wp, all, auth, "--connections", "4");
        assertTrue(run.out().contains(": 2 created, ") && run.out().contains(" 0 failed (of 3)"), run.out());
        long topId = wp.getJson(wp.koRest("/wp/v2/pages?status=any&slug=" + top)).get(0).path("id").asLong();
        long middleId = wp.getJson(wp.koRest("/wp/v2/pages?status=any&slug=" + middle)).get(0).path("id").asLong();
        JsonNode topPage = koPage(wp, topId), middlePage = koPage(wp, middleId), leafPage = koPage(wp, leafId);
        assertEquals(0, topPage.path("parent").asLong());
        assertEquals(topId, middlePage.path("parent").asLong());
        assertEquals(middleId, leafPage.path("parent").asLong());
        assertEquals(7, topPage.path("menu_order").asLong(), "a new page copies the source's order");
        assertEquals("closed", middlePage.path("comment_status").asText());
        assertEquals("blank", topPage.path("template").asText(), "a new page copies the source's template");
        assertEquals("", middlePage.path("template").asText());
        assertFalse(run.err().contains("warning"), run.err());
        // nothing left to do
        assertTrue(push(wp, all, auth).out().contains("0 created, 0 updated, 3 unchanged, 0 failed (of 3)"));
    }

    /** A template the target site's theme lacks: WordPress would refuse the page, so it is made without, and said. */
    @Test
    void aTemplateTheTargetThemeLacksIsLeftOutAndNamed(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a page with another theme's template");
        String slug = uniqueSlug();
        ObjectNode page = river(slug, 931);
        page.put("type", "page");
        page.put("template", "page-templates/landing.php");
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        Cli.Run run = push(wp, merged(dir, List.of(page)), auth);
        long id = resultId(run, "created");
        assertEquals("", koPage(wp, id).path("template").asText());
        assertTrue(run.err().contains("warning: page template \"page-templates/landing.php\" is not on " + wp.koBase()
                + ": left out of 1 post(s) (" + slug + ".ko.post.json)"), run.err());
        assertTrue(run.err().contains("note: a page template comes with the site's theme"), run.err());
        assertFalse(run.err().contains("--create-terms"), "the note about terms and images is not for templates: " + run.err());
    }

    /**
     * A translation an editor put in the trash is not made again without a word (QA: push made a new draft): refused,
     * saying to restore it or delete it for good; deleted for good, push makes a new one.
     */
    @Test
    void aTranslationInTheTrashIsNotMadeAgain(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a post whose translation is in the trash");
        String slug = uniqueSlug();
        Path merged = mergedFolder(dir, slug);
        Path auth = wp.writeAuthFile(dir, wp.appPassword());
        long id = resultId(push(wp, merged, auth), "created");
        wp.send("DELETE", wp.koRest("/wp/v2/posts/" + id), null); // to the trash
        Cli.Run refused = push(1, wp, merged, auth);
        assertTrue(refused.err().contains(": post " + id + " on " + wp.koBase() + "/wp-json/, the translation push made of"
                + " it, is in the trash there (an editor removed it): not pushed. Restore it there"), refused.err());
        assertTrue(refused.out().contains("0 created, 0 updated, 0 unchanged, 1 failed (of 1)"), refused.out());
        wp.send("DELETE", wp.koRest("/wp/v2/posts/" + id + "?force=true"), null); // deleted for good
        long again = resultId(push(wp, merged, auth), "created");
        assertTrue(again != id, "a new translation");
    }

    private static JsonNode koPage(TestWordPress.Site wp, long id) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/pages/" + id + "?context=edit"));
    }

    /** The log's lines written after {@code mark} bytes (php -S appends one or more per request). */
    private static String requestsSince(Path log, long mark) throws java.io.IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(mark, all.length), (int) Math.max(0, all.length - mark), StandardCharsets.UTF_8);
    }

    @Test
    void aPageGoesToThePagesRouteAndParamsMakeATargetOfTheirOwn(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a page with --param");
        String slug = uniqueSlug();
        Path in = Files.createDirectories(dir.resolve("in"));
        ObjectNode page = (ObjectNode) JSON.readTree(RIVER.toFile());
        page.put("slug", slug).put("type", "page");
        Files.write(in.resolve(slug + ".json"), JSON.writeValueAsBytes(page));
        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        Path merged = dir.resolve("ko"), auth = wp.writeAuthFile(dir, wp.appPassword());

        // lang=ko is what Polylang reads; WordPress itself ignores it, so the page is made as usual
        Cli.Run created = push(wp, merged, auth, "--param", "lang=ko", "--status", "pending");
        long id = resultId(created, "created");
        JsonNode target = wp.getJson(wp.koRest("/wp/v2/pages/" + id + "?context=edit"));
        assertEquals("page", target.path("type").asText());
        assertEquals("pending", target.path("status").asText(), "--status");
        JsonNode entry = JSON.readTree(merged.resolve(PushRecord.FILE_NAME).toFile()).path("posts").get(0);
        assertEquals("page", entry.path("type").asText());
        assertEquals("ko", entry.path("target_params").path("lang").asText());

        // without the parameter it is another target: not in the record, found by slug, recorded beside; and
        // unchanged although the body says draft: without --status an existing post keeps its own status
        assertEquals(id, resultId(push(wp, merged, auth), "unchanged"));
        assertEquals(2, JSON.readTree(merged.resolve(PushRecord.FILE_NAME).toFile()).path("posts").size());
        // --status on an existing post that differs only in status: an update
        assertEquals(id, resultId(push(wp, merged, auth, "--status", "draft"), "updated"));
        assertEquals("draft", wp.getJson(wp.koRest("/wp/v2/pages/" + id + "?context=edit")).path("status").asText());
    }

    @Test
    void aWrongSiteUrlFailsNamingIt(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push to a wrong site URL");
        Path merged = mergedFolder(dir, uniqueSlug());
        String wrongSite = wp.base() + "/no-such-site";
        Cli.Run run = Cli.run("push", merged.toString(), "--site", wrongSite, "--auth-file",
                wp.writeAuthFile(dir, wp.appPassword()).toString(), "--dry-run");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(wrongSite), "names the URL: " + run.err());
        assertFalse(run.out().contains("would create"), run.out());
    }

    @Test
    void pushingToTheSourceSiteIsRefused(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push to the source site");
        JsonNode english = wp.getJson(wp.rest("/wp/v2/posts?context=edit&slug=author-biography"));
        Assumptions.assumeTrue(english.size() == 1, "the English test site has no post author-biography (theme test data)");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("author-biography.json"), JSON.writeValueAsBytes(english.get(0)));
        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        // --dry-run: even a wrong answer could not change the English site
        Cli.Run run = Cli.run("push", dir.resolve("ko").toString(), "--site", wp.base(), "--auth-file",
                wp.writeAuthFile(dir, wp.appPassword()).toString(), "--dry-run");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("is the source post itself"), run.err());
        assertFalse(run.out().contains(": would update ("), run.out());
    }

    @Test
    void withoutCredentialsPushSaysHowToGiveThem(@TempDir Path dir) throws Exception {
        // the pom's Surefire settings make both empty, which counts as unset (as Credentials reads them)
        Assumptions.assumeTrue(unset("WPXLIFF_USER") && unset("WPXLIFF_APP_PASSWORD"),
                "WPXLIFF_USER or WPXLIFF_APP_PASSWORD is set in this environment");
        Path body = Files.writeString(dir.resolve("a.ko.post.json"), "{}");
        Cli.Run run = Cli.run("push", body.toString(), "--site", "http://127.0.0.1:9/ko/");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("set WPXLIFF_USER and WPXLIFF_APP_PASSWORD, or pass --auth-file FILE"), run.err());
    }

    private static boolean unset(String variable) {
        String value = System.getenv(variable);
        return value == null || value.isBlank();
    }
}
