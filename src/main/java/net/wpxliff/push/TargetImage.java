package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WpSite site;
    private final SourceSites sources;
    private final Map<String, String> params;
    private final boolean dryRun;
    /** Copies what the site lacks, or null (then it is named as missing). */
    private final ImageCopy copy;
    /** Slug to the target media item; {@link #NONE} for none. */
    private final Map<String, Found> ids = new HashMap<>();
    private static final Found NONE = new Found(-1, false, false);

    /** A media item of the target site, and whether its alt text and caption are still empty (push may fill them). */
    private record Found(long id, boolean noAltText, boolean noCaption) {
    }
    /** Why an image could not be looked up, or copied, by slug. */
    private final Map<String, String> lookupFailures = new HashMap<>(), copyFailures = new HashMap<>();

    /** @param sources tells a post of the target site itself, whose media items push never writes to */
    TargetImage(WpSite site, Map<String, String> params, boolean copyImages, boolean dryRun, SourceSites sources) {
        this.site = site;
        this.sources = sources;
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
        Found found;
        try {
            found = lookUp(media.slug());
        } catch (WpException | PushException failure) {
            missing.add(what + " (not looked up: " + failure.getMessage() + ")");
            return null;
        }
        long id = found.id();
        if (id >= 0) {
            // one site for both languages: its media item is the source's own, which the English pages show too
            if (!sources.isTarget(post)) fillTexts(media, found, what, copied);
            return id;
        }
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
                ids.put(media.slug(), new Found(id, false, false));
            }
            copied.add(what);
            return dryRun ? null : id;
        } catch (PushException | WpException e) { // the post goes without it, and says why
            copyFailures.put(media.slug(), e.getMessage());
            missing.add(what + " (not copied: " + e.getMessage() + ")");
            return null;
        }
    }

    /**
     * An item found on the target site whose alt text or caption is empty gets the merged post's (translated when
     * export's configuration translated media texts): only ever added, never over an editor's. Said as copied.
     */
    private void fillTexts(SourceTerms.Media media, Found found, String what, List<String> copied) {
        ObjectNode body = JSON.createObjectNode();
        if (found.noAltText() && !media.altText().isBlank()) body.put("alt_text", media.altText());
        if (found.noCaption() && !media.caption().isBlank()) body.put("caption", ImageCopy.captionRaw(media.caption()));
        if (body.isEmpty()) return;
        String texts = body.has("alt_text") && body.has("caption") ? "the alt text and caption of "
                : body.has("alt_text") ? "the alt text of " : "the caption of ";
        if (!dryRun) {
            params.forEach(body::put);
            try {
                SiteRequests.json(site.post("/wp/v2/media/" + found.id(), SiteRequests.bytes(body)));
            } catch (WpException | PushException e) {
                return; // the image is there; its texts stay as they were, for an editor there to write
            }
            ids.put(media.slug(), new Found(found.id(), !body.has("alt_text") && found.noAltText(),
                    !body.has("caption") && found.noCaption()));
        }
        copied.add(texts + what);
    }

    /** The target site's media item with this slug, or {@link #NONE}; a lookup that failed before fails again. */
    private Found lookUp(String slug) throws WpException, PushException {
        Found known = ids.get(slug); // (phrases are added once: a gallery may show an image twice)
        if (known != null) return known;
        if (lookupFailures.containsKey(slug)) throw new PushException(lookupFailures.get(slug));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("slug", slug);
        query.put("context", "edit"); // the caption's raw text, to tell an empty one
        query.put("_fields", "id,slug,alt_text,caption");
        Found found = NONE;
        try {
            JsonNode list;
            try {
                list = SiteRequests.json(site.get("/wp/v2/media", SiteRequests.query(query, params)));
            } catch (WpException e) {
                if (e.status() != 401 && e.status() != 403) throw e;
                query.remove("context"); // a user who may not edit media: its caption is not told, and left alone
                list = SiteRequests.json(site.get("/wp/v2/media", SiteRequests.query(query, params)));
            }
            for (JsonNode item : list) {
                if (slug.equalsIgnoreCase(item.path("slug").asText("")) && item.path("id").canConvertToLong()) {
                    found = new Found(item.path("id").asLong(), item.path("alt_text").asText("").isBlank(),
                            item.path("caption").path("raw").isTextual() && item.path("caption").path("raw").asText().isBlank());
                    break;
                }
            }
        } catch (WpException | PushException e) {
            lookupFailures.put(slug, e.getMessage());
            throw e;
        }
        ids.put(slug, found);
        return found;
    }
}
