package net.wpxliff.pull;

import net.wpxliff.wp.WpException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From a listing to the posts to plan: each post the folder does not hold as it is now is asked for whole (by id),
 * each one it holds stays as listed, which {@link PullFolder} then finds unchanged and never writes.
 */
public final class WholePosts {
    /**
     * The posts, the folder's plan for them (every post it writes is whole), and how many listed posts were gone when
     * asked for whole (deleted or unpublished meanwhile).
     */
    public record Result(List<PulledPost> posts, List<PullFolder.Planned> planned, int gone) {
    }

    private WholePosts() {
    }

    /**
     * @param listed the routes' listings ({@link PostFetcher#LISTING_FIELDS})
     * @param query  the query of the whole posts (their form: {@code context}, filters, {@code --param}s)
     * @param raw    whether whole posts carry raw fields ({@code context=edit}): the form the folder's copies must have
     */
    public static Result of(PostFetcher fetcher, PullFolder folder, List<PostFetcher.Fetched> listed,
                            Map<String, String> query, boolean raw, PostFetcher.Progress progress)
            throws WpException, IOException {
        return complete(fetcher, folder, new ArrayList<>(), listed, query, raw, progress, 0);
    }

    /**
     * The result with more listed posts added (the synced patterns and menus its posts show: {@link ReferencedPosts}),
     * planned together with its posts, and those of them the folder does not hold as they are now fetched whole.
     *
     * @param query the query of the added posts' whole forms
     */
    public static Result adding(Result before, PostFetcher fetcher, PullFolder folder, List<PostFetcher.Fetched> listed,
                                Map<String, String> query, boolean raw, PostFetcher.Progress progress)
            throws WpException, IOException {
        return complete(fetcher, folder, new ArrayList<>(before.posts()), listed, query, raw, progress, before.gone());
    }

    /** Plans {@code posts} and the listed ones after them, fetching whole every listed post the folder needs. */
    private static Result complete(PostFetcher fetcher, PullFolder folder, List<PulledPost> posts,
                                   List<PostFetcher.Fetched> listed, Map<String, String> query, boolean raw,
                                   PostFetcher.Progress progress, int goneBefore) throws WpException, IOException {
        for (PostFetcher.Fetched f : listed) for (PulledPost post : f.posts()) posts.add(post.listedAs(raw));
        Set<Long> gone = new HashSet<>();
        // Names depend on every post's slug, so a whole post whose slug changed since the list may move another to a
        // new name: planned again until every post to be written is whole (twice, but for edits during the pull).
        for (int round = 0; ; round++) {
            List<PullFolder.Planned> planned = folder.plan(posts);
            Set<Long> wanted = new HashSet<>();
            for (PullFolder.Planned p : planned) {
                if (p.state() != PullFolder.State.UNCHANGED && p.post().listed()) wanted.add(p.post().id());
            }
            if (wanted.isEmpty()) return new Result(posts, planned, goneBefore + gone.size());
            if (round == 3) throw new IOException("the site's posts kept changing during the pull; pull again");
            Map<Long, PulledPost> whole = new HashMap<>();
            for (PostFetcher.Fetched f : listed) {
                List<Long> ids = f.posts().stream().map(PulledPost::id).filter(wanted::contains).toList();
                if (!ids.isEmpty()) whole.putAll(fetcher.fetchByIds(f.route(), query, ids, progress, folder::keep));
            }
            List<PulledPost> next = new ArrayList<>();
            for (PulledPost post : posts) {
                if (!wanted.contains(post.id())) next.add(post);
                else if (whole.containsKey(post.id())) next.add(whole.get(post.id()));
                else gone.add(post.id());
            }
            posts = next;
        }
    }
}
