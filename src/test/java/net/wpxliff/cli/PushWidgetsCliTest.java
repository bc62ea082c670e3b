package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.SiteThemes;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pull --type widgets → export → pseudo → merge → push between the real test sites under a classic theme (Twenty
 * Twenty-One, whose footer shows the "sidebar-1" widgets): the Korean site's own copy of an English block widget (as a
 * new site has WordPress's defaults) is translated in place, never doubled; the English site's Text, Custom HTML,
 * Navigation Menu and pattern widgets are made there in the same order, the link in the Korean locale, the menu's and
 * pattern's translations (pushed before them) shown; the Korean site's other widgets stay after them; the Korean front
 * page shows them; pushing again changes nothing; a widget removed from the English sidebar goes from the Korean one;
 * pushing to the English site itself is refused. Under the block theme, pull says there are no widgets and writes no
 * file.
 */
class PushWidgetsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theKoreanSidebarShowsTheTranslatedWidgets(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of sidebar widgets to the Korean test site");
        SiteThemes.activate(SiteThemes.CLASSIC);
        // put back afterwards: each site's sidebar as it was, the widgets' settings as they were
        Map<String, JsonNode> koBefore = widgets(wp, wp.koRest(""));
        List<String> enSidebar = sidebar(wp, wp.rest("")), koSidebar = sidebar(wp, wp.koRest(""));
        List<String> made = new ArrayList<>();
        String menuSlug = "wpxliff-widget-menu-" + TestWordPress.uniqueSuffix();
        long enMenu = wp.create(wp.rest("/wp/v2/menus"), "{'name':'" + menuSlug + "'}");
        // a draft, so that the English site's published patterns stay as other tests count them
        long pattern = wp.create(wp.rest("/wp/v2/blocks"), "{'title':'Newsletter','status':'draft','content':"
                + "'<!-- wp:paragraph --><p>Subscribe to our letter.</p><!-- /wp:paragraph -->'}");
        try {
            // the same block widget on both sites, as WordPress puts its defaults in a new site (the test does not count on
            // those: reading a block theme's widgets sets them aside)
            String heading = "'<!-- wp:heading --><h2>Recent Posts</h2><!-- /wp:heading --><!-- wp:latest-posts /-->'";
            String copy = widget(wp, wp.rest(""), "{'id_base':'block','sidebar':'sidebar-1','instance':{'raw':{'content':" + heading + "}}}");
            String koCopy = widget(wp, wp.koRest(""), "{'id_base':'block','sidebar':'sidebar-1','instance':{'raw':{'content':" + heading + "}}}");
            made.add(copy);
            made.add("ko:" + koCopy);
            List<String> koOwn = new ArrayList<>(List.of(koCopy));
            koOwn.addAll(koSidebar); // the Korean site's own widgets, if any, after it
            setSidebar(wp, wp.koRest(""), koOwn);
            String text = widget(wp, "{'id_base':'text','sidebar':'sidebar-1','instance':{'raw':{'title':'About this site',"
                    + "'text':'We write about <strong>rivers</strong>.','filter':true,'visual':true}}}");
            String html = widget(wp, "{'id_base':'custom_html','sidebar':'sidebar-1','instance':{'raw':{'title':'Contact',"
                    + "'content':'<p>Write to <a href=\\'" + wp.base() + "/contact/\\'>our desk</a>.</p>'}}}");
            String menu = widget(wp, "{'id_base':'nav_menu','sidebar':'sidebar-1','instance':{'raw':{'title':'Quick links',"
                    + "'nav_menu':" + enMenu + "}}}");
            String shown = widget(wp, "{'id_base':'block','sidebar':'sidebar-1','instance':{'raw':{'content':"
                    + "'<!-- wp:block {\\'ref\\':" + pattern + "} /-->'}}}");
            made.add(text);
            made.add(html);
            made.add(menu);
            made.add(shown);
            List<String> order = List.of(copy, text, html, menu, shown);
            setSidebar(wp, wp.rest(""), order);
            Path auth = wp.writeAuthFile(dir);

            translate(wp, dir, auth, menuSlug, pattern);
            Cli.Run dry = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
            // the menu and pattern widgets count: this run pushes their menu and pattern first
            assertTrue(dry.out().contains("widgets.ko.widgets.json: would be created (widgets: 4 would be added, 1 would be updated"),
                    dry.out());
            Path widgetsOnly = Files.createDirectories(dir.resolve("widgets-only"));
            for (String name : new String[]{"widgets.ko.widgets.json", "widgets.ko.json"}) {
                Files.copy(dir.resolve("ko").resolve(name), widgetsOnly.resolve(name));
            }
            Cli.Run alone = Cli.expect(0, "push", widgetsOnly.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--dry-run");
            assertTrue(alone.out().contains("(widgets: 2 would be added, 1 would be updated"), alone.out());
            assertTrue(alone.err().contains("(its navigation menu has no translation there: push the menu)")
                    && alone.err().contains("which has no translation pushed from this folder there: push it first"), alone.err());
            assertEquals(koOwn, sidebar(wp, wp.koRest("")), "a dry run changes nothing");

            Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(pushed.out().contains("widgets.ko.widgets.json: created (widgets: 4 added, 1 updated"), pushed.out());
            List<String> ko = sidebar(wp, wp.koRest(""));
            Map<String, JsonNode> koWidgets = widgets(wp, wp.koRest(""));
            for (String id : ko) if (!koOwn.contains(id)) made.add("ko:" + id);
            assertEquals(koCopy, ko.get(0), "the Korean copy of the English widget taken, not doubled: " + ko);
            assertTrue(koWidgets.get(koCopy).path("instance").path("raw").path("content").asText().contains("<h2>⟦"),
                    "translated in place: " + koWidgets.get(koCopy));
            assertTrue(ko.get(1).startsWith("text-") && ko.get(2).startsWith("custom_html-") && ko.get(3).startsWith("nav_menu-")
                    && ko.get(4).startsWith("block-"), "the English order: " + ko);
            assertEquals(koSidebar, ko.subList(5, ko.size()), "the Korean site's own widgets kept, after the translations");
            JsonNode koText = koWidgets.get(ko.get(1)).path("instance").path("raw");
            assertTrue(koText.path("title").asText().startsWith("⟦") && koText.path("text").asText().contains("<strong>"), koText.toString());
            String koHtml = koWidgets.get(ko.get(2)).path("instance").path("raw").path("content").asText();
            assertTrue(koHtml.contains("href=\"" + wp.koBase() + "/contact/\""), "the link in the Korean locale: " + koHtml);
            long koMenu = wp.getJson(wp.koRest("/wp/v2/menus?slug=" + menuSlug)).get(0).path("id").asLong();
            JsonNode koNavMenu = koWidgets.get(ko.get(3)).path("instance").path("raw");
            assertEquals(koMenu, koNavMenu.path("nav_menu").asLong(), "the menu's translation, pushed before: " + koNavMenu);
            assertTrue(koNavMenu.path("title").asText().startsWith("⟦"), koNavMenu.toString());
            long koPattern = koPattern(dir, pattern);
            assertEquals("<!-- wp:block {\"ref\":" + koPattern + "} /-->",
                    koWidgets.get(ko.get(4)).path("instance").path("raw").path("content").asText(), "the pattern's translation");
            String front = new String(wp.send("GET", URI.create(wp.koBase() + "/"), null).body(), StandardCharsets.UTF_8);
            assertTrue(front.contains(koText.path("title").asText()), "the Korean front page shows the widget");

            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("widgets.ko.widgets.json: unchanged"), again.out());

            // a Korean editor shows another menu in the Navigation Menu widget: the Korean site's choice, kept by the next
            // push (named), which --overwrite-edits sets back to the translation's menu
            String koNavId = ko.get(3);
            long editorsMenu = wp.create(wp.koRest("/wp/v2/menus"), "{'name':'wpxliff-editors-menu-" + TestWordPress.uniqueSuffix() + "'}");
            try {
                ObjectNode chosen = koWidgets.get(koNavId).path("instance").path("raw").deepCopy();
                chosen.put("nav_menu", editorsMenu);
                ObjectNode change = JSON.createObjectNode();
                change.putObject("instance").set("raw", chosen);
                assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/widgets/" + koNavId), JSON.writeValueAsBytes(change)).statusCode());
                Cli.Run keeps = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
                assertTrue(keeps.out().contains("widgets.ko.widgets.json: 1 Navigation Menu widget(s) on " + wp.koBase()
                        + " keep the menu an editor set there since wpxliff last pushed them, not the translation's: " + koNavId
                        + " (menu kept)"), keeps.out());
                assertTrue(keeps.out().contains("widgets.ko.widgets.json: unchanged"), keeps.out());
                assertEquals(editorsMenu, navMenu(wp, koNavId), "the editor's menu stays");
                Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--overwrite-edits");
                assertEquals(koMenu, navMenu(wp, koNavId), "the translation's menu when asked");
                Cli.Run settled = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
                assertFalse(settled.out().contains("keep the menu"), settled.out());
            } finally {
                wp.send("DELETE", wp.koRest("/wp/v2/menus/" + editorsMenu + "?force=true"), null);
            }

            // a Korean editor retitles the translated Custom HTML widget: pushing again would undo it, so it is held back
            String koHtmlId = ko.get(2);
            retitle(wp, koWidgets.get(koHtmlId), "편집자의 연락처");
            Cli.Run held = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(held.err().contains("widgets.ko.widgets.json: 1 widget(s) on " + wp.koBase() + " were edited there since"
                    + " wpxliff last pushed them, and pushing would overwrite those edits: " + koHtmlId + " (title changed)"), held.err());
            assertEquals("편집자의 연락처", widgets(wp, wp.koRest("")).get(koHtmlId).path("instance").path("raw").path("title").asText());
            assertEquals(ko, sidebar(wp, wp.koRest("")), "held back in its place");
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--overwrite-edits");
            assertEquals(koWidgets.get(koHtmlId).path("instance").path("raw").path("title").asText(),
                    widgets(wp, wp.koRest("")).get(koHtmlId).path("instance").path("raw").path("title").asText(), "overwritten when asked");
            // an editor deletes it there: not made again without a word (QA), unless --overwrite-edits
            wp.send("DELETE", wp.koRest("/wp/v2/widgets/" + koHtmlId + "?force=true"), null);
            Cli.Run gone = Cli.expect(1, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(gone.err().contains(koHtmlId + " (deleted there)"), gone.err());
            assertFalse(sidebar(wp, wp.koRest("")).stream().anyMatch(id -> id.startsWith("custom_html-")), "not made again");
            Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString(), "--overwrite-edits");
            List<String> remade = sidebar(wp, wp.koRest(""));
            remade.stream().filter(id -> id.startsWith("custom_html-")).forEach(id -> made.add("ko:" + id));
            assertTrue(remade.stream().anyMatch(id -> id.startsWith("custom_html-")), "made again when asked: " + remade);
            ko = remade;
            Path body = Files.createDirectories(dir.resolve("body-only")).resolve("widgets.ko.widgets.json");
            Files.copy(dir.resolve("ko").resolve("widgets.ko.widgets.json"), body);
            Cli.Run home = Cli.expect(1, "push", body.toString(), "--site", wp.base(), "--auth-file", auth.toString());
            assertTrue(home.err().contains("is the site the widgets come from"), home.err());

            // the English text widget goes: so does its translation
            setSidebar(wp, wp.rest(""), order.stream().filter(id -> !id.equals(text)).toList());
            translate(wp, dir, auth, menuSlug, pattern);
            Cli.Run third = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(third.out().contains("0 added, 0 updated, 1 deleted"), third.out());
            assertFalse(sidebar(wp, wp.koRest("")).contains(ko.get(1)), "the Korean text widget went");
        } finally {
            for (String id : made) {
                URI uri = id.startsWith("ko:") ? wp.koRest("/wp/v2/widgets/" + id.substring(3) + "?force=true")
                        : wp.rest("/wp/v2/widgets/" + id + "?force=true");
                wp.send("DELETE", uri, null);
            }
            wp.send("DELETE", wp.rest("/wp/v2/menus/" + enMenu + "?force=true"), null);
            wp.send("DELETE", wp.rest("/wp/v2/blocks/" + pattern + "?force=true"), null);
            Long koPattern = Files.exists(dir.resolve("ko").resolve(".wpxliff-push.json")) ? koPattern(dir, pattern) : null;
            if (koPattern != null) wp.send("DELETE", wp.koRest("/wp/v2/blocks/" + koPattern + "?force=true"), null);
            for (JsonNode koMenu : wp.getJson(wp.koRest("/wp/v2/menus?slug=" + menuSlug))) {
                wp.send("DELETE", wp.koRest("/wp/v2/menus/" + koMenu.path("id").asLong() + "?force=true"), null);
            }
            restore(wp, wp.koRest(""), koBefore);
            setSidebar(wp, wp.rest(""), enSidebar);
            setSidebar(wp, wp.koRest(""), koSidebar);
            SiteThemes.activate(SiteThemes.BLOCK);
        }
    }

    /** The menu a Navigation Menu widget of the Korean site shows. */
    private static long navMenu(TestWordPress.Site wp, String widget) throws Exception {
        return widgets(wp, wp.koRest("")).get(widget).path("instance").path("raw").path("nav_menu").asLong();
    }

    /**
     * Without the push record: a first push to a Korean site holding WordPress's default widget in Korean translates it
     * in place and needs no flag; once the record is gone, a translated widget an editor changed there is no copy of
     * anything push knows, so its sidebar is left as it is, named, unless --replace-unrecorded moves it to the Inactive
     * Widgets and puts the translation in its place: never shown twice.
     */
    @Test
    void withoutTheRecordAnUnknownWidgetKeepsItsSidebarUnlessReplaced(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of sidebar widgets without the push record");
        SiteThemes.activate(SiteThemes.CLASSIC);
        List<String> enSidebar = sidebar(wp, wp.rest("")), koSidebar = sidebar(wp, wp.koRest(""));
        List<String> made = new ArrayList<>();
        try {
            // WordPress's default "Recent Posts" widget on both sites, the Korean site's made in Korean, as a new site's
            String group = "<!-- wp:group --><div class=\\'wp-block-group\\'><!-- wp:heading --><h2>%s</h2><!-- /wp:heading -->"
                    + "<!-- wp:latest-posts /--></div><!-- /wp:group -->";
            String enDefault = widget(wp, wp.rest(""), "{'id_base':'block','sidebar':'sidebar-1','instance':{'raw':{'content':'"
                    + String.format(group, "Recent Posts") + "'}}}");
            String koDefault = widget(wp, wp.koRest(""), "{'id_base':'block','sidebar':'sidebar-1','instance':{'raw':{'content':'"
                    + String.format(group, "최근 글") + "'}}}");
            String text = widget(wp, "{'id_base':'text','sidebar':'sidebar-1','instance':{'raw':{'title':'About this site',"
                    + "'text':'We write about rivers.','filter':true,'visual':true}}}");
            made.addAll(List.of(enDefault, text, "ko:" + koDefault));
            setSidebar(wp, wp.rest(""), List.of(enDefault, text));
            setSidebar(wp, wp.koRest(""), List.of(koDefault));
            Path auth = wp.writeAuthFile(dir);
            Path ko = dir.resolve("ko");
            Cli.expect(0, "pull", wp.base(), "--type", "widgets", "-o", dir.resolve("in").toString(), "--auth-file", auth.toString());
            Cli.expect(0, "export", "-o", dir.resolve("xliff").toString(), dir.resolve("in").resolve("widgets.json").toString());
            Cli.expect(0, "pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("xliff").toString());
            Cli.expect(0, "merge", "-o", ko.toString(), dir.resolve("pseudo").toString());

            Cli.Run first = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(first.out().contains("widgets.ko.widgets.json: created (widgets: 1 added, 1 updated"), first.out());
            List<String> pushed = sidebar(wp, wp.koRest(""));
            pushed.stream().filter(id -> !id.equals(koDefault)).forEach(id -> made.add("ko:" + id));
            assertEquals(2, pushed.size(), "the Korean default taken for the English one, not doubled: " + pushed);
            assertEquals(koDefault, pushed.get(0));
            Map<String, JsonNode> koWidgets = widgets(wp, wp.koRest(""));
            assertTrue(koWidgets.get(koDefault).path("instance").path("raw").path("content").asText().contains("<h2>⟦"),
                    "translated in place: " + koWidgets.get(koDefault));

            // the record is lost, and an editor retitles the translated Text widget there
            Files.delete(ko.resolve(".wpxliff-push.json"));
            String koText = pushed.get(1);
            retitle(wp, koWidgets.get(koText), "편집자의 소개");
            Cli.Run refused = Cli.expect(1, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(refused.err().contains("error: " + ko.resolve("widgets.ko.widgets.json") + ": 1 sidebar(s) on "
                    + wp.koBase() + "/wp-json/ hold widgets not in the push record (made there before wpxliff pushed, or the"
                    + " record was lost) that are neither the source's widgets, their translations nor WordPress's defaults"
                    + " (sidebar-1: " + koText + "): pushing would add the translations beside them, and any that are"
                    + " translations pushed before would show twice. Restore the record (.wpxliff-push.json beside the"
                    + " merged files) if it was lost, or push with --replace-unrecorded to move them to the Inactive Widgets"
                    + " (Appearance → Widgets, where they can be put back) and put the translations in their place"),
                    refused.err());
            assertEquals(pushed, sidebar(wp, wp.koRest("")), "nothing added");
            assertEquals("편집자의 소개", widgets(wp, wp.koRest("")).get(koText).path("instance").path("raw").path("title").asText());

            Cli.Run dry = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--replace-unrecorded", "--dry-run");
            assertTrue(dry.err().contains("note: 1 widget(s) on " + wp.koBase() + " were in the sidebars there, not in the"
                    + " push record (made there before wpxliff pushed, or the record was lost), and they would be moved to the"
                    + " Inactive Widgets to make room for the translations: sidebar-1: " + koText), dry.err());
            assertEquals(pushed, sidebar(wp, wp.koRest("")), "a dry run changes nothing");
            Cli.Run replaced = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString(),
                    "--replace-unrecorded");
            assertTrue(replaced.err().contains("and they were moved to the Inactive Widgets to make room for the"
                    + " translations: sidebar-1: " + koText + "; an administrator can put them back from there"), replaced.err());
            List<String> now = sidebar(wp, wp.koRest(""));
            now.stream().filter(id -> !pushed.contains(id)).forEach(id -> made.add("ko:" + id));
            assertEquals(2, now.size(), "the translation in its place, shown once: " + now);
            assertEquals(koDefault, now.get(0));
            assertFalse(now.contains(koText), now.toString());
            assertTrue(widgets(wp, wp.koRest("")).get(now.get(1)).path("instance").path("raw").path("title").asText()
                    .startsWith("⟦"), "the translation");
            JsonNode inactive = wp.getJson(wp.koRest("/wp/v2/sidebars/wp_inactive_widgets?context=edit")).path("widgets");
            assertTrue(inactive.toString().contains("\"" + koText + "\""), "the editor's widget kept aside: " + inactive);
            Cli.Run again = Cli.expect(0, "push", ko.toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("widgets.ko.widgets.json: unchanged"), "recorded now: " + again.out());
        } finally {
            for (String id : made) {
                URI uri = id.startsWith("ko:") ? wp.koRest("/wp/v2/widgets/" + id.substring(3) + "?force=true")
                        : wp.rest("/wp/v2/widgets/" + id + "?force=true");
                wp.send("DELETE", uri, null);
            }
            setSidebar(wp, wp.rest(""), enSidebar);
            setSidebar(wp, wp.koRest(""), koSidebar);
            SiteThemes.activate(SiteThemes.BLOCK);
        }
    }

    @Test
    void underABlockThemePullSaysSoAndWritesNoWidgetsFile(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("pull of widgets from the test site under its block theme");
        Cli.Run pulled = Cli.expect(0, "pull", wp.base(), "--type", "widgets", "-o", dir.resolve("in").toString(),
                "--auth-file", wp.writeAuthFile(dir).toString());
        assertTrue(pulled.out().contains("shows no widgets (its theme has no sidebars, as block themes, or they are empty)"),
                pulled.out());
        assertFalse(Files.exists(dir.resolve("in").resolve("widgets.json")), "nothing to translate: no file");
    }

    /**
     * pull --type widgets,menus → export (the widgets and this test's menu) → pseudo → merge (links to the Korean
     * site), into DIR/in, xliff, pseudo, ko.
     */
    private static void translate(TestWordPress.Site wp, Path dir, Path auth, String menuSlug, long pattern) throws Exception {
        for (String folder : new String[]{"in", "in-pattern", "xliff", "pseudo", "ko"}) {
            Path old = dir.resolve(folder);
            if (Files.isDirectory(old)) try (var files = Files.list(old)) {
                for (Path f : files.toList()) if (!f.getFileName().toString().startsWith(".")) Files.delete(f);
            }
        }
        Cli.expect(0, "pull", wp.base(), "--type", "widgets,menus", "-o", dir.resolve("in").toString(), "--auth-file", auth.toString());
        Cli.expect(0, "pull", wp.base(), "--type", "blocks", "--id", Long.toString(pattern), "--status", "draft", "-o",
                dir.resolve("in-pattern").toString(), "--auth-file", auth.toString());
        // this test's menu only: the English site may hold other tests' menus
        Cli.expect(0, "export", "-o", dir.resolve("xliff").toString(), dir.resolve("in").resolve("widgets.json").toString(),
                dir.resolve("in").resolve("menu-" + menuSlug + ".json").toString(), dir.resolve("in-pattern").toString());
        Cli.expect(0, "pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("xliff").toString());
        Cli.expect(0, "merge", "-o", dir.resolve("ko").toString(), "--source-url", wp.base() + "/", "--target-url",
                wp.koBase() + "/", dir.resolve("pseudo").toString());
    }

    /** The Korean pattern the push record maps the English one to (null: none yet). */
    private static Long koPattern(Path dir, long pattern) throws Exception {
        for (JsonNode entry : JSON.readTree(dir.resolve("ko").resolve(".wpxliff-push.json").toFile()).path("posts")) {
            if (entry.path("type").asText().equals("wp_block") && entry.path("source_id").asLong() == pattern) {
                return entry.path("target_id").asLong();
            }
        }
        return null;
    }

    /** Makes a widget on the English site (WordPress puts a new one aside until a sidebar lists it: the caller sets it). */
    private static String widget(TestWordPress.Site wp, String json) throws Exception {
        return widget(wp, wp.rest(""), json);
    }

    /** Makes a widget on the site of this REST root; its id. */
    private static String widget(TestWordPress.Site wp, URI rest, String json) throws Exception {
        String real = json.replace("\\'", "\u0001").replace('\'', '"').replace("\u0001", "\\\"");
        var response = wp.send("POST", URI.create(rest + "/wp/v2/widgets"), JSON.writeValueAsBytes(JSON.readTree(real)));
        JsonNode answer = JSON.readTree(response.body());
        assertEquals(201, response.statusCode(), answer.toString());
        return answer.path("id").asText();
    }

    /** A Korean editor gives a widget of the Korean site another title there. */
    private static void retitle(TestWordPress.Site wp, JsonNode widget, String title) throws Exception {
        ObjectNode edited = widget.path("instance").path("raw").deepCopy();
        edited.put("title", title);
        ObjectNode update = JSON.createObjectNode();
        update.putObject("instance").set("raw", edited);
        assertEquals(200, wp.send("POST", wp.koRest("/wp/v2/widgets/" + widget.path("id").asText()),
                JSON.writeValueAsBytes(update)).statusCode());
    }

    private static List<String> sidebar(TestWordPress.Site wp, URI rest) throws Exception {
        List<String> ids = new ArrayList<>();
        wp.getJson(URI.create(rest + "/wp/v2/sidebars/sidebar-1?context=edit")).path("widgets").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static void setSidebar(TestWordPress.Site wp, URI rest, List<String> ids) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        ids.forEach(body.putArray("widgets")::add);
        var response = wp.send("POST", URI.create(rest + "/wp/v2/sidebars/sidebar-1"), JSON.writeValueAsBytes(body));
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    private static Map<String, JsonNode> widgets(TestWordPress.Site wp, URI rest) throws Exception {
        Map<String, JsonNode> widgets = new LinkedHashMap<>();
        wp.getJson(URI.create(rest + "/wp/v2/widgets?context=edit")).forEach(w -> widgets.put(w.path("id").asText(), w));
        return widgets;
    }

    /** Puts each widget's settings back as they were. */
    private static void restore(TestWordPress.Site wp, URI rest, Map<String, JsonNode> before) throws Exception {
        for (Map.Entry<String, JsonNode> widget : before.entrySet()) {
            JsonNode raw = widget.getValue().path("instance").path("raw");
            if (!raw.isObject()) continue;
            ObjectNode body = JSON.createObjectNode();
            body.putObject("instance").set("raw", raw);
            wp.send("POST", URI.create(rest + "/wp/v2/widgets/" + widget.getKey()), JSON.writeValueAsBytes(body));
        }
    }
}
