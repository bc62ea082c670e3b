package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.ThemeTemplates;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Saves a translated template or template part on the target site by its id ({@code POST
 * /wp/v2/template-parts/theme//slug}, {@code /wp/v2/templates/…}, an administrator's): WordPress keeps it as the
 * target's own changed copy, which its pages then show. Only its content is sent. Refused when the target's active theme
 * has no such template (another theme: it would never be shown), and on the site it came from (one for the whole site:
 * the source's own would be replaced); left alone when its content already is the translation. The push record keeps
 * the saved copy's post id ({@code wp_id}) and the digest of its content ({@link PushedText}): a copy an editor changed
 * in the site editor since is not overwritten unless the edits may be.
 */
public final class ThemeTemplatePush {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+//[A-Za-z0-9_-]+");

    /**
     * What happened (or would, on a dry run): {@link Publisher.Action#UPDATED} or {@link Publisher.Action#UNCHANGED};
     * and whether it replaced a copy an editor changed there, as {@code --overwrite-edits} allowed.
     */
    public record Result(Publisher.Action action, ThemeTemplates kind, String id, boolean overwritten) {
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;
    private final boolean overwriteEdits;
    private final UnrecordedTargets unrecorded;

    /**
     * @param overwriteEdits    whether to save a template even where an editor changed it on the target site since
     * @param unrecorded     whether to replace a copy saved there that the push record does not know
     */
    public ThemeTemplatePush(WpSite site, Map<String, String> params, boolean dryRun, boolean overwriteEdits,
                             UnrecordedTargets unrecorded) {
        this.site = site;
        this.params = params;
        this.dryRun = dryRun;
        this.overwriteEdits = overwriteEdits;
        this.unrecorded = unrecorded;
    }

    /** Whether the file is named as merge names a template's or part's body. */
    public static boolean isBody(Path file) {
        return ThemeTemplates.ofBody(file) != null;
    }

    /** Saves the translation and, unless dry run, records what it saved (the caller saves the record). */
    public Result push(Path bodyFile, PushRecord record) throws WpException, PushException {
        ThemeTemplates kind = ThemeTemplates.ofBody(bodyFile);
        if (kind == null) throw new PushException(bodyFile + ": not a merged template or template part body");
        String name = bodyFile.getFileName().toString();
        ObjectNode body = MergedPost.object(bodyFile);
        if (!body.path("content").isTextual()) {
            throw new PushException(bodyFile + ": no \"content\" string: not a body merge wrote; merge the XLIFF again");
        }
        Path templateFile = bodyFile.resolveSibling(name.substring(0, name.length() - kind.bodySuffix().length()) + ".json");
        if (!Files.isRegularFile(templateFile)) {
            throw new PushException(bodyFile + ": " + templateFile.getFileName() + " is not beside it: push reads the "
                    + kind.what() + "'s id from it (merge writes both; keep them together)");
        }
        ObjectNode template = MergedPost.object(templateFile);
        String id = template.path("translation_of").asText("");
        if (!ID.matcher(id).matches()) {
            throw new PushException(templateFile + ": no " + kind.what() + " id (theme//slug) in \"translation_of\": merge a "
                    + kind.what() + " pulled with --type " + kind.route().substring("/wp/v2/".length()));
        }
        if (template.path(ThemeTemplates.SOURCE).asText("").equals(site.root().toString())) {
            throw new PushException(bodyFile + ": not pushed: " + site.root() + " is the site the " + kind.what() + " " + id
                    + " comes from, and a theme's " + kind.what() + " is one for the whole site: saving the translation"
                    + " there would replace the source's own (with Polylang or WPML on one site, translate it with their"
                    + " string translation); push to the translation site");
        }
        String route = kind.route() + "/" + id;
        JsonNode current;
        try {
            current = SiteRequests.json(site.get(route, SiteRequests.query(Map.of("context", "edit"), params)));
        } catch (WpException e) {
            if (e.status() == 404) {
                throw new PushException(bodyFile + ": " + site.root() + " has no " + kind.what() + " " + id + " (its active"
                        + " theme is another, or has no such " + kind.what() + "): not pushed, since no page there would show"
                        + " it; activate the theme " + id.substring(0, id.indexOf("//")) + " there");
            }
            throw WpException.administratorsOnly(e, "GET", "the theme's " + kind.what() + "s",
                    "push them with an administrator's Application Password");
        }
        String sourceSite = MergedPost.origin(template.path(ThemeTemplates.SOURCE).asText(""));
        PushRecord.Key key = new PushRecord.Key(sourceSite == null ? "" : sourceSite, kind.type(), id, site.root().toString(),
                params);
        if (current.path("content").path("raw").asText("").equals(body.path("content").asText())) {
            if (!dryRun) remember(record, key, current);
            return new Result(Publisher.Action.UNCHANGED, kind, id, false);
        }
        long savedId = current.path("wp_id").asLong(0);
        boolean unknown = savedId > 0 && record.targetId(key) == null;
        if (unknown) {
            // QA: merged again into a folder without the record, push replaced a footer an editor had changed there; a
            // copy saved there is an editor's (or a push whose record was lost), never the theme's file
            unrecorded.permit(bodyFile, "the " + kind.what() + " " + id + " on " + site.root(), "was saved there (post "
                    + savedId + ") and the push record does not know it (changed in the site editor before wpxliff"
                    + " pushed, or the record was lost)", "replace it", UnrecordedTargets.PUSH_FROM_RECORDED,
                    "to replace it (its revisions there keep the copy it replaces)");
        }
        PushedText pushed = record.pushedText(key, savedId);
        boolean edited = pushed != null && !pushed.editedOnSite(Map.of("content", body.path("content").asText()),
                content(current)).isEmpty();
        if (edited && !overwriteEdits) {
            throw new PushException(bodyFile + ": the " + kind.what() + " " + id + " on " + site.root() + " was edited there"
                    + " (in the site editor) since wpxliff last pushed it: pushing would overwrite those edits. Carry them"
                    + " into the translation and merge again, or push with --overwrite-edits (its revisions on the site"
                    + " keep the edited one)");
        }
        if (!dryRun) {
            ObjectNode sent = JsonNodeFactory.instance.objectNode().put("content", body.path("content").asText());
            params.forEach(sent::put);
            try {
                // WordPress answers with the saved copy as context=edit shows it: its id and raw content
                remember(record, key, SiteRequests.json(site.post(route, SiteRequests.bytes(sent))));
            } catch (WpException e) {
                throw WpException.administratorsOnly(e, "POST", "the theme's " + kind.what() + "s",
                        "push them with an administrator's Application Password");
            }
        }
        if (unknown) unrecorded.replaced(UnrecordedTargets.Kind.TEMPLATE, bodyFile.getFileName() + " (" + id + ")");
        return new Result(Publisher.Action.UPDATED, kind, id, edited);
    }

    /** The one field push writes and records, as the template holds it (raw); empty when it does not show it. */
    private static Map<String, String> content(JsonNode template) {
        JsonNode raw = template.path("content").path("raw");
        return raw.isTextual() ? Map.of("content", raw.asText()) : Map.of();
    }

    /** Records the site's saved copy (its post id and content digest); a theme's file, not saved there, has none. */
    private static void remember(PushRecord record, PushRecord.Key key, JsonNode template) {
        long savedId = template.path("wp_id").asLong(0);
        Map<String, String> content = content(template);
        if (savedId > 0 && !content.isEmpty()) record.put(key, savedId, PushedText.of(content));
    }
}
