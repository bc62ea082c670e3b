package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.MenuFormat;
import net.wpxliff.wp.RestPages;
import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes or updates the translation of a classic menu on the target site ({@code /wp/v2/menus}, {@code /wp/v2/menu-items},
 * an administrator's). The menu is the one the push record names, else the target's menu with the same slug, else a
 * new one; it is put in the source's theme locations the target's theme has and no menu holds (an existing one too,
 * keeping those it holds). Each item is the one the
 * record names (updated when it differs) or a new one; it links to the translation of the post or term the source
 * item links to (the record's, else the target's post or term with the same slug: a term's record entry is the one
 * its terms push wrote, {@code term:category}), a custom link to its address as
 * merge localized it, and sits under its parent's translation. An item whose post or term has no translation there is
 * left out and named (pushing the menu again after its translation adds it). Items the record names that the source
 * menu no longer has are deleted; items an editor added on the target are left alone. An item whose label, title
 * attribute or description an editor changed there since push wrote it is held back ({@link PushedText}); one whose
 * link, order, target or parent an editor changed there keeps them, its text still updated ({@link PushedStructure}).
 */
public final class MenuPush {
    /** The push record's type for a menu (its source id the menu's). */
    public static final String MENU_TYPE = "nav_menu";
    public static final String ITEM_TYPE = "nav_menu_item";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What an item's update compares and sends, besides its links ({@code object_id}, {@code url}, {@code parent}). */
    private static final String[] ITEM_TEXT = {"title", "attr_title", "description", "target"};

    /** An item's text an editor sees and may change on the target site: recorded by digest ({@link PushedText}). */
    private static final List<String> ITEM_WORDS = List.of("title", "attr_title", "description");

    /**
     * What happened to one menu: created, updated or unchanged (or would be, on a dry run), with what was left out, the
     * items held back because an editor changed their text on the target site ({@code "Home" (id 7: title changed)}),
     * the items that keep the link, order, target or parent an editor set there ({@code "Home" (id 7: order kept)}), and
     * those whose edits there {@code --overwrite-edits} let the translation replace ({@code "Home" (id 7: title, order)}).
     */
    public record Result(Publisher.Action action, long targetId, int created, int updated, int deleted, List<String> leftOut,
                         List<String> editedOnSite, List<String> keptThere, List<String> overwritten) {
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;
    private final boolean overwriteEdits;
    private final UnrecordedTargets unrecorded;
    private final PostRoutes postRoutes;
    private final RestRoutes routes;

    /**
     * @param overwriteEdits    whether to update an item even where an editor changed its text on the target site since
     * @param unrecorded     whether to add the items to a menu of the same slug there that the push record does not
     *                       know (beside the items it holds, which push cannot tell from translations it made)
     */
    public MenuPush(WpSite site, Map<String, String> params, boolean dryRun, boolean overwriteEdits,
                    UnrecordedTargets unrecorded) {
        this.site = site;
        this.params = params;
        this.dryRun = dryRun;
        this.overwriteEdits = overwriteEdits;
        this.unrecorded = unrecorded;
        this.routes = new RestRoutes(site);
        this.postRoutes = new PostRoutes(site, routes);
    }

    public Result push(MergedMenu menu, PushRecord record) throws WpException, PushException {
        if (menu.sourceRoot().equals(site.root().toString())) {
            throw new PushException(menu.bodyFile() + ": not pushed: " + site.root() + " is the site the menu comes from:"
                    + " its items would link to the source's own posts there (found by slug); push to the translation"
                    + " site (with Polylang or WPML on one site, make the translated menu with their menu translation)");
        }
        PushRecord.Key menuKey = key(menu, MENU_TYPE, Long.toString(menu.sourceId()));
        Long recordedMenu = record.targetId(menuKey); // before this push records it
        JsonNode existing = existingMenu(menu, recordedMenu);
        Long target = existing == null ? null : existing.path("id").asLong();
        boolean created = target == null;
        Map<Long, JsonNode> current = created ? Map.of() : items(target);
        Map<String, Long> recorded = record.targetIds(menu.sourceSite(), ITEM_TYPE, site.root().toString(), params);
        boolean unknown = !created && recordedMenu == null && recorded.isEmpty() && !current.isEmpty();
        if (unknown) {
            // QA: a merged folder without its record (merged again elsewhere) added every item a second time
            unrecorded.permit(menu.bodyFile(), "menu " + target + " on " + site.root(), "was found by its slug ("
                    + menu.slug() + "), " + UnrecordedTargets.NOT_IN_RECORD + ", and it holds " + current.size()
                    + " item(s) push cannot tell from translations it made", "add every item again",
                    UnrecordedTargets.PUSH_FROM_RECORDED, "to add the items beside those there");
            unrecorded.replaced(UnrecordedTargets.Kind.MENU, menu.bodyFile().getFileName() + " (menu " + target + ")");
        }
        if (created && !dryRun) target = createMenu(menu);
        boolean located = !created && placeInLocations(menu, existing);
        if (target != null && !dryRun) record.put(menuKey, target);

        Map<Long, Long> placed = new HashMap<>(); // source item id → target item id, this run
        List<String> leftOut = new ArrayList<>();
        List<String> edited = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> overwritten = new ArrayList<>();
        Set<Long> heldBack = new HashSet<>(); // source items deleted there, and their children
        int made = 0, changed = 0;
        for (ObjectNode item : ParentsFirst.order(menu.items())) {
            long sourceId = item.path("id").asLong();
            if (heldBack.contains(item.path("parent").asLong(0))) {
                heldBack.add(sourceId);
                continue;
            }
            ObjectNode body = itemBody(menu, item, record, leftOut);
            if (body == null) continue;
            Long parent = placed.get(item.path("parent").asLong(0));
            body.put("parent", parent == null ? 0 : parent);
            body.put("menus", target == null ? 0 : target);
            Long recordedItem = recorded.get(Long.toString(sourceId));
            JsonNode now = recordedItem == null ? null : current.get(recordedItem);
            PushRecord.Key itemKey = key(menu, ITEM_TYPE, Long.toString(sourceId));
            if (now != null) {
                placed.put(sourceId, recordedItem);
                String named = JSON.valueToTree(wordsOf(now).get("title")) + " (id " + recordedItem + ": ";
                PushedStructure structure = record.pushedStructure(itemKey, recordedItem);
                Map<String, Boolean> changedThere = structure == null ? Map.of()
                        : structure.editedOnSite(MenuItemStructure.of(body), MenuItemStructure.of(now));
                Map<String, Boolean> keptThere = overwriteEdits ? Map.of() : changedThere;
                MenuItemStructure.keep(body, now, keptThere.keySet());
                if (same(body, now)) {
                    if (!keptThere.isEmpty()) kept.add(named + PushedStructure.describe(keptThere) + ")");
                    if (!dryRun) record.put(itemKey, recordedItem, words(now), PushedStructure.after(structure,
                            keptThere.keySet(), MenuItemStructure.of(now)));
                    continue;
                }
                PushedText pushed = record.pushedText(itemKey, recordedItem);
                List<String> editedThere = pushed == null ? List.of() : pushed.editedOnSite(sentWords(body), wordsOf(now));
                if (overwriteEdits && (!editedThere.isEmpty() || !changedThere.isEmpty())) {
                    List<String> fields = new ArrayList<>(editedThere);
                    fields.addAll(changedThere.keySet());
                    overwritten.add(named + String.join(", ", fields) + ")");
                } else if (!editedThere.isEmpty()) {
                    edited.add(named + String.join(", ", editedThere) + " changed)");
                    continue;
                }
                if (!keptThere.isEmpty()) kept.add(named + PushedStructure.describe(keptThere) + ")");
                if (!dryRun) {
                    JsonNode answer = SiteRequests.json(site.post("/wp/v2/menu-items/" + recordedItem,
                            SiteRequests.bytes(withParams(body))));
                    record.put(itemKey, recordedItem, words(answer), PushedStructure.after(structure, keptThere.keySet(),
                            MenuItemStructure.of(answer)));
                }
                changed++;
                continue;
            }
            if (!created && recordedItem != null && !overwriteEdits) {
                // QA: an item an editor deleted there was made again without a word; held back as an edit there is
                edited.add(JSON.valueToTree(body.path("title").asText()) + " (id " + recordedItem + ": deleted there)");
                heldBack.add(sourceId); // and its children with it, which have no parent there
                continue;
            }
            if (!created && recordedItem != null) {
                overwritten.add(JSON.valueToTree(body.path("title").asText()) + " (id " + recordedItem
                        + ": deleted there)");
            }
            made++;
            if (dryRun) {
                placed.put(sourceId, -sourceId); // a stand-in, so that its children count as placed
                continue;
            }
            JsonNode answer = SiteRequests.json(site.post("/wp/v2/menu-items", SiteRequests.bytes(withParams(body))));
            if (!answer.path("id").canConvertToLong()) throw new PushException(menu.bodyFile() + ": the new menu item has no id");
            placed.put(sourceId, answer.path("id").asLong());
            record.put(itemKey, answer.path("id").asLong(), words(answer),
                    new PushedStructure(MenuItemStructure.of(answer)));
        }
        int deleted = 0;
        Set<String> inMenu = new HashSet<>();
        for (ObjectNode item : menu.items()) inMenu.add(item.path("id").asText());
        for (Map.Entry<String, Long> entry : recorded.entrySet()) {
            if (inMenu.contains(entry.getKey()) || !current.containsKey(entry.getValue())) continue;
            // an item this push made, which the source menu no longer has
            if (!dryRun) {
                site.delete("/wp/v2/menu-items/" + entry.getValue(), Map.of("force", "true"));
                record.remove(key(menu, ITEM_TYPE, entry.getKey()));
            }
            deleted++;
        }
        Publisher.Action action = created ? Publisher.Action.CREATED
                : located || made + changed + deleted > 0 ? Publisher.Action.UPDATED : Publisher.Action.UNCHANGED;
        return new Result(action, target == null ? 0 : target, made, changed, deleted, leftOut, edited, kept, overwritten);
    }

    /** An item's words as the target site holds them ({@code context=edit}: the title's raw form), by field. */
    private static Map<String, String> wordsOf(JsonNode item) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String field : ITEM_WORDS) {
            words.put(field, (field.equals("title") ? item.path("title").path("raw") : item.path(field)).asText(""));
        }
        return words;
    }

    /** The words an item's body sends (plain strings), by field. */
    private static Map<String, String> sentWords(ObjectNode body) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String field : ITEM_WORDS) words.put(field, body.path(field).asText(""));
        return words;
    }

    /** The digests of an item's words as the target site holds them (an answer or a fetched item). */
    private static PushedText words(JsonNode item) {
        return PushedText.of(wordsOf(item));
    }

    /** The recorded menu when the target still has it, else the target's menu with the same slug, else null. */
    private JsonNode existingMenu(MergedMenu menu, Long recorded) throws WpException, PushException {
        if (recorded != null) {
            try {
                return SiteRequests.json(site.get("/wp/v2/menus/" + recorded, SiteRequests.query(Map.of("context", "edit"), params)));
            } catch (WpException e) {
                if (e.status() != 404) throw e; // deleted there: found again by slug, or made anew
            }
        }
        JsonNode same = SiteRequests.json(site.get("/wp/v2/menus", SiteRequests.query(Map.of("slug", menu.slug(),
                "context", "edit"), params)));
        return same.isArray() && !same.isEmpty() && same.get(0).path("id").canConvertToLong() ? same.get(0) : null;
    }

    /** Makes the menu, in the source's theme locations that the target's theme has and no menu holds there. */
    private long createMenu(MergedMenu menu) throws WpException, PushException {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", menu.menu().path("name").asText());
        body.put("slug", menu.slug());
        body.put("description", menu.menu().path("description").asText(""));
        body.put("auto_add", false);
        ArrayNode locations = body.putArray("locations");
        freeLocations(menu).forEach(locations::add);
        JsonNode answer = SiteRequests.json(site.post("/wp/v2/menus", SiteRequests.bytes(withParams(body))));
        if (!answer.path("id").canConvertToLong()) throw new PushException(menu.bodyFile() + ": the new menu has no id");
        return answer.path("id").asLong();
    }

    /**
     * Puts the existing translation in the source's theme locations that are free on the target (its theme changed since,
     * or an editor took the menu out): the locations it holds stay. Whether it did (or would, on a dry run).
     */
    private boolean placeInLocations(MergedMenu menu, JsonNode existing) throws WpException, PushException {
        List<String> free = freeLocations(menu);
        if (free.isEmpty()) return false;
        ObjectNode body = JSON.createObjectNode();
        ArrayNode locations = body.putArray("locations");
        existing.path("locations").forEach(locations::add);
        free.forEach(locations::add);
        if (!dryRun) SiteRequests.json(site.post("/wp/v2/menus/" + existing.path("id").asLong(), SiteRequests.bytes(withParams(body))));
        return true;
    }

    /** The source menu's theme locations that the target's theme has and no menu holds there. */
    private List<String> freeLocations(MergedMenu menu) throws WpException, PushException {
        List<String> free = new ArrayList<>();
        if (!menu.menu().path("locations").isArray() || menu.menu().path("locations").isEmpty()) return free;
        JsonNode there = SiteRequests.json(site.get("/wp/v2/menu-locations", SiteRequests.query(Map.of(), params)));
        for (JsonNode location : menu.menu().path("locations")) {
            JsonNode place = there.path(location.asText());
            if (!place.isMissingNode() && place.path("menu").asLong(0) == 0) free.add(location.asText());
        }
        return free;
    }

    /** The target menu's items by id. */
    private Map<Long, JsonNode> items(long menu) throws WpException {
        Map<Long, JsonNode> items = new LinkedHashMap<>();
        Map<String, String> query = SiteRequests.query(Map.of("menus", Long.toString(menu), "context", "edit"), params);
        for (JsonNode item : RestPages.all(site, "/wp/v2/menu-items", query)) items.put(item.path("id").asLong(), item);
        return items;
    }

    /**
     * What to send for an item (without its parent and menu), or null when what it links to has no translation on the
     * target (named in {@code leftOut}).
     */
    private ObjectNode itemBody(MergedMenu menu, ObjectNode item, PushRecord record, List<String> leftOut)
            throws WpException, PushException {
        ObjectNode body = JSON.createObjectNode();
        for (String member : ITEM_TEXT) body.put(member, item.path(member).asText(""));
        String type = item.path("type").asText();
        body.put("type", type);
        body.put("status", "publish");
        body.put("menu_order", item.path("menu_order").asInt(0));
        if (item.path("classes").isArray()) body.set("classes", item.get("classes"));
        if (item.path("xfn").isArray()) body.set("xfn", item.get("xfn"));
        if (type.equals("custom")) {
            body.put("url", item.path("url").asText(""));
            return body;
        }
        String object = item.path("object").asText("");
        body.put("object", object);
        if (type.equals("post_type_archive")) {
            // a post type's archive ("Blog", "Products"): the same type's archive there, if the target has the type
            if (hasType(object)) return body;
            leftOut.add(object + " archive (no such post type there)");
            return null;
        }
        Long target = type.equals("post_type") ? post(menu, item, record)
                : type.equals("taxonomy") ? term(menu, item, record) : null;
        if (target == null) {
            String slug = item.path(MenuFormat.OBJECT_SLUG).asText("");
            leftOut.add(object + " " + item.path("object_id").asText() + (slug.isEmpty() ? "" : " (" + slug + ")"));
            return null;
        }
        body.put("object_id", target);
        return body;
    }

    /** The target post an item's post links to: the record's, else the target's post of that type with the same slug. */
    private Long post(MergedMenu menu, ObjectNode item, PushRecord record) throws WpException, PushException {
        String object = item.path("object").asText();
        Long recorded = record.targetId(key(menu, object, item.path("object_id").asText()));
        if (recorded != null) return recorded;
        String slug = item.path(MenuFormat.OBJECT_SLUG).asText("");
        if (slug.isEmpty()) return null;
        String route;
        try {
            route = postRoutes.of(object, null);
        } catch (PushException e) {
            return null; // a post type the target has no route for: the item is left out and named
        }
        return first(route, Map.of("slug", slug, "status", "publish,future,draft,pending,private", "_fields", "id"));
    }

    private boolean hasType(String type) throws WpException {
        try {
            postRoutes.of(type, null);
            return true;
        } catch (PushException e) {
            return false;
        }
    }

    /**
     * The target term an item's term links to: the translation the push record names (the terms pushed from this
     * folder: found whatever slug a Korean editor gave it there since), else the target's term of that taxonomy with the
     * same slug.
     */
    private Long term(MergedMenu menu, ObjectNode item, PushRecord record) throws WpException, PushException {
        Long recorded = record.targetId(key(menu, "term:" + item.path("object").asText(), item.path("object_id").asText()));
        if (recorded != null) return recorded;
        String slug = item.path(MenuFormat.OBJECT_SLUG).asText("");
        String route = routes.ofTaxonomy(item.path("object").asText());
        if (slug.isEmpty() || route == null) return null;
        return first(route, Map.of("slug", slug, "hide_empty", "false", "_fields", "id"));
    }

    private Long first(String route, Map<String, String> query) throws WpException, PushException {
        JsonNode found = SiteRequests.json(site.get(route, SiteRequests.query(query, params)));
        return found.isArray() && !found.isEmpty() && found.get(0).path("id").canConvertToLong()
                ? found.get(0).path("id").asLong() : null;
    }

    /** Whether the target's item already is what the body says. */
    private static boolean same(ObjectNode body, JsonNode now) {
        for (String member : ITEM_TEXT) {
            // no label of its own: WordPress answers with the linked post's or term's title, whatever it is
            if (member.equals("title") && body.path("title").asText("").isEmpty() && !body.has("url")) continue;
            JsonNode there = member.equals("title") ? now.path("title").path("raw") : now.path(member);
            if (!there.asText("").equals(body.path(member).asText(""))) return false;
        }
        for (String member : new String[]{"type", "object", "classes", "xfn"}) {
            if (body.has(member) && !body.get(member).equals(now.path(member))) return false;
        }
        for (String member : new String[]{"object_id", "parent", "menu_order"}) { // an int here may be a long there
            if (body.has(member) && body.get(member).asLong() != now.path(member).asLong(Long.MIN_VALUE)) return false;
        }
        return !body.has("url") || body.path("url").asText().equals(now.path("url").asText());
    }


    private ObjectNode withParams(ObjectNode body) {
        params.forEach(body::put);
        return body;
    }

    private PushRecord.Key key(MergedMenu menu, String type, String sourceId) {
        return new PushRecord.Key(menu.sourceSite(), type, sourceId, site.root().toString(), params);
    }
}
