package net.wpxliff.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.push.PushRecord;
import net.wpxliff.testing.BlockTrees;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The whole site workflow of the README, against the real WordPress: {@code pull} of the English site with an
 * Application Password (every published post and page, raw fields) → {@code export} → {@code pseudo} →
 * {@code merge} → {@code push} to the Korean site. Every post is created there, and read back
 * ({@code context=edit}) holds exactly the merged raw title, content and excerpt, with the English post's block
 * tree. A second push after the translations changed updates the same posts (same ids, a new revision each) and
 * creates none; a third, with nothing changed, writes nothing.
 */
class SiteRoundTripTest {
    /** The id list of a classic gallery ({@code [gallery columns=2 ids="769,767"]}): group 1 up to its quote. */
    private static final Pattern GALLERY_IDS = Pattern.compile("(\\[gallery[^\\]]*?\\b(?:ids|include)=)\"[0-9, ]*\"");
    /**
     * A Query Loop's term lists ({@code "taxQuery":{"category":[2]}}) and a pattern's or menu's {@code "ref":4}: the
     * Korean site's ids, whichever terms and posts other tests left on the two sites (the mapping itself:
     * {@code QueryTermsTest}, {@code PushTermsCliTest}, {@code PushPatternsCliTest}).
     */
    private static final Pattern TAX_QUERY = Pattern.compile("(\"taxQuery\":\\{[^{}]*\\})");
    private static final Pattern REF = Pattern.compile("(<!-- wp:(?:block|navigation) \\{\"ref\":)[0-9]+");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUSH_SUMMARY =
            Pattern.compile("(\\d+) created, (\\d+) updated, (\\d+) unchanged, (\\d+) failed \\(of (\\d+)\\)");

