package net.wpxliff.cli;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.testing.Cli;
import net.wpxliff.testing.JsonTrees;
import net.wpxliff.testing.SiteThemes;
import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A classic menu in a classic theme's location (Twenty Twenty-One's "primary", its header), pushed to the Korean test
 * site: the Korean menu takes the same location and the Korean header shows it, with a link to the blog's archive (a
 * post type archive item) and a custom link in the Korean locale; when an editor takes it out of its location, the next
 * push puts it back (a location another menu holds is never taken); then nothing changes.
 */
class PushMenuLocationsCliTest {

    @Test
    void theKoreanHeaderShowsTheTranslatedMenu(@TempDir Path dir) throws Exception {
        TestWordPress.Site wp = TestWordPress.site("push of a classic menu into a theme location on the Korean test site");
        SiteThemes.activate(SiteThemes.CLASSIC);
        String slug = "wpxliff-header-" + TestWordPress.uniqueSuffix();
        long enMenu = wp.create(wp.rest("/wp/v2/menus"), "{'name':'" + slug + "','locations':['primary']}");
        try {
            wp.create(wp.rest("/wp/v2/menu-items"), "{'type':'post_type_archive','object':'post','title':'Blog','menus':"
                    + enMenu + ",'status':'publish','menu_order':1}");
            wp.create(wp.rest("/wp/v2/menu-items"), "{'title':'About us','url':'" + wp.base() + "/about/','menus':" + enMenu
                    + ",'status':'publish','menu_order':2}");
            Path auth = wp.writeAuthFile(dir);
            Path in = dir.resolve("in");
            Cli.expect(0, "pull", wp.base(), "--type", "menus", "-o", in.toString(), "--auth-file", auth.toString());
            Cli.expect(0, "export", "-o", dir.resolve("xliff").toString(), in.resolve("menu-" + slug + ".json").toString());
            Cli.expect(0, "pseudo", "-o", dir.resolve("pseudo").toString(), dir.resolve("xliff").toString());
            Cli.expect(0, "merge", "-o", dir.resolve("ko").toString(), "--source-url", wp.base() + "/", "--target-url",
                    wp.koBase() + "/", dir.resolve("pseudo").toString());

            Cli.Run pushed = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(pushed.out().contains("created (menu "), pushed.out());
            long koMenu = wp.getJson(wp.koRest("/wp/v2/menus?slug=" + slug)).get(0).path("id").asLong();
            assertEquals(koMenu, primary(wp), "the English menu's location");
            List<JsonNode> items = JsonTrees.elements(wp.getJson(wp.koRest("/wp/v2/menu-items?menus=" + koMenu
                    + "&context=edit&orderby=menu_order&order=asc")));
            assertEquals(2, items.size(), items.toString());
            assertEquals("post_type_archive", items.get(0).path("type").asText(), items.toString());
            assertEquals("post", items.get(0).path("object").asText(), "the Korean site's blog archive");
            String header = new String(wp.send("GET", URI.create(wp.koBase() + "/"), null).body(), StandardCharsets.UTF_8);
            String label = items.get(1).path("title").path("raw").asText();
            assertTrue(label.startsWith("⟦") && header.contains(">" + label + "</a>"), "the Korean header shows the menu: " + label);
            assertTrue(header.contains("href=\"" + wp.koBase() + "/about/\""), "the custom link in the Korean locale");

            // an editor takes the Korean menu out of the header: the next push puts it back, then nothing changes
            wp.send("POST", wp.koRest("/wp/v2/menus/" + koMenu), "{\"locations\":[]}".getBytes(StandardCharsets.UTF_8));
            assertEquals(0, primary(wp));
            Cli.Run again = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(again.out().contains("updated (menu " + koMenu + ": 0 item(s) added, 0 updated, 0 deleted)"), again.out());
            assertEquals(koMenu, primary(wp));
            Cli.Run third = Cli.expect(0, "push", dir.resolve("ko").toString(), "--site", wp.koBase(), "--auth-file", auth.toString());
            assertTrue(third.out().contains("unchanged (menu " + koMenu), third.out());
        } finally {
            wp.send("DELETE", wp.rest("/wp/v2/menus/" + enMenu + "?force=true"), null);
            for (JsonNode menu : wp.getJson(wp.koRest("/wp/v2/menus?slug=" + slug))) {
                wp.send("DELETE", wp.koRest("/wp/v2/menus/" + menu.path("id").asLong() + "?force=true"), null);
            }
            SiteThemes.activate(SiteThemes.BLOCK);
        }
    }

    /** The menu in the Korean site's "primary" location (0 for none). */
    private static long primary(TestWordPress.Site wp) throws Exception {
        return wp.getJson(wp.koRest("/wp/v2/menu-locations")).path("primary").path("menu").asLong();
    }
}
