package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.TemplateParts;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Saves a translated template part on the target site by its id ({@code POST /wp/v2/template-parts/theme//slug}, an
 * administrator's): WordPress keeps it as the target's own changed copy of that part of its theme, which every page
 * then shows. Only its content is sent. Refused when the target's active theme has no such part (another theme: the
 * part would never be shown); left alone when its content already is the translation.
 */
public final class TemplatePartPush {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+//[A-Za-z0-9_-]+");
    private static final String ROUTE = "/wp/v2/template-parts/";

    /** What happened (or would, on a dry run): {@link Publisher.Action#UPDATED} or {@link Publisher.Action#UNCHANGED}. */
    public record Result(Publisher.Action action, String id) {
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;

    public TemplatePartPush(WpSite site, Map<String, String> params, boolean dryRun) {
        this.site = site;
        this.params = params;
        this.dryRun = dryRun;
    }

    /** Whether the file is named as merge names a template part's body. */
    public static boolean isBody(Path file) {
        return file.getFileName().toString().endsWith(TemplateParts.BODY_SUFFIX);
    }

    public Result push(Path bodyFile) throws WpException, PushException {
        String name = bodyFile.getFileName().toString();
        ObjectNode body = MergedPost.object(bodyFile);
        if (!body.path("content").isTextual()) {
            throw new PushException(bodyFile + ": no \"content\" string: not a body merge wrote; merge the XLIFF again");
        }
        Path partFile = bodyFile.resolveSibling(name.substring(0, name.length() - TemplateParts.BODY_SUFFIX.length()) + ".json");
        if (!Files.isRegularFile(partFile)) {
            throw new PushException(bodyFile + ": " + partFile.getFileName() + " is not beside it: push reads the template"
                    + " part's id from it (merge writes both; keep them together)");
        }
        ObjectNode part = MergedPost.object(partFile);
        String id = part.path("translation_of").asText("");
        if (!ID.matcher(id).matches()) {
            throw new PushException(partFile + ": no template part id (theme//slug) in \"translation_of\": merge a template"
                    + " part pulled with --type template-parts");
        }
        if (part.path(TemplateParts.SOURCE).asText("").equals(site.root().toString())) {
            throw new PushException(bodyFile + ": not pushed: " + site.root() + " is the site the template part " + id
                    + " comes from, and a theme's part is one for the whole site: saving the translation there would"
                    + " replace the source's own (with Polylang or WPML on one site, translate it with their string"
                    + " translation); push to the translation site");
        }
        JsonNode current;
        try {
            current = SiteRequests.json(site.get(ROUTE + id, SiteRequests.query(Map.of("context", "edit"), params)));
        } catch (WpException e) {
            if (e.status() == 404) {
                throw new PushException(bodyFile + ": " + site.root() + " has no template part " + id + " (its active theme"
                        + " is another, or has no such part): not pushed, since no page there would show it; activate the"
                        + " theme " + id.substring(0, id.indexOf("//")) + " there");
            }
            throw WpException.administratorsOnly(e, "GET", "the theme's template parts",
                    "push them with an administrator's Application Password");
        }
        if (current.path("content").path("raw").asText("").equals(body.path("content").asText())) {
            return new Result(Publisher.Action.UNCHANGED, id);
        }
        if (!dryRun) {
            ObjectNode sent = JsonNodeFactory.instance.objectNode().put("content", body.path("content").asText());
            params.forEach(sent::put);
            try {
                site.post(ROUTE + id, SiteRequests.bytes(sent));
            } catch (WpException e) {
                throw WpException.administratorsOnly(e, "POST", "the theme's template parts",
                        "push them with an administrator's Application Password");
            }
        }
        return new Result(Publisher.Action.UPDATED, id);
    }
}
