package net.wpxliff.pull;

import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Fetches every post of one REST route, page after page ({@code per_page=100}, as many pages as
 * {@code X-WP-TotalPages} says), all in memory: nothing is written until every page has come.
 *
 * <p>WordPress takes about a second to render a page of 100 posts with their raw fields, so a site of thousands of
 * posts spends minutes waiting. Once page 1 has said how many pages there are, the next ones are asked for a few at
 * a time ({@code connections}, as a browser opens a few connections to a host) and taken in page order, so the
 * posts, their order and every check are those of a pull one page after another. Without {@code X-WP-TotalPages}
 * pages are asked for one after another, since only a short page says it was the last.
 *
 * <p>Pull lists the posts first ({@link #LISTING_FIELDS}) and then asks for the new and changed ones whole, by id
 * ({@link #fetchByIds}), a hundred per request, a few requests at a time.
 */
public final class PostFetcher implements AutoCloseable {
    /** WordPress's own maximum for per_page. */
    static final int PER_PAGE = 100;
    /**
     * The fields of a listing ({@code _fields=}): enough to name a post and tell whether the folder's copy is current,
     * about 60 bytes a post where the whole post with its raw fields is often 10–20 KB (WordPress answers a page of
     * them in 0.04 s instead of about 1 s: it renders no content).
     */
    public static final String LISTING_FIELDS = "id,type,slug,modified_gmt";
    /**
     * What whole posts are asked to embed ({@code _embed=}): the post's terms and featured image, with their slugs
     * and names, which push needs to find them on the target site (the post itself holds only the source site's
     * ids). About 1 KB a term; WordPress 5.4 and later embed only these.
     */
    public static final String EMBED = "wp:term,wp:featuredmedia";
    /** The most pages asked for at once: more would only load the site. */
    public static final int MAX_CONNECTIONS = 16;

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

    /**
     * One page as the site answered it, or why it could not be had: a failure counts only if the pages before it
     * do not end the pull (WordPress refuses a page past the last, which posts deleted meanwhile can make of one
     * asked for in the same wave).
     */
    private record Page(int number, WpSite.Response response, List<PulledPost> posts, WpException failure) {
    }

    private final WpSite site;
    private final int connections;
    /** The threads of waves of more than one page; made on the first such wave. */
    private ExecutorService pool;

    /** One page at a time. */
    public PostFetcher(WpSite site) {
        this(site, 1);
    }

    /** @param connections how many pages may be asked for at once, 1 to {@link #MAX_CONNECTIONS} */
    public PostFetcher(WpSite site, int connections) {
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("connections must be 1 to " + MAX_CONNECTIONS + ": " + connections);
        }
        this.site = site;
        this.connections = connections;
    }

    /** Every page of the route with these query parameters (a listing's, with {@code _fields}, or whole posts). */
    public Fetched fetchAll(String route, Map<String, String> query, Progress progress) throws WpException {
        Map<String, PulledPost> byId = new LinkedHashMap<>();
        int total = -1;
        List<Page> wave = List.of(page(route, query, 1));
        while (true) {
            int pages = -1;
            for (Page page : wave) {
                if (page.failure() != null) throw page.failure();
                boolean added = false;
                for (PulledPost post : page.posts()) added |= byId.put(Long.toString(post.id()), post) == null; // a post moved across pages: once
                // a site (or a cache) that ignores page serves page 1 again and again, and says there are more
                if (!page.posts().isEmpty() && !added) return new Fetched(route, new ArrayList<>(byId.values()), total, page.number());
                total = page.response().intHeader("X-WP-Total", total);
                pages = page.response().intHeader("X-WP-TotalPages", -1);
                if (progress != null) progress.fetched(route, byId.size(), total);
                boolean more = pages >= 0 ? page.number() < pages : page.posts().size() == PER_PAGE;
                if (!more || page.posts().isEmpty()) return new Fetched(route, new ArrayList<>(byId.values()), total, 0);
            }
            int next = wave.get(wave.size() - 1).number() + 1;
            // the last page's count says how many are left; without it, one page at a time
            wave = pages(route, query, next, pages >= 0 ? Math.min(connections, pages - next + 1) : 1);
        }
    }

    /** What becomes of each whole post as it arrives (kept on disk: {@link PostSpill}). */
    public interface Keeper {
        PulledPost keep(PulledPost post) throws IOException;
    }

    /**
     * The posts with these ids (a hundred per request, {@code include=}, with the other parameters of {@code query}),
     * by id: those the site still gives, each handed to {@code keeper} as it arrives. For a pull that listed the posts
     * first (see {@link #LISTING_FIELDS}) and needs only the new and changed ones whole.
     */
    public Map<Long, PulledPost> fetchByIds(String route, Map<String, String> query, List<Long> ids, Progress progress,
                                            Keeper keeper) throws WpException, IOException {
        Map<Long, PulledPost> found = new LinkedHashMap<>();
        int wave = PER_PAGE * connections;
        for (int from = 0; from < ids.size(); from += wave) {
            List<Map<String, String>> batches = new ArrayList<>();
            List<List<Long>> asked = new ArrayList<>();
            for (int batch = from; batch < Math.min(ids.size(), from + wave); batch += PER_PAGE) {
                List<Long> batchIds = ids.subList(batch, Math.min(ids.size(), batch + PER_PAGE));
                Map<String, String> batchQuery = new LinkedHashMap<>(query);
                batchQuery.put("include", batchIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
                batches.add(batchQuery);
                asked.add(batchIds);
            }
            List<Page> answers = inWaves(route, batches);
            for (int b = 0; b < answers.size(); b++) {
                Page answer = answers.get(b);
                if (answer.failure() != null) throw answer.failure();
                Set<Long> batchIds = new HashSet<>(asked.get(b));
                for (PulledPost post : answer.posts()) {
                    // a post not asked for: the site (a plugin, a cache) ignores include; page through it whole instead
                    if (!batchIds.contains(post.id())) return wanted(fetchAll(route, query, progress).posts(), ids, keeper);
                    found.put(post.id(), keeper.keep(post));
                }
            }
            if (progress != null) progress.fetched(route, found.size(), ids.size());
        }
        return found;
    }

    private static Map<Long, PulledPost> wanted(List<PulledPost> posts, List<Long> ids, Keeper keeper) throws IOException {
        Set<Long> wanted = new HashSet<>(ids);
        Map<Long, PulledPost> found = new LinkedHashMap<>();
        for (PulledPost post : posts) if (wanted.contains(post.id())) found.put(post.id(), keeper.keep(post));
        return found;
    }

    /** Pages {@code first} to {@code first + count - 1}, in order, each with its answer or its failure. */
    private List<Page> pages(String route, Map<String, String> query, int first, int count) throws WpException {
        List<Map<String, String>> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) queries.add(pageQuery(query, first + i));
        List<Page> answers = inWaves(route, queries);
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Page a = answers.get(i);
            pages.add(new Page(first + i, a.response(), a.posts(), a.failure()));
        }
        return pages;
    }

    /**
     * One request per query, all at once on the pool (one alone in this thread), in order, each with its answer or
     * its failure.
     */
    private List<Page> inWaves(String route, List<Map<String, String>> queries) throws WpException {
        if (queries.size() == 1) {
            try {
                return List.of(request(route, queries.get(0), 0));
            } catch (WpException e) {
                return List.of(new Page(0, null, List.of(), e));
            }
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(connections, task -> {
                Thread thread = new Thread(task, "wpxliff-pull");
                thread.setDaemon(true);
                return thread;
            });
        }
        List<Future<Page>> pending = new ArrayList<>();
        for (Map<String, String> query : queries) pending.add(pool.submit(() -> request(route, query, 0)));
        List<Page> answers = new ArrayList<>();
        for (Future<Page> future : pending) { // every answer awaited, so no request outlives the wave
            try {
                answers.add(future.get());
            } catch (ExecutionException e) {
                answers.add(new Page(0, null, List.of(), asWpException(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                pending.forEach(f -> f.cancel(true));
                throw new WpException("GET " + route + ": interrupted", null, -1, null, e);
            }
        }
        return answers;
    }

    private static WpException asWpException(Throwable cause) {
        if (cause instanceof WpException e) return e;
        if (cause instanceof RuntimeException e) throw e;
        if (cause instanceof Error e) throw e;
        throw new IllegalStateException(cause);
    }

    private Page page(String route, Map<String, String> query, int number) throws WpException {
        return request(route, pageQuery(query, number), number);
    }

    private static Map<String, String> pageQuery(Map<String, String> query, int number) {
        Map<String, String> pageQuery = new LinkedHashMap<>(query);
        pageQuery.put("per_page", Integer.toString(PER_PAGE)); // before page, as the URLs in messages always had it
        pageQuery.put("page", Integer.toString(number));
        return pageQuery;
    }

    /** One request (a page, or a batch by id), {@link #PER_PAGE} posts at most, its answer split into posts. */
    private Page request(String route, Map<String, String> query, int number) throws WpException {
        Map<String, String> full = new LinkedHashMap<>(query);
        full.putIfAbsent("per_page", Integer.toString(PER_PAGE));
        WpSite.Response response = site.get(route, full);
        try {
            return new Page(number, response, PostArray.split(response.body()), null);
        } catch (PostArray.NotPosts e) {
            throw new WpException("GET " + response.uri() + ": " + e.getMessage() + ": is " + route
                    + " a post type's route (--type takes a REST base such as posts or pages)?",
                    response.uri(), response.status(), null);
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
