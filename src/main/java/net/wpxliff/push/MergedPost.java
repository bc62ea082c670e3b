package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.blocks.PostReferences;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One merged post as merge wrote it: the body to POST ({@code <slug>.ko.post.json}) and, beside it, the post
 * JSON ({@code <slug>.ko.json}), which says what the body is a translation of: {@code translation_of} (the source
 * post's id), {@code type} (the REST route) and {@code guid}, else {@code link} (the source site).
 *
 * @param sourceSite the source site's origin ({@code https://site.example}), from the guid (link rewriting
 *                   leaves it as it was), else the link
 * @param sourceId   the source post's id as text
 * @param slug       the body's slug, or null
 * @param sourceGuid the source post's guid, or null: a target post with the same guid is the source post itself
 * @param terms      the source post's terms and featured image, by slug (see {@link SourceTerms})
 * @param sourceParent the source post's parent (a page's parent page) id, or 0
 * @param settings   what a new post copies from the source post besides its text (see {@link #COPIED})
 * @param sourceRestRoot the source site's REST root, from the post's own {@code self} link ({@code …/wp-json/}), or
 *                   null when it has none that says
 * @param sourceVersion the source post's {@code modified_gmt} (merge keeps the exported post's): which version of it
 *                   the translation is of; null when it has none
 */
public record MergedPost(Path bodyFile, Path postFile, ObjectNode body, String sourceSite, String sourceId,
                         String type, String slug, String sourceGuid, SourceTerms terms, long sourceParent,
                         ObjectNode settings, URI sourceRestRoot, String sourceVersion) {
    /**
     * The settings a new post gets from the source post, as WPML copies them: the page order, whether comments and
     * pings are open, the post format (other than standard), stickiness, the password of a protected post, the date
     * (so that a date-based permalink is the source's with the locale's prefix) and the page template (when the target
     * site's theme lacks it WordPress refuses the whole post: {@link Publisher} then makes it without); never on an
     * update (its editors own them).
     */
    static final List<String> COPIED = List.of("menu_order", "comment_status", "ping_status", "format", "sticky", "template",
            "password", "date_gmt");

    static final String BODY_SUFFIX = ".post.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static MergedPost read(Path bodyFile) throws PushException {
        String name = bodyFile.getFileName().toString();
        if (!name.endsWith(BODY_SUFFIX)) {
            throw new PushException(bodyFile + ": not a merged post body (merge writes <slug>.ko.post.json)");
        }
        Path postFile = bodyFile.resolveSibling(name.substring(0, name.length() - BODY_SUFFIX.length()) + ".json");
        ObjectNode body = object(bodyFile);
        for (String field : new String[]{"title", "content"}) {
            if (!body.path(field).isTextual()) {
                throw new PushException(bodyFile + ": no \"" + field + "\" string: not a body merge wrote; merge the XLIFF again");
            }
        }
        if (!Files.isRegularFile(postFile)) {
            throw new PushException(bodyFile + ": " + postFile.getFileName() + " is not beside it: push reads the source"
                    + " post's id, type and site from it (merge writes both; keep them together)");
        }
        ObjectNode post = object(postFile);
        JsonNode id = post.get("translation_of");
        if (id == null || !(id.isIntegralNumber() || id.isTextual()) || id.asText().isEmpty()) {
            throw new PushException(postFile + ": no \"translation_of\" (the source post's id): merge a post exported"
                    + " from WordPress's REST JSON or WXR");
        }
        JsonNode type = post.get("type");
        if (type == null || !type.isTextual() || type.asText().isEmpty()) {
            throw new PushException(postFile + ": no \"type\" (post, page, …): push cannot tell the REST route");
        }
        String guid = text(post.get("guid"));
        String site = origin(guid);
        if (site == null) site = origin(text(post.get("link")));
        if (site == null) {
            throw new PushException(postFile + ": neither \"guid\" nor \"link\" is an http(s) URL: push cannot tell"
                    + " which site the post comes from");
        }
        String slug = body.path("slug").isTextual() && !body.path("slug").asText().isEmpty() ? body.path("slug").asText() : null;
        JsonNode parent = post.path("parent");
        return new MergedPost(bodyFile, postFile, body, site, id.asText(), type.asText(), slug,
                guid == null || guid.isEmpty() ? null : guid, SourceTerms.of(post),
                parent.canConvertToLong() && parent.asLong() > 0 ? parent.asLong() : 0, settings(post, type.asText()),
                restRoot(post), net.wpxliff.merge.CurrentPosts.modified(post));
    }

    /**
     * Whether posts of this type are seen only through the posts that show them by id ({@link PostReferences}): a
     * synced pattern, a navigation menu. WordPress shows one only when it is published, so a new translation takes
     * the source's status rather than push's default draft: the posts showing it are what an editor reviews.
     */
    static boolean shownThroughOthers(String type) {
        return PostReferences.REFERRING_BLOCKS.containsValue(type);
    }

    /** The same post with another body (its references mapped to the target site's ids: {@link PostReferences}). */
    MergedPost withBody(ObjectNode newBody) {
        return new MergedPost(bodyFile, postFile, newBody, sourceSite, sourceId, type, slug, sourceGuid, terms,
                sourceParent, settings, sourceRestRoot, sourceVersion);
    }

    /**
     * The REST root in the post's {@code _links.self} ({@code https://site.example/wp-json/wp/v2/posts/12} →
     * {@code https://site.example/wp-json/}; {@code …/?rest_route=/wp/v2/posts/12} → {@code …/?rest_route=/}), or null.
     */
    static URI restRoot(ObjectNode post) {
        String self = post.path("_links").path("self").path(0).path("href").asText("");
        if (origin(self) == null) return null;
        int at = self.indexOf("?rest_route=/");
        int end = at >= 0 ? at + "?rest_route=/".length() : self.indexOf("/wp-json/") + "/wp-json/".length();
        if (end < "/wp-json/".length()) return null;
        try {
            return URI.create(self.substring(0, end));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The members of {@link #COPIED} the source post has with a value worth sending (not a default); for a synced
     * pattern or navigation menu also its status when published ({@link #shownThroughOthers}).
     */
    private static ObjectNode settings(ObjectNode post, String type) {
        ObjectNode settings = JSON.createObjectNode();
        if (shownThroughOthers(type) && "publish".equals(post.path("status").asText())) settings.put("status", "publish");
        for (String name : COPIED) {
            JsonNode value = post.get(name);
            if (value == null) continue;
            boolean worth = switch (name) {
                case "menu_order" -> value.isIntegralNumber() && value.asLong() != 0;
                case "sticky" -> value.isBoolean() && value.asBoolean();
                case "format" -> value.isTextual() && !value.asText().isEmpty() && !value.asText().equals("standard");
                case "template" -> value.isTextual() && !value.asText().isEmpty(); // "": the theme's default
                // a protected post's translation is protected alike (context=edit and WXR give the password)
                case "password" -> value.isTextual() && !value.asText().isEmpty();
                // the same date, so a date-based permalink (/2024/02/05/slug/) is the one merge wrote links to (QA: a
                // post made today had /ko/2026/12/03/slug/, and every link to it from other posts led to a 404)
                case "date_gmt" -> value.isTextual() && value.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}")
                        && !value.asText().startsWith("0000");
                default -> value.isTextual() && value.asText().matches("open|closed");
            };
            if (worth) settings.set(name, value);
        }
        return settings;
    }

    /** The field's string, or its {@code raw}, else {@code rendered} member ({@code guid} is an object in REST JSON). */
    static String text(JsonNode node) {
        if (node == null) return null;
        if (node.isTextual()) return node.asText();
        if (node.path("raw").isTextual()) return node.path("raw").asText();
        if (node.path("rendered").isTextual()) return node.path("rendered").asText();
        return null;
    }

    /** {@code scheme://host[:port]} of an http(s) URL, lower case; null for anything else. */
    public static String origin(String url) {
        URI uri = http(url);
        return uri == null ? null : uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** The host of an http(s) URL, lower case; null for anything else. */
    static String host(String url) {
        URI uri = http(url);
        return uri == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static URI http(String url) {
        if (url == null) return null;
        try {
            URI uri = URI.create(url.strip());
            return uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null ? null : uri;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ObjectNode object(Path file) throws PushException {
        JsonNode node;
        try {
            node = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new PushException(file + ": cannot read it as JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (!(node instanceof ObjectNode object)) throw new PushException(file + ": not a JSON object");
        return object;
    }
}
