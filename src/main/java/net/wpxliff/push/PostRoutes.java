package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.HashMap;
import java.util.Map;

/** A post type's REST route on the target site: post and page are known, others come from {@code GET /wp/v2/types}. */
final class PostRoutes {
    private final WpSite site;
    private final Map<String, String> routes = new HashMap<>(Map.of("post", "/wp/v2/posts", "page", "/wp/v2/pages"));
    private JsonNode types;

    PostRoutes(WpSite site) {
        this.site = site;
    }

    /**
     * The collection route ({@code /wp/v2/posts}); a PushException when the site has no REST route for the type.
     *
     * @param post the body being pushed, named in the message; null when none is (a type its content refers to)
     */
    synchronized String of(String type, MergedPost post) throws WpException, PushException {
        String route = routes.get(type);
        if (route != null) return route;
        if (types == null) {
            types = SiteRequests.json(site.get("/wp/v2/types", Map.of()));
        }
        JsonNode described = types.path(type);
        String base = described.path("rest_base").asText("");
        if (base.isEmpty() || !base.matches("[A-Za-z0-9_/-]+")) {
            throw new PushException((post != null ? post.postFile() + ": " : "") + "post type \"" + type
                    + "\" has no REST route on " + site.root()
                    + " (GET /wp/v2/types does not list it with a rest_base): register the type with show_in_rest");
        }
        String namespace = described.path("rest_namespace").asText("wp/v2");
        route = "/" + namespace + "/" + base;
        routes.put(type, route);
        return route;
    }
}
