package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pull → export → pseudo → merge → push of a post filed under a category and a tag, with a featured image, between
 * the real test sites: the Korean post gets the Korean site's terms and image with the same slugs, those it lacks
 * are named (or made, with --create-terms), and terms an editor set there stay.
 */
class PushTermsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKoreanPostGetsTheTargetSitesTermsAndImageBySlug(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push terms to the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        String category = "river-science-" + r, tag = "deltas-" + r, image = "delta-map-" + r;

        // the English post: a category, a tag and a featured image of the English site
        long enCategory = wp.create(wp.rest("/wp/v2/categories"), "{'name':'River Science " + r + "','slug':'" + category + "'}");
        long enTag = wp.create(wp.rest("/wp/v2/tags"), "{'name':'Deltas " + r + "','slug':'" + tag + "'}");
        long enImage = upload(wp, wp.rest("/wp/v2/media"), image + ".png");
        long enPost = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Deltas','status':'draft','slug':'wpxliff-terms-" + r
                + "','content':'<!-- wp:paragraph -->\\n<p>Rivers carry sand to the sea. Deltas grow.</p>\\n<!-- /wp:paragraph -->',"
                + "'categories':[" + enCategory + "],'tags':[" + enTag + "],'featured_media':" + enImage + "}");

        Path auth = wp.writeAuthFile(dir);
        // a draft, so that the English site keeps the published posts other tests count
        Cli.expect(0, "pull", wp.base(), "--id", Long.toString(enPost), "--status", "draft", "-o", dir.resolve("in").toString(), "--auth-file", auth.toString());
        JsonNode pulled = JSON.readTree(dir.resolve("in").resolve("wpxliff-terms-" + r + ".json").toFile());
        assertTrue(pulled.path("_embedded").has("wp:term") && pulled.path("_embedded").has("wp:featuredmedia"), "pull embeds them");
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        Path ko = dir.resolve("ko");

        // the Korean site has none of them: the post is made, and each is named once with what to do
        Cli.Run first = push(wp, ko, auth);
        long koPost = id(first.out(), "created");
        for (String what : new String[]{"category \"" + category + "\" (River Science " + r + ")",
                "tag \"" + tag + "\" (Deltas " + r + ")", "featured image \"" + image + "\""}) {
            assertTrue(first.err().contains("warning: " + what), first.err());
        }
        assertTrue(first.err().contains("or push with --create-terms"), first.err());
        JsonNode post = koPost(wp, koPost);
        assertEquals(List.of(1L), ids(post.path("categories")), "WordPress's default category only");
        assertEquals(0, post.path("featured_media").asLong());

        // the Korean site's editors make the category (with a Korean name) and upload the image: the next push adds
        // them, and the default category WordPress gave gives way
        long koCategory = wp.create(wp.koRest("/wp/v2/categories"), "{'name':'하천 과학 " + r + "','slug':'" + category + "'}");
        long koImage = upload(wp, wp.koRest("/wp/v2/media"), image + ".png");
        Cli.Run second = push(wp, ko, auth);
        assertEquals(koPost, id(second.out(), "updated"));
        post = koPost(wp, koPost);
        assertEquals(List.of(koCategory), ids(post.path("categories")));
        assertEquals(koImage, post.path("featured_media").asLong());
        assertTrue(second.err().contains("warning: tag \"" + tag + "\""), second.err());
        assertFalse(second.err().contains("category \"" + category), second.err());

        // --create-terms makes the tag with the English name (a dry run only says so)
        Cli.Run dry = push(wp, ko, auth, "--create-terms", "--dry-run");
        assertTrue(dry.out().contains("would create tag \"" + tag + "\" (Deltas " + r + ") on "), dry.out());
        assertEquals(0, wp.getJson(wp.koRest("/wp/v2/tags?slug=" + tag)).size(), "a dry run creates no term");
        Cli.Run third = push(wp, ko, auth, "--create-terms");
        assertEquals(koPost, id(third.out(), "updated"));
        assertTrue(third.out().contains("created tag \"" + tag + "\" (Deltas " + r + ") on "), third.out());
        JsonNode koTag = wp.getJson(wp.koRest("/wp/v2/tags?slug=" + tag)).get(0);
        assertEquals("Deltas " + r, koTag.path("name").asText());
        assertEquals(List.of(koTag.path("id").asLong()), ids(koPost(wp, koPost).path("tags")));
        assertFalse(third.err().contains("warning"), third.err());

        // an editor files the Korean post under one more category: it stays, and nothing is pushed
        long extra = wp.create(wp.koRest("/wp/v2/categories"), "{'name':'특집 " + r + "','slug':'feature-" + r + "'}");
        wp.send("POST", wp.koRest("/wp/v2/posts/" + koPost), JSON.writeValueAsBytes(
                JSON.createObjectNode().set("categories", JSON.createArrayNode().add(koCategory).add(extra))));
        assertEquals(koPost, id(push(wp, ko, auth).out(), "unchanged"));
        assertEquals(java.util.Set.of(koCategory, extra), java.util.Set.copyOf(ids(koPost(wp, koPost).path("categories"))));
    }

    /**
     * With the taxonomies translated (a wpml-config.xml's {@code <taxonomies>}), the term names travel in the XLIFF
     * and --create-terms makes each missing term under its translated name.
     */
    @Test
    void translatedTermNamesNameTheTermsPushCreates(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push terms with translated names");
        String r = TestWordPress.uniqueSuffix();
        long enCategory = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Coastlines " + r + "','slug':'coastlines-" + r + "'}");
        long enTag = wp.create(wp.rest("/wp/v2/tags"), "{'name':'Sand " + r + "','slug':'sand-" + r + "'}");
        long enPost = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Coasts','status':'draft','slug':'wpxliff-names-" + r
                + "','content':'<p>Coasts move.</p>','categories':[" + enCategory + "],'tags':[" + enTag + "]}");
        Path auth = wp.writeAuthFile(dir);
        Path config = Files.writeString(dir.resolve("wpml-config.xml"), "<wpml-config><taxonomies>"
                + "<taxonomy translate=\"1\">category</taxonomy><taxonomy translate=\"1\">post_tag</taxonomy></taxonomies></wpml-config>");
        Cli.expect(0, "pull", wp.base(), "--id", Long.toString(enPost), "--status", "draft", "-o", dir.resolve("in").toString(),
                "--auth-file", auth.toString());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString(), "--config", config.toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        JsonNode terms = JSON.readTree(dir.resolve("ko").resolve("wpxliff-names-" + r + ".ko.json").toFile())
                .path("_embedded").path("wp:term");
        String category = terms.get(0).get(0).path("name").asText(), tag = terms.get(1).get(0).path("name").asText();
        assertFalse(category.contains("Coastlines"), "translated: " + category);

        Cli.Run pushed = push(wp, dir.resolve("ko"), auth, "--create-terms");
        long koPost = id(pushed.out(), "created");
        assertTrue(pushed.out().contains("created category \"coastlines-" + r + "\" (" + category + ") on "), pushed.out());
        JsonNode koCategory = wp.getJson(wp.koRest("/wp/v2/categories?slug=coastlines-" + r)).get(0);
        JsonNode koTag = wp.getJson(wp.koRest("/wp/v2/tags?slug=sand-" + r)).get(0);
        assertEquals(category, koCategory.path("name").asText());
        assertEquals(tag, koTag.path("name").asText());
        JsonNode post = koPost(wp, koPost);
        assertEquals(List.of(koCategory.path("id").asLong()), ids(post.path("categories")));
        assertEquals(List.of(koTag.path("id").asLong()), ids(post.path("tags")));
    }

    /**
     * --copy-images brings the featured image from the source site into the Korean site's media library under the same
     * slug (a dry run only says so); an image the post JSON places on another host is never fetched.
     */
    @Test
    void copyImagesBringsTheFeaturedImageOver(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push copying the featured image");
        String r = TestWordPress.uniqueSuffix(), image = "shore-" + r;
        long enImage = upload(wp, wp.rest("/wp/v2/media"), image + ".png");
        wp.send("POST", wp.rest("/wp/v2/media/" + enImage), "{\"alt_text\":\"A shore at dawn\"}".getBytes(StandardCharsets.UTF_8));
        long enPost = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Shores','status':'draft','slug':'wpxliff-image-" + r
                + "','content':'<p>Shores move.</p>','featured_media':" + enImage + "}");
        Path auth = wp.writeAuthFile(dir);
        pullAndMerge(wp, dir, enPost, auth);
        Path ko = dir.resolve("ko");
        // php -S does not serve the test site's uploads (Debian keeps them outside its document root): the source site
        // is a stand-in here, serving the image at the address the post JSON gives, as WordPress would
        HttpServer source = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        source.createContext("/", exchange -> {
            byte[] body = exchange.getRequestURI().getPath().endsWith(image + ".png") ? png() : new byte[0];
            exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        source.start();
        try {
            String origin = "http:\\/\\/127.0.0.1:" + source.getAddress().getPort();
            Path post = ko.resolve("wpxliff-image-" + r + ".ko.json");
            Files.writeString(post, Files.readString(post).replace(wp.base().replace("/", "\\/"), origin));
            copyImagesBringsItOver(wp, ko, auth, image, dir, r);
        } finally {
            source.stop(0);
        }
    }

    private void copyImagesBringsItOver(TestWordPress.Site wp, Path ko, Path auth, String image, Path dir, String r)
            throws Exception {
        Cli.Run dry = push(wp, ko, auth, "--copy-images", "--dry-run");
        assertTrue(dry.out().contains("would copy featured image \"" + image + "\""), dry.out());
        assertEquals(0, wp.getJson(wp.koRest("/wp/v2/media?slug=" + image)).size(), "a dry run copies nothing");

        Cli.Run pushed = push(wp, ko, auth, "--copy-images");
        long koPost = id(pushed.out(), "created");
        assertTrue(pushed.out().contains("copied featured image \"" + image + "\""), pushed.out() + pushed.err());
        JsonNode koImage = wp.getJson(wp.koRest("/wp/v2/media?slug=" + image)).get(0);
        assertEquals(koImage.path("id").asLong(), koPost(wp, koPost).path("featured_media").asLong());
        // the same file (php -S does not serve uploads to read it back: WordPress's own record of it)
        assertEquals("image/png", koImage.path("mime_type").asText());
        assertEquals(png().length, koImage.path("media_details").path("filesize").asInt(), koImage.toString());
        assertTrue(koImage.path("source_url").asText().endsWith("/" + image + ".png"), koImage.toString());
        assertEquals("A shore at dawn", koImage.path("alt_text").asText(), "the copy gets the merged post's alt text");
        assertFalse(pushed.err().contains("warning"), pushed.err());

        // a post JSON that places its image on another host: not fetched, the post still pushed, the reason said
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        String slug = "wpxliff-image-" + r;
        String json = Files.readString(ko.resolve(slug + ".ko.json"));
        String url = JSON.readTree(json).path("_embedded").path("wp:featuredmedia").get(0).path("source_url").asText();
        Files.writeString(elsewhere.resolve(slug + ".ko.json"), json.replace(url.replace("/", "\\/"), "http:\\/\\/127.0.0.2:9\\/x.png")
                .replace("\"slug\":\"" + image + "\"", "\"slug\":\"other-" + image + "\""));
        Files.copy(ko.resolve(slug + ".ko.post.json"), elsewhere.resolve(slug + ".ko.post.json"));
        Cli.Run refused = push(wp, elsewhere, auth, "--copy-images");
        assertTrue(refused.err().contains("(not copied: it is on http://127.0.0.2:9, not on the post's own site"), refused.out() + refused.err());
        assertTrue(refused.out().contains("0 failed (of 1)"), refused.out());
    }

    /**
     * A category to create whose parent the post is not filed under goes under that parent's Korean category: the
     * English site names the parent (and its parent), found on the Korean site by slug or created there first.
     */
    @Test
    void aCreatedCategoryGoesUnderItsParentsAlsoWhenThePostIsNotFiledThere(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push creating a category's parents");
        String r = TestWordPress.uniqueSuffix();
        long top = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Earth " + r + "','slug':'earth-" + r + "'}");
        long middle = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Rivers " + r + "','slug':'rivers-" + r + "','parent':" + top + "}");
        long leaf = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Deltas " + r + "','slug':'deltas-" + r + "','parent':" + middle + "}");
        long koTop = wp.create(wp.koRest("/wp/v2/categories"), "{'name':'지구 " + r + "','slug':'earth-" + r + "'}");
        long enPost = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Deltas','status':'draft','slug':'wpxliff-parents-" + r
                + "','content':'<p>Deltas grow.</p>','categories':[" + leaf + "]}");
        Path auth = wp.writeAuthFile(dir);
        pullAndMerge(wp, dir, enPost, auth);
        Cli.Run pushed = push(wp, dir.resolve("ko"), auth, "--create-terms");
        assertTrue(pushed.out().contains("created category \"rivers-" + r + "\" (Rivers " + r + ")"), pushed.out());
        assertTrue(pushed.out().contains("created category \"deltas-" + r + "\" (Deltas " + r + ")"), pushed.out());
        JsonNode koLeaf = wp.getJson(wp.koRest("/wp/v2/categories?slug=deltas-" + r)).get(0);
        JsonNode koMiddle = wp.getJson(wp.koRest("/wp/v2/categories?slug=rivers-" + r)).get(0);
        assertEquals(koMiddle.path("id").asLong(), koLeaf.path("parent").asLong(), "under its parent's Korean category");
        assertEquals(koTop, koMiddle.path("parent").asLong(), "which goes under the one the Korean site had");
        assertEquals(List.of(koLeaf.path("id").asLong()), ids(koPost(wp, id(pushed.out(), "created")).path("categories")),
                "filed under its own category only, as the English post");
    }

    /**
     * A Query Loop and a Latest Posts block list the posts of categories and tags named by the English site's ids: on
     * the Korean site those name other terms or none. Push writes the Korean terms' ids (made with --create-terms);
     * without a Korean term the post is refused, so that no list shows another term's posts.
     */
    @Test
    void queryBlocksListTheTargetSitesTerms(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of query blocks to the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        long enCategory = term(wp, wp.rest("/wp/v2/categories"), "Estuaries", "estuaries", r);
        long enTag = term(wp, wp.rest("/wp/v2/tags"), "Tides", "tides", r);
        long koCategory = term(wp, wp.koRest("/wp/v2/categories"), "하구", "estuaries", r);
        String slug = "wpxliff-query-" + r;
        String content = "<!-- wp:paragraph -->\n<p>Estuaries in the news.</p>\n<!-- /wp:paragraph -->\n\n"
                + "<!-- wp:query {\"queryId\":1,\"query\":{\"perPage\":3,\"postType\":\"post\",\"inherit\":false,"
                + "\"taxQuery\":{\"category\":[" + enCategory + "],\"post_tag\":[\"" + enTag + "\"]}}} -->\n"
                + "<div class=\"wp-block-query\"><!-- wp:post-template -->\n<!-- wp:post-title /-->\n<!-- /wp:post-template --></div>\n"
                + "<!-- /wp:query -->\n\n<!-- wp:latest-posts {\"categories\":[{\"id\":" + enCategory
                + ",\"value\":\"Estuaries\"}]} /-->";
        ObjectNode post = JSON.createObjectNode().put("title", "Estuaries").put("status", "draft").put("slug", slug)
                .put("content", content);
        long enPost = wp.create(wp.rest("/wp/v2/posts"), post.toString().replace('"', '\''));
        Path auth = wp.writeAuthFile(dir);
        pullAndMerge(wp, dir, enPost, auth);

        // the Korean site lacks the tag: refused, nothing sent
        Cli.Run refused = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
        assertTrue(refused.err().contains(slug + ".ko.post.json: its content lists posts filed under tag \"tides-" + r
                + "\" (Tides " + r + "), which is not on " + wp.koBase()), refused.err());
        assertTrue(refused.err().contains(": not pushed, since its list there would show another term's posts or none"),
                refused.err());
        assertTrue(refused.err().contains("push with --create-terms"), refused.err());
        assertEquals(0, wp.getJson(wp.koRest("/wp/v2/posts?status=draft&slug=" + slug)).size(), "no Korean post");

        Cli.Run pushed = push(wp, dir.resolve("ko"), auth, "--create-terms");
        assertTrue(pushed.out().contains("created tag \"tides-" + r + "\" (Tides " + r + ")"), pushed.out());
        long koTag = wp.getJson(wp.koRest("/wp/v2/tags?slug=tides-" + r)).get(0).path("id").asLong();
        String korean = koPost(wp, id(pushed.out(), "created")).path("content").path("raw").asText();
        String merged = JSON.readTree(dir.resolve("ko").resolve(slug + ".ko.post.json").toFile()).path("content").asText();
        assertEquals(merged.replace("\"category\":[" + enCategory + "]", "\"category\":[" + koCategory + "]")
                .replace("\"post_tag\":[\"" + enTag + "\"]", "\"post_tag\":[\"" + koTag + "\"]")
                .replace("{\"id\":" + enCategory + ",", "{\"id\":" + koCategory + ","), korean,
                "only the ids changed, each to the Korean term with the same slug");
        assertTrue(push(wp, dir.resolve("ko"), auth).out().contains("0 created, 0 updated, 1 unchanged"));
    }

    /**
     * A classic gallery names its images by the English site's media ids: the Korean gallery names the Korean site's
     * images with the same slugs, leaves out (and names) one the Korean site lacks, and an escaped one stays text.
     */
    @Test
    void galleriesNameTheTargetSitesImages(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of gallery shortcodes to the Korean test site");
        String r = TestWordPress.uniqueSuffix(), both = "pier-" + r, englishOnly = "dune-" + r;
        long enPier = upload(wp, wp.rest("/wp/v2/media"), both + ".png");
        long enDune = upload(wp, wp.rest("/wp/v2/media"), englishOnly + ".png");
        long koPier = upload(wp, wp.koRest("/wp/v2/media"), both + ".png");
        String slug = "wpxliff-gallery-" + r;
        ObjectNode post = JSON.createObjectNode().put("title", "Piers").put("status", "draft").put("slug", slug)
                .put("content", "<p>Piers and dunes.</p>\n\n<!-- wp:shortcode -->\n[gallery columns=\"2\" ids=\"" + enDune
                        + ", " + enPier + "\"]\n<!-- /wp:shortcode -->\n\n[[gallery ids=" + enPier + "]]\n\n[gallery include="
                        + enPier + " link=file]");
        long enPost = wp.create(wp.rest("/wp/v2/posts"), post.toString().replace('"', '\''));
        Path auth = wp.writeAuthFile(dir);
        pullAndMerge(wp, dir, enPost, auth);
        Cli.Run pushed = push(wp, dir.resolve("ko"), auth);
        String content = koPost(wp, id(pushed.out(), "created")).path("content").path("raw").asText();
        assertTrue(content.contains("[gallery columns=\"2\" ids=\"" + koPier + "\"]"), content);
        assertTrue(content.contains("[[gallery ids=" + enPier + "]]"), "escaped: shown as text, left as written: " + content);
        assertTrue(content.contains("[gallery include=" + koPier + " link=file]"), content);
        assertTrue(pushed.err().contains("warning: image in a gallery \"" + englishOnly + "\" ("), pushed.err());
        assertTrue(pushed.err().contains(" is not on " + wp.koBase() + ": left out of 1 post(s) (" + slug + ".ko.post.json)"),
                pushed.err());
        assertFalse(pushed.err().contains(both), "found by its slug: " + pushed.err());
        assertTrue(push(wp, dir.resolve("ko"), auth).out().contains("0 created, 0 updated, 1 unchanged"));
    }

    /**
     * With a configuration that translates media texts as WPML's does ({@code _wp_attachment_image_alt}), the featured
     * image's alt text and caption are units of the post; push writes the translations into the Korean media item
     * with the same slug where its alt text and caption are empty, and never over an editor's.
     */
    @Test
    void theFeaturedImagesTranslatedAltTextAndCaptionFillTheKoreanImage(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of the featured image's translated texts");
        String r = TestWordPress.uniqueSuffix(), image = "harbour-" + r, edited = "lighthouse-" + r;
        long enImage = upload(wp, wp.rest("/wp/v2/media"), image + ".png");
        wp.send("POST", wp.rest("/wp/v2/media/" + enImage), JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("alt_text", "Boats in the harbour").put("caption", "The harbour at noon")));
        long koImage = upload(wp, wp.koRest("/wp/v2/media"), image + ".png");
        long enPost = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Harbours','status':'draft','slug':'wpxliff-alt-" + r
                + "','content':'<p>Harbours.</p>','featured_media':" + enImage + "}");
        Path auth = wp.writeAuthFile(dir);
        Path config = Files.writeString(dir.resolve("wpml-config.xml"), "<wpml-config><custom-fields><custom-field"
                + " action=\"translate\">_wp_attachment_image_alt</custom-field></custom-fields></wpml-config>");
        pullAndMerge(wp, dir, enPost, auth, "--config", config.toString());
        String xliff = Files.readString(dir.resolve("xliff").resolve("wpxliff-alt-" + r + ".ko.xlf"));
        assertTrue(xliff.contains("resname=\"media/featured/alt_text\"") && xliff.contains(">Boats in the harbour<"), xliff);
        assertTrue(xliff.contains("resname=\"media/featured/caption/p[1]\"") && xliff.contains(">The harbour at noon<"), xliff);
        JsonNode embedded = JSON.readTree(dir.resolve("ko").resolve("wpxliff-alt-" + r + ".ko.json").toFile())
                .path("_embedded").path("wp:featuredmedia").get(0);
        String koAlt = embedded.path("alt_text").asText();
        assertTrue(koAlt.startsWith("\u27e6") && !koAlt.contains("harbour"), "translated in the merged post: " + koAlt);

        Cli.Run pushed = push(wp, dir.resolve("ko"), auth);
        assertTrue(pushed.out().contains("copied the alt text and caption of featured image \"" + image + "\""), pushed.out());
        JsonNode ko = wp.getJson(wp.koRest("/wp/v2/media/" + koImage + "?context=edit"));
        assertEquals(koAlt, ko.path("alt_text").asText());
        assertTrue(ko.path("caption").path("raw").asText().startsWith("\u27e6"), ko.toString());
        assertFalse(ko.path("caption").path("raw").asText().contains("<p>"), "as an editor writes it: " + ko.path("caption"));

        // an editor's own alt text there stays
        wp.send("POST", wp.koRest("/wp/v2/media/" + koImage), JSON.writeValueAsBytes(JSON.createObjectNode().put("alt_text", edited)));
        Cli.Run again = push(wp, dir.resolve("ko"), auth);
        assertFalse(again.out().contains("copied the alt text"), again.out());
        assertEquals(edited, wp.getJson(wp.koRest("/wp/v2/media/" + koImage + "?context=edit")).path("alt_text").asText());
    }

    /**
     * pull (the draft post alone) → export (with these options) → pseudo → merge into {@code dir/ko}, as a user runs
     * them; the XLIFF stays in {@code dir/xliff}.
     */
    private static void pullAndMerge(TestWordPress.Site wp, Path dir, long enPost, Path auth, String... exportOptions) {
        Cli.expect(0, "pull", wp.base(), "--id", Long.toString(enPost), "--status", "draft", "-o", dir.resolve("in").toString(),
                "--auth-file", auth.toString());
        List<String> export = new ArrayList<>(List.of("export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString()));
        export.addAll(List.of(exportOptions));
        Cli.expect(0, export.toArray(String[]::new));
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
    }


    /** A term made on the site at {@code route}, named and slugged with the run's suffix. */
    private static long term(TestWordPress.Site wp, URI route, String name, String slug, String r) throws Exception {
        return wp.create(route, "{'name':'" + name + " " + r + "','slug':'" + slug + "-" + r + "'}");
    }

    private static Cli.Run push(TestWordPress.Site wp, Path merged, Path auth, String... more) {
        List<String> args = new ArrayList<>(List.of("push", merged.toString(), "--site", wp.koBase(), "--auth-file", auth.toString()));
        args.addAll(List.of(more));
        return Cli.expect(0, args.toArray(String[]::new));
    }


    private static long id(String out, String action) {
        int at = out.indexOf(": " + action + " (id ");
        assertTrue(at >= 0, action + " expected: " + out);
        int from = at + action.length() + 7;
        return Long.parseLong(out.substring(from, out.indexOf(')', from)));
    }

    private static JsonNode koPost(TestWordPress.Site wp, long id) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/posts/" + id + "?context=edit"));
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(id -> ids.add(id.asLong()));
        return ids;
    }


    /** Uploads a 1×1 PNG under this file name to the media library (its slug is the name without .png). */
    private static long upload(TestWordPress.Site wp, URI uri, String fileName) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", wp.authorization())
                .header("Content-Type", "image/png").header("Content-Disposition", "attachment; filename=" + fileName)
                .POST(HttpRequest.BodyPublishers.ofByteArray(png())).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode answer = JSON.readTree(response.body());
        assertEquals(201, response.statusCode(), uri + ": " + answer);
        return answer.path("id").asLong();
    }

    /** The smallest valid PNG: one green pixel. */
    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", new byte[]{0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[]{0, 0, (byte) 0xff, 0});
        deflater.finish();
        byte[] data = new byte[64];
        int n = deflater.deflate(data);
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        long c = crc.getValue();
        out.write((int) (c >>> 24));
        out.write((int) (c >>> 16));
        out.write((int) (c >>> 8));
        out.write((int) c);
    }
}
