package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * The REST collection routes of a site's post types and taxonomies, from {@code GET /wp/v2/types} and
 * {@code GET /wp/v2/taxonomies} (each asked once): {@code page} → {@code /wp/v2/pages}, {@code category} →
 * {@code /wp/v2/categories}. A type or taxonomy without a REST route has none (null).
 */
public final class RestRoutes {
    private final WpSite site;
    private Map<String, String> types;
    private Map<String, String> taxonomies;

    public RestRoutes(WpSite site) {
        this.site = site;
    }

    /** The route of a post type ({@code page}), or null when the site has none for it. */
    public synchronized String ofType(String type) throws WpException {
        if (types == null) types = routes("/wp/v2/types");
        return types.get(type);
    }

    /** The route of a taxonomy ({@code category}), or null when the site has none for it. */
    public synchronized String ofTaxonomy(String taxonomy) throws WpException {
        if (taxonomies == null) taxonomies = routes("/wp/v2/taxonomies");
        return taxonomies.get(taxonomy);
    }

    private Map<String, String> routes(String route) throws WpException {
        JsonNode all = site.get(route, Map.of()).json();
        Map<String, String> routes = new HashMap<>();
        all.fields().forEachRemaining(t -> {
            String base = t.getValue().path("rest_base").asText("");
            String namespace = t.getValue().path("rest_namespace").asText("wp/v2");
            if (base.matches("[A-Za-z0-9_-]+") && namespace.matches("[a-z0-9_-]+(/[a-z0-9_-]+)*")) {
                routes.put(t.getKey(), "/" + namespace + "/" + base);
            }
        });
        return routes;
    }
}
