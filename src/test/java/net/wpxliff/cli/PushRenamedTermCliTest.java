package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.PulledTerms;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Korean editor gives a pushed category a Korean slug: the next push finds it by the record, makes no second category
 * under the English slug, and files the posts under it, also when a post is pushed alone with --create-terms.
 */
class PushRenamedTermCliTest {

    @Test
    void aCategoryWhoseSlugAnEditorChangedIsStillTheOne(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push after a Korean category got a slug of its own");
        String r = TestWordPress.uniqueSuffix();
        String slug = "wpxliff-estuaries-" + r;
        long category = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Estuaries " + r + "','slug':'" + slug + "'}");
        // a draft, so that the English site's published posts stay as other tests count them
        long post = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Estuaries','status':'draft','slug':'wpxliff-estuary-post-"
                + r + "','content':'<!-- wp:paragraph --><p>Where rivers meet the sea.</p><!-- /wp:paragraph -->',"
                + "'categories':[" + category + "]}");
        Long koCategory = null, koPost = null;
        try {
            Path auth = wp.writeAuthFile(dir);
            Path in = dir.resolve("in");
            Cli.expect(0, "pull", wp.base(), "--type", "categories", "-o", in.toString(), "--auth-file", auth.toString());
            PulledTerms.keepOnly(in.resolve("terms-category.json"), r);
            Cli.expect(0, "pull", wp.base(), "--id", Long.toString(post), "--status", "draft", "-o", in.toString(),
                    "--auth-file", auth.toString());
            Cli.expect(0, "export", in.toString(), "-o", dir.resolve("xliff").toString());
            Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            koCategory = wp.getJson(wp.koRest("/wp/v2/categories?slug=" + slug)).get(0).path("id").asLong();
            koPost = wp.getJson(wp.koRest("/wp/v2/posts?status=draft&slug=wpxliff-estuary-post-" + r)).get(0).path("id").asLong();
            assertTrue(categories(wp, koPost).toString().contains(koCategory.toString()), "filed under the Korean category");

            // a Korean editor gives the category a Korean slug, and takes the post out of it
            String korean = "하구-" + r;
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/categories/" + koCategory), ("{\"slug\":\"" + korean + "\"}")
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/posts/" + koPost), "{\"categories\":[1]}"
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString());
            assertTrue(again.out().contains("terms-category.ko.terms.json: unchanged"), "found by the record: " + again.out());
            assertEquals(0, wp.getJson(wp.koRest("/wp/v2/categories?slug=" + slug)).size(), "no second category");
            assertTrue(categories(wp, koPost).toString().contains(koCategory.toString()),
                    "the post filed under the renamed category again: " + categories(wp, koPost) + "; " + again.err());
            assertTrue(!again.err().contains("is not on " + wp.koBase()), again.err());

            // the post pushed alone (no terms body in the run): the record still names the category
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/posts/" + koPost), "{\"categories\":[1]}"
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            Path body = dir.resolve("ko").resolve("wpxliff-estuary-post-" + r + ".ko.post.json");
            Cli.Run alone = Cli.expect(0, "push", body.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--create-terms");
            assertTrue(categories(wp, koPost).toString().contains(koCategory.toString()),
                    "filed under the renamed category by the record: " + categories(wp, koPost) + "; " + alone.err());
            assertEquals(0, wp.getJson(wp.koRest("/wp/v2/categories?slug=" + slug)).size(), "none made by the English slug");
        } finally {
            if (koPost != null) wp.send("DELETE", wp.koRest("/wp/v2/posts/" + koPost + "?force=true"), null);
            if (koCategory != null) wp.send("DELETE", wp.koRest("/wp/v2/categories/" + koCategory + "?force=true"), null);
            for (JsonNode left : wp.getJson(wp.koRest("/wp/v2/categories?slug=" + slug))) {
                wp.send("DELETE", wp.koRest("/wp/v2/categories/" + left.path("id").asLong() + "?force=true"), null);
            }
            wp.send("DELETE", wp.rest("/wp/v2/posts/" + post + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/categories/" + category + "?force=true"), null);
        }
    }

    private static JsonNode categories(TestWordPress.Site wp, long koPost) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/posts/" + koPost + "?context=edit")).path("categories");
    }
}
