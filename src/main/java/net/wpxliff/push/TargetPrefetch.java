package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The target posts a push compares its bodies with, asked for a hundred at a time before the first post is pushed
 * ({@code include=…} for the recorded ids, {@code slug=…} for the others) instead of one request per post: pushing a
 * site of a thousand posts again, most of them unchanged, takes ten requests instead of a thousand.
 *
 * <p>Only a shortcut: each post is taken at most once (a second body for the same target asks the site again, as it
 * may have just changed), and a post it does not hold, a slug it cannot answer for certain, or a batch that failed
 * is asked for on its own, exactly as without it.
 */
final class TargetPrefetch {
    /** WordPress's own maximum for per_page. */
    static final int BATCH = 100;
    /** Query characters per batch of slugs: a long URL is refused by some servers (8 KB is a common limit). */
    private static final int MAX_SLUG_CHARS = 4000;

    private final Map<String, JsonNode> byId = new HashMap<>();
    /** The posts with each slug, for the slugs whose batch answered completely. */
    private final Map<String, List<JsonNode>> bySlug = new HashMap<>();

    private TargetPrefetch() {
    }

    /** Nothing fetched: every post is asked for on its own. */
    static TargetPrefetch none() {
        return new TargetPrefetch();
    }

    /**
     * Fetches, route by route, the posts with these ids and the posts with these slugs (any status but trash, with
     * their raw fields), with the query parameters every GET of the push carries.
     */
    static TargetPrefetch fetch(WpSite site, Map<String, String> params, Map<String, Set<Long>> ids,
                                Map<String, Set<String>> slugs) {
        TargetPrefetch prefetch = new TargetPrefetch();
        ids.forEach((route, wanted) -> {
            List<Long> all = new ArrayList<>(wanted);
            for (int from = 0; from < all.size(); from += BATCH) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH)).stream().map(String::valueOf).toList();
                List<JsonNode> posts = list(site, route, params, "include", batch);
                if (posts == null) continue;
                for (JsonNode post : posts) {
                    if (post.path("id").canConvertToLong()) prefetch.byId.put(key(route, post.path("id").asText()), post);
                }
            }
        });
        slugs.forEach((route, wanted) -> {
            List<String> batch = new ArrayList<>();
            int chars = 0;
            for (String slug : wanted) {
                if (!batch.isEmpty() && (batch.size() == BATCH || chars + slug.length() > MAX_SLUG_CHARS)) {
                    prefetch.answerSlugs(site, route, params, batch);
                    batch = new ArrayList<>();
                    chars = 0;
                }
                batch.add(slug);
                chars += slug.length() + 1;
            }
            if (!batch.isEmpty()) prefetch.answerSlugs(site, route, params, batch);
        });
        return prefetch;
    }

    /** The target post with this id, fetched before (and forgotten now), or null: ask the site. */
    synchronized JsonNode takeById(String route, long id) {
        return byId.remove(key(route, Long.toString(id)));
    }

    /** The posts with this slug (none, one or several), fetched before (and forgotten now), or null: ask the site. */
    synchronized List<JsonNode> takeBySlug(String route, String slug) {
        return bySlug.remove(key(route, slug));
    }

    /**
     * One batch of slugs: the posts returned grouped by their slug. WordPress cleans each requested slug
     * ({@code sanitize_title}), so a returned post may carry a slug spelled differently from the one asked for: then
     * only the slugs that matched are known, since an unmatched one may be that post's.
     */
    private void answerSlugs(WpSite site, String route, Map<String, String> params, List<String> batch) {
        List<JsonNode> posts = list(site, route, params, "slug", batch);
        if (posts == null) return;
        Map<String, List<JsonNode>> found = new LinkedHashMap<>();
        for (String slug : batch) found.put(slug, new ArrayList<>());
        boolean allExplained = true;
        for (JsonNode post : posts) {
            List<JsonNode> same = found.get(post.path("slug").asText(""));
            if (same == null) allExplained = false;
            else same.add(post);
        }
        for (Map.Entry<String, List<JsonNode>> e : found.entrySet()) {
            if (!e.getValue().isEmpty() || allExplained) bySlug.put(key(route, e.getKey()), e.getValue());
        }
    }

    /** One page of the route filtered by {@code filter=values}; null when it failed or did not hold every match. */
    private static List<JsonNode> list(WpSite site, String route, Map<String, String> params, String filter,
                                       List<String> values) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(filter, String.join(",", values));
        query.put("status", "any");
        query.put("context", "edit");
        query.put("per_page", Integer.toString(BATCH));
        try {
            WpSite.Response response = site.get(route, SiteRequests.query(query, params));
            if (response.intHeader("X-WP-TotalPages", 1) > 1) return null; // more than a page: not all of them
            JsonNode list = SiteRequests.json(response);
            if (!list.isArray()) return null;
            List<JsonNode> posts = new ArrayList<>();
            list.forEach(posts::add);
            return posts;
        } catch (WpException | PushException e) {
            return null; // a shortcut only: each post is then asked for on its own, which reports any error
        }
    }

    private static String key(String route, String value) {
        return route + "\u0000" + value;
    }
}
