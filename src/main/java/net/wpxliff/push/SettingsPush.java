package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;
import org.jsoup.parser.Parser;

import java.util.Locale;
import java.util.Map;

/**
 * Sets the target site's title and tagline ({@code POST /wp/v2/settings}, an administrator's) from a merged settings
 * body, when they differ. Refused when the target site has the source site's language: that is the source site
 * itself (one WordPress serving both languages through Polylang or WPML, whose string translation holds the
 * translated title) or a translation site not set to its language yet, and either way pushing would put the
 * translation where the source's title is shown.
 */
public final class SettingsPush {
    /**
     * What happened: {@link Publisher.Action#UPDATED} or {@link Publisher.Action#UNCHANGED}; on a dry run, the
     * request it would make (else null).
     */
    public record Result(Publisher.Action action, String request) {
    }

    private final WpSite site;
    private final boolean dryRun;

    public SettingsPush(WpSite site, boolean dryRun) {
        this.site = site;
        this.dryRun = dryRun;
    }

    public Result push(MergedSettings settings) throws WpException, PushException {
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
        if (body.isEmpty()) return new Result(Publisher.Action.UNCHANGED, null);
        if (dryRun) {
            return new Result(Publisher.Action.UPDATED, "POST " + site.routeUri(SiteSettingsFormat.ROUTE, null) + " ("
                    + String.join(", ", (Iterable<String>) body::fieldNames) + ")");
        }
        administrators("POST", () -> site.post(SiteSettingsFormat.ROUTE, SiteRequests.bytes(body)));
        return new Result(Publisher.Action.UPDATED, null);
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
