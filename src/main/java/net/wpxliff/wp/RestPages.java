package net.wpxliff.wp;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every object of a small REST collection (a menu's items, the menus), read as JSON trees page after page: WordPress
 * gives at most a hundred a request. Pull's posts are paged by {@code pull.PostFetcher} instead, which keeps them as
 * bytes and asks for several pages at once.
 */
public final class RestPages {
    /** WordPress's own maximum for {@code per_page}. */
    public static final int PER_PAGE = 100;
    /**
     * The most pages asked for (ten thousand objects): a bound on a site that ignores {@code page} and keeps saying
     * there are more, far past any menu WordPress's screens can save.
     */
    static final int MAX_PAGES = 100;

    private RestPages() {
    }

    /**
     * Pages 1, 2, … of the route with {@code per_page=100}, until a short page or the last the site counts
     * ({@code X-WP-TotalPages}; without it, page 1 is the last).
     *
     * @param query sent with every page, before {@code per_page} and {@code page}
     */
    public static List<JsonNode> all(WpSite site, String route, Map<String, String> query) throws WpException {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Map<String, String> pageQuery = new LinkedHashMap<>(query);
            pageQuery.put("per_page", Integer.toString(PER_PAGE));
            pageQuery.put("page", Integer.toString(page));
            WpSite.Response response = site.get(route, pageQuery);
            JsonNode list = response.json();
            if (!list.isArray()) {
                throw new WpException("GET " + Urls.withoutUserInfo(response.uri()) + ": the answer is not a list",
                        response.uri(), response.status(), null);
            }
            list.forEach(all::add);
            if (list.size() < PER_PAGE || page >= response.intHeader("X-WP-TotalPages", page)) break;
        }
        return all;
    }
}
