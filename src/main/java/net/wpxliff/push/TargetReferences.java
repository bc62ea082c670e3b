package net.wpxliff.push;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.blocks.PostReferences;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The synced patterns and navigation menus a body shows by id ({@link PostReferences}), mapped to their translations
 * on the target site: pushed in this run (from any folder), else recorded in the body's folder and still there. One
 * without a translation stops the body: pushed as it is, its page there would show nothing in that place, or another
 * post's text. Except a reference the source site cannot resolve either (its post deleted, as in the theme test
 * data): the English page shows nothing there, and so must the Korean one, now and later: the reference is written as
 * {@link #NO_POST}, not as it was, since the target numbers its posts on from its highest id, and on a young site a
 * post (a menu) pushed later would take the source's id and be shown there.
 */
final class TargetReferences {
    /** An id no post has (WordPress numbers posts from 1 up; checked on the target before it is written). */
    static final long NO_POST = Integer.MAX_VALUE;
    /**
     * What mapping a body's references found besides the ids, one phrase each.
     *
     * @param unpublished the patterns and menus it shows whose translation there is not published (WordPress shows
     *                    nothing in their place): {@code synced pattern 12 (draft)}
     * @param dangling    the patterns and menus it shows (and the terms its post lists filter by) that the source site
     *                    does not have either (deleted there): written as an id nothing has
     * @param unlinked    the posts its menu links go to that have no translation there and are not pushed in this run:
     *                    WordPress leaves those links out until they do
     * @param pending     the posts its menu links or post lists name that this run pushes but had not yet: push it again
     *                    after them
     * @param unlisted    the posts its Query Loops list the children of or leave out that have no translation there and
     *                    are not pushed in this run: the list names no post in their place until they do
     */
    public record Findings(List<String> unpublished, List<String> dangling, List<String> unlinked, List<String> pending,
                           List<String> unlisted) {
        static Findings none() {
            return new Findings(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        static void note(List<String> phrases, String phrase) {
            if (!phrases.contains(phrase)) phrases.add(phrase);
        }
    }

    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;
    private final PostRoutes routes;
    /** The keys of the bodies this run pushes: a dry run's references to them are fine. */
    private volatile Set<PushRecord.Key> inThisRun = Set.of();
    /** The target ids this run pushed, by key, from any folder: what a later body's references map to first. */
    private final Map<PushRecord.Key, Long> pushedThisRun = new ConcurrentHashMap<>();
    /** The status of each target post asked about (route/id → status, "" when it is not there), once per run. */
    private final Map<String, String> statusThere = new ConcurrentHashMap<>();
    /** Whether the source site has the post (REST URL → answer: "yes", "no", or why it cannot tell), once per run. */
    private final Map<String, String> onSource = new ConcurrentHashMap<>();
    private final SourceSites sources;

    TargetReferences(WpSite site, SourceSites sources, Map<String, String> params, boolean dryRun, PostRoutes routes) {
        this.site = site;
        this.sources = sources;
        this.params = params;
        this.dryRun = dryRun;
        this.routes = routes;
    }

    void inThisRun(Set<PushRecord.Key> keys) {
        inThisRun = Set.copyOf(keys);
    }

    void pushed(PushRecord.Key key, long targetId) {
        pushedThisRun.put(key, targetId);
    }

    /** The record's keys of the posts the body shows: their translations must be pushed before it. */
    List<PushRecord.Key> keys(MergedPost post) {
        List<PushRecord.Key> keys = new ArrayList<>();
        for (PostReferences.Reference ref : PostReferences.in(post.body().path("content").asText())) {
            // a menu link's post is no reason to wait: the link is set once that post is there (see mapped)
            if (ref.sourceId() > 0 && ref.shows()) keys.add(key(post, ref));
        }
        return keys;
    }

    /** The body with its references naming their translations; a PushException when one cannot be mapped safely. */
    MergedPost mapped(MergedPost post, PushRecord record, Findings findings) throws WpException, PushException {
        String content = post.body().path("content").asText();
        List<PostReferences.Reference> refs = PostReferences.in(content);
        if (refs.isEmpty()) return post;
        long[] targets = new long[refs.size()];
        for (int i = 0; i < refs.size(); i++) {
            PostReferences.Reference ref = refs.get(i);
            String what = what(ref);
            String shown = post.bodyFile() + ": its content shows the " + what + " " + ref.sourceId() + " of "
                    + post.sourceSite() + " (" + ref.describe() + "), ";
            if (ref.sourceId() < 0) {
                throw new PushException(post.bodyFile() + ": its content has " + ref.describe() + ", whose ref is not a"
                        + " post id: push cannot tell which " + what + " it shows; fix the block in the source post");
            }
            PushRecord.Key key = key(post, ref);
            Long target = pushedThisRun.get(key);
            if (target == null) target = record.targetId(key);
            if (!ref.shows()) {
                // a menu link, or a post list's parent or left-out post: its post's translation if there is one; else,
                // said, a link stays as written (WordPress leaves it out) and a list names no post (never another's)
                if (target == null) {
                    List<String> phrases = inThisRun.contains(key) ? findings.pending()
                            : ref.filters() ? findings.unlisted() : findings.unlinked();
                    Findings.note(phrases, ref.type() + " " + ref.sourceId() + " of " + post.sourceSite());
                }
                targets[i] = target != null ? target : ref.filters() ? noPost(ref, shown) : ref.sourceId();
                continue;
            }
            String status = target == null ? null : status(ref, target);
            if (status == null) {
                if (dryRun && inThisRun.contains(key)) return post; // its translation would be pushed first
                if (target != null) {
                    throw new PushException(shown + "whose translation " + target + " on " + site.root() + " is gone"
                            + " (deleted or in the trash; " + PushRecord.FILE_NAME + " still names it): push the " + what
                            + "'s merged file again, with this post or before it");
                }
                String source = onSource(post, ref);
                if (!source.equals("no")) {
                    throw new PushException(shown + "which has no translation on " + site.root() + " yet"
                            + (source.equals("yes") ? "" : " (" + source + ")") + ": not pushed, since its page there"
                            + " would show nothing in that place (or another post's text). Pull it (wpxliff pull "
                            + post.sourceSite() + " --type " + (ref.type().equals("wp_block") ? "blocks" : "navigation")
                            + " --id " + ref.sourceId() + "), then export, translate and merge it, and push it with this post");
                }
                // the source has no such post either: its page shows nothing there, and so must the target's
                Findings.note(findings.dangling(), what + " " + ref.sourceId() + " of " + post.sourceSite() + " (written as "
                        + NO_POST + ", which no post has)");
                targets[i] = noPost(ref, shown + "which is not on the source site (deleted); ");
                continue;
            }
            if (!"publish".equals(status)) {
                Findings.note(findings.unpublished(), what + " " + target + " (" + status + ")");
            }
            targets[i] = target;
        }
        ObjectNode body = post.body().deepCopy();
        body.put("content", PostReferences.rewrite(content, refs, targets));
        return post.withBody(body);
    }

    /** {@link #NO_POST}, once the target is known not to have a post of the reference's type with that id. */
    private long noPost(PostReferences.Reference ref, String context) throws WpException, PushException {
        if (status(ref, NO_POST) != null) {
            throw new PushException(context + site.root() + " has a " + ref.type() + " " + NO_POST
                    + ", so push cannot write an id no post has there");
        }
        return NO_POST;
    }

    static String what(PostReferences.Reference ref) {
        return switch (ref.type()) {
            case "wp_block" -> "synced pattern";
            case "wp_navigation" -> "navigation menu";
            default -> ref.type(); // a post a menu link or a post list names: "page"
        };
    }

    /** The record's key of the post a reference names: same source site and target as the post that shows it. */
    private PushRecord.Key key(MergedPost post, PostReferences.Reference ref) {
        return new PushRecord.Key(post.sourceSite(), ref.type(), Long.toString(ref.sourceId()), site.root().toString(), params);
    }

    /** The status of the target site's post of the reference's type with this id, or null when it has none there. */
    private String status(PostReferences.Reference ref, long id) throws WpException, PushException {
        String route = routes.of(ref.type(), null) + "/" + id;
        String known = statusThere.get(route);
        if (known == null) {
            known = statusOf(site, route, SiteRequests.query(Map.of("context", "edit"), params));
            statusThere.put(route, known);
        }
        return known.isEmpty() ? null : known;
    }

    /**
     * Whether the source site has the post a reference names: "yes", "no" (not found: deleted), or why it cannot
     * tell ({@link SourceSites}).
     */
    private String onSource(MergedPost post, PostReferences.Reference ref) throws PushException {
        String route;
        try {
            route = routes.of(ref.type(), null) + "/" + ref.sourceId();
        } catch (WpException e) {
            return "cannot ask: " + e.getMessage();
        }
        String url = post.sourceRestRoot() + route;
        String known = onSource.get(url);
        if (known != null) return known;
        String answer;
        try {
            answer = statusOf(sources.of(post), route, Map.of()).isEmpty() ? "no" : "yes"; // not the target's --params
        } catch (PushException | WpException e) {
            answer = "the source site did not say whether it has it: " + e.getMessage();
        }
        onSource.put(url, answer);
        return answer;
    }

    /** The post's status on that site, or "" when it has no post of that route's type with that id (or it is in the trash). */
    private static String statusOf(WpSite on, String route, Map<String, String> query) throws WpException, PushException {
        try {
            String status = SiteRequests.json(on.get(route, query)).path("status").asText("");
            return status.equals("trash") ? "" : status.isEmpty() ? "publish" : status;
        } catch (WpException e) {
            if (e.status() != 404 && e.status() != 410 && !"rest_post_invalid_id".equals(e.code())) throw e;
            return "";
        }
    }
}
