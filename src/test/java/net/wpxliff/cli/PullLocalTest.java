package net.wpxliff.cli;

import com.sun.net.httpserver.HttpExchange;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.FakeWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code wpxliff pull} against a local stand-in site, for what the real one cannot do: HTML, dying mid-pull. */
class PullLocalTest {
    @TempDir
    Path dir;

    private static String post(long id, String type, String slug) {
        return "{\"id\":" + id + ",\"type\":\"" + type + "\",\"slug\":\"" + slug + "\",\"modified_gmt\":\"2024-02-06T23:47:46\","
                + "\"link\":\"http:\\/\\/example.org\\/" + slug + "\\/\",\"title\":{\"rendered\":\"Post " + id + "\"},"
                + "\"content\":{\"rendered\":\"<p>Text of post " + id + " \\u2014 \\u00e9t\\u00e9.<\\/p>\\n\",\"protected\":false},"
                + "\"excerpt\":{\"rendered\":\"<p>Own excerpt " + id + ".<\\/p>\\n\",\"protected\":false}}";
    }

    private static void sendPage(HttpExchange ex, String body, int total, int pages) throws IOException {
        ex.getResponseHeaders().add("X-WP-Total", Integer.toString(total));
        ex.getResponseHeaders().add("X-WP-TotalPages", Integer.toString(pages));
        FakeWordPress.send(ex, 200, "application/json; charset=UTF-8", body);
    }

    private boolean empty(Path folder) throws IOException {
        if (!Files.exists(folder)) return true;
        try (Stream<Path> list = Files.list(folder)) {
            return list.findAny().isEmpty();
        }
    }

