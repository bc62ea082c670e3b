package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.PulledTerms;
import net.wpxliff.testing.SiteThemes;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pull --type categories,tags → export → pseudo → merge → push between the real test sites: the Korean categories and
 * tag get the
 * translated names and descriptions under the same slugs, a child under its parent's translation, and the Korean
 * archive page shows the name; pushing again changes nothing; a Korean tag an editor renamed there is held back unless
 * --overwrite-edits; pushing to the English site is refused; a Korean term deleted there is made again.
 */
class PushTaxonomyTermsCliTest {

    @Test
    void theKoreanCategoriesGetTheTranslatedNames(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of category names and descriptions to the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        String parentSlug = "wpxliff-science-" + r, childSlug = "wpxliff-deltas-" + r;
        JsonNode koDefault = wp.getJson(wp.koRest("/wp/v2/categories/1?context=edit"));
        long parent = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Science " + r + "','slug':'" + parentSlug
                + "','description':'Posts about rivers &amp; deltas.\\n\\nUpdated weekly.'}");
        long child = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Deltas " + r + "','slug':'" + childSlug + "','parent':" + parent + "}");
        String tagSlug = "wpxliff-floods-" + r;
        long tag = wp.create(wp.rest("/wp/v2/tags"), "{'name':'Floods " + r + "','slug':'" + tagSlug + "','description':'Posts on floods.'}");
        String postSlug = "wpxliff-filed-" + r;
        long post = wp.create(wp.rest("/wp/v2/posts"), "{'title':'Filed " + r + "','slug':'" + postSlug + "','status':'draft',"
                + "'categories':[" + child + "],'content':'<!-- wp:paragraph -->\\n<p>Filed under deltas.</p>\\n<!-- /wp:paragraph -->'}");
        try {
            Path auth = wp.writeAuthFile(dir);
            Path in = dir.resolve("in");
            Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--type", "categories,tags", "-o", in.toString(), "--auth-file", auth.toString());
            assertTrue(pulled.out().contains("pulled the category terms ("), pulled.out());
            assertTrue(pulled.out().contains("pulled the post_tag terms ("), pulled.out());
            PulledTerms.keepOnly(in.resolve("terms-category.json"), r);
            PulledTerms.keepOnly(in.resolve("terms-post_tag.json"), r);
            Cli.expect(0, "export", "-o", dir.resolve("xliff").toString(), in.resolve("terms-category.json").toString(),
                    in.resolve("terms-post_tag.json").toString());
            Cli.expect(0, "pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("xliff").toString());
            Cli.expect(0, "merge", "-o", dir.resolve("ko").toString(), dir.resolve("pseudo").toString());

            Cli.Run dry = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
            assertTrue(dry.out().contains("terms-category.ko.terms.json: would be "), dry.out());
            assertEquals(0, wp.getJson(wp.koRest("/wp/v2/categories?slug=" + parentSlug)).size(), "a dry run makes nothing");
            // a post filed under a category the same run's terms push would make: the dry run counts it there, as the run does
            Cli.expect(0, "pull", wp.base(), "--id", Long.toString(post), "--status", "draft", "-o", dir.resolve("posts").toString(),
                    "--auth-file", auth.toString());
            Cli.expect(0, "export", "-o", dir.resolve("post-xliff").toString(), dir.resolve("posts").toString());
            Cli.expect(0, "pseudo", "-o", dir.resolve("post-pseudo").toString(), dir.resolve("post-xliff").toString());
            Cli.expect(0, "merge", "-o", dir.resolve("ko-post").toString(), dir.resolve("post-pseudo").toString());
            Cli.Run dryWithPost = Cli.expect(0, "push", dir.resolve("ko").toString(), dir.resolve("ko-post").toString(),
                    "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
            assertTrue(dryWithPost.out().contains(postSlug + ".ko.post.json: "), dryWithPost.out());
            assertFalse(dryWithPost.err().contains(childSlug), "the category the run would make is not missing: " + dryWithPost.err());

            Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(pushed.out().contains("terms-category.ko.terms.json: "), pushed.out());
            JsonNode koParent = wp.getJson(wp.koRest("/wp/v2/categories?context=edit&slug=" + parentSlug)).get(0);
            JsonNode koChild = wp.getJson(wp.koRest("/wp/v2/categories?context=edit&slug=" + childSlug)).get(0);
            assertTrue(koParent.path("name").asText().startsWith("⟦"), koParent.toString());
            String description = koParent.path("description").asText();
            assertTrue(description.startsWith("⟦") && description.contains("\n\n") && description.contains(" &amp; "), description);
            assertEquals(koParent.path("id").asLong(), koChild.path("parent").asLong(), "under its parent's translation");
            Cli.Run postPushed = Cli.expect(0, "push", dir.resolve("ko-post").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString());
            assertFalse(postPushed.err().contains(childSlug), postPushed.err());
            JsonNode koPost = wp.getJson(wp.koRest("/wp/v2/posts?context=edit&status=draft&slug=" + postSlug)).get(0);
            assertEquals(koChild.path("id").asLong(), koPost.path("categories").get(0).asLong(), "filed under the Korean child");
            wp.send("DELETE", wp.koRest("/wp/v2/posts/" + koPost.path("id").asLong() + "?force=true"), null);
            JsonNode koTag = wp.getJson(wp.koRest("/wp/v2/tags?context=edit&slug=" + tagSlug)).get(0);
            assertTrue(koTag.path("name").asText().startsWith("⟦") && koTag.path("description").asText().startsWith("⟦"), koTag.toString());
            SiteThemes.rebuildPermalinks(); // the test site's own quirk: see there
            var archive = wp.send("GET", URI.create(wp.koBase() + "/category/" + parentSlug + "/"), null);
            String page = new String(archive.body(), StandardCharsets.UTF_8);
            int title = Math.max(0, page.indexOf("<title>"));
            assertTrue(archive.statusCode() == 200 && page.contains(koParent.path("name").asText()), "the Korean archive page"
                    + " shows the name " + koParent.path("name").asText() + ": " + archive.statusCode() + " "
                    + page.substring(title, Math.min(page.length(), title + 300)));

            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("terms-category.ko.terms.json: unchanged"), again.out());
            assertTrue(again.out().contains("terms-post_tag.ko.terms.json: unchanged"), again.out());

            // an editor renames the Korean tag: pushing again would undo it, so the tag is held back and named
            long koTagId = koTag.path("id").asLong();
            String edited = "편집자의 태그 " + r;
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/tags/" + koTagId), ("{\"name\":\"" + edited + "\"}")
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            Cli.Run held = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(held.err().contains("terms-post_tag.ko.terms.json: 1 term(s) on " + wp.koBase() + " were edited there"
                    + " since wpxliff last pushed them, and pushing would overwrite those edits: " + tagSlug + " (id "
                    + koTagId + ": name changed). Carry the edits"), held.err());
            assertTrue(held.out().contains("terms-category.ko.terms.json: unchanged"), "the other taxonomy goes on: " + held.out());
            assertEquals(edited, wp.getJson(wp.koRest("/wp/v2/tags/" + koTagId + "?context=edit")).path("name").asText());
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--overwrite-edits");
            assertEquals(koTag.path("name").asText(),
                    wp.getJson(wp.koRest("/wp/v2/tags/" + koTagId + "?context=edit")).path("name").asText(), "overwritten when asked");

            // renamed there again, and this time carried into the translation: the Korean tags pulled, aligned with the
            // English ones through the record, exported with that memory and merged: nothing left to overwrite
            String mine = "편집자의 새 태그 " + r;
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/tags/" + koTagId), ("{\"name\":\"" + mine + "\"}")
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            Path koSite = dir.resolve("ko-site");
            Cli.expect(0, "pull", wp.koBase(), "--type", "tags", "-o", koSite.toString(), "--auth-file", auth.toString());
            Path memory = dir.resolve("site.tmx");
            Cli.Run aligned = Cli.expect(0, "tm", "align", in.resolve("terms-post_tag.json").toString(), "--translations",
                    koSite.resolve("terms-post_tag.json").toString(), "--record", dir.resolve("ko").toString(), "--tm",
                    memory.toString());
            assertTrue(aligned.out().contains("units aligned"), aligned.out());
            Cli.expect(0, "export", in.resolve("terms-post_tag.json").toString(), "--tm", memory.toString(), "-o",
                    dir.resolve("again").toString());
            assertTrue(Files.readString(dir.resolve("again").resolve("terms-post_tag.ko.xlf")).contains(mine), "offered");
            Cli.expect(0, "merge", dir.resolve("again").toString(), "-o", dir.resolve("ko2").toString());
            Cli.Run kept = Cli.expect(0, "push", dir.resolve("ko2").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString());
            assertTrue(kept.out().contains("terms-post_tag.ko.terms.json: unchanged"), kept.out());
            assertEquals(mine, wp.getJson(wp.koRest("/wp/v2/tags/" + koTagId + "?context=edit")).path("name").asText());
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--overwrite-edits"); // the translation of the steps below, back
            Cli.Run home = Cli.expect(1, "push", dir.resolve("ko").resolve("terms-category.ko.terms.json").toString(),
                    "--site", wp.base(), "--auth-file", auth.toString());
            assertTrue(home.err().contains("is the site the terms come from"), home.err());
            assertEquals("Science " + r, wp.getJson(wp.rest("/wp/v2/categories/" + parent)).path("name").asText(), "as it was");

            // an editor deletes the Korean child: the next push makes it again, under its parent
            wp.send("DELETE", wp.koRest("/wp/v2/categories/" + koChild.path("id").asLong() + "?force=true"), null);
            Cli.Run remade = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(remade.out().contains("(terms: 1 added, 0 updated, "), remade.out());
            JsonNode remadeChild = wp.getJson(wp.koRest("/wp/v2/categories?context=edit&slug=" + childSlug)).get(0);
            assertEquals(koParent.path("id").asLong(), remadeChild.path("parent").asLong());
        } finally {
            for (String slug : new String[]{childSlug, parentSlug}) {
                for (JsonNode term : wp.getJson(wp.koRest("/wp/v2/categories?slug=" + slug))) {
                    wp.send("DELETE", wp.koRest("/wp/v2/categories/" + term.path("id").asLong() + "?force=true"), null);
                }
            }
            for (JsonNode koTag : wp.getJson(wp.koRest("/wp/v2/tags?slug=" + tagSlug))) {
                wp.send("DELETE", wp.koRest("/wp/v2/tags/" + koTag.path("id").asLong() + "?force=true"), null);
            }
            wp.send("DELETE", wp.rest("/wp/v2/posts/" + post + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/tags/" + tag + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/categories/" + child + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/categories/" + parent + "?force=true"), null);
            wp.send("POST", wp.koRest("/wp/v2/categories/1"), ("{\"name\":" + koDefault.path("name").toString() + ",\"description\":"
                    + koDefault.path("description").toString() + "}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A Korean category an editor moved under another parent there keeps it: the next push still writes its translated
     * description (the English one changed) and names it; --overwrite-edits puts it back under its parent's translation.
     */
    @Test
    void aParentAnEditorChoseThereSurvivesThePush(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of categories an editor re-parented on the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        String riversSlug = "wpxliff-rivers-" + r, lakesSlug = "wpxliff-lakes-" + r, deltasSlug = "wpxliff-deltas-" + r;
        long rivers = enCategory(wp, riversSlug, "");
        long lakes = enCategory(wp, lakesSlug, "");
        long deltas = enCategory(wp, deltasSlug, ",'parent':" + rivers + ",'description':'Where rivers end.'");
        try {
            Path auth = wp.writeAuthFile(dir);
            translateCategories(wp, dir, auth, r);
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            long koRivers = koCategory(wp, riversSlug).path("id").asLong(), koLakes = koCategory(wp, lakesSlug).path("id").asLong();
            JsonNode koDeltas = koCategory(wp, deltasSlug);
            assertEquals(koRivers, koDeltas.path("parent").asLong());

            long koDeltasId = koDeltas.path("id").asLong();
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/categories/" + koDeltasId), ("{\"parent\":" + koLakes + "}")
                    .getBytes(StandardCharsets.UTF_8)).statusCode());
            wp.send("POST", wp.rest("/wp/v2/categories/" + deltas), "{\"description\":\"Where rivers meet the sea.\"}"
                    .getBytes(StandardCharsets.UTF_8));
            translateCategories(wp, dir, auth, r);
            Cli.Run kept = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(kept.out().contains("terms-category.ko.terms.json: 1 term(s) on " + wp.koBase() + " keep the parent an"
                    + " editor set there since wpxliff last pushed them, not the translation's: " + deltasSlug + " (id "
                    + koDeltasId + ": parent kept)"), kept.out());
            JsonNode now = koCategory(wp, deltasSlug);
            assertEquals(koLakes, now.path("parent").asLong(), "the editor's parent stays");
            assertTrue(now.path("description").asText().startsWith("⟦")
                    && !now.path("description").asText().equals(koDeltas.path("description").asText()), "the new description: " + now);

            Cli.Run overwritten = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--overwrite-edits");
            assertFalse(overwritten.out().contains("keep the parent"), overwritten.out());
            assertEquals(koRivers, koCategory(wp, deltasSlug).path("parent").asLong(), "under its parent's translation when asked");
        } finally {
            for (String slug : new String[]{deltasSlug, riversSlug, lakesSlug}) {
                for (JsonNode term : wp.getJson(wp.koRest("/wp/v2/categories?slug=" + slug))) {
                    wp.send("DELETE", wp.koRest("/wp/v2/categories/" + term.path("id").asLong() + "?force=true"), null);
                }
            }
            for (long id : new long[]{deltas, rivers, lakes}) wp.send("DELETE", wp.rest("/wp/v2/categories/" + id + "?force=true"), null);
        }
    }

    /** An English category of this slug (its name the slug), with these members besides ({@code ,'parent':7}). */
    private static long enCategory(TestWordPress.Site wp, String slug, String more) throws Exception {
        return wp.create(wp.rest("/wp/v2/categories"), "{'name':'" + slug + "','slug':'" + slug + "'" + more + "}");
    }

    private static JsonNode koCategory(TestWordPress.Site wp, String slug) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/categories?context=edit&slug=" + slug)).get(0);
    }

    /** pull (this test's categories) → export → pseudo → merge, into DIR/in, xliff, pseudo, ko (afresh each time). */
    private static void translateCategories(TestWordPress.Site wp, Path dir, Path auth, String r) throws Exception {
        Path in = dir.resolve("in");
        Cli.expect(0, "pull", wp.base(), "--type", "categories", "-o", in.toString(), "--auth-file", auth.toString());
        PulledTerms.keepOnly(in.resolve("terms-category.json"), r);
        for (String folder : new String[]{"xliff", "pseudo"}) {
            Path old = dir.resolve(folder);
            if (Files.isDirectory(old)) try (var files = Files.list(old)) {
                for (Path f : files.toList()) Files.delete(f);
            }
        }
        Cli.expect(0, "export", "-o", dir.resolve("xliff").toString(), in.resolve("terms-category.json").toString());
        Cli.expect(0, "pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("xliff").toString());
        Cli.expect(0, "merge", "-o", dir.resolve("ko").toString(), dir.resolve("pseudo").toString());
    }
}
