package net.wpxliff.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.MenuFormat;
import net.wpxliff.input.SiteJsonFormat;
import net.wpxliff.output.SafeFileName;
import net.wpxliff.wp.RestPages;
import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pull --type menus}: the site's classic navigation menus (what a classic theme shows in its header and footer,
 * {@code GET /wp/v2/menus} and {@code /wp/v2/menu-items}, an administrator's), one file per menu:
 * {@code DIR/menu-<slug>.json}, {@code {"wpxliff":"menu","source":REST root,"home":…,"menu":{…},"items":[…]}}, the menu and
 * its items as served ({@code context=edit}, without their {@code _links}). An item that links to a post or a term
 * also gets the slug and title of what it links to ({@code wpxliff_object_slug}, {@code wpxliff_object_title}, asked
 * of the site): push finds its translation on the target site by that slug when the push record does not know it, and
 * an item whose label is that title (the REST API gives the linked title as the label of an item without one of its
 * own) is no text to translate: the target shows the translation's title there. A file there that holds something else is
 * never replaced: the next free name is used.
 */
public final class MenuPull {
    /** The REST route, and what {@code --type menus} names. */
    public static final String ROUTE = "/wp/v2/menus";
    private static final String ITEMS = "/wp/v2/menu-items";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where one menu went and whether it was written. */
    public record Pulled(Path file, NamedFile.State state, int items) {
    }

    private MenuPull() {
    }

    /** Asks the site for its menus and their items and writes each menu (unless the folder holds it as it is). */
    public static List<Pulled> pull(WpSite site, Map<String, String> parameters, Path dir) throws WpException, IOException {
        List<JsonNode> menus;
        try {
            menus = all(site, ROUTE, Map.of(), parameters);
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the navigation menus",
                    "pull them with an administrator's Application Password, or leave menus out of --type");
        }
        RestRoutes routes = new RestRoutes(site);
        List<Pulled> pulled = new ArrayList<>();
        for (JsonNode menu : menus) {
            if (!menu.path("id").canConvertToLong()) continue;
            List<JsonNode> items = all(site, ITEMS, Map.of("menus", menu.path("id").asText()), parameters);
            addObjectSlugs(site, routes, items);
            ObjectNode file = JSON.createObjectNode();
            file.put(SiteJsonFormat.MARK_KEY, MenuFormat.MARK_VALUE);
            file.put("source", site.root().toString());
            if (site.home() != null) file.put("home", site.home());
            file.set("menu", withoutLinks(menu));
            ArrayNode list = file.putArray("items");
            for (JsonNode item : items) list.add(withoutLinks(item));
            byte[] bytes = (JSON.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
            pulled.add(write(dir, menu, bytes, items.size()));
        }
        return pulled;
    }

    /** Every object of a collection route as an editor sees it (its raw texts), with the pull's parameters. */
    private static List<JsonNode> all(WpSite site, String route, Map<String, String> own, Map<String, String> parameters)
            throws WpException {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.putAll(own);
        query.put("context", "edit");
        return RestPages.all(site, route, query);
    }

    /**
     * Adds {@code wpxliff_object_slug} to each item that links to a post or a term, asking the site for their slugs
     * (a hundred per request); one the site does not give (deleted, or a type without a REST route) gets none.
     */
    private static void addObjectSlugs(WpSite site, RestRoutes routes, List<JsonNode> items) throws WpException {
        Map<String, List<ObjectNode>> byObject = new LinkedHashMap<>();
        for (JsonNode item : items) {
            String type = item.path("type").asText("");
            if (!(type.equals("post_type") || type.equals("taxonomy")) || !item.path("object_id").canConvertToLong()) continue;
            byObject.computeIfAbsent(type + " " + item.path("object").asText(""), k -> new ArrayList<>()).add((ObjectNode) item);
        }
        for (Map.Entry<String, List<ObjectNode>> group : byObject.entrySet()) {
            String[] kind = group.getKey().split(" ", 2);
            String route = kind[0].equals("post_type") ? routes.ofType(kind[1]) : routes.ofTaxonomy(kind[1]);
            if (route == null) continue;
            List<String> ids = group.getValue().stream().map(i -> i.path("object_id").asText()).distinct().toList();
            Map<String, String> slugs = new LinkedHashMap<>(), titles = new LinkedHashMap<>();
            for (int from = 0; from < ids.size(); from += RestPages.PER_PAGE) {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("include", String.join(",", ids.subList(from, Math.min(ids.size(), from + RestPages.PER_PAGE))));
                query.put("per_page", Integer.toString(RestPages.PER_PAGE));
                query.put("_fields", "id,slug,title,name");
                query.put("context", "edit");
                if (kind[0].equals("post_type")) query.put("status", "publish,future,draft,pending,private");
                else query.put("hide_empty", "false");
                for (JsonNode found : site.get(route, query).json()) {
                    if (!found.path("slug").isTextual()) continue;
                    slugs.put(found.path("id").asText(), found.path("slug").asText());
                    // a post's raw title, a term's name: what WordPress shows for an item without a label of its own
                    JsonNode title = found.has("title") ? found.path("title").path("raw") : found.path("name");
                    if (title.isTextual()) titles.put(found.path("id").asText(), title.asText());
                }
            }
            for (ObjectNode item : group.getValue()) {
                String slug = slugs.get(item.path("object_id").asText());
                if (slug != null && !slug.isEmpty()) item.put(MenuFormat.OBJECT_SLUG, slug);
                String title = titles.get(item.path("object_id").asText());
                if (title != null) item.put(MenuFormat.OBJECT_TITLE, title);
            }
        }
    }

    private static JsonNode withoutLinks(JsonNode object) {
        ObjectNode copy = ((ObjectNode) object).deepCopy();
        copy.remove("_links");
        return copy;
    }

    private static Pulled write(Path dir, JsonNode menu, byte[] bytes, int items) throws IOException {
        String slug = SafeFileName.clean(PullFolder.decodeSlug(menu.path("slug").asText("menu-" + menu.path("id").asText())));
        NamedFile.Written written = NamedFile.write(dir, "menu-" + slug, bytes, before -> sameMenu(before, menu.path("id").asLong()));
        return new Pulled(written.file(), written.state(), items);
    }

    /** Whether the bytes are a menu file of this menu. */
    private static boolean sameMenu(byte[] bytes, long id) {
        try {
            JsonNode file = JSON.readTree(bytes);
            return file != null && MenuFormat.MARK_VALUE.equals(file.path(SiteJsonFormat.MARK_KEY).asText())
                    && file.path("menu").path("id").asLong(-1) == id;
        } catch (IOException e) {
            return false;
        }
    }
}
