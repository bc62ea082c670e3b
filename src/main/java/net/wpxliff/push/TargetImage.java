package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a source post's featured image in the target site's media library by its slug, or copies it there from the
 * source site ({@code --copy-images}, {@link ImageCopy}). Answers, and failures, are kept for the run: an image many
 * posts share is looked up (or copied) once, and one that failed is not tried again for every post.
 */
final class TargetImage {
    private final WpSite site;
    private final Map<String, String> params;
    private final boolean dryRun;
    /** Copies what the site lacks, or null (then it is named as missing). */
    private final ImageCopy copy;
    /** Slug to the target media item's id; -1 for none. */
    private final Map<String, Long> ids = new HashMap<>();
    /** Why an image could not be looked up, or copied, by slug. */
    private final Map<String, String> lookupFailures = new HashMap<>(), copyFailures = new HashMap<>();

    TargetImage(WpSite site, Map<String, String> params, boolean copyImages, boolean dryRun) {
        this.site = site;
        this.params = params;
        this.dryRun = dryRun;
        this.copy = copyImages ? new ImageCopy(site, params) : null;
    }

    /**
     * The image's target id (copied there first with --copy-images), or null; what is missing (with the reason) or
     * copied (in a dry run, would be) is noted, one phrase each.
     */
    Long find(MergedPost post, SourceTerms.Media media, List<String> missing, List<String> copied) {
        return find(post, media, "featured image", missing, copied);
    }

    /**
     * As {@link #find(MergedPost, SourceTerms.Media, List, List)}, the image named in phrases as {@code label}
     * ({@code image in a gallery}). Posts pushed at once may share an image: one at a time, so it is copied once.
     */
    synchronized Long find(MergedPost post, SourceTerms.Media media, String label, List<String> missing, List<String> copied) {
        String what = label + " \"" + media.slug() + "\"" + (media.sourceUrl().isEmpty() ? "" : " (" + media.sourceUrl() + ")");
        long id;
        try {
            id = lookUp(media.slug());
        } catch (WpException | PushException failure) {
            missing.add(what + " (not looked up: " + failure.getMessage() + ")");
            return null;
        }
        if (id >= 0) return id;
        if (copy == null) {
            missing.add(what);
            return null;
        }
        String failed = copyFailures.get(media.slug());
        if (failed != null) {
            missing.add(what + " (not copied: " + failed + ")");
            return null;
        }
        try {
            if (!dryRun) {
                id = copy.copy(post, media);
                ids.put(media.slug(), id);
            }
            copied.add(what);
            return dryRun ? null : id;
        } catch (PushException | WpException e) { // the post goes without it, and says why
            copyFailures.put(media.slug(), e.getMessage());
            missing.add(what + " (not copied: " + e.getMessage() + ")");
            return null;
        }
    }

    /** The id of the target site's media item with this slug, or -1; a lookup that failed before fails again. */
    private long lookUp(String slug) throws WpException, PushException {
        Long known = ids.get(slug); // (phrases are added once: a gallery may show an image twice)
        if (known != null) return known;
        if (lookupFailures.containsKey(slug)) throw new PushException(lookupFailures.get(slug));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("slug", slug);
        query.put("_fields", "id,slug");
        long id = -1;
        try {
            for (JsonNode item : SiteRequests.json(site.get("/wp/v2/media", SiteRequests.query(query, params)))) {
                if (slug.equalsIgnoreCase(item.path("slug").asText("")) && item.path("id").canConvertToLong()) {
                    id = item.path("id").asLong();
                    break;
                }
            }
        } catch (WpException | PushException e) {
            lookupFailures.put(slug, e.getMessage());
            throw e;
        }
        ids.put(slug, id);
        return id;
    }
}
