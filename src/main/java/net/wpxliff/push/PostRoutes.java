package net.wpxliff.push;

import net.wpxliff.wp.RestRoutes;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.Map;

/**
 * A post type's REST route on the target site, for a push that cannot go on without one: post and page are
 * WordPress's own and known without asking; others come from the site's list of types ({@link RestRoutes}), and a
 * type it gives none for is a PushException that says how to give it one.
 */
final class PostRoutes {
    private static final Map<String, String> BUILT_IN = Map.of("post", "/wp/v2/posts", "page", "/wp/v2/pages");
    private final WpSite site;
    private final RestRoutes routes;

    /** @param routes the target site's routes, shared with whatever else asks the site for them */
    PostRoutes(WpSite site, RestRoutes routes) {
        this.site = site;
        this.routes = routes;
    }

    /**
     * The collection route ({@code /wp/v2/posts}); a PushException when the site has no REST route for the type.
     *
     * @param post the body being pushed, named in the message; null when none is (a type its content refers to)
     */
    String of(String type, MergedPost post) throws WpException, PushException {
        String route = BUILT_IN.containsKey(type) ? BUILT_IN.get(type) : routes.ofType(type);
        if (route == null) {
            throw new PushException((post != null ? post.postFile() + ": " : "") + "post type \"" + type
                    + "\" has no REST route on " + site.root()
                    + " (GET /wp/v2/types does not list it with a rest_base): register the type with show_in_rest");
        }
        return route;
    }
}