    @Test
    void pullExportMergePushAndPushAgain(@TempDir Path dir) throws Exception {
        SharedCorpus.assumeCorpus("the site workflow (the English site is made from corpus/wxr)");
        TestWordPress.Site site = TestWordPress.site("the site workflow: pull, export, merge, push");
        Path auth = site.writeAuthFile(dir);
        Path in = dir.resolve("in"), xliff = dir.resolve("xliff"), pseudo = dir.resolve("pseudo"), ko = dir.resolve("ko");

        // pull: every published post and page, as the editor's JSON
        Cli.Run pull = ok(Cli.run("pull", site.url().toString(), "-o", in.toString(), "--auth-file", auth.toString()));
        int posts = total(site, "/wp/v2/posts"), pages = total(site, "/wp/v2/pages");
        assertEquals(118, posts, "the theme test data's published posts (X-WP-Total)");
        List<Path> pulled = files(in, ".json");
        assertEquals(posts + pages, pulled.size(), pull.out());
        for (Path file : pulled) {
            assertTrue(JSON.readTree(file.toFile()).at("/content/raw").isTextual(), file + ": pulled with raw fields");
        }

        ok(Cli.run("export", "-o", xliff.toString(), in.toString()));
        assertEquals(pulled.size(), files(xliff, ".xlf").size(), "one XLIFF per post and page");
        ok(Cli.run("pseudo", "-o", pseudo.toString(), xliff.toString()));
        ok(Cli.run("merge", "-o", ko.toString(), "--source-url", site.url().toString(),
                "--target-url", site.koUrl().toString(), pseudo.toString()));
        List<Path> bodies = files(ko, ".post.json");
        assertEquals(pulled.size(), bodies.size());

        // first push: every post created (but those a run before this one left on the Korean site: found by slug)
        Set<String> already = koreanSlugs(site);
        int expectedNew = 0;
        for (Path body : bodies) if (!already.contains(JSON.readTree(body.toFile()).path("slug").asText())) expectedNew++;
        Cli.Run first = ok(push(site, ko, auth));
        // (posts an earlier run left are updated, or unchanged when they already hold this translation)
        assertSummary(first, expectedNew, -1, -1, bodies.size());
        assertTrue(first.err().contains("warning: image in a gallery \"img_0747\" ("), "named: " + first.err());
        Map<Long, String> sourceToTarget = record(ko);
        assertEquals(bodies.size(), sourceToTarget.size(), "the record holds every post");

        Map<Long, Path> englishById = new HashMap<>();
        for (Path file : pulled) englishById.put(JSON.readTree(file.toFile()).path("id").asLong(), file);
        for (Path body : bodies) {
            JsonNode sent = JSON.readTree(body.toFile());
            long sourceId = JSON.readTree(sibling(body).toFile()).path("translation_of").asLong();
            String type = JSON.readTree(sibling(body).toFile()).path("type").asText();
            JsonNode korean = get(site, site.koRest("/wp/v2/" + type + "s/" + sourceToTarget.get(sourceId) + "?context=edit"));
            String where = body.getFileName() + " (Korean " + type + " " + sourceToTarget.get(sourceId) + ")";
            assertEquals(sent.path("title").textValue(), korean.at("/title/raw").textValue(), where + ": raw title");
            // classic galleries name the Korean site's images, and it has none of the English site's: left out, and named
            String expected = GALLERY_IDS.matcher(sent.path("content").textValue()).replaceAll("$1\"\"");
            assertEquals(withoutIds(expected), withoutIds(korean.at("/content/raw").textValue()), where + ": raw content");
            assertEquals(sent.has("excerpt") ? sent.path("excerpt").textValue() : "", korean.at("/excerpt/raw").textValue(),
                    where + ": raw excerpt");
            Path english = englishById.get(sourceId);
            Set<String> keys = BlockTrees.translatedAttributes(Exports.exportOne(english).extraction());
            assertEquals(BlockTrees.of(withoutIds(JSON.readTree(english.toFile()).at("/content/raw").textValue()), keys, "content"),
                    BlockTrees.of(withoutIds(korean.at("/content/raw").textValue()), keys, "content"), where + ": block tree");
        }

        // the translations change: the second push updates the same posts, a new revision each, and creates none
        for (Path xlf : files(pseudo, ".xlf")) {
            Files.writeString(xlf, Files.readString(xlf, StandardCharsets.UTF_8).replace('⟦', '⟪'), StandardCharsets.UTF_8);
        }
        Map<Path, String> before = new HashMap<>();
        for (Path body : bodies) before.put(body, Files.readString(body));
        ok(Cli.run("merge", "-o", ko.toString(), "--source-url", site.url().toString(),
                "--target-url", site.koUrl().toString(), pseudo.toString()));
        int changed = 0;
        for (Path body : bodies) if (!before.get(body).equals(Files.readString(body))) changed++;
        assertTrue(changed > bodies.size() / 2, "most posts have translated text: " + changed + " of " + bodies.size());
        long sample = changedTarget(before, bodies, sourceToTarget); // a post the second push must update
        String sampleType = typeOf(site, sample);
        int revisionsBefore = revisions(site, sampleType, sample);
        Cli.Run second = ok(push(site, ko, auth));
        assertSummary(second, 0, changed, bodies.size() - changed, bodies.size());
        assertEquals(sourceToTarget, record(ko), "the same Korean posts");
        assertTrue(revisions(site, sampleType, sample) > revisionsBefore, "a new revision of Korean post " + sample);

        // nothing changed: nothing written
        Cli.Run third = ok(push(site, ko, auth));
        assertSummary(third, 0, 0, bodies.size(), bodies.size());
    }

    /** The content with the ids of its query blocks' term lists and its patterns' and menus' refs as {@code 0}. */
    private static String withoutIds(String content) {
        Matcher lists = TAX_QUERY.matcher(content);
        StringBuilder out = new StringBuilder();
        while (lists.find()) lists.appendReplacement(out, Matcher.quoteReplacement(lists.group(1).replaceAll("[0-9]+", "0")));
        return REF.matcher(lists.appendTail(out).toString()).replaceAll("$10");
    }

    /** With --create-terms: a query block's term the Korean site lacks would stop its post (whatever other tests left). */
    private static Cli.Run push(TestWordPress.Site site, Path ko, Path auth) {
        return Cli.run("push", ko.toString(), "--site", site.koUrl().toString(), "--auth-file", auth.toString(),
                "--create-terms");
    }

    private static Cli.Run ok(Cli.Run run) {
        assertEquals(0, run.exitCode(), run.out() + run.err());
        return run;
    }

