package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;
import org.jsoup.parser.Parser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sets the target site's title and tagline ({@code POST /wp/v2/settings}, an administrator's) from a merged settings
 * body, when they differ. Refused when the target site has the source site's language: that is the source site
 * itself (one WordPress serving both languages through Polylang or WPML, whose string translation holds the
 * translated title) or a translation site not set to its language yet, and either way pushing would put the
 * translation where the source's title is shown. The push record keeps the digests of the title and tagline as the target
 * stored them ({@link PushedText}; under the id 1, a site has one of each): one an administrator changed there since is
 * not overwritten unless the edits may be.
 */
public final class SettingsPush {
    /**
     * What happened: {@link Publisher.Action#UPDATED} or {@link Publisher.Action#UNCHANGED}; on a dry run, the
     * request it would make (else null).
     */
    public record Result(Publisher.Action action, String request) {
    }

    /** The record's type and source id of a site's title and tagline (its target id is always 1: there is one). */
    private static final String TYPE = "site_settings", SOURCE_ID = "title_and_tagline";
    private static final long ONE = 1;

    private final WpSite site;
    private final boolean dryRun;
    private final boolean overwriteEdits;

    /** @param overwriteEdits whether to set them even where an administrator changed them on the target site since */
    public SettingsPush(WpSite site, boolean dryRun, boolean overwriteEdits) {
        this.site = site;
        this.dryRun = dryRun;
        this.overwriteEdits = overwriteEdits;
    }

    /** Sets them and, unless dry run, records what the site stored (the caller saves the record). */
    public Result push(MergedSettings settings, PushRecord record) throws WpException, PushException {
        JsonNode current = SiteRequests.json(administrators("GET",
                () -> site.get(SiteSettingsFormat.ROUTE, Map.of())));
        String targetLanguage = current.path("language").isTextual() ? current.path("language").asText() : null;
        if (settings.sourceLanguage() == null || targetLanguage == null) {
            throw new PushException(settings.bodyFile() + ": not pushed: " + (settings.sourceLanguage() == null
                    ? "the source site's settings" : "the settings of " + site.routeUri(SiteSettingsFormat.ROUTE, null))
                    + " do not say the site's language (WordPress 5.9 and later do), so push cannot tell the target"
                    + " site from the source site, whose title it must never overwrite; set the title and tagline in"
                    + " the target site's Settings → General");
        }
        if (sameLanguage(settings.sourceLanguage(), targetLanguage)) {
            throw new PushException(settings.bodyFile() + ": not pushed: " + site.routeUri(SiteSettingsFormat.ROUTE, null)
                    + " is a site in " + targetLanguage + ", the source site's language: either it is the source site itself (a plugin"
                    + " serving both languages from one WordPress, such as Polylang or WPML, translates the title and"
                    + " tagline in its string translation, not in the site's settings) or the translation site is not set"
                    + " to its language yet (Settings → General → Site Language); pushing would show the translation where"
                    + " the source's title belongs");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        settings.values().forEach((key, value) -> {
            // WordPress stores them HTML-escaped (esc_html), so "&#039;" there is "'" here
            if (!text(current.path(key).asText("")).equals(text(value))) body.put(key, value);
        });
        PushRecord.Key key = new PushRecord.Key(settings.sourceSite(), TYPE, SOURCE_ID, site.root().toString(), Map.of());
        if (body.isEmpty()) {
            if (!dryRun) record.put(key, ONE, stored(current));
            return new Result(Publisher.Action.UNCHANGED, null);
        }
        PushedText pushed = overwriteEdits ? null : record.pushedText(key, ONE);
        Map<String, String> wanted = new LinkedHashMap<>();
        settings.values().forEach((name, value) -> wanted.put(name, text(value)));
        List<String> edited = pushed == null ? List.of() : pushed.editedOnSite(wanted, texts(current));
        if (!edited.isEmpty()) {
            throw new PushException(settings.bodyFile() + ": the site's " + String.join(" and ", edited).replace("description",
                    "tagline") + " on " + site.root() + (edited.size() > 1 ? " were" : " was") + " changed there (Settings →"
                    + " General) since wpxliff last pushed " + (edited.size() > 1 ? "them" : "it") + ": pushing would overwrite"
                    + " that. Carry the change into the translation and merge again, or push with --overwrite-edits");
        }
        if (dryRun) {
            return new Result(Publisher.Action.UPDATED, "POST " + site.routeUri(SiteSettingsFormat.ROUTE, null) + " ("
                    + String.join(", ", (Iterable<String>) body::fieldNames) + ")");
        }
        JsonNode answer = SiteRequests.json(administrators("POST", () -> site.post(SiteSettingsFormat.ROUTE, SiteRequests.bytes(body))));
        record.put(key, ONE, stored(answer));
        return new Result(Publisher.Action.UPDATED, null);
    }

    /** The title and tagline as the settings show them, unescaped as they are compared. */
    private static Map<String, String> texts(JsonNode settings) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : new String[] {"title", "description"}) texts.put(name, text(settings.path(name).asText("")));
        return texts;
    }

    private static PushedText stored(JsonNode settings) {
        return PushedText.of(texts(settings));
    }

    private interface Request {
        WpSite.Response send() throws WpException;
    }

    /** The request, said in terms of the capability it needs when the site refuses it. */
    private static WpSite.Response administrators(String method, Request request) throws WpException {
        try {
            return request.send();
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, method, "the site title and tagline",
                    "push them with an administrator's Application Password");
        }
    }

    private static String text(String html) {
        return Parser.unescapeEntities(html, false);
    }

    private static boolean sameLanguage(String a, String b) {
        return a.replace('-', '_').toLowerCase(Locale.ROOT).equals(b.replace('-', '_').toLowerCase(Locale.ROOT));
    }
}
