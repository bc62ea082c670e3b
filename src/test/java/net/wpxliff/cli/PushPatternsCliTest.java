package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A post that shows a synced pattern (which shows another) and a navigation menu, between the real test sites: pull
 * gets the pattern, the pattern inside it and the menu though only the post was asked for; push sends their
 * translations first, published, and the Korean post shows them by their Korean ids; without their translations a
 * post is refused, never pushed showing nothing (or another post) in their place.
 */
class PushPatternsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKoreanPostShowsTheKoreanPatternAndMenu(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push synced patterns to the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        // published patterns and menu (not posts or pages: the counts other tests make stay), a draft post
        long inner = wp.create(wp.rest("/wp/v2/blocks"), "{'title':'Signature " + r + "','slug':'signature-" + r
                + "','status':'publish','content':'<!-- wp:paragraph -->\\n<p>Written by the river team.</p>\\n<!-- /wp:paragraph -->'}");
        long outer = wp.create(wp.rest("/wp/v2/blocks"), "{'title':'Call to action " + r + "','slug':'cta-" + r
                + "','status':'publish','content':'<!-- wp:paragraph -->\\n<p>Subscribe to our <strong>newsletter</strong>.</p>\\n"
                + "<!-- /wp:paragraph -->\\n\\n<!-- wp:block {\\'ref\\':" + inner + "} /-->'}");
        long menu = wp.create(wp.rest("/wp/v2/navigation"), "{'title':'Menu " + r + "','slug':'menu-" + r + "','status':'publish',"
                + "'content':'<!-- wp:navigation-link {\\'label\\':\\'About us\\',\\'url\\':\\'" + wp.base() + "/about/\\',\\'kind\\':\\'custom\\'} /-->'}");
        String slug = "wpxliff-patterns-" + r;
        long post = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Deltas','status':'draft','slug':'" + slug + "','content':"
                + "'<!-- wp:navigation {\\'ref\\':" + menu + "} /-->\\n\\n<!-- wp:paragraph -->\\n<p>Rivers carry sand.</p>\\n"
                + "<!-- /wp:paragraph -->\\n\\n<!-- wp:group -->\\n<div class=\\'wp-block-group\\'><!-- wp:block {\\'ref\\':" + outer
                + "} /--></div>\\n<!-- /wp:group -->'}");
        Path auth = wp.writeAuthFile(dir);
        Path in = dir.resolve("in");

        // only the post asked for: the patterns and the menu it shows come with it
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--id", Long.toString(post), "--status", "draft", "-o", in.toString(),
                "--auth-file", auth.toString());
        assertTrue(pulled.out().contains("pulled 4 posts (posts 1, pages 0, blocks 2, navigation 1)"), pulled.out());
        assertTrue(pulled.out().contains("note: 3 of them are synced patterns or navigation menus"), pulled.out());
        assertEquals(List.of("cta-" + r + ".json", "menu-" + r + ".json", "signature-" + r + ".json", slug + ".json"), names(in));
        Cli.Run again = Cli.expect(0, "pull", wp.base(), "--id", Long.toString(post), "--status", "draft", "-o", in.toString(),
                "--auth-file", auth.toString());
        assertTrue(again.out().contains("0 new, 0 changed, 4 unchanged"), again.out());

        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        Path ko = dir.resolve("ko");

        // the post alone, in a folder of its own: refused, since its Korean page would lose the pattern and the menu
        Path alone = Files.createDirectories(dir.resolve("alone"));
        for (String suffix : List.of(".ko.json", ".ko.post.json")) Files.copy(ko.resolve(slug + suffix), alone.resolve(slug + suffix));
        Cli.Run refused = Cli.expect(1, "push", alone.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
        assertTrue(refused.err().contains("its content shows the navigation menu " + menu + " of " + wp.base()
                + " (<!-- wp:navigation {\"ref\":" + menu + "} -->), which has no translation on "), refused.err());
        assertTrue(refused.err().contains("--type navigation --id " + menu), refused.err());
        assertEquals(0, wp.getJson(wp.koRest("/wp/v2/posts?status=any&slug=" + slug)).size(), "nothing pushed");

        // all four (in the folder's order the outer pattern comes before the inner one, the post last): the inner
        // pattern goes before the outer one, both and the menu before the post
        Cli.Run pushed = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(),
                "--auth-file", auth.toString(), "--connections", "4");
        assertTrue(pushed.out().contains("4 created, 0 updated, 0 unchanged, 0 failed (of 4)"), pushed.out() + pushed.err());
        assertFalse(pushed.err().contains("warning"), pushed.err());
        JsonNode koInner = only(wp, "/wp/v2/blocks", "signature-" + r), koOuter = only(wp, "/wp/v2/blocks", "cta-" + r);
        JsonNode koMenu = only(wp, "/wp/v2/navigation", "menu-" + r), koPost = only(wp, "/wp/v2/posts", slug);
        for (JsonNode shown : List.of(koInner, koOuter, koMenu)) {
            assertEquals("publish", shown.path("status").asText(), "shown only through the posts: published as the source");
        }
        assertEquals("draft", koPost.path("status").asText());
        String content = koPost.path("content").path("raw").asText();
        String expected = JSON.readTree(ko.resolve(slug + ".ko.post.json").toFile()).path("content").asText()
                .replace("{\"ref\":" + menu + "}", "{\"ref\":" + koMenu.path("id").asLong() + "}")
                .replace("{\"ref\":" + outer + "}", "{\"ref\":" + koOuter.path("id").asLong() + "}");
        assertEquals(expected, content, "only the ids change");
        assertTrue(koOuter.path("content").path("raw").asText().contains("<!-- wp:block {\"ref\":" + koInner.path("id").asLong() + "} /-->"));
        // what a reader would see: the Korean pattern's text (pseudo-translated) inside the Korean post
        String rendered = koPost.path("content").path("rendered").asText();
        String innerText = koInner.path("content").path("raw").asText();
        String innerParagraph = innerText.substring(innerText.indexOf("<p>"), innerText.indexOf("</p>") + 4);
        assertTrue(rendered.contains(innerParagraph), rendered);
        assertFalse(rendered.contains("river team"), rendered);

        assertTrue(Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString()).out()
                .contains("0 created, 0 updated, 4 unchanged, 0 failed (of 4)"));

        // the Korean pattern goes to the trash: the record's id is not used, the post refused until it is pushed again
        wp.send("DELETE", wp.koRest("/wp/v2/blocks/" + koOuter.path("id").asLong()), null);
        Cli.Run gone = Cli.expect(1, "push", ko.resolve(slug + ".ko.post.json").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
        assertTrue(gone.err().contains("whose translation " + koOuter.path("id").asLong() + " on "), gone.err());
        assertTrue(gone.err().contains("is gone (deleted or in the trash;"), gone.err());
    }

    /**
     * A menu link names the page it goes to by id too, and WordPress leaves the link out where no published post has
     * that id: the Korean menu names the Korean page. The menu goes before the post that shows it, and the page after
     * the menu (nothing waits for a link): the menu is pushed again once the page is there.
     */
    @Test
    void menuLinksGoToTheKoreanPages(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a menu linking to a page");
        String r = TestWordPress.uniqueSuffix();
        long page = draftPage(wp, "About " + r, "about-" + r, "We study rivers.");
        long menu = wp.create(wp.rest("/wp/v2/navigation"), "{'title':'Top " + r + "','slug':'top-" + r + "','status':'publish',"
                + "'content':'<!-- wp:navigation-link {\\'label\\':\\'About us\\',\\'type\\':\\'page\\',\\'id\\':" + page
                + ",\\'url\\':\\'" + wp.base() + "/about-" + r + "/\\',\\'kind\\':\\'post-type\\'} /-->'}");
        long post = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Rivers','status':'draft','slug':'menu-post-" + r + "','content':"
                + "'<!-- wp:navigation {\\'ref\\':" + menu + "} /-->\\n\\n<!-- wp:paragraph -->\\n<p>Rivers.</p>\\n<!-- /wp:paragraph -->'}");
        Path auth = wp.writeAuthFile(dir);
        Path in = dir.resolve("in");
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--id", post + "," + page, "--status", "draft", "-o", in.toString(),
                "--auth-file", auth.toString());
        assertTrue(pulled.out().contains("pulled 3 posts (posts 1, pages 1, navigation 1)"), pulled.out());
        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString(), "--source-url", wp.base() + "/",
                "--target-url", wp.koBase() + "/");

        Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                "--status", "publish");
        assertTrue(pushed.out().contains("3 created, 0 updated, 0 unchanged, 0 failed (of 3)"), pushed.out() + pushed.err());
        assertTrue(pushed.out().contains("set the links of 1 menu(s) and post(s) pushed before the posts they link to"), pushed.out());
        assertFalse(pushed.err().contains("warning"), pushed.err());
        long koPage = only(wp, "/wp/v2/pages", "about-" + r).path("id").asLong();
        JsonNode koMenu = only(wp, "/wp/v2/navigation", "top-" + r);
        assertTrue(koMenu.path("content").path("raw").asText().contains("\"id\":" + koPage + ","), koMenu.path("content").toString());
        // what a reader sees: the Korean post's menu holds the link, to the Korean page
        String rendered = only(wp, "/wp/v2/posts", "menu-post-" + r).path("content").path("rendered").asText();
        assertTrue(rendered.contains("/ko/about-" + r + "/"), rendered);
        assertTrue(Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString()).out()
                .contains("0 created, 0 updated, 3 unchanged"));
    }

    /**
     * A Query Loop lists the children of pages, or leaves posts out, by id: the Korean list names the Korean page, and
     * a page without a translation there becomes an id no post has (never another Korean page's), and is named.
     */
    @Test
    void queryParentsAndExclusionsNameTheKoreanPages(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a query listing a page's children");
        String r = TestWordPress.uniqueSuffix();
        long parent = draftPage(wp, "Rivers " + r, "rivers-" + r, "All about rivers.");
        long aside = draftPage(wp, "Aside " + r, "aside-" + r, "Not translated yet.");
        String query = "<!-- wp:query {\\'queryId\\':1,\\'query\\':{\\'perPage\\':3,\\'postType\\':\\'page\\',\\'parents\\':["
                + parent + "],\\'exclude\\':[" + aside + "],\\'inherit\\':false}} -->\\n<div class=\\'wp-block-query\\'>"
                + "<!-- wp:post-template -->\\n<!-- wp:post-title /-->\\n<!-- /wp:post-template --></div>\\n<!-- /wp:query -->";
        long list = wp.create(wp.rest("/wp/v2/posts"), "{'title':'River pages','status':'draft','slug':'river-pages-" + r
                + "','content':'" + query + "\\n\\n<!-- wp:paragraph -->\\n<p>The river pages.</p>\\n<!-- /wp:paragraph -->'}");
        Path auth = wp.writeAuthFile(dir);
        Path in = dir.resolve("in");
        Cli.expect(0, "pull", wp.base(), "--id", list + "," + parent, "--status", "draft", "-o", in.toString(), "--auth-file", auth.toString());
        Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());

        Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
        assertTrue(pushed.out().contains("2 created, 0 updated, 0 unchanged, 0 failed (of 2)"), pushed.out() + pushed.err());
        assertTrue(pushed.err().contains("warning: the page " + aside + " of " + wp.base() + " has no translation on "),
                pushed.err());
        assertTrue(pushed.err().contains("name no post in its place until it has one"), pushed.err());
        long koParent = only(wp, "/wp/v2/pages", "rivers-" + r).path("id").asLong();
        String korean = only(wp, "/wp/v2/posts", "river-pages-" + r).path("content").path("raw").asText();
        assertTrue(korean.contains("\"parents\":[" + koParent + "],\"exclude\":[2147483647]"), korean);
    }

    /**
     * The theme test data's post 171 shows the navigation menu 4, which the import did not bring: the English page
     * shows nothing there, and so must the Korean one, whether or not the Korean site has (or later makes) a post 4:
     * the reference names an id no post has.
     */
    @Test
    void aMenuTheSourceSiteLacksTooNamesNoPost(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a post showing a deleted menu");
        Path auth = wp.writeAuthFile(dir);
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--id", "171", "-o", dir.resolve("in").toString(), "--auth-file", auth.toString());
        assertTrue(pulled.err().contains("warning: the posts show navigation menu(s) 4, which "), pulled.err());
        assertTrue(pulled.out().contains("pulled 1 post (posts 1, pages 0)"), pulled.out());
        Cli.expect(0, "export", dir.resolve("in").toString(), "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
        Cli.Run dry = Cli.run("push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("note: 1 post(s) (navigation.ko.post.json) show the navigation menu 4 of " + wp.base()
                + " (written as 2147483647, which no post has), which that site does not have either (deleted): left naming"
                + " nothing"), dry.out());
    }

    /** A draft page of the English site (tests never publish there: other tests count its published pages). */
    private static long draftPage(TestWordPress.Site wp, String title, String slug, String paragraph) throws Exception {
        return wp.create(wp.rest("/wp/v2/pages"), "{'title':'" + title + "','slug':'" + slug + "','status':'draft',"
                + "'content':'<p>" + paragraph + "</p>'}");
    }

    private static JsonNode only(TestWordPress.Site wp, String route, String slug) throws Exception {
        JsonNode list = wp.getJson(wp.koRest(route + "?status=any&context=edit&slug=" + slug));
        assertEquals(1, list.size(), route + " " + slug + ": " + list);
        return list.get(0);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }


}