    private static void assertSummary(Cli.Run run, int created, int updated, int unchanged, int of) {
        Matcher m = PUSH_SUMMARY.matcher(run.out());
        if (!m.find()) fail("no push summary in: " + run.out() + run.err());
        assertEquals(created, Integer.parseInt(m.group(1)), "created: " + m.group());
        if (updated >= 0) assertEquals(updated, Integer.parseInt(m.group(2)), "updated: " + m.group());
        if (unchanged >= 0) assertEquals(unchanged, Integer.parseInt(m.group(3)), "unchanged: " + m.group());
        assertEquals(0, Integer.parseInt(m.group(4)), "failed: " + m.group() + "\n" + run.err());
        assertEquals(of, Integer.parseInt(m.group(5)), m.group());
    }

    /** Source post id → target post id, from push's record. */
    private static Map<Long, String> record(Path ko) throws Exception {
        Map<Long, String> ids = new HashMap<>();
        for (JsonNode entry : JSON.readTree(ko.resolve(PushRecord.FILE_NAME).toFile()).path("posts")) {
            ids.put(entry.path("source_id").asLong(), entry.path("target_id").asText());
        }
        return ids;
    }

    /** The Korean post id of the first post whose merged body changed. */
    private static long changedTarget(Map<Path, String> before, List<Path> bodies, Map<Long, String> ids) throws Exception {
        for (Path body : bodies) {
            if (before.get(body).equals(Files.readString(body))) continue;
            return Long.parseLong(ids.get(JSON.readTree(sibling(body).toFile()).path("translation_of").asLong()));
        }
        throw new AssertionError("no merged body changed");
    }

    private static Path sibling(Path postBody) {
        String name = postBody.getFileName().toString();
        return postBody.resolveSibling(name.substring(0, name.length() - ".post.json".length()) + ".json");
    }

    private static int total(TestWordPress.Site site, String route) {
        HttpResponse<byte[]> response = site.send("GET", site.rest(route + "?per_page=1"), null);
        assertEquals(200, response.statusCode(), response.uri() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return Integer.parseInt(response.headers().firstValue("X-WP-Total").orElseThrow());
    }

    /**
     * Slugs of every post and page on the Korean site, any status; ordered by id, because posts pushed in the same
     * second share a date, and pages ordered by date may then skip or repeat them (as pull orders too).
     */
    private static Set<String> koreanSlugs(TestWordPress.Site site) throws Exception {
        Set<String> slugs = new HashSet<>();
        for (String route : List.of("/wp/v2/posts", "/wp/v2/pages")) {
            for (int page = 1; ; page++) {
                HttpResponse<byte[]> response = site.send("GET", site.koRest(route
                        + "?context=edit&status=publish,future,draft,pending,private&orderby=id&order=asc&per_page=100&_fields=slug&page=" + page), null);
                assertEquals(200, response.statusCode(), response.uri() + ": " + new String(response.body(), StandardCharsets.UTF_8));
                for (JsonNode post : JSON.readTree(response.body())) slugs.add(post.path("slug").asText());
                if (page >= Integer.parseInt(response.headers().firstValue("X-WP-TotalPages").orElse("1"))) break;
            }
        }
        return slugs;
    }

    private static String typeOf(TestWordPress.Site site, long id) {
        HttpResponse<byte[]> post = site.send("GET", site.koRest("/wp/v2/posts/" + id + "?context=edit&_fields=id"), null);
        return post.statusCode() == 200 ? "post" : "page";
    }

    private static int revisions(TestWordPress.Site site, String type, long id) throws Exception {
        JsonNode list = get(site, site.koRest("/wp/v2/" + type + "s/" + id + "/revisions?per_page=100&_fields=id"));
        return list.size();
    }

    private static JsonNode get(TestWordPress.Site site, URI uri) throws Exception {
        HttpResponse<byte[]> response = site.send("GET", uri, null);
        assertEquals(200, response.statusCode(), "GET " + uri + ": " + new String(response.body(), StandardCharsets.UTF_8));
        return JSON.readTree(response.body());
    }

    private static List<Path> files(Path dir, String suffix) throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith("."))
                    .filter(p -> !suffix.equals(".json") || !p.getFileName().toString().endsWith(".post.json"))
                    .sorted().forEach(found::add);
        }
        return found;
    }
}
