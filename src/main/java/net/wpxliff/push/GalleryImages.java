package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The images of a body's {@code [gallery]} shortcodes ({@link GalleryShortcodes}) on the target site. A gallery names
 * them by the source site's media ids, which on a site with a library of its own (a multisite's other site) name
 * other images or none: the Korean gallery showed nothing. Each id is looked up on the source site (slug and
 * address, once per run), found in the target's library by that slug or copied there ({@code --copy-images}, as
 * the featured image: {@link TargetImage}), and the gallery names the target's ids. An image that is not there is
 * left out of the gallery (its source id would show another image, or nothing) and named with the reason. A post of
 * the target site itself (both languages on one site) keeps its ids: they name the same images there.
 */
final class GalleryImages {
    private final SourceSites sources;
    private final TargetImage images;
    /** The source's media items by id, asked once per run. */
    private final SourceLookup<SourceTerms.Media> media;

    GalleryImages(SourceSites sources, TargetImage images) {
        this.sources = sources;
        this.images = images;
        this.media = new SourceLookup<>(sources, Map.of("_fields", "id,slug,source_url"), GalleryImages::media);
    }

    /** The body with its galleries naming target ids; what is left out or copied is noted, one phrase each. */
    MergedPost mapped(MergedPost post, List<String> missing, List<String> copied) {
        if (sources.isTarget(post)) return post; // one media library for both languages: the ids are right as they are
        String content = post.body().path("content").asText();
        GalleryShortcodes.Found found = GalleryShortcodes.in(content);
        if (found.attached() > 0) {
            missing.add("[gallery] without ids (it shows the images attached to the post, and the Korean post has none:"
                    + " name them in the source post, [gallery ids=\"…\"])");
        }
        List<GalleryShortcodes.IdList> lists = found.lists().stream().filter(list -> !list.ids().isEmpty()).toList();
        if (lists.isEmpty()) return post;
        Set<Long> all = new LinkedHashSet<>();
        lists.forEach(list -> all.addAll(list.ids()));
        Map<Long, SourceLookup.Looked<SourceTerms.Media>> known = media.lookUp(post, "/wp/v2/media", all);
        List<List<Long>> targets = new ArrayList<>();
        for (GalleryShortcodes.IdList list : lists) {
            List<Long> mapped = new ArrayList<>();
            for (long id : list.ids()) {
                SourceLookup.Looked<SourceTerms.Media> looked = known.get(id);
                if (looked.item() != null) {
                    String host = MergedPost.host(looked.item().sourceUrl());
                    SourceTerms.Media image = new SourceTerms.Media(looked.item().slug(), looked.item().sourceUrl(),
                            host != null && host.equals(MergedPost.host(post.sourceSite())));
                    Long target = images.find(post, image, "image in a gallery", missing, copied);
                    if (target != null) mapped.add(target);
                } else {
                    String phrase = "image " + id + " of a gallery (" + (looked.missing() ? "not in the source site's media"
                            + " library" : "not looked up on the source site: " + looked.failure()) + ")";
                    if (!missing.contains(phrase)) missing.add(phrase);
                }
            }
            targets.add(mapped);
        }
        ObjectNode body = post.body().deepCopy();
        body.put("content", GalleryShortcodes.rewrite(content, lists, targets));
        return post.withBody(body);
    }

    /** A media item as the source site answers it (where it is judged per post), or null without a slug. */
    private static SourceTerms.Media media(JsonNode item) {
        String slug = item.path("slug").asText("");
        return slug.isEmpty() ? null : new SourceTerms.Media(slug, item.path("source_url").asText(""), false);
    }
}
