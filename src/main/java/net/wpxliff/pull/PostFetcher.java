package net.wpxliff.pull;

import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches every post of one REST route, page after page ({@code per_page=100}, as many pages as
 * {@code X-WP-TotalPages} says), all in memory: nothing is written until every page has come.
 */
public final class PostFetcher {
    /** WordPress's own maximum for per_page. */
    static final int PER_PAGE = 100;

    /** Told after each page: the route, posts so far, and the total the site announced (-1 unknown). */
    public interface Progress {
        void fetched(String route, int posts, int total);
    }

    /**
     * A route's posts, what the site said its total was (-1 when it did not say), and the first page that held only
     * posts earlier pages had given (0 when none): the site, or a cache in front of it, ignores {@code page}.
     */
    public record Fetched(String route, List<PulledPost> posts, int announcedTotal, int repeatedPage) {
    }

    private final WpSite site;

    public PostFetcher(WpSite site) {
        this.site = site;
    }

    public Fetched fetchAll(String route, Map<String, String> query, Progress progress) throws WpException {
        Map<String, PulledPost> byId = new LinkedHashMap<>();
        int total = -1;
        for (int page = 1; ; page++) {
            Map<String, String> pageQuery = new LinkedHashMap<>(query);
            pageQuery.put("per_page", Integer.toString(PER_PAGE));
            pageQuery.put("page", Integer.toString(page));
            WpSite.Response response = site.get(route, pageQuery);
            List<PulledPost> posts;
            try {
                posts = PostArray.split(response.body());
            } catch (PostArray.NotPosts e) {
                throw new WpException("GET " + response.uri() + ": " + e.getMessage() + ": is " + route
                        + " a post type's route (--type takes a REST base such as posts or pages)?",
                        response.uri(), response.status(), null);
            }
            boolean added = false;
            for (PulledPost post : posts) added |= byId.put(Long.toString(post.id()), post) == null; // a post moved across pages: once
            // a site (or a cache) that ignores page serves page 1 again and again, and says there are more
            if (!posts.isEmpty() && !added) return new Fetched(route, new ArrayList<>(byId.values()), total, page);
            total = response.intHeader("X-WP-Total", total);
            int pages = response.intHeader("X-WP-TotalPages", -1);
            if (progress != null) progress.fetched(route, byId.size(), total);
            boolean more = pages >= 0 ? page < pages : posts.size() == PER_PAGE;
            if (!more || posts.isEmpty()) break;
        }
        return new Fetched(route, new ArrayList<>(byId.values()), total, 0);
    }
}
