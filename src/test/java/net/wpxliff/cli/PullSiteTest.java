package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.WpSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code wpxliff pull} against the real test WordPress (read only): the English site is pulled once with the
 * admin's Application Password, and the other tests look at that folder or make small filtered pulls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PullSiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private TestWordPress.Site site;
    private Path auth;
    private Path pulled;
    private Cli.Run firstPull;

    @BeforeAll
    void pullEverything() throws IOException {
        site = TestWordPress.available();
        if (site == null) return; // each test says so
        auth = site.writeAuthFile(dir);
        pulled = dir.resolve("in");
        firstPull = Cli.run("pull", site.base(), "-o", pulled.toString(), "--auth-file", auth.toString());
        assertEquals(0, firstPull.exitCode(), firstPull.err());
    }

    @BeforeEach
    void requireSite() {
        TestWordPress.site("pull against the test WordPress");
    }

    private Map<String, JsonNode> files(Path folder) throws IOException {
        Map<String, JsonNode> posts = new HashMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.sorted().collect(Collectors.toList())) {
                posts.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            }
        }
        return posts;
    }

    /** Every published post and page, counted against X-WP-Total: 118 posts, so two result pages. */
    @Test
    void pullGetsEveryPublishedPostAndPage() throws Exception {
        WpSite wp = WpSite.connect(site.base(), null);
        int posts = wp.get("/wp/v2/posts", Map.of("per_page", "1")).intHeader("X-WP-Total", -1);
        int pages = wp.get("/wp/v2/pages", Map.of("per_page", "1")).intHeader("X-WP-Total", -1);
        assertEquals(118, posts, "the test site has the theme test data's 118 published posts");
        assertEquals(2, wp.get("/wp/v2/posts", Map.of("per_page", "100")).intHeader("X-WP-TotalPages", -1));
        Map<String, JsonNode> files = files(pulled);
        assertEquals(posts, files.values().stream().filter(p -> p.path("type").asText().equals("post")).count());
        assertEquals(pages, files.values().stream().filter(p -> p.path("type").asText().equals("page")).count());
        assertEquals(posts + pages, files.size(), "one file per post, nothing else: " + files.keySet());
        assertEquals(posts + pages, files.values().stream().map(p -> p.path("type").asText() + p.path("id").asText()).distinct().count());
        assertTrue(firstPull.out().contains("pulled " + (posts + pages) + " posts (posts " + posts + ", pages " + pages + ")")
                && firstPull.out().contains((posts + pages) + " new, 0 changed, 0 unchanged"), firstPull.out());
        assertFalse(firstPull.out().contains("public form"), firstPull.out());
        assertFalse(firstPull.out().contains(site.appPassword()) || firstPull.err().contains(site.appPassword()));
    }

    /** With credentials: context=edit, so every file has the raw fields; named by slug (decoded), published. */
    @Test
    void credentialsGiveRawFields() throws IOException {
        for (Map.Entry<String, JsonNode> file : files(pulled).entrySet()) {
            JsonNode post = file.getValue();
            assertTrue(post.path("content").path("raw").isTextual(), file.getKey() + " has content.raw");
            assertTrue(post.path("title").path("raw").isTextual(), file.getKey() + " has title.raw");
            assertEquals("publish", post.path("status").asText(), file.getKey());
            String slug = java.net.URLDecoder.decode(post.path("slug").asText(), StandardCharsets.UTF_8);
            assertTrue(file.getKey().equals(slug + ".json") || file.getKey().equals(slug + "-" + post.path("type").asText() + ".json"),
                    file.getKey() + " is named after its slug " + slug);
        }
        assertTrue(Files.exists(pulled.resolve("επίπεδο-2.json")), "a percent-encoded slug gives its letters");
    }

    /**
     * A second pull rewrites nothing unchanged (the files keep their modification times); a file whose
     * modified_gmt differs is changed and gets the served post back.
     */
    @Test
    void secondPullLeavesUnchangedFilesAlone() throws IOException {
        Path copy = dir.resolve("again");
        Files.createDirectories(copy);
        Map<Path, FileTime> times = new HashMap<>();
        try (Stream<Path> list = Files.list(pulled)) {
            for (Path file : list.collect(Collectors.toList())) {
                Path target = copy.resolve(file.getFileName());
                Files.copy(file, target);
                Files.setLastModifiedTime(target, FileTime.fromMillis(1_000_000_000_000L));
                times.put(target, Files.getLastModifiedTime(target));
            }
        }
        Path edited = copy.resolve("author-biography.json");
        String served = Files.readString(edited, StandardCharsets.UTF_8);
        String old = served.replaceFirst("\"modified_gmt\":\"[^\"]*\"", "\"modified_gmt\":\"2001-01-01T00:00:00\"");
        assertFalse(old.equals(served));
        Files.writeString(edited, old, StandardCharsets.UTF_8);
        times.put(edited, Files.getLastModifiedTime(edited));

        Cli.Run again = Cli.run("pull", site.base(), "-o", copy.toString(), "--auth-file", auth.toString());
        assertEquals(0, again.exitCode(), again.err());
        int total = times.size();
        assertTrue(again.out().contains("0 new, 1 changed, " + (total - 1) + " unchanged"), again.out());
        for (Map.Entry<Path, FileTime> file : times.entrySet()) {
            if (file.getKey().equals(edited)) continue;
            assertEquals(file.getValue(), Files.getLastModifiedTime(file.getKey()), file.getKey() + " was not rewritten");
        }
        JsonNode back = JSON.readTree(edited.toFile());
        assertEquals(JSON.readTree(served).path("modified_gmt"), back.path("modified_gmt"));
        try (Stream<Path> list = Files.list(copy)) {
            assertEquals(total, list.count(), "no temporary or extra file left");
        }
    }

    /** Without credentials: the public form (no raw fields), said once; --id and --type filter; an id not found is said. */
    @Test
    void publicPullByIdAndType() throws IOException {
        JsonNode author = JSON.readTree(pulled.resolve("author-biography.json").toFile());
        long id = author.path("id").asLong();
        Path out = dir.resolve("public");
        Cli.Run run = Cli.run("pull", site.base(), "-o", out.toString(), "--type", "posts", "--id", id + ",999999");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: --id 999999: not found among posts"), run.err());
        assertEquals(1, run.out().split("public form of the posts", -1).length - 1, "said once: " + run.out());
        Map<String, JsonNode> files = files(out);
        assertEquals(List.of("author-biography.json"), List.copyOf(files.keySet()));
        JsonNode post = files.get("author-biography.json");
        assertTrue(post.path("content").path("rendered").isTextual());
        assertTrue(post.path("content").path("raw").isMissingNode(), "public JSON has no raw fields");
        assertEquals(id, post.path("id").asLong());
    }

    /**
     * A mistyped address under the site (WordPress answers any path with the main site's REST API) is refused naming the
     * site that answered, and nothing is pulled (QA: the English site was pulled without a word, as a "Korean site").
     */
    @Test
    void anAddressThatIsNotTheSitesOwnIsRefused() {
        String mistyped = site.base().replaceAll("/*$", "") + "/nonexistent/";
        Path out = dir.resolve("mistyped");
        Cli.Run run = Cli.run("pull", mistyped, "-o", out.toString(), "--type", "posts", "--id", "1");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("error: " + mistyped + " is not a WordPress site's address: the REST API found there"
                + " belongs to the site at "), run.err());
        assertTrue(run.err().contains("Give the address of the site to pull from"), run.err());
        assertFalse(Files.exists(out), "nothing pulled");
    }

    /** --slug and --type pages: only the page asked for. */
    @Test
    void pullBySlugAndType() throws IOException {
        String slug = files(pulled).values().stream().filter(p -> p.path("type").asText().equals("page"))
                .map(p -> p.path("slug").asText()).filter(s -> !s.contains("%")).sorted().findFirst().orElseThrow();
        Path out = dir.resolve("slug");
        Cli.Run run = Cli.run("pull", site.base(), "-o", out.toString(), "--type", "pages", "--slug", slug,
                "--auth-file", auth.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, JsonNode> files = files(out);
        assertEquals(1, files.size(), files.keySet().toString());
        JsonNode page = files.values().iterator().next();
        assertEquals("page", page.path("type").asText());
        assertEquals(slug, page.path("slug").asText());
        assertTrue(run.out().contains("pulled 1 post (pages 1)"), run.out());
    }

    /** --param passes any query parameter through (here WordPress's search); --modified-after narrows by date. */
    @Test
    void paramAndModifiedAfterFilter() throws IOException {
        Path searched = dir.resolve("searched");
        Cli.Run run = Cli.run("pull", site.base(), "-o", searched.toString(), "--type", "posts", "--param", "search=biography");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("author-biography.json", "theme-block-category.json"), files(searched).keySet().stream().sorted().toList());
        Path recent = dir.resolve("recent");
        run = Cli.run("pull", site.base(), "-o", recent.toString(), "--type", "posts", "--param", "search=biography",
                "--modified-after", "2024-02-06T23:47:00");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("author-biography.json"), List.copyOf(files(recent).keySet()));
        run = Cli.run("pull", site.base(), "-o", dir.resolve("none").toString(), "--modified-after", "2100-01-01");
        assertTrue(run.out().contains("pulled 0 posts (posts 0, pages 0)"), run.out());
    }

    /** A password the site refuses: exit 1, the URL and the fix named, no file, and the password never shown. */
    @Test
    void badCredentialsFailNamingTheUrlAndTheFix() throws Exception {
        Path bad = TestWordPress.authFile(dir.resolve("bad.auth"), site.user(), "abcd efgh ijkl mnop qrst uvwx");
        Path out = dir.resolve("refused");
        Cli.Run run = Cli.run("pull", site.base(), "-o", out.toString(), "--auth-file", bad.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains(site.base() + "/wp-json/") && run.err().contains("HTTP 401")
                && run.err().contains("Application Password") && run.err().contains("WP_ENVIRONMENT_TYPE"), run.err());
        assertFalse(run.err().contains("abcd efgh"), "the password is never shown");
        assertFalse(Files.exists(out), "nothing written");
        assertEquals("Credentials[user=" + site.user() + "]", Credentials.resolve(bad).toString());
    }

    /** The pulled folder is export's input as it is: every file exports. */
    @Test
    void exportReadsThePulledFolder() throws IOException {
        Path xliff = dir.resolve("xliff");
        Cli.Run run = Cli.run("export", pulled.toString(), "-o", xliff.toString());
        assertEquals(0, run.exitCode(), run.err());
        long files;
        try (Stream<Path> list = Files.list(pulled)) {
            files = list.count();
        }
        try (Stream<Path> list = Files.list(xliff)) {
            assertEquals(files, list.filter(p -> p.toString().endsWith(".ko.xlf")).count());
        }
    }
}
