package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Copies a featured image the target site lacks from the source site into the target's media library, under the
 * source image's slug (so that the next push, and other posts with the same image, find it there). The file is
 * fetched without credentials, only from the post's own site (the host of its {@code guid} or {@code link}: a post
 * JSON naming another host cannot make push fetch from it; images on a CDN are not copied), and only a PNG, JPEG,
 * GIF or WebP image by its first bytes is uploaded (never SVG, which may hold script).
 */
final class ImageCopy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WpSite site;
    private final Map<String, String> params;

    ImageCopy(WpSite site, Map<String, String> params) {
        this.site = site;
        this.params = params;
    }

    /**
     * The new media item's id on the target site.
     *
     * @throws PushException why it was not copied, as a phrase ("it is on https://cdn.example, not on the source site …")
     */
    long copy(MergedPost post, SourceTerms.Media media) throws WpException, PushException {
        if (!media.onSourceSite()) {
            String origin = MergedPost.origin(media.sourceUrl());
            throw new PushException("it is " + (origin == null ? "at no http(s) address" : "on " + origin)
                    + ", not on the post's own site " + post.sourceSite());
        }
        URI source = URI.create(media.sourceUrl().strip());
        byte[] bytes = site.download(source).body();
        String type = imageType(bytes);
        if (type == null) throw new PushException(source + " is not a PNG, JPEG, GIF or WebP image");
        JsonNode uploaded = SiteRequests.json(site.upload("/wp/v2/media", bytes, type, fileName(source, media.slug(), type)));
        if (!uploaded.path("id").canConvertToLong()) throw new PushException(site.root() + "wp/v2/media: the answer has no id");
        long id = uploaded.path("id").asLong();
        ObjectNode body = JSON.createObjectNode();
        // WordPress names the item after the file: give it the source's slug, by which push looks images up
        if (!media.slug().equalsIgnoreCase(uploaded.path("slug").asText(""))) body.put("slug", media.slug());
        // and the texts the merged post holds for it (translated when export translated media texts)
        if (!media.altText().isBlank()) body.put("alt_text", media.altText());
        if (!media.caption().isBlank()) body.put("caption", captionRaw(media.caption()));
        if (!body.isEmpty()) {
            params.forEach(body::put);
            site.post("/wp/v2/media/" + id, SiteRequests.bytes(body));
        }
        return id;
    }

    /**
     * A caption as an editor writes it, from the HTML the REST API renders ({@code <p>Bell on wharf</p>\n}): one
     * paragraph loses its {@code <p>}, which WordPress adds again when it renders; anything else stays as it is.
     */
    static String captionRaw(String rendered) {
        String text = rendered.strip();
        if (text.startsWith("<p>") && text.endsWith("</p>") && text.indexOf("<p", 3) < 0) {
            return text.substring(3, text.length() - 4).strip();
        }
        return text;
    }

    /** The image's type by its first bytes, or null when it is none of those push copies. */
    static String imageType(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
        if (starts(b, 0xff, 0xd8, 0xff)) return "image/jpeg";
        if (starts(b, 'G', 'I', 'F', '8') && b.length > 5 && (b[4] == '7' || b[4] == '9') && b[5] == 'a') return "image/gif";
        if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, int... head) {
        if (bytes.length < head.length) return false;
        for (int i = 0; i < head.length; i++) if ((bytes[i] & 0xff) != head[i]) return false;
        return true;
    }

    /** Percent-decoded, or as it is when it is not well encoded ({@code %zz}). */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** ASCII letters, digits, {@code _} and {@code -} only: each run of anything else one {@code -}, none at the ends. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The file's name from its address, in safe characters, with the extension of its real type. */
    static String fileName(URI source, String slug, String type) {
        String path = source.getRawPath() == null ? "" : source.getRawPath();
        String last = decoded(path.substring(path.lastIndexOf('/') + 1));
        int dot = last.lastIndexOf('.');
        String base = safe(dot > 0 ? last.substring(0, dot) : last);
        if (base.isEmpty()) base = safe(decoded(slug));
        if (base.isEmpty()) base = "image";
        if (base.length() > 150) base = base.substring(0, 150);
        String extension = switch (type) {
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            default -> "webp";
        };
        return base + "." + extension;
    }
}
