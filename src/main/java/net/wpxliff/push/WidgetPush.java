package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.blocks.PostReferences;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Puts translated widgets in the target site's sidebars ({@code /wp/v2/widgets}, {@code /wp/v2/sidebars}, an
 * administrator's), as the widget editor does: each widget is the one the push record names (updated when its settings
 * differ), else a widget of the same kind in that sidebar there holding the source's settings or the translation's (a
 * copy of the English one, such as the default widgets of a new site: translated in place, never doubled), else a new
 * one, then each sidebar lists the translated widgets in the source's order,
 * followed by those an editor put there (kept, and named). Widgets the record names that the source no longer shows
 * are deleted. A Navigation Menu widget whose menu an editor changed there since push wrote it keeps that menu
 * ({@link PushedStructure}), its title still translated. Left out and named: a sidebar the target's theme does not
 * have, a widget whose settings the source did not give, a media widget (it names its file by the source's media id), and a widget that shows by id what has no
 * translation there yet (a Navigation Menu widget's menu, a block widget's synced pattern: pushed before the widgets
 * in the same run, they are found).
 *
 * <p>Without a record of a sidebar's widgets there (the record lost, a folder merged afresh, a site adopting wpxliff),
 * a widget in a sidebar push fills that is neither a copy of a source widget or its translation nor one of WordPress's
 * defaults ({@link DefaultWidgets}) may be an editor's, or a translation pushed before whose record is gone: adding the
 * translations beside it could show each twice. Such a sidebar is left as it is, named, unless
 * {@link UnrecordedTargets} lets push move those widgets to the Inactive Widgets (where an administrator can put them
 * back) and put the translations in their place; the other sidebars are pushed.
 */
public final class WidgetPush {
    /** The push record's type for a widget; its source id is the widget's ({@code text-2}), its target id the number. */
    public static final String WIDGET_TYPE = "widget";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What happened to the widgets (or would, on a dry run), with what was left out, what editors keep there, the
     * translations held back because an editor changed their text there since push wrote it ({@code text-3 (title
     * changed)}), and those that keep the menu an editor chose there ({@code nav_menu-2 (menu kept)}).
     */
    public record Result(Publisher.Action action, int created, int updated, int deleted, List<String> leftOut,
                         List<String> othersKept, List<String> editedOnSite, PushException unrecorded,
                         List<String> keptThere) {
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;
    private final boolean overwriteEdits;
    /**
     * What this run pushes before the widgets ({@code nav_menu/7}, {@code wp_block/1815}: type and source id): on a dry
     * run, which makes none of it, a widget showing one of them counts as pushed, as it would be.
     */
    private final Set<String> inThisRun;
    private final UnrecordedTargets unrecorded;

    /**
     * @param overwriteEdits whether to update a widget even where an editor changed its text on the target site since
     * @param unrecorded     whether to move widgets the record does not know out of a sidebar the translations fill
     */
    public WidgetPush(WpSite site, Map<String, String> params, boolean dryRun, boolean overwriteEdits, Set<String> inThisRun,
                      UnrecordedTargets unrecorded) {
        this.site = site;
        this.params = params;
        this.dryRun = dryRun;
        this.overwriteEdits = overwriteEdits;
        this.inThisRun = Set.copyOf(inThisRun);
        this.unrecorded = unrecorded;
    }

    /** How {@link #inThisRun} names what a run pushes. */
    public static String pushed(String type, String sourceId) {
        return type + "/" + sourceId;
    }

    public Result push(MergedWidgets widgets, PushRecord record) throws WpException, PushException {
        if (widgets.sourceRoot().equals(site.root().toString())) {
            throw new PushException(widgets.bodyFile() + ": not pushed: " + site.root() + " is the site the widgets come"
                    + " from: the translations would replace the source's own; push to the translation site (with"
                    + " Polylang or WPML on one site, translate widgets with their string translation)");
        }
        Map<String, List<String>> sidebars = targetSidebars();
        Pass pass = new Pass(widgets, record, targetWidgets());
        for (Map.Entry<String, List<String>> sidebar : widgets.sidebars().entrySet()) {
            List<String> now = sidebars.get(sidebar.getKey());
            if (now == null) {
                for (String id : sidebar.getValue()) pass.leftOut.add(id + " (the theme there has no sidebar " + sidebar.getKey() + ")");
            } else {
                pass.fill(sidebar.getKey(), sidebar.getValue(), now);
            }
        }
        int deleted = pass.deleteDropped();
        boolean first = pass.recorded.isEmpty() && pass.made > 0;
        Publisher.Action action = first ? Publisher.Action.CREATED
                : pass.made + pass.changed + deleted + pass.reordered > 0 ? Publisher.Action.UPDATED : Publisher.Action.UNCHANGED;
        PushException refusal = pass.strangers.isEmpty() ? null : unrecorded.refusal(widgets.bodyFile(),
                pass.strangers.size() + " sidebar(s) on " + site.root(), "hold widgets " + UnrecordedTargets.NOT_IN_RECORD
                + " that are neither the source's widgets, their translations nor WordPress's defaults ("
                + String.join("; ", pass.strangers) + ")", "add the translations beside them, and any that are"
                + " translations pushed before would show twice", UnrecordedTargets.RESTORE_RECORD, "to move them to the"
                + " Inactive Widgets (Appearance → Widgets, where they can be put back) and put the translations in their"
                + " place", "the other sidebars were pushed");
        return new Result(action, pass.made, pass.changed, deleted, pass.leftOut, pass.othersKept, pass.edited, refusal,
                pass.kept);
    }

    /** One push of a widgets body: what the target has, what this push made there, and what it counted. */
    private final class Pass {
        final MergedWidgets widgets;
        final PushRecord record;
        /** The target's widgets by id, as they were before this push. */
        final Map<String, JsonNode> current;
        /** Source widget id → the number of its translation there, as the record had it before this push. */
        final Map<String, Long> recorded;
        /** The target ids of the translations: recorded, found or made. */
        final Set<String> ours = new HashSet<>();
        final List<String> leftOut = new ArrayList<>(), othersKept = new ArrayList<>(), edited = new ArrayList<>();
        /** The translations that keep what an editor set there ({@code nav_menu-2 (menu kept)}). */
        final List<String> kept = new ArrayList<>();
        /** The sidebars left as they were for widgets the record does not know ({@code sidebar-1: text-3, block-9}). */
        final List<String> strangers = new ArrayList<>();
        int made, changed, reordered;

        Pass(MergedWidgets widgets, PushRecord record, Map<String, JsonNode> current) {
            this.widgets = widgets;
            this.record = record;
            this.current = current;
            this.recorded = record.targetIds(widgets.sourceSite(), WIDGET_TYPE, site.root().toString(), params);
            recorded.forEach((source, number) -> ours.add(idBase(source) + "-" + number));
        }

        /** Puts the translations of a source sidebar's widgets in the target's sidebar, in order, before editors' own. */
        void fill(String sidebar, List<String> sourceIds, List<String> now) throws WpException, PushException {
            // a sidebar the record knows none of: a sidebar refused before is still one, once others are recorded
            boolean known = sourceIds.stream().anyMatch(recorded::containsKey);
            List<String> unknown = known ? List.of() : unknown(sourceIds, now);
            if (!unknown.isEmpty() && !unrecorded.replaces()) {
                strangers.add(sidebar + ": " + String.join(", ", unknown));
                return;
            }
            List<String> order = new ArrayList<>();
            for (String sourceId : sourceIds) {
                String target = place(sourceId, sidebar, now);
                if (target != null) order.add(target);
            }
            for (String id : unknown) {
                // moved to the Inactive Widgets (not deleted for good: no force), where an administrator can put it back
                if (!dryRun) site.delete("/wp/v2/widgets/" + id, SiteRequests.query(Map.of(), params));
                unrecorded.replaced(UnrecordedTargets.Kind.WIDGET, sidebar + ": " + id);
            }
            for (String id : now) {
                if (ours.contains(id) || order.contains(id) || unknown.contains(id)) continue;
                order.add(id); // an editor's own widget: after the translations
                othersKept.add(sidebar + ": " + id);
            }
            if (order.equals(now)) return;
            reordered++;
            if (dryRun) return;
            ObjectNode body = JSON.createObjectNode();
            order.forEach(body.putArray("widgets")::add);
            SiteRequests.json(site.post("/wp/v2/sidebars/" + sidebar, SiteRequests.bytes(withParams(body))));
        }

        /**
         * The widgets of a target sidebar that the translations of these source widgets would not take (as
         * {@link #place} takes copies) and that are not WordPress's defaults: without a record, they may be anyone's.
         */
        private List<String> unknown(List<String> sourceIds, List<String> now) {
            Set<String> taken = new HashSet<>(ours);
            for (String sourceId : sourceIds) {
                ObjectNode widget = widgets.widgets().get(sourceId);
                if (widget == null || unpushable(widget) != null) continue;
                ObjectNode raw = widget.path("raw").deepCopy();
                if (mapIds(raw, widget.path("id_base").asText(), record, widgets) != null) continue;
                String copy = copyThere(widget, raw, now, taken, current);
                if (copy != null) taken.add(copy);
            }
            List<String> unknown = new ArrayList<>();
            for (String id : now) {
                JsonNode there = current.get(id);
                if (taken.contains(id) || there != null && DefaultWidgets.which(there.path("instance").path("raw")) != null) continue;
                unknown.add(id);
            }
            return unknown;
        }

        /**
         * The translation of one widget there (the record's, else a copy in the sidebar, else a new one), updated
         * where its settings differ; its target id, or null when it is left out (or only would be made, on a dry run).
         */
        private String place(String sourceId, String sidebar, List<String> now) throws WpException, PushException {
            ObjectNode widget = widgets.widgets().get(sourceId);
            String reason = widget == null ? "not in the body" : unpushable(widget);
            ObjectNode raw = reason == null ? widget.path("raw").deepCopy() : null;
            if (reason == null) reason = mapIds(raw, widget.path("id_base").asText(), record, widgets);
            if (reason != null) {
                leftOut.add(sourceId + " (" + reason + ")");
                return null;
            }
            String idBase = widget.path("id_base").asText();
            Long number = recorded.get(sourceId);
            if (number != null && !current.containsKey(idBase + "-" + number) && !overwriteEdits) {
                // QA: a widget an editor deleted there was made again without a word; held back as an edit there is
                edited.add(idBase + "-" + number + " (deleted there)");
                return null;
            }
            String target = number == null || !current.containsKey(idBase + "-" + number) ? copyThere(widget, raw, now, ours, current)
                    : idBase + "-" + number;
            PushRecord.Key key = key(widgets, sourceId);
            PushedText stored = null; // its texts as WordPress holds them once placed
            JsonNode placed = null; // the widget as WordPress holds it once placed
            Map<String, Boolean> keptThere = Map.of(); // what it keeps as an editor set it there (a menu widget's menu)
            PushedStructure structure = target == null ? null
                    : record.pushedStructure(key, Long.parseLong(target.substring(idBase.length() + 1)));
            if (target != null && structure != null && !overwriteEdits) {
                JsonNode there = current.get(target).path("instance").path("raw");
                keptThere = structure.editedOnSite(structureOf(raw), structureOf(there));
                if (!keptThere.isEmpty()) {
                    raw.set("nav_menu", there.get("nav_menu")); // the menu is all it has
                    kept.add(target + " (" + PushedStructure.describe(keptThere) + ")");
                }
            }
            if (target == null) {
                made++;
                if (dryRun) return null;
                JsonNode answer = create(widgets, widget, raw, sidebar);
                target = answer.path("id").asText();
                stored = texts(answer);
                placed = answer;
            } else if (!sameSettings(raw, current.get(target).path("instance").path("raw"))) {
                PushedText pushed = overwriteEdits ? null
                        : record.pushedText(key, Long.parseLong(target.substring(idBase.length() + 1)));
                List<String> editedThere = pushed == null ? List.of()
                        : pushed.editedOnSite(textsOf(raw), textsOf(current.get(target).path("instance").path("raw")));
                if (!editedThere.isEmpty()) {
                    edited.add(target + " (" + String.join(", ", editedThere) + " changed)");
                    if (!keptThere.isEmpty()) kept.remove(kept.size() - 1); // held back whole: named as such only
                    ours.add(target); // kept in its place, as the editor left it
                    return target;
                }
                changed++;
                ObjectNode body = JSON.createObjectNode();
                body.putObject("instance").set("raw", raw);
                if (!dryRun) {
                    placed = SiteRequests.json(site.post("/wp/v2/widgets/" + target, SiteRequests.bytes(withParams(body))));
                    stored = texts(placed);
                }
            } else {
                placed = current.get(target);
                stored = texts(placed);
            }
            ours.add(target);
            if (!dryRun) {
                PushedStructure after = idBase.equals("nav_menu") ? PushedStructure.after(structure, keptThere.keySet(),
                        structureOf(placed.path("instance").path("raw"))) : null;
                record.put(key, Long.parseLong(target.substring(idBase.length() + 1)), stored, after);
            }
            return target;
        }

        /** Deletes the translations the record names of widgets the source no longer shows; how many there were. */
        int deleteDropped() throws WpException {
            int deleted = 0;
            for (Map.Entry<String, Long> entry : recorded.entrySet()) {
                if (widgets.widgets().containsKey(entry.getKey())) continue;
                String target = idBase(entry.getKey()) + "-" + entry.getValue();
                if (current.containsKey(target)) deleted++;
                if (dryRun) continue;
                if (current.containsKey(target)) site.delete("/wp/v2/widgets/" + target, SiteRequests.query(Map.of("force", "true"), params));
                record.remove(key(widgets, entry.getKey()));
            }
            return deleted;
        }
    }

    /**
     * A widget in the target's sidebar that no other source widget took, of the same kind, holding the source's settings
     * or the translation's; or null.
     */
    private static String copyThere(ObjectNode widget, ObjectNode raw, List<String> sidebar, Set<String> taken,
                                    Map<String, JsonNode> current) {
        JsonNode source = widget.has("source_raw") ? widget.get("source_raw") : widget.path("raw");
        for (String id : sidebar) {
            JsonNode there = current.get(id);
            if (there == null || taken.contains(id) || !widget.path("id_base").asText().equals(there.path("id_base").asText())) {
                continue;
            }
            JsonNode settings = there.path("instance").path("raw");
            // a Korean site's own WordPress default stands for the English one, whatever language each is in
            if (source instanceof ObjectNode s && sameSettings(s, settings) || sameSettings(raw, settings)
                    || DefaultWidgets.same(source, settings)) {
                return id;
            }
        }
        return null;
    }

    /** Why a widget cannot be pushed, or null when it can. */
    private static String unpushable(ObjectNode widget) {
        if (!widget.path("raw").isObject()) return "the source site gave no settings of it";
        if (widget.path("id_base").asText().startsWith("media_")) {
            return "a media widget names its file by the source's media id: add it there by hand";
        }
        return null;
    }

    /**
     * Writes into the settings the target's ids of what the widget shows by the source's: a Navigation Menu widget's
     * menu, a block widget's synced patterns and navigation menus (and its links' and post lists' posts), each the
     * translation the push record names (pushed from this folder, in this run or before). Null when all are mapped,
     * else why the widget cannot be pushed yet.
     */
    private String mapIds(ObjectNode raw, String idBase, PushRecord record, MergedWidgets widgets) {
        if (idBase.equals("nav_menu") && raw.path("nav_menu").canConvertToLong() && raw.path("nav_menu").asLong() > 0) {
            Long menu = record.targetId(new PushRecord.Key(widgets.sourceSite(), MenuPush.MENU_TYPE,
                    raw.path("nav_menu").asText(), site.root().toString(), params));
            if (menu == null && !wouldBePushed(MenuPush.MENU_TYPE, raw.path("nav_menu").asText())) {
                return "its navigation menu has no translation there: push the menu";
            }
            raw.put("nav_menu", menu == null ? 0 : menu); // 0: a dry run's stand-in
        }
        if (idBase.equals("block") && raw.path("content").isTextual()) {
            List<PostReferences.Reference> references = PostReferences.in(raw.path("content").asText());
            long[] targets = new long[references.size()];
            for (int i = 0; i < targets.length; i++) {
                PostReferences.Reference reference = references.get(i);
                Long target = reference.sourceId() < 0 ? null : record.targetId(new PushRecord.Key(widgets.sourceSite(),
                        reference.type(), Long.toString(reference.sourceId()), site.root().toString(), params));
                if (target == null && wouldBePushed(reference.type(), Long.toString(reference.sourceId()))) target = 0L;
                if (target == null) {
                    return "it names " + reference.type() + " " + reference.written() + " by id (" + reference.describe()
                            + "), which has no translation pushed from this folder there: push it first";
                }
                targets[i] = target;
            }
            if (targets.length > 0) raw.put("content", PostReferences.rewrite(raw.path("content").asText(), references, targets));
        }
        return null;
    }

    /** On a dry run, whether this run would push it before the widgets (so it would have a translation there). */
    private boolean wouldBePushed(String type, String sourceId) {
        return dryRun && inThisRun.contains(pushed(type, sourceId));
    }

    /** Makes the widget in the sidebar; its id there. */
    /** Makes the widget in the sidebar: WordPress's answer, whose id is checked to be of the widget's kind. */
    private JsonNode create(MergedWidgets widgets, ObjectNode widget, ObjectNode raw, String sidebar) throws WpException, PushException {
        ObjectNode body = JSON.createObjectNode();
        body.put("id_base", widget.path("id_base").asText());
        body.put("sidebar", sidebar);
        body.putObject("instance").set("raw", raw);
        JsonNode answer = SiteRequests.json(site.post("/wp/v2/widgets", SiteRequests.bytes(withParams(body))));
        String id = answer.path("id").asText("");
        if (!id.matches(Pattern.quote(widget.path("id_base").asText()) + "-[0-9]{1,18}")) {
            throw new PushException(widgets.bodyFile() + ": the new " + widget.path("id_base").asText() + " widget has no"
                    + " id of its kind (" + id + ")");
        }
        return answer;
    }

    /**
     * A widget's setting that is not text, as {@link PushedStructure} records it: a Navigation Menu widget's menu
     * ({@code menu}, its id there); none for the other kinds.
     */
    private static Map<String, String> structureOf(JsonNode settings) {
        return settings.has("nav_menu") ? Map.of("menu", Long.toString(settings.path("nav_menu").asLong(0))) : Map.of();
    }

    /** A widget's text settings (its string-valued ones: title, text, content…), by name. */
    private static Map<String, String> textsOf(JsonNode settings) {
        Map<String, String> texts = new TreeMap<>();
        settings.fields().forEachRemaining(setting -> {
            if (setting.getValue().isTextual()) texts.put(setting.getKey(), setting.getValue().asText());
        });
        return texts;
    }

    /** The digests of a widget's text settings as WordPress holds them (an answer or a fetched widget), or null when it shows none. */
    private static PushedText texts(JsonNode widget) {
        JsonNode settings = widget.path("instance").path("raw");
        return settings.isObject() ? PushedText.of(textsOf(settings)) : null;
    }

    /** Whether the target's settings already hold every setting sent (WordPress may add its own beside them). */
    private static boolean sameSettings(ObjectNode sent, JsonNode there) {
        for (Iterator<Map.Entry<String, JsonNode>> it = sent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> setting = it.next();
            JsonNode value = there.path(setting.getKey());
            boolean same = setting.getValue().isNumber() && value.isNumber()
                    ? setting.getValue().asLong() == value.asLong() : setting.getValue().equals(value);
            if (!same) return false;
        }
        return true;
    }

    /** The target's active sidebars: id to the ids of its widgets. */
    private Map<String, List<String>> targetSidebars() throws WpException, PushException {
        Map<String, List<String>> sidebars = new LinkedHashMap<>();
        JsonNode list;
        try {
            list = SiteRequests.json(site.get("/wp/v2/sidebars", SiteRequests.query(Map.of("context", "edit"), params)));
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the sidebars and their widgets",
                    "push them with an administrator's Application Password");
        }
        for (JsonNode sidebar : list) {
            if (!"active".equals(sidebar.path("status").asText()) || !sidebar.path("id").isTextual()) continue;
            List<String> ids = new ArrayList<>();
            for (JsonNode id : sidebar.path("widgets")) ids.add(id.asText());
            sidebars.put(sidebar.path("id").asText(), ids);
        }
        return sidebars;
    }

    /** The target's widgets by id, with their settings. */
    private Map<String, JsonNode> targetWidgets() throws WpException, PushException {
        Map<String, JsonNode> widgets = new LinkedHashMap<>();
        for (JsonNode widget : SiteRequests.json(site.get("/wp/v2/widgets", SiteRequests.query(Map.of("context", "edit"), params)))) {
            widgets.put(widget.path("id").asText(), widget);
        }
        return widgets;
    }

    /** A widget id's kind: {@code text} of {@code text-2}. */
    private static String idBase(String widgetId) {
        return widgetId.substring(0, Math.max(0, widgetId.lastIndexOf('-')));
    }

    private ObjectNode withParams(ObjectNode body) {
        params.forEach(body::put);
        return body;
    }

    private PushRecord.Key key(MergedWidgets widgets, String sourceId) {
        return new PushRecord.Key(widgets.sourceSite(), WIDGET_TYPE, sourceId, site.root().toString(), params);
    }
}
