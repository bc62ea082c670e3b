package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pull --type menus → export → pseudo → merge → push of a classic menu between the real test sites: the Korean menu
 * gets the translated labels, its page items link to the Korean page, its category item to the Korean category, its
 * custom link to the Korean address, children stay under their parents; an item whose page has no translation is
 * left out and named; pushing again changes nothing; an item removed from the English menu goes, one an editor added
 * on the Korean site stays.
 */
class PushMenusCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKoreanMenuLinksToTheTranslations(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a classic menu to the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        String slug = "wpxliff-menu-" + r;
        // drafts, so that the English site keeps the published pages other tests count
        long page = teamPage(wp, r);
        long orphan = wp.create(wp.rest("/wp/v2/pages"), "{'title':'Orphan','status':'draft','slug':'wpxliff-orphan-" + r
                + "','content':'<p>Alone.</p>'}");
        // WordPress makes a menu's slug from its name
        long enMenu = wp.create(wp.rest("/wp/v2/menus"), "{'name':'" + slug + "'}");
        Long koMenu = null;
        try {
            Map<String, Long> en = new HashMap<>();
            en.put("custom", item(wp, "{'title':'Home &amp; away','attr_title':'Go home','url':'" + wp.base() + "/how-to/','menus':"
                    + enMenu + ",'status':'publish','menu_order':1}"));
            en.put("page", item(wp, "{'type':'post_type','object':'page','object_id':" + page + ",'menus':" + enMenu
                    + ",'status':'publish','menu_order':2}"));
            en.put("child", item(wp, "{'type':'post_type','object':'page','object_id':" + page + ",'title':'Our team','description':"
                    + "'Who we are.','parent':" + en.get("page") + ",'menus':" + enMenu + ",'status':'publish','menu_order':3}"));
            en.put("news", item(wp, "{'type':'taxonomy','object':'category','object_id':1,'title':'News','menus':" + enMenu
                    + ",'status':'publish','menu_order':4}"));
            en.put("orphan", item(wp, "{'type':'post_type','object':'page','object_id':" + orphan + ",'title':'Orphan','menus':"
                    + enMenu + ",'status':'publish','menu_order':5}"));
            Path auth = wp.writeAuthFile(dir);

            translate(wp, dir, auth, page, slug);
            Cli.Run dry = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
            assertTrue(dry.out().contains("menu-" + slug + ".ko.menu.json: would be created"), dry.out());
            assertEquals(0, wp.getJson(wp.koRest("/wp/v2/menus?slug=" + slug)).size(), "a dry run makes nothing");

            Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(pushed.out().contains("menu-" + slug + ".ko.menu.json: created (menu "), pushed.out());
            assertTrue(pushed.err().contains("1 item(s) link to what has no translation on " + wp.koBase() + " (page " + orphan
                    + " (wpxliff-orphan-" + r + "))"), pushed.err());
            koMenu = wp.getJson(wp.koRest("/wp/v2/menus?slug=" + slug)).get(0).path("id").asLong();
            long koPage = wp.getJson(wp.koRest("/wp/v2/pages?slug=wpxliff-team-" + r + "&status=draft")).get(0).path("id").asLong();
            long koUncategorized = wp.getJson(wp.koRest("/wp/v2/categories?slug=uncategorized")).get(0).path("id").asLong();
            List<JsonNode> items = items(wp, koMenu);
            assertEquals(4, items.size(), items.toString());
            JsonNode custom = items.get(0), pageItem = items.get(1), child = items.get(2), news = items.get(3);
            assertTrue(custom.path("title").path("raw").asText().startsWith("⟦"), custom.toString());
            assertTrue(custom.path("attr_title").asText().startsWith("⟦"), custom.toString());
            assertEquals(wp.koBase() + "/how-to/", custom.path("url").asText(), "the custom link in the Korean locale");
            assertEquals(koPage, pageItem.path("object_id").asLong(), "the Korean page");
            assertTrue(pageItem.path("title").path("raw").asText().startsWith("⟦"), "the Korean page's title: " + pageItem);
            assertEquals(pageItem.path("id").asLong(), child.path("parent").asLong(), "under its parent's translation");
            assertTrue(child.path("description").asText().startsWith("⟦"), child.toString());
            assertEquals(koUncategorized, news.path("object_id").asLong(), "the Korean category with the same slug");

            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("menu-" + slug + ".ko.menu.json: unchanged"), again.out());
            Path menuOnly = Files.createDirectories(dir.resolve("menu-only"));
            for (String suffix : new String[]{".ko.menu.json", ".ko.json"}) {
                Files.copy(dir.resolve("ko").resolve("menu-" + slug + suffix), menuOnly.resolve("menu-" + slug + suffix));
            }
            Cli.Run home = Cli.expect(1, "push", menuOnly.toString(), "--site", wp.base(), "--auth-file", auth.toString());
            assertTrue(home.err().contains("is the site the menu comes from"), home.err());
            // QA: the menu merged again into a folder without the record: its items would all be added a second time
            Cli.Run unrecorded = Cli.expect(1, "push", menuOnly.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(unrecorded.err().contains("menu-" + slug + ".ko.menu.json: menu " + koMenu + " on " + wp.koBase()
                    + "/wp-json/ was found by its slug (" + slug + "), not in the push record"), unrecorded.err());
            assertTrue(unrecorded.err().contains("holds 4 item(s) push cannot tell from translations it made: pushing would"
                    + " add every item again"), unrecorded.err());
            assertEquals(4, items(wp, koMenu).size(), "no item added");
            assertEquals(1, wp.getJson(wp.rest("/wp/v2/menus?slug=" + slug)).size(), "no second menu on the English site");

            // the English menu loses an item, a Korean editor adds one: the first goes, the second stays
            wp.send("DELETE", wp.rest("/wp/v2/menu-items/" + en.get("news") + "?force=true"), null);
            long editors = wp.create(wp.koRest("/wp/v2/menu-items"), "{'title':'Contact','url':'https://example.org/','menus':"
                    + koMenu + ",'status':'publish'}");
            translate(wp, dir, auth, page, slug);
            Cli.Run third = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(third.out().contains("0 item(s) added, 0 updated, 1 deleted"), third.out());
            List<Long> ids = items(wp, koMenu).stream().map(i -> i.path("id").asLong()).sorted().toList();
            assertEquals(java.util.stream.Stream.of(custom, pageItem, child).map(i -> i.path("id").asLong()).sorted().toList(),
                    ids.stream().filter(id -> id != editors).toList(), "the news item went, the others stayed as they were");
            assertTrue(ids.contains(editors), "the editor's item stays");

            // a Korean editor relabels the translated custom link: pushing again would undo it, so it is held back
            long customId = custom.path("id").asLong();
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/menu-items/" + customId), "{\"title\":\"편집자의 링크\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode());
            Cli.Run held = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(held.err().contains("menu-" + slug + ".ko.menu.json: 1 menu item(s) on " + wp.koBase() + " were edited"
                    + " there since wpxliff last pushed them, and pushing would overwrite those edits: \"편집자의 링크\" (id "
                    + customId + ": title changed)"), held.err());
            assertEquals("편집자의 링크", itemTitle(wp, customId));
            // the menu held back counts as failed only (QA: "147 unchanged, 6 failed (of 150)")
            java.util.regex.Matcher summary = java.util.regex.Pattern.compile("(\\d+) created, (\\d+) updated, (\\d+)"
                    + " unchanged, (\\d+) failed \\(of (\\d+)\\)").matcher(held.out());
            assertTrue(summary.find(), held.out());
            assertEquals(Integer.parseInt(summary.group(5)), Integer.parseInt(summary.group(1))
                    + Integer.parseInt(summary.group(2)) + Integer.parseInt(summary.group(3)) + Integer.parseInt(summary.group(4)),
                    held.out());
            Cli.Run overwritten = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--overwrite-edits");
            assertEquals(custom.path("title").path("raw").asText(), itemTitle(wp, customId), "overwritten when asked");
            assertTrue(overwritten.err().contains("note: --overwrite-edits: 1 menu item(s) on " + wp.koBase() + " had text,"
                    + " links or places editors changed there since wpxliff last pushed them, which the translation replaced:"
                    + " menu-" + slug + ".ko.menu.json: \"편집자의 링크\" (id " + customId + ": title); WordPress keeps no"
                    + " earlier version of a menu item"), overwritten.err());

            // relabelled there again, and carried into the translation this time: the Korean menu pulled and aligned with
            // the English one through the record (its items' keys hold each site's item ids); the export offers the label
            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/menu-items/" + customId), "{\"title\":\"편집자의 새 링크\"}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode());
            Path koSite = dir.resolve("ko-site");
            Cli.expect(0, "pull", wp.koBase(), "--type", "menus", "-o", koSite.toString(), "--auth-file", auth.toString());
            Path memory = dir.resolve("site.tmx");
            Path menuFile = dir.resolve("in").resolve("menu-" + slug + ".json");
            Cli.Run aligned = Cli.expect(0, "tm", "align", menuFile.toString(), "--translations",
                    koSite.resolve("menu-" + slug + ".json").toString(), "--record", dir.resolve("ko").toString(), "--tm",
                    memory.toString());
            assertTrue(aligned.out().contains("units aligned"), aligned.out());
            Cli.expect(0, "export", menuFile.toString(), "--tm", memory.toString(), "-o", dir.resolve("again").toString());
            String offered = Files.readString(dir.resolve("again").resolve("menu-" + slug + ".ko.xlf"));
            assertTrue(offered.contains("편집자의 새 링크"), "the editor's label offered: " + aligned.out() + aligned.err());

            // an editor deletes the item there: it is not made again without a word (QA), unless --overwrite-edits
            int before = items(wp, koMenu).size();
            wp.send("DELETE", wp.koRest("/wp/v2/menu-items/" + customId + "?force=true"), null);
            Cli.Run deleted = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString());
            assertTrue(deleted.err().contains("(id " + customId + ": deleted there)"), deleted.err());
            assertEquals(before - 1, items(wp, koMenu).size(), "not made again");
            Cli.Run remade = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--overwrite-edits");
            assertEquals(before, items(wp, koMenu).size(), "made again when asked");
            assertTrue(remade.err().contains("(id " + customId + ": deleted there); WordPress keeps no earlier version"), remade.err());
        } finally {
            wp.send("DELETE", wp.rest("/wp/v2/menus/" + enMenu + "?force=true"), null);
            if (koMenu != null) wp.send("DELETE", wp.koRest("/wp/v2/menus/" + koMenu + "?force=true"), null);
        }
    }

    /**
     * What is not text in the Korean menu is the Korean site's own once an editor changed it there: an item re-ordered,
     * one pointed to a Korean-only page, one moved to the top level keep that by the next push, which still writes their
     * translated labels (a changed English label included, and an order the English changed too: the editor's kept), and
     * names them; --overwrite-edits sets the translation's back. A record written before these values were kept has
     * none: the translation's are pushed, as before.
     */
    @Test
    void anEditorsOrderLinkAndParentThereSurviveThePush(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a classic menu an editor re-ordered on the Korean test site");
        String r = TestWordPress.uniqueSuffix();
        // a page only the Korean site has, which an editor links the menu to
        long koOnly = wp.create(wp.koRest("/wp/v2/pages"), "{'title':'한국 전용','status':'draft','slug':'wpxliff-ko-only-" + r + "'}");
        long page = teamPage(wp, r);
        String slug = "wpxliff-menu-" + r;
        long enMenu = wp.create(wp.rest("/wp/v2/menus"), "{'name':'" + slug + "'}");
        Long koMenu = null;
        try {
            long custom = item(wp, "{'title':'Home','url':'" + wp.base() + "/how-to/','menus':" + enMenu
                    + ",'status':'publish','menu_order':1}");
            long pageItem = item(wp, "{'type':'post_type','object':'page','object_id':" + page + ",'title':'Our team','menus':"
                    + enMenu + ",'status':'publish','menu_order':2}");
            item(wp, "{'title':'Jobs','url':'" + wp.base() + "/jobs/','parent':" + pageItem + ",'menus':" + enMenu
                    + ",'status':'publish','menu_order':3}");
            Path auth = wp.writeAuthFile(dir);
            translate(wp, dir, auth, page, slug);
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            koMenu = wp.getJson(wp.koRest("/wp/v2/menus?slug=" + slug)).get(0).path("id").asLong();
            long koPage = wp.getJson(wp.koRest("/wp/v2/pages?slug=wpxliff-team-" + r + "&status=draft")).get(0).path("id").asLong();
            List<JsonNode> pushed = items(wp, koMenu);
            long koCustom = pushed.get(0).path("id").asLong(), koPageItem = pushed.get(1).path("id").asLong();
            long koChild = pushed.get(2).path("id").asLong();
            assertEquals(koPageItem, pushed.get(2).path("parent").asLong());

            // the Korean editor: the custom link last, the page item to a Korean-only page, the child to the top level
            edit(wp, koCustom, "{\"menu_order\":7}");
            edit(wp, koPageItem, "{\"type\":\"post_type\",\"object\":\"page\",\"object_id\":" + koOnly + "}");
            edit(wp, koChild, "{\"parent\":0}");
            // the English: a new label for the custom link, which it moves too
            wp.send("POST", wp.rest("/wp/v2/menu-items/" + custom), "{\"title\":\"Home again\",\"menu_order\":9}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            translate(wp, dir, auth, page, slug);
            String note = "menu-" + slug + ".ko.menu.json: 3 menu item(s) on " + wp.koBase() + " %s the link, order, target or"
                    + " parent an editor set there since wpxliff last pushed them, not the translation's: ";
            Cli.Run dry = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--dry-run");
            assertTrue(dry.out().contains(String.format(note, "would keep")), dry.out());
            Cli.Run kept = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(kept.out().contains(String.format(note, "keep")), kept.out());
            assertTrue(kept.out().contains("(id " + koCustom + ": order kept (the English changed order too: the editor's"
                    + " choice kept))"), kept.out());
            assertTrue(kept.out().contains("(id " + koPageItem + ": link kept)"), kept.out());
            assertTrue(kept.out().contains("(id " + koChild + ": parent kept)"), kept.out());
            assertTrue(kept.out().contains("menu-" + slug + ".ko.menu.json: updated (menu " + koMenu + ": 0 item(s) added, 1 updated"),
                    kept.out());
            JsonNode customNow = item(wp, koCustom), pageNow = item(wp, koPageItem), childNow = item(wp, koChild);
            assertEquals(7, customNow.path("menu_order").asInt(), "the editor's order stays");
            String label = customNow.path("title").path("raw").asText();
            assertTrue(label.startsWith("⟦") && !label.equals(pushed.get(0).path("title").path("raw").asText()),
                    "the new label is pushed: " + customNow);
            assertEquals(koOnly, pageNow.path("object_id").asLong(), "the editor's link stays");
            assertEquals(0, childNow.path("parent").asLong(), "the editor's parent stays");
            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("menu-" + slug + ".ko.menu.json: unchanged"), again.out());
            assertTrue(again.out().contains(String.format(note, "keep")), "named again: " + again.out());

            Cli.Run overwritten = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file",
                    auth.toString(), "--overwrite-edits");
            assertFalse(overwritten.out().contains("an editor set there"), overwritten.out());
            assertTrue(overwritten.err().contains("(id " + koCustom + ": order)") && overwritten.err().contains("(id "
                    + koPageItem + ": link)") && overwritten.err().contains("(id " + koChild + ": parent)"), overwritten.err());
            assertEquals(9, item(wp, koCustom).path("menu_order").asInt(), "the translation's order when asked");
            assertEquals(koPage, item(wp, koPageItem).path("object_id").asLong(), "the translation's link when asked");
            assertEquals(koPageItem, item(wp, koChild).path("parent").asLong(), "the translation's parent when asked");

            // a record written before these values were kept: the translation's order is pushed, as before
            edit(wp, koCustom, "{\"menu_order\":7}");
            Path recordFile = dir.resolve("ko").resolve(".wpxliff-push.json");
            com.fasterxml.jackson.databind.node.ObjectNode record = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(recordFile.toFile());
            record.path("posts").forEach(entry -> ((com.fasterxml.jackson.databind.node.ObjectNode) entry).remove("pushed_structure"));
            JSON.writeValue(recordFile.toFile(), record);
            Cli.Run older = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertFalse(older.out().contains("an editor set there"), older.out());
            assertEquals(9, item(wp, koCustom).path("menu_order").asInt(), "an older record keeps nothing");
        } finally {
            wp.send("DELETE", wp.rest("/wp/v2/menus/" + enMenu + "?force=true"), null);
            if (koMenu != null) wp.send("DELETE", wp.koRest("/wp/v2/menus/" + koMenu + "?force=true"), null);
            wp.send("DELETE", wp.koRest("/wp/v2/pages/" + koOnly + "?force=true"), null);
        }
    }

    /** The English page the menus link to: a draft, so that the English site keeps the published pages other tests count. */
    private static long teamPage(TestWordPress.Site wp, String r) throws Exception {
        return wp.create(wp.rest("/wp/v2/pages"), "{'title':'Team','status':'draft','slug':'wpxliff-team-" + r
                + "','content':'<p>Who we are.</p>'}");
    }

    /**
     * A category item links to the Korean category the terms' push made, found through the push record: after a Korean
     * editor gave that category a slug of its own, the menu is not said to link to what has no translation (QA).
     */
    @Test
    void aCategoryItemFindsItsTranslationThroughTheRecordWhateverItsSlug(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a classic menu linking to a renamed Korean category");
        String r = TestWordPress.uniqueSuffix();
        String menuSlug = "wpxliff-menu-" + r, categorySlug = "wpxliff-rivers-" + r;
        long category = wp.create(wp.rest("/wp/v2/categories"), "{'name':'Rivers','slug':'" + categorySlug + "'}");
        long enMenu = wp.create(wp.rest("/wp/v2/menus"), "{'name':'" + menuSlug + "'}");
        Long koMenu = null;
        try {
            item(wp, "{'type':'taxonomy','object':'category','object_id':" + category + ",'title':'Rivers','menus':" + enMenu
                    + ",'status':'publish','menu_order':1}");
            Path auth = wp.writeAuthFile(dir), in = dir.resolve("in");
            Cli.expect(0, "pull", wp.base(), "--type", "menus,categories", "-o", in.toString(), "--auth-file", auth.toString());
            net.wpxliff.testing.PulledTerms.keepOnly(in.resolve("terms-category.json"), r);
            Cli.expect(0, "export", in.resolve("terms-category.json").toString(), in.resolve("menu-" + menuSlug + ".json").toString(),
                    "-o", dir.resolve("xliff").toString());
            Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
            Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString());
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            koMenu = wp.getJson(wp.koRest("/wp/v2/menus?slug=" + menuSlug)).get(0).path("id").asLong();
            long koCategory = wp.getJson(wp.koRest("/wp/v2/categories?slug=" + categorySlug)).get(0).path("id").asLong();
            assertEquals(koCategory, items(wp, koMenu).get(0).path("object_id").asLong());

            assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/categories/" + koCategory), ("{\"slug\":\"gang-" + r + "\"}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode());
            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertFalse(again.err().contains("link to what has no translation"), again.err());
            assertTrue(again.out().contains("menu-" + menuSlug + ".ko.menu.json: unchanged"), again.out());
            assertEquals(koCategory, items(wp, koMenu).get(0).path("object_id").asLong(), "still the Korean category");
        } finally {
            wp.send("DELETE", wp.rest("/wp/v2/menus/" + enMenu + "?force=true"), null);
            if (koMenu != null) wp.send("DELETE", wp.koRest("/wp/v2/menus/" + koMenu + "?force=true"), null);
            for (JsonNode term : wp.getJson(wp.koRest("/wp/v2/categories?search=" + r))) {
                wp.send("DELETE", wp.koRest("/wp/v2/categories/" + term.path("id").asLong() + "?force=true"), null);
            }
            wp.send("DELETE", wp.rest("/wp/v2/categories/" + category + "?force=true"), null);
        }
    }

    /** A Korean editor's change of a menu item there. */
    private static void edit(TestWordPress.Site wp, long item, String json) throws Exception {
        var answer = wp.send("POST", wp.koRest("/wp/v2/menu-items/" + item), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode item(TestWordPress.Site wp, long item) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/menu-items/" + item + "?context=edit"));
    }

    private static String itemTitle(TestWordPress.Site wp, long item) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/menu-items/" + item + "?context=edit")).path("title").path("raw").asText();
    }

    /** pull (the page and the menus) → export → pseudo → merge, into DIR/in, xliff, pseudo, ko. */
    private static void translate(TestWordPress.Site wp, Path dir, Path auth, long page, String slug) throws Exception {
        Path in = dir.resolve("in");
        Cli.expect(0, "pull", wp.base(), "--id", Long.toString(page), "--status", "draft", "-o", in.toString(), "--auth-file", auth.toString());
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--type", "menus", "-o", in.toString(), "--auth-file", auth.toString());
        Path menu = in.resolve("menu-" + slug + ".json");
        assertTrue(Files.isRegularFile(menu), pulled.out() + pulled.err());
        for (String folder : new String[]{"xliff", "pseudo"}) {
            Path old = dir.resolve(folder);
            if (Files.isDirectory(old)) try (var files = Files.list(old)) {
                for (Path f : files.toList()) Files.delete(f);
            }
        }
        Cli.expect(0, "export", in.resolve("wpxliff-team-" + slug.substring("wpxliff-menu-".length()) + ".json").toString(), menu.toString(),
                "-o", dir.resolve("xliff").toString());
        Cli.expect(0, "pseudo", dir.resolve("xliff").toString(), "-o", dir.resolve("pseudo").toString());
        Cli.expect(0, "merge", dir.resolve("pseudo").toString(), "-o", dir.resolve("ko").toString(), "--source-url", wp.base() + "/",
                "--target-url", wp.koBase() + "/");
    }

    private static long item(TestWordPress.Site wp, String json) throws Exception {
        return wp.create(wp.rest("/wp/v2/menu-items"), json);
    }

    private static List<JsonNode> items(TestWordPress.Site wp, long menu) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        wp.getJson(wp.koRest("/wp/v2/menu-items?menus=" + menu + "&context=edit&orderby=menu_order&order=asc&per_page=100"))
                .forEach(items::add);
        items.sort(java.util.Comparator.comparingLong(i -> i.path("menu_order").asLong()));
        return items;
    }

}
