package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SiteSettingsFormat;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
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
 * not overwritten unless the edits may be. Without a record entry, a title or tagline that differs from the translation
 * is replaced only when that loses nothing ({@link LosslessReplacement}: empty, the English text, WordPress's default
 * tagline, the English title marked with the site's language), else it is refused, named, unless
 * {@link UnrecordedTargets} lets the translation replace it; the other one is set all the same.
 */
public final class SettingsPush {
    /**
     * What happened: {@link Publisher.Action#UPDATED} or {@link Publisher.Action#UNCHANGED}; on a dry run, the
     * request it would make (else null); and what an administrator changed there that {@code --overwrite-edits} let the
     * translation replace ({@code title}, {@code tagline}).
     */
    public record Result(Publisher.Action action, String request, List<String> overwritten) {
    }

    /** The record's type and source id of a site's title and tagline (its target id is always 1: there is one). */
    private static final String TYPE = "site_settings", SOURCE_ID = "title_and_tagline";
    private static final long ONE = 1;

    private final WpSite site;
    private final boolean dryRun;
    private final boolean overwriteEdits;
    private final UnrecordedTargets unrecorded;

    /**
     * @param overwriteEdits whether to set them even where an administrator changed them on the target site since
     * @param unrecorded     whether to replace a title or tagline set there that the push record does not know
     */
    public SettingsPush(WpSite site, boolean dryRun, boolean overwriteEdits, UnrecordedTargets unrecorded) {
        this.site = site;
        this.dryRun = dryRun;
        this.overwriteEdits = overwriteEdits;
        this.unrecorded = unrecorded;
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
        if (sameLocale(settings.sourceLanguage(), targetLanguage)) {
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
            return new Result(Publisher.Action.UNCHANGED, null, List.of());
        }
        PushedText pushed = record.pushedText(key, ONE);
        Map<String, String> wanted = new LinkedHashMap<>();
        settings.values().forEach((name, value) -> wanted.put(name, text(value)));
        List<String> edited = pushed == null ? List.of() : pushed.editedOnSite(wanted, texts(current));
        List<String> overwritten = overwriteEdits ? edited.stream().map(f -> f.replace("description", "tagline")).toList()
                : List.of();
        if (!edited.isEmpty() && !overwriteEdits) {
            throw new PushException(settings.bodyFile() + ": the site's " + String.join(" and ", edited).replace("description",
                    "tagline") + " on " + site.root() + (edited.size() > 1 ? " were" : " was") + " changed there (Settings →"
                    + " General) since wpxliff last pushed " + (edited.size() > 1 ? "them" : "it") + ": pushing would overwrite"
                    + " that. Carry the change into the translation and merge again, or push with --overwrite-edits");
        }
        List<String> unknown = record.targetId(key) == null ? unknown(settings, body, current, targetLanguage) : List.of();
        if (!unknown.isEmpty() && unrecorded.replaces()) {
            unknown.forEach(field -> unrecorded.replaced(UnrecordedTargets.Kind.SETTINGS, named(field, current)));
        } else {
            unknown.forEach(body::remove); // refused below, once the other one is set
        }
        Result result = null;
        if (body.isEmpty()) {
            // nothing else to set
        } else if (dryRun) {
            result = new Result(Publisher.Action.UPDATED, "POST " + site.routeUri(SiteSettingsFormat.ROUTE, null) + " ("
                    + String.join(", ", (Iterable<String>) body::fieldNames) + ")", overwritten);
        } else {
            JsonNode answer = SiteRequests.json(administrators("POST", () -> site.post(SiteSettingsFormat.ROUTE, SiteRequests.bytes(body))));
            // with a field refused, nothing is recorded: the record would take the text found there for push's own
            if (unknown.isEmpty() || unrecorded.replaces()) record.put(key, ONE, stored(answer));
            result = new Result(Publisher.Action.UPDATED, null, overwritten);
        }
        if (unknown.isEmpty() || unrecorded.replaces()) return result;
        List<String> named = new ArrayList<>();
        unknown.forEach(field -> named.add(named(field, current)));
        throw unrecorded.refusal(settings.bodyFile(), "the site's " + String.join(" and ", unknown).replace("description",
                "tagline") + " on " + site.root(), (unknown.size() > 1 ? "are" : "is") + " " + UnrecordedTargets.NOT_IN_RECORD
                + " and neither the translation, the English text nor WordPress's default (" + String.join(", ", named) + ")",
                "replace " + (unknown.size() > 1 ? "them" : "it") + ", and without the record an administrator's change"
                + " there cannot be told apart from a push's", UnrecordedTargets.RESTORE_RECORD, "to replace "
                + (unknown.size() > 1 ? "them" : "it"), body.isEmpty() ? "" : "the " + String.join(" and ",
                (Iterable<String>) body::fieldNames).replace("description", "tagline") + " was pushed");
    }

    /**
     * The fields the body would change that the record does not know, whose text there may be an administrator's: not
     * empty, not the English text, not WordPress's default ({@link LosslessReplacement}).
     */
    private static List<String> unknown(MergedSettings settings, ObjectNode body, JsonNode current, String targetLanguage) {
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(field -> {
            String source = settings.sourceText().getOrDefault(field, settings.values().get(field));
            if (!LosslessReplacement.ofSettings(field, current.path(field).asText(""), source, targetLanguage)) unknown.add(field);
        });
        return unknown;
    }

    /** A setting as the site holds it, for a message: {@code tagline "편집자의 태그라인"}. */
    private static String named(String field, JsonNode settings) {
        return field.replace("description", "tagline") + " " + JsonNodeFactory.instance.textNode(text(settings.path(field)
                .asText("")));
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

    /**
     * Whether two WordPress site locales ({@code ko_KR}, {@code en_US}, {@code de_DE_formal}) are one: equal but for
     * case and {@code -} for {@code _}. Not {@link net.wpxliff.xliff.LanguageTags#sameLanguage}, which takes a region
     * as the same language: this asks whether the target site may be the source site, and a site in {@code en_GB} or
     * {@code pt_BR} is a legitimate translation of one in {@code en_US} or {@code pt_PT} (WordPress ships those as
     * languages of their own), whose title push must set, not refuse.
     */
    private static boolean sameLocale(String a, String b) {
        return a.replace('-', '_').toLowerCase(Locale.ROOT).equals(b.replace('-', '_').toLowerCase(Locale.ROOT));
    }
}
