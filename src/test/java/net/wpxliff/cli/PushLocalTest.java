package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.FakeWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * push against a stand-in site that cannot do what the real test site does on demand: refuse routes and term
 * creation. The text is what matters: a term or image that cannot be looked up, made or copied is named with the
 * reason, the posts are pushed without it, and a failing request is not repeated for every post.
 */
class PushLocalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A category made with --create-terms goes under its parent's target when the post is filed under both. */
    @Test
    void aChildCategoryIsMadeUnderItsParent() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        ObjectNode post = (ObjectNode) JSON.readTree(Exports.resource("/terms/deltas.edit.json").toFile());
        // maps-charts (id 5) is a child of river-science (id 2), and comes first
        com.fasterxml.jackson.databind.node.ArrayNode categories =
                (com.fasterxml.jackson.databind.node.ArrayNode) post.path("_embedded").path("wp:term").get(0);
        ObjectNode child = (ObjectNode) categories.get(1).deepCopy();
        ((ObjectNode) child.path("_links")).putArray("up").addObject().put("embeddable", true)
                .put("href", "http://127.0.0.1:8093/wp-json/wp/v2/categories/2");
        categories.insert(0, child);
        categories.remove(2);
        Files.write(in.resolve("deltas.json"), JSON.writeValueAsBytes(post));
        Path auth = merge(in);

        try (FakeWordPress site = new FakeWordPress()) {
            AtomicLong ids = new AtomicLong(100);
            java.util.List<String> made = new java.util.concurrent.CopyOnWriteArrayList<>();
            site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":1}"));
            site.route("/wp/v2/settings", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"default_category\":1}"));
            FakeWordPress.Handler create = (ex, q) -> {
                if (ex.getRequestMethod().equals("POST")) {
                    String body = new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    long id = ids.incrementAndGet();
                    made.add(id + " " + body);
                    FakeWordPress.send(ex, 201, "application/json", "{\"id\":" + id + ",\"link\":\"" + site.url() + "/?p=" + id + "\"}");
                } else {
                    FakeWordPress.send(ex, 200, "application/json", "[]");
                }
            };
            site.route("/wp/v2/posts", create);
            site.route("/wp/v2/categories", create);
            site.route("/wp/v2/tags", create);
            site.route("/wp/v2/taxonomies", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{}"));
            site.route("/wp/v2/media", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[]"));
            Cli.Run run = Cli.run("push", dir.resolve("ko").toString(), "--site", site.url() + "/", "--auth-file",
                    auth.toString(), "--create-terms");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            String madeParent = made.stream().filter(m -> m.contains("\"slug\":\"river-science\"")).findFirst().orElseThrow();
            String madeChild = made.stream().filter(m -> m.contains("\"slug\":\"maps-charts\"")).findFirst().orElseThrow();
            assertTrue(made.indexOf(madeParent) < made.indexOf(madeChild), "the parent first: " + made);
            assertTrue(madeChild.contains("\"parent\":" + madeParent.substring(0, madeParent.indexOf(' '))), madeChild);
            assertTrue(!madeParent.contains("\"parent\""), madeParent);
            assertTrue(made.stream().noneMatch(m -> m.contains("\"slug\":\"deltas\"") && m.contains("parent")), "a tag has no parent");
        }
    }

    /**
     * A post showing a synced pattern that has no translation on the target site, when the source site will not say
     * whether it still has the pattern (it refuses the request): the post is refused, and nothing is sent, since its
     * Korean page could show nothing (or another pattern) in that place.
     */
    @Test
    void aPatternWithoutTranslationThatTheSourceWillNotTellAboutStopsThePost() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            Path in = Files.createDirectories(dir.resolve("in"));
            // the stand-in is the post's own site (guid, link, self) and the target: one origin, as a network's sites
            ObjectNode post = ownPost(site, "<!-- wp:paragraph -->\n<p>Deltas grow.</p>\n<!-- /wp:paragraph -->"
                    + "\n\n<!-- wp:block {\"ref\":999} /-->");
            Files.write(in.resolve("deltas.json"), JSON.writeValueAsBytes(post));
            Path auth = merge(in);
            java.util.List<String> sent = postsTo(site);
            site.route("/wp/v2/types", (ex, q) -> FakeWordPress.send(ex, 200, "application/json",
                    "{\"post\":{\"rest_base\":\"posts\"},\"wp_block\":{\"rest_base\":\"blocks\"}}"));
            site.route("/wp/v2/blocks/999", (ex, q) -> FakeWordPress.sendError(ex, 403, "rest_forbidden", "Sorry, you are not allowed to do that."));
            Cli.Run run = Cli.run("push", dir.resolve("ko").toString(), "--site", site.url() + "/", "--auth-file", auth.toString());
            assertEquals(1, run.exitCode(), run.out() + run.err());
            assertTrue(run.err().contains("deltas-and-rivers.ko.post.json: its content shows the synced pattern 999 of " + site.url()
                    + " (<!-- wp:block {\"ref\":999} -->), which has no translation on " + site.url() + "/wp-json/ yet (the source"
                    + " site did not say whether it has it: "), run.err());
            assertTrue(run.err().contains("rest_forbidden"), run.err());
            assertTrue(run.out().contains("0 created, 0 updated, 0 unchanged, 1 failed (of 1)"), run.out());
            assertEquals(0, sent.size(), "nothing sent");
        }
    }

    /**
     * Both languages on one site (a multilingual plugin, {@code --param lang=ko}): one media library, so a gallery's
     * ids name the same images and stay as they are, without asking for them, and the featured image's texts are
     * never written over from here (the English pages show that same item).
     */
    @Test
    void onOneSiteAGallerysIdsStay() throws Exception {
        try (FakeWordPress site = new FakeWordPress()) {
            Path in = Files.createDirectories(dir.resolve("in"));
            ObjectNode post = ownPost(site, "<!-- wp:paragraph -->\n<p>Deltas grow.</p>\n<!-- /wp:paragraph -->"
                    + "\n\n<!-- wp:shortcode -->\n[gallery ids=\"5,6\"]\n<!-- /wp:shortcode -->");
            ((ObjectNode) post.path("_embedded").path("wp:featuredmedia").get(0)).put("alt_text", "A map of the delta");
            Files.write(in.resolve("deltas.json"), JSON.writeValueAsBytes(post));
            Path auth = merge(in);
            java.util.List<String> sent = postsTo(site);
            // the featured image is there (it is the source's own), its alt text empty: never written from here
            site.route("/wp/v2/media", (ex, q) -> FakeWordPress.send(ex, 200, "application/json",
                    "[{\"id\":3,\"slug\":\"delta-map\",\"alt_text\":\"\",\"caption\":{\"raw\":\"\"}}]"));
            Cli.Run run = Cli.run("push", dir.resolve("ko").toString(), "--site", site.url() + "/", "--auth-file",
                    auth.toString(), "--param", "lang=ko");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertEquals(1, sent.size(), sent.toString());
            assertTrue(JSON.readTree(sent.get(0)).path("content").asText().contains("[gallery ids=\"5,6\"]"), sent.get(0));
            assertTrue(!run.err().contains("image in a gallery"), run.err());
            assertEquals(3, JSON.readTree(sent.get(0)).path("featured_media").asLong(), sent.get(0));
            assertEquals(0, site.requests("/wp/v2/media/3"), "the shared image's texts are left alone");
        }
    }

    /**
     * A post list filtering by a term the source site no longer has (deleted: the English list shows nothing) lists
     * nothing on the Korean site either: the id becomes one no term has, whether or not the target has a term of the
     * source's id now (it has 77; 78 is the id its next term would take).
     */
    @Test
    void aQueryTermTheSourceLacksNamesNoTermOnTheTarget() throws Exception {
        try (FakeWordPress source = new FakeWordPress(); FakeWordPress target = new FakeWordPress()) {
            Path in = Files.createDirectories(dir.resolve("in"));
            ObjectNode post = ownPost(source, "<!-- wp:paragraph -->\n<p>Deltas grow.</p>\n<!-- /wp:paragraph -->\n\n"
                    + "<!-- wp:query {\"query\":{\"taxQuery\":{\"category\":[77,78]}}} -->\n<div class=\"wp-block-query\">"
                    + "</div>\n<!-- /wp:query -->");
            ((ObjectNode) post).remove("_embedded"); // no terms of its own: only the query's
            post.putArray("categories");
            post.putArray("tags");
            Files.write(in.resolve("deltas.json"), JSON.writeValueAsBytes(post));
            Path auth = merge(in);
            source.route("/wp/v2/categories", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[]"));
            java.util.List<String> sent = postsTo(target);
            target.route("/wp/v2/categories/" + Integer.MAX_VALUE, (ex, q) ->
                    FakeWordPress.sendError(ex, 404, "rest_term_invalid", "Term does not exist."));
            Cli.Run run = Cli.run("push", dir.resolve("ko").toString(), "--site", target.url() + "/", "--auth-file", auth.toString());
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertEquals(1, sent.size(), sent.toString());
            assertTrue(JSON.readTree(sent.get(0)).path("content").asText().contains("{\"category\":[" + Integer.MAX_VALUE
                    + "," + Integer.MAX_VALUE + "]}"), sent.get(0));
            for (int id : new int[]{77, 78}) {
                assertTrue(run.out().contains("show the category " + id + " of " + source.url() + " that a post list filters by"
                        + " (written as " + Integer.MAX_VALUE + ", which no term has), which that site does not have either"
                        + " (deleted): left naming nothing"), run.out());
            }
            assertEquals(1, target.requests("/wp/v2/categories/" + Integer.MAX_VALUE), "checked once, not per id");
        }
    }

    /**
     * The stand-in takes the credentials and records each post body sent to {@code /wp/v2/posts} (answered as post 9);
     * a GET of the route finds none.
     */
    private static java.util.List<String> postsTo(FakeWordPress site) {
        java.util.List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":1}"));
        site.route("/wp/v2/posts", (ex, q) -> {
            if (ex.getRequestMethod().equals("POST")) {
                sent.add(new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                FakeWordPress.send(ex, 201, "application/json", "{\"id\":9,\"link\":\"" + site.url() + "/?p=9\"}");
            } else {
                FakeWordPress.send(ex, 200, "application/json", "[]");
            }
        });
        return sent;
    }

    /** The terms fixture as a post of the stand-in itself (guid, link and self link there), with this raw content. */
    private static ObjectNode ownPost(FakeWordPress site, String content) throws Exception {
        String own = new String(Files.readAllBytes(Exports.resource("/terms/deltas.edit.json")), java.nio.charset.StandardCharsets.UTF_8)
                .replace("http:\\/\\/127.0.0.1:8093", site.url().replace("/", "\\/"))
                .replace("http://127.0.0.1:8093", site.url());
        ObjectNode post = (ObjectNode) JSON.readTree(own);
        ((ObjectNode) post.path("content")).put("raw", content);
        return post;
    }

    /** export → pseudo → merge of the posts in {@code in} into {@code ko}; an --auth-file for the stand-in. */
    private Path merge(Path in) throws Exception {
        Cli.ok("export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.ok("pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.ok("merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        return net.wpxliff.testing.TestWordPress.authFile(dir.resolve("auth"), "editor", "abcd efgh ijkl mnop");
    }

    @Test
    void whatCannotBeLookedUpOrMadeIsNamedAndThePostsArePushedWithoutIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 1; i <= 2; i++) {
            ObjectNode post = (ObjectNode) JSON.readTree(Exports.resource("/terms/deltas.edit.json").toFile());
            post.put("id", 700 + i);
            post.put("slug", "deltas-" + i);
            Files.write(in.resolve("deltas-" + i + ".json"), JSON.writeValueAsBytes(post));
        }
        Path auth = merge(in);

        try (FakeWordPress site = new FakeWordPress()) {
            AtomicLong ids = new AtomicLong(100);
            site.route("/wp/v2/users/me", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "{\"id\":1}"));
            site.route("/wp/v2/posts", (ex, q) -> {
                if (ex.getRequestMethod().equals("POST")) {
                    long id = ids.incrementAndGet();
                    FakeWordPress.send(ex, 201, "application/json", "{\"id\":" + id + ",\"link\":\"" + site.url() + "/?p=" + id + "\"}");
                } else {
                    FakeWordPress.send(ex, 200, "application/json", "[]");
                }
            });
            // no /wp/v2/categories and no /wp/v2/taxonomies (a plugin turned them off): rest_no_route
            site.route("/wp/v2/tags", (ex, q) -> {
                if (ex.getRequestMethod().equals("POST")) {
                    FakeWordPress.sendError(ex, 403, "rest_cannot_create", "Sorry, you are not allowed to create terms in this taxonomy.");
                } else {
                    FakeWordPress.send(ex, 200, "application/json", "[]");
                }
            });
            site.route("/wp/v2/media", (ex, q) -> FakeWordPress.send(ex, 200, "application/json", "[]"));

            Cli.Run run = Cli.run("push", dir.resolve("ko").toString(), "--site", site.url() + "/", "--auth-file", auth.toString(),
                    "--create-terms", "--copy-images");
            assertEquals(0, run.exitCode(), run.out() + run.err());
            assertTrue(run.out().contains("2 created, 0 updated, 0 unchanged, 0 failed (of 2)"), run.out());
            assertTrue(run.err().contains("warning: category \"river-science\" (River Science) (not looked up: "), run.err());
            assertTrue(run.err().contains("rest_no_route"), run.err());
            assertTrue(run.err().contains("warning: tag \"deltas\" (Deltas) (not created: "), run.err());
            assertTrue(run.err().contains("rest_cannot_create"), run.err());
            assertTrue(run.err().contains("warning: genre term \"field-notes\" (Field notes) (not looked up: "), run.err());
            // the image is on 127.0.0.1:8093, the fixture's own site, which is not running here
            assertTrue(run.err().contains("warning: featured image \"delta-map\""), run.err());
            assertTrue(run.err().contains("left out of 2 post(s) (deltas-1.ko.post.json, deltas-2.ko.post.json)"), run.err());
            // each failing request once, not once per post
            assertEquals(1, site.requests("/wp/v2/categories"), "categories looked up once");
            assertEquals(1, site.requests("/wp/v2/taxonomies"), "taxonomies asked for once");
            assertEquals(1 + 2, site.requests("/wp/v2/tags"), "both tags looked up in one request, each creation tried once");
        }
    }
}
