package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The REST collection routes of a site's post types and taxonomies, from {@code GET /wp/v2/types} and
 * {@code GET /wp/v2/taxonomies}: {@code page} → {@code /wp/v2/pages}, {@code category} → {@code /wp/v2/categories}.
 * A type or taxonomy without a REST route has none (null). Pull and push both read them here, so that a route one of
 * them refuses the other refuses too.
 *
 * <p>Each list is asked for once: its routes, or the failure it gave, are kept for the run, so a push of many posts
 * that the site cannot answer about asks once, not once a post.
 */
public final class RestRoutes {
    private static final String TYPES = "/wp/v2/types";
    private static final String TAXONOMIES = "/wp/v2/taxonomies";
    /**
     * A namespace: path segments a route may hold and nothing else. The site names it; checked because it becomes
     * part of every request's URL.
     */
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*");
    /**
     * A post type's base: one path segment (a slash would make it another route, with an id in it), capitals
     * allowed as pull has always taken them.
     */
    private static final Pattern TYPE_BASE = Pattern.compile("[A-Za-z0-9_-]+");
    /** A taxonomy's base: one path segment in lower case, as push has always required of a term's route. */
    private static final Pattern TAXONOMY_BASE = Pattern.compile("[a-z0-9_-]+");

    private final WpSite site;
    private final Map<String, String> query;
    private final Listing types = new Listing(TYPES, TYPE_BASE);
    private final Listing taxonomies = new Listing(TAXONOMIES, TAXONOMY_BASE);

    /** Asks for the lists with no query parameters. */
    public RestRoutes(WpSite site) {
        this(site, Map.of());
    }

    /**
     * @param query sent with both lists: push's {@code --param}s (a multilingual plugin's language, e.g.
     *              {@code lang=ko}), which the site may answer differently for
     */
    public RestRoutes(WpSite site, Map<String, String> query) {
        this.site = site;
        this.query = Map.copyOf(query);
    }

    /** The route of a post type ({@code page}), or null when the site has none for it. */
    public synchronized String ofType(String type) throws WpException {
        return types.routeOf(type);
    }

    /** The route of a taxonomy ({@code category}), or null when the site has none for it. */
    public synchronized String ofTaxonomy(String taxonomy) throws WpException {
        return taxonomies.routeOf(taxonomy);
    }

    /** The taxonomy whose route this is ({@code /wp/v2/categories} → {@code category}), or null for none. */
    public synchronized String taxonomyAt(String route) throws WpException {
        taxonomies.routeOf("");
        for (Map.Entry<String, String> taxonomy : taxonomies.routes.entrySet()) {
            if (taxonomy.getValue().equals(route)) return taxonomy.getKey();
        }
        return null;
    }

    /** One of the two lists: asked for on first use, then its routes or its failure. */
    private final class Listing {
        private final String route;
        private final Pattern base;
        private Map<String, String> routes;
        private WpException failure;

        Listing(String route, Pattern base) {
            this.route = route;
            this.base = base;
        }

        String routeOf(String name) throws WpException {
            if (failure != null) throw failure;
            if (routes == null) {
                try {
                    routes = read();
                } catch (WpException e) {
                    failure = e;
                    throw e;
                }
            }
            return routes.get(name);
        }

        /**
         * Each listed name with its route, when its base and namespace are safe to put in a URL. The answer is an
         * object, or an empty list (what PHP makes of an empty map): {@link WpSite#get} refuses any other.
         */
        private Map<String, String> read() throws WpException {
            JsonNode all = site.get(route, query).json();
            Map<String, String> found = new HashMap<>();
            all.fields().forEachRemaining(listed -> {
                String restBase = listed.getValue().path("rest_base").asText("");
                String namespace = listed.getValue().path("rest_namespace").asText("wp/v2");
                if (base.matcher(restBase).matches() && NAMESPACE.matcher(namespace).matches()) {
                    found.put(listed.getKey(), "/" + namespace + "/" + restBase);
                }
            });
            return found;
        }
    }
}
