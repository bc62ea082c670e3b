package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.wp.WpException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

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
    /** Source REST root and id → the media item, or why it is not known. */
    private final Map<String, Looked> known = new ConcurrentHashMap<>();

    /** What the source site said of one id: its media item, or why there is none (exactly one is null). */
    private record Looked(SourceTerms.Media media, String why) {
        static final Looked UNKNOWN = new Looked(null, "not in the source site's media library");
    }

    GalleryImages(SourceSites sources, TargetImage images) {
        this.sources = sources;
        this.images = images;
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
        lookUp(post, all);
        List<List<Long>> targets = new ArrayList<>();
        for (GalleryShortcodes.IdList list : lists) {
            List<Long> mapped = new ArrayList<>();
            for (long id : list.ids()) {
                Looked looked = known.get(key(post, id));
                if (looked.media() != null) {
                    Long target = images.find(post, looked.media(), "image in a gallery", missing, copied);
                    if (target != null) mapped.add(target);
                } else {
                    String phrase = "image " + id + " of a gallery (" + looked.why() + ")";
                    if (!missing.contains(phrase)) missing.add(phrase);
                }
            }
            targets.add(mapped);
        }
        ObjectNode body = post.body().deepCopy();
        body.put("content", GalleryShortcodes.rewrite(content, lists, targets));
        return post.withBody(body);
    }

    /** Asks the source site for the media items not known yet, a hundred at a time. */
    private void lookUp(MergedPost post, Set<Long> ids) {
        List<Long> wanted = ids.stream().filter(id -> !known.containsKey(key(post, id))).collect(Collectors.toList());
        for (int from = 0; from < wanted.size(); from += 100) {
            List<Long> batch = wanted.subList(from, Math.min(wanted.size(), from + 100));
            Map<String, String> query = new LinkedHashMap<>();
            query.put("include", batch.stream().map(String::valueOf).collect(Collectors.joining(",")));
            query.put("per_page", "100");
            query.put("_fields", "id,slug,source_url");
            try {
                for (JsonNode item : SiteRequests.json(sources.of(post).get("/wp/v2/media", query))) {
                    String slug = item.path("slug").asText("");
                    if (slug.isEmpty() || !item.path("id").canConvertToLong()) continue;
                    String url = item.path("source_url").asText("");
                    String host = MergedPost.host(url);
                    known.put(key(post, item.path("id").asLong()), new Looked(new SourceTerms.Media(slug, url,
                            host != null && host.equals(MergedPost.host(post.sourceSite()))), null));
                }
                for (long id : batch) known.putIfAbsent(key(post, id), Looked.UNKNOWN);
            } catch (PushException | WpException e) { // named for each image, and not asked again this run
                Looked failed = new Looked(null, "not looked up on the source site: " + e.getMessage());
                for (long id : batch) known.putIfAbsent(key(post, id), failed);
            }
        }
    }

    private static String key(MergedPost post, long id) {
        return post.sourceRestRoot() + "#" + id;
    }
}