    @Test
    void aSiteThatIsNotWordPressFailsNamingTheUrl() throws IOException {
        try (FakeWordPress site = new FakeWordPress().notWordPress()) {
            Path out = dir.resolve("in");
            Cli.Run run = Cli.run("pull", site.url() + "/", "-o", out.toString());
            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("error: " + site.url() + "/: not a WordPress REST root"), run.err());
            assertTrue(empty(out));
        }
    }

    @Test
    void aWrongAddressFailsNamingIt() throws IOException {
        FakeWordPress gone = new FakeWordPress();
        String url = gone.url();
        gone.close();
        Cli.Run run = Cli.run("pull", url, "-o", dir.resolve("in").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(url) && run.err().contains("cannot connect"), run.err());
        assertTrue(empty(dir.resolve("in")));
    }

    /** Page 1 comes, then the server dies while sending page 2: exit 1 naming that URL, and no file at all. */
    @Test
    void aServerThatStopsMidPullLeavesNoFiles() throws IOException {
        StringBuilder first = new StringBuilder("[");
        for (int i = 1; i <= 100; i++) first.append(i > 1 ? "," : "").append(post(i, "post", "post-" + i));
        first.append(']');
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                if (q.get("page").equals("1")) {
                    sendPage(ex, first.toString(), 150, 2);
                    return;
                }
                ex.getResponseHeaders().add("Content-Type", "application/json");
                ex.sendResponseHeaders(200, 100_000);
                OutputStream body = ex.getResponseBody();
                body.write("[{\"id\":101,".getBytes(StandardCharsets.UTF_8));
                body.flush();
                site.stopNow();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("server stopped");
            });
            Path out = dir.resolve("in");
            Cli.Run run = Cli.run("pull", site.url(), "-o", out.toString(), "--type", "posts");
            assertEquals(1, run.exitCode(), run.out());
            assertTrue(run.err().startsWith("error: GET " + site.url() + "/wp-json/wp/v2/posts?") && run.err().contains("page=2"), run.err());
            assertTrue(empty(out), "no partial files");
        }
    }

    /**
     * Each post's exact bytes (the array pretty-printed, non-ASCII escaped as WordPress does), named by its decoded
     * slug; a page with a post's slug gets its own name; a file holding something else is never overwritten.
     */
    @Test
    void oneFilePerPostWithItsExactBytes() throws IOException {
        String a = post(5, "post", "about"), b = post(6, "post", "%ed%95%9c%ea%b8%80"), c = post(7, "page", "about");
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> sendPage(ex, "[\n  " + a + ",\n  " + b + "\n]\n", 2, 1));
            site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[" + c + "]", 1, 1));
            Path out = dir.resolve("in");
            Files.createDirectories(out);
            Files.writeString(out.resolve("about-page.json"), "{\"mine\": true}");
            Cli.Run run = Cli.run("pull", site.url(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertArrayEquals(a.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("about.json")));
            assertArrayEquals(b.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("한글.json")));
            assertArrayEquals(c.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("about-page-2.json")));
            assertEquals("{\"mine\": true}", Files.readString(out.resolve("about-page.json")));
            assertTrue(run.out().contains("pulled 3 posts (posts 2, pages 1)") && run.out().contains("3 new, 0 changed, 0 unchanged"), run.out());
            assertEquals(1, run.out().split("public form of the posts", -1).length - 1, run.out());
            // again: nothing changed, nothing written
            Cli.Run again = Cli.run("pull", site.url(), "-o", out.toString());
            assertTrue(again.out().contains("0 new, 0 changed, 3 unchanged"), again.out());
            // and export reads the folder as it is
            Cli.Run export = Cli.run("export", out.resolve("about.json").toString(), out.resolve("한글.json").toString(),
                    out.resolve("about-page-2.json").toString(), "-o", dir.resolve("xliff").toString());
            assertEquals(0, export.exitCode(), export.err());
            assertTrue(Files.exists(dir.resolve("xliff/한글.ko.xlf")), export.out());
            assertFalse(run.err().contains("warning"), run.err());
        }
    }

    /**
     * A cache that drops the query string serves page 1 for every page: with X-WP-TotalPages huge, or without it and a
     * full page each time, pull looped for ever. It stops at the first page that brings nothing new and says why.
     */
    @Test
    void aSiteThatIgnoresThePageParameterStopsThePull() throws IOException {
        StringBuilder full = new StringBuilder("[");
        for (int i = 1; i <= 100; i++) full.append(i > 1 ? "," : "").append(post(i, "post", "post-" + i));
        full.append(']');
        for (boolean headers : new boolean[]{true, false}) {
            try (FakeWordPress site = new FakeWordPress()) {
                site.route("/wp/v2/posts", (ex, q) -> {
                    String included = includedOrNull(q);
                    if (included != null) FakeWordPress.send(ex, 200, "application/json", included);
                    else if (headers) sendPage(ex, full.toString(), 99_999_999, 999_999);
                    else FakeWordPress.send(ex, 200, "application/json", full.toString());
                });
                site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
                Path out = dir.resolve("in-" + headers);
                Cli.Run run = Cli.run("pull", site.url(), "-o", out.toString());
                assertEquals(0, run.exitCode(), run.err());
                // with a page count, pages 2 to 5 were asked for at once (--connections 4); without, page 2 alone;
                // then the 100 posts whole by id
                assertEquals((headers ? 5 : 2) + 1, site.requests("/wp/v2/posts"));
                assertTrue(run.err().contains("warning: /wp/v2/posts: page 2 gave only posts the pages before it gave")
                        && run.err().contains("ignores the page parameter, so pull stopped there with 100 posts"), run.err());
                assertFalse(run.err().contains("X-WP-Total"), run.err());
                assertTrue(run.out().contains("pulled 100 posts"), run.out());
            }
        }
    }

    /** Answers a request by id ({@code include=}) with the posts {@code whole} makes, noting the ids asked for. */
    private static void sendIncluded(HttpExchange ex, Map<String, String> q, List<String> includes,
                                     java.util.function.LongFunction<String> whole) throws IOException {
        includes.add(q.get("include"));
        StringBuilder body = new StringBuilder("[");
        for (String id : q.get("include").split(",")) {
            body.append(body.length() > 1 ? "," : "").append(whole.apply(Long.parseLong(id)));
        }
        FakeWordPress.send(ex, 200, "application/json", body.append(']').toString());
    }

    /** What WordPress answers to {@code include=} (the posts with those ids) or, else, to {@code page=}; null for neither. */
    private static String includedOrNull(Map<String, String> q) {
        if (!q.containsKey("include")) return null;
        StringBuilder body = new StringBuilder("[");
        for (String id : q.get("include").split(",")) {
            body.append(body.length() > 1 ? "," : "").append(post(Long.parseLong(id), "post", "post-" + id));
        }
        return body.append(']').toString();
    }

    /** A listing's entry ({@code _fields=id,type,slug,modified_gmt}) as WordPress gives it. */
    private static String listed(long id, String modified) {
        return "{\"id\":" + id + ",\"type\":\"post\",\"slug\":\"post-" + id + "\",\"modified_gmt\":\"" + modified + "\"}";
    }

    private static String page(int number, int size) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            int id = (number - 1) * 100 + i + 1;
            body.append(i > 0 ? "," : "").append(post(id, "post", "post-" + id));
        }
        return body.append(']').toString();
    }

    /** Nine pages, each answered after 150 ms: four asked for at once after the first, the same files as one by one. */
    @Test
    void pagesAreAskedForAFewAtATimeAndTakenInOrder() throws IOException {
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inFlight.decrementAndGet();
                String included = includedOrNull(q);
                if (included != null) {
                    FakeWordPress.send(ex, 200, "application/json", included);
                    return;
                }
                int number = Integer.parseInt(q.get("page"));
                sendPage(ex, page(number, number < 9 ? 100 : 50), 850, 9);
            });
            site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
            Path together = dir.resolve("together");
            Cli.Run run = Cli.run("pull", site.url(), "-o", together.toString());
            assertEquals(0, run.exitCode(), run.err());
            // 9 pages of the list, then the 850 posts whole by id, 100 a request
            assertEquals(9 + 9, site.requests("/wp/v2/posts"));
            assertEquals(4, most.get(), "pages asked for at once");
            assertTrue(run.out().contains("pulled 850 posts (posts 850, pages 0)"), run.out());
            assertFalse(run.err().contains("warning"), run.err());

            most.set(0);
            Path oneByOne = dir.resolve("one-by-one");
            Cli.Run sequential = Cli.run("pull", site.url(), "-o", oneByOne.toString(), "--connections", "1");
            assertEquals(0, sequential.exitCode(), sequential.err());
            assertEquals(1, most.get());
            try (Stream<Path> files = Files.list(oneByOne)) {
                List<Path> names = files.map(Path::getFileName).sorted().toList();
                assertEquals(850, names.size());
                for (Path name : names) {
                    assertArrayEquals(Files.readAllBytes(oneByOne.resolve(name)), Files.readAllBytes(together.resolve(name)), name.toString());
                }
            }
        }
    }

    /**
     * Posts deleted during a pull: page 1 said five pages, page 3 says three, and pages 4 and 5 are refused as past the
     * last (as WordPress does). One after another, pull would never have asked for them: their refusal does not count.
     * A page that fails before the last does: nothing is written.
     */
    @Test
    void aPageAskedForInTheSameWaveCountsOnlyIfThePullNeededIt() throws IOException {
        for (boolean failBeforeTheEnd : new boolean[]{false, true}) {
            try (FakeWordPress site = new FakeWordPress()) {
                site.route("/wp/v2/posts", (ex, q) -> {
                    String included = includedOrNull(q);
                    if (included != null) {
                        FakeWordPress.send(ex, 200, "application/json", included);
                        return;
                    }
                    int number = Integer.parseInt(q.get("page"));
                    if (failBeforeTheEnd && number == 2) {
                        FakeWordPress.sendError(ex, 403, "rest_forbidden", "Sorry, you are not allowed to do that.");
                    } else if (number <= 3) {
                        sendPage(ex, page(number, 100), number == 1 ? 500 : 300, number == 1 ? 5 : 3);
                    } else {
                        FakeWordPress.sendError(ex, 400, "rest_post_invalid_page_number",
                                "The page number requested is larger than the number of pages available.");
                    }
                });
                site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
                Path out = dir.resolve("shrunk-" + failBeforeTheEnd);
                Cli.Run run = Cli.run("pull", site.url(), "-o", out.toString());
                if (failBeforeTheEnd) {
                    assertEquals(1, run.exitCode(), run.out());
                    assertTrue(run.err().contains("page=2") && run.err().contains("403"), run.err());
                    assertTrue(empty(out));
                } else {
                    assertEquals(0, run.exitCode(), run.err());
                    assertTrue(run.out().contains("pulled 300 posts"), run.out());
                    assertEquals(5 + 3, site.requests("/wp/v2/posts"), "five pages of the list, three of posts by id");
                }
            }
        }
    }

    /**
     * Pull lists the posts first ({@code _fields=id,type,slug,modified_gmt}: WordPress renders no content for it) and
     * asks whole only for the posts the folder does not hold as they are now: pulling an unchanged site again costs the
     * list alone, and one edited post costs one request more.
     */
    @Test
    void pullingAgainFetchesWholeOnlyWhatChanged() throws IOException {
        Map<Long, String> modified = new java.util.concurrent.ConcurrentHashMap<>();
        for (long id = 1; id <= 150; id++) modified.put(id, "2024-02-06T23:47:46");
        List<String> includes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                if (q.containsKey("include")) {
                    sendIncluded(ex, q, includes, id -> post(id, "post", "post-" + id)
                            .replace("2024-02-06T23:47:46", modified.get(id)));
                    return;
                }
                assertEquals("id,type,slug,modified_gmt", q.get("_fields"));
                int number = Integer.parseInt(q.get("page"));
                List<Long> ids = modified.keySet().stream().sorted().toList();
                StringBuilder body = new StringBuilder("[");
                for (long id : ids.subList((number - 1) * 100, Math.min(ids.size(), number * 100))) {
                    body.append(body.length() > 1 ? "," : "").append(listed(id, modified.get(id)));
                }
                sendPage(ex, body.append(']').toString(), ids.size(), (ids.size() + 99) / 100);
            });
            site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
            Path out = dir.resolve("in");
            Cli.Run first = Cli.run("pull", site.url(), "-o", out.toString());
            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.out().contains("150 new, 0 changed, 0 unchanged"), first.out());
            assertEquals(2, includes.size(), "150 posts whole: two requests by id");
            assertArrayEquals(post(7, "post", "post-7").getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("post-7.json")));

            includes.clear();
            Cli.Run again = Cli.run("pull", site.url(), "-o", out.toString());
            assertTrue(again.out().contains("pulled 150 posts") && again.out().contains("0 new, 0 changed, 150 unchanged"), again.out());
            assertEquals(List.of(), includes, "nothing asked for whole");

            modified.put(42L, "2024-03-01T10:00:00");
            Cli.Run edited = Cli.run("pull", site.url(), "-o", out.toString());
            assertTrue(edited.out().contains("0 new, 1 changed, 149 unchanged"), edited.out());
            assertEquals(List.of("42"), includes);
            assertTrue(Files.readString(out.resolve("post-42.json")).contains("2024-03-01T10:00:00"));
            assertEquals(3 * 2 + 2 + 1, site.requests("/wp/v2/posts"), "2 list pages each time, plus 2 and 1 by id");
            assertFalse(edited.err().contains("no longer lists"), edited.err());

            // post 150 deleted on the site: its file stays (pull never deletes) and is named; a file that is no post,
            // and a post of a type not pulled, are not
            modified.remove(150L);
            Files.writeString(out.resolve("notes.json"), "{\"mine\": true}");
            Files.writeString(out.resolve("block.json"), "{\"id\":9001,\"type\":\"wp_block\"}");
            Cli.Run deleted = Cli.run("pull", site.url(), "-o", out.toString());
            assertEquals(0, deleted.exitCode(), deleted.err());
            assertTrue(deleted.err().contains("warning: 1 file(s) in " + out + " hold a post the site no longer lists"
                    + " (deleted, unpublished, or now of another type): " + out.resolve("post-150.json") + "; move them"), deleted.err());
            assertTrue(Files.exists(out.resolve("post-150.json")));
            // a filtered pull lists only part of the site: no such warning
            Cli.Run filtered = Cli.run("pull", site.url(), "-o", out.toString(), "--id", "7");
            assertFalse(filtered.err().contains("no longer lists"), filtered.err());
        }
    }

    /**
     * A first pull asks for every post whole and names all files before writing any: the posts wait on disk, not in
     * memory. 1,000 posts of 48 KB (48 MB) pull in a JVM with a 40 MB heap, file for file exact, and no temporary file
     * is left (a pull that held them all in memory ran out of heap there). What is in memory at once is one wave of
     * answers: {@code --connections} times 100 posts.
     */
    @Test
    void aFirstPullOfABigSiteKeepsItsPostsOnDiskNotInMemory() throws Exception {
        int count = 1000;
        String filler = "Rivers carry sand to the sea and deltas grow. ".repeat(1024); // 47 KB of content a post
        java.util.function.LongFunction<String> whole = id -> post(id, "post", "post-" + id)
                .replace("<p>Text of post " + id, "<p>" + filler + " " + id);
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                if (q.containsKey("include")) {
                    sendIncluded(ex, q, new java.util.ArrayList<>(), whole);
                    return;
                }
                int number = Integer.parseInt(q.get("page"));
                StringBuilder body = new StringBuilder("[");
                for (long id = (number - 1) * 100L + 1; id <= Math.min(count, number * 100L); id++) {
                    body.append(body.length() > 1 ? "," : "").append(listed(id, "2024-02-06T23:47:46"));
                }
                sendPage(ex, body.append(']').toString(), count, (count + 99) / 100);
            });
            site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
            Path out = dir.resolve("in");
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx40m",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "pull", site.url(), "-o", out.toString(),
                    "--connections", "1"); // in memory at once: one answer of 100 posts (4.8 MB), whatever the site's size
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, process.exitValue(), printed);
            assertTrue(printed.contains(count + " new, 0 changed, 0 unchanged"), printed);
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(count, files.count(), "one file per post, no temporary file left");
            }
            for (long id : new long[]{1, 500, count}) {
                assertArrayEquals(whole.apply(id).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("post-" + id + ".json")));
            }
        }
    }

    /**
     * A site that ignores include and _fields (a plugin or a cache rewriting queries; WordPress before 4.9.8 for
     * _fields) answers every request by page: the list is then whole posts, and the posts asked for by id come from
     * paging through the site again. Nothing is left out.
     */
    @Test
    void aSiteThatIgnoresIncludeIsPagedThroughInstead() throws IOException {
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                int number = Integer.parseInt(q.getOrDefault("page", "1"));
                sendPage(ex, page(number, number == 1 ? 100 : 50), 150, 2);
            });
            site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
            Path out = dir.resolve("in");
            Cli.Run run = Cli.run("pull", site.url(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("150 new, 0 changed, 0 unchanged"), run.out());
            assertFalse(run.err().contains("warning"), run.err());
            assertArrayEquals(post(150, "post", "post-150").getBytes(StandardCharsets.UTF_8),
                    Files.readAllBytes(out.resolve("post-150.json")));
            // the list (2 pages), the first batch by id (answered with page 1: all asked for), the second (page 1
            // again: not asked for), then the site paged through whole (2)
            assertEquals(2 + 2 + 2, site.requests("/wp/v2/posts"));
        }
    }

    /**
     * A post renamed between the list and the fetch takes the name of a post the folder holds as it is: that post then
     * plans to a new name, so it is fetched whole too. No listing entry is ever written.
     */
    @Test
    void aSlugChangedDuringThePullNeverWritesAListingEntry() throws IOException {
        List<String> includes = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        try (FakeWordPress site = new FakeWordPress()) {
            site.route("/wp/v2/posts", (ex, q) -> {
                if (q.containsKey("include")) {
                    sendIncluded(ex, q, includes, id -> post(id, "post", "beta"));
                    return;
                }
                sendPage(ex, "[" + listed(1, "2024-02-06T23:47:46").replace("post-1", "new-one") + ","
                        + listed(2, "2024-02-06T23:47:46").replace("post-2", "beta") + "]", 2, 1);
            });
            site.route("/wp/v2/pages", (ex, q) -> sendPage(ex, "[]", 0, 0));
            Path out = Files.createDirectories(dir.resolve("in"));
            Files.writeString(out.resolve("beta.json"), post(2, "post", "beta"));
            Cli.Run run = Cli.run("pull", site.url(), "-o", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(List.of("1", "2"), includes, "post 1 whole, then post 2, moved off its name by post 1");
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.toList()) {
                    assertTrue(Files.readString(file).contains("\"content\""), file + " is a whole post");
                }
            }
        }
    }

    @Test
    void draftsNeedCredentials() {
        Cli.Run run = Cli.run("pull", "http://127.0.0.1:1/", "-o", dir.resolve("in").toString(), "--status", "draft");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--status draft needs credentials") && run.err().contains("WPXLIFF_USER"), run.err());
        Cli.Run own = Cli.run("pull", "http://127.0.0.1:1/", "--param", "per_page=5");
        assertEquals(2, own.exitCode(), own.err());
    }

    @Test
    void theSiteSettingsMenusAndTemplatePartsNeedCredentials() {
        Cli.Run run = Cli.run("pull", "http://127.0.0.1:1/", "-o", dir.resolve("in").toString(), "--type", "posts,settings");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--type settings needs credentials: WordPress gives its settings (the site title"
                + " and tagline) to administrators only"), run.err());
        assertFalse(Files.exists(dir.resolve("in")));
        Cli.Run menus = Cli.run("pull", "http://127.0.0.1:1/", "-o", dir.resolve("in").toString(), "--type", "menus");
        assertEquals(1, menus.exitCode());
        assertTrue(menus.err().contains("--type menus needs credentials"), menus.err());
        Cli.Run parts = Cli.run("pull", "http://127.0.0.1:1/", "-o", dir.resolve("in").toString(), "--type", "template-parts");
        assertEquals(1, parts.exitCode());
        assertTrue(parts.err().contains("--type template-parts needs credentials"), parts.err());
        Cli.Run templates = Cli.run("pull", "http://127.0.0.1:1/", "-o", dir.resolve("in").toString(), "--type", "templates");
        assertEquals(1, templates.exitCode());
        assertTrue(templates.err().contains("--type templates needs credentials"), templates.err());
    }
}
