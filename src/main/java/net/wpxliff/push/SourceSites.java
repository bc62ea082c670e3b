package net.wpxliff.push;

import net.wpxliff.wp.Credentials;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source sites push asks about what a post shows by id (a pattern, a gallery's images), each connected once per
 * run through the REST root of the post's own {@code self} link. The target's credentials go along only when both
 * sites share an origin (sites of one network, where one Application Password serves both); else none.
 */
final class SourceSites {
    private final WpSite target;
    private final Credentials credentials;
    private final Map<URI, WpSite> connected = new ConcurrentHashMap<>();

    SourceSites(WpSite target, Credentials credentials) {
        this.target = target;
        this.credentials = credentials;
    }

    /**
     * Whether the post comes from the target site itself (one site holding both languages, with a multilingual
     * plugin and {@code --param lang=ko}): then it shares the media library, and a media id means the same image.
     */
    boolean isTarget(MergedPost post) {
        URI root = post.sourceRestRoot();
        return root != null && root.toString().equals(target.root().toString());
    }

    /** The post's source site, or a PushException saying why it cannot be reached. */
    WpSite of(MergedPost post) throws PushException {
        URI root = post.sourceRestRoot();
        if (root == null) {
            throw new PushException("the source site's REST API is not known from " + post.postFile().getFileName()
                    + " (no _links.self)");
        }
        String origin = MergedPost.origin(root.toString());
        if (origin == null || !origin.equals(post.sourceSite())) { // only ever the post's own site (its guid's, else link's)
            throw new PushException("the post's REST link (" + root + ") is not on its own site " + post.sourceSite());
        }
        WpSite site = connected.get(root);
        if (site != null) return site;
        boolean sameOrigin = origin != null && origin.equals(MergedPost.origin(target.root().toString()));
        try {
            site = WpSite.connect(root.toString(), sameOrigin ? credentials : null);
        } catch (WpException e) {
            throw new PushException(e.getMessage());
        }
        connected.put(root, site);
        return site;
    }
}
