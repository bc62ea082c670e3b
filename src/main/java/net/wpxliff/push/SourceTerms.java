package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the source post is filed under: its terms (categories, tags, a custom taxonomy's) and its featured image,
 * named by slug. The post holds only the source site's ids, which mean nothing on the target site; pull asks
 * WordPress to embed the terms and the image ({@code _embedded}), whose slugs push then looks up there.
 *
 * @param terms         the terms, in the order WordPress gave them, each once
 * @param featuredImage the featured image, or null when the post has none (or WordPress did not show it)
 * @param unnamedTerms  the post lists term ids but embeds no term: pulled before pull embedded them (or from a site
 *                      that does not embed), so push cannot tell which terms they are
 */
public record SourceTerms(List<Term> terms, Media featuredImage, boolean unnamedTerms) {
    /**
     * A term: its taxonomy ({@code category}, {@code post_tag}, …), slug as WordPress stores it, and name; its id on the
     * source site and its parent's (the {@code up} link WordPress gives a child term), each 0 when not known.
     */
    public record Term(String taxonomy, String slug, String name, long id, long parent) {
        public Term(String taxonomy, String slug, String name) {
            this(taxonomy, slug, name, 0, 0);
        }
    }

    /**
     * A media library item, by its slug, with the address of its file.
     *
     * @param onSourceSite whether that address is on the post's own site (the host of its {@code guid} or its
     *                     {@code link}, either scheme): the only place push may fetch it from
     * @param altText   its alt text as the merged post holds it (translated when export's configuration translated
     *                  media texts: {@link net.wpxliff.input.FeaturedImageFields}), or "" when unknown
     * @param caption   its caption, rendered HTML as the REST API embeds it, or ""
     */
    public record Media(String slug, String sourceUrl, boolean onSourceSite, String altText, String caption) {
        /** An item known by slug and address only (a gallery's image). */
        public Media(String slug, String sourceUrl, boolean onSourceSite) {
            this(slug, sourceUrl, onSourceSite, "", "");
        }
    }

    static final SourceTerms NONE = new SourceTerms(List.of(), null, false);
    private static final java.util.regex.Pattern TRAILING_ID = java.util.regex.Pattern.compile("/(\\d{1,18})/?$");

    public SourceTerms {
        terms = List.copyOf(terms);
    }

    /** Reads them from a post object as the REST API serves it with {@code _embed}. */
    static SourceTerms of(JsonNode post) {
        JsonNode embedded = post.path("_embedded");
        Set<Term> terms = new LinkedHashSet<>();
        // wp:term is a list per taxonomy, each a list of term objects (or an error object when not allowed)
        for (JsonNode taxonomy : embedded.path("wp:term")) {
            for (JsonNode term : taxonomy) {
                String tax = text(term, "taxonomy"), slug = text(term, "slug");
                if (tax != null && slug != null) {
                    terms.add(new Term(tax, slug, term.path("name").asText(slug), Math.max(0, term.path("id").asLong(0)),
                            parentId(term.path("_links").path("up").path(0).path("href").asText(""))));
                }
            }
        }
        Media image = null;
        JsonNode media = embedded.path("wp:featuredmedia").path(0);
        String mediaSlug = text(media, "slug");
        if (mediaSlug != null) {
            String url = media.path("source_url").asText("");
            String host = MergedPost.host(url);
            boolean own = host != null && (host.equals(MergedPost.host(MergedPost.text(post.get("link"))))
                    || host.equals(MergedPost.host(MergedPost.text(post.get("guid")))));
            image = new Media(mediaSlug, url, own, media.path("alt_text").asText(""),
                    media.path("caption").path("rendered").asText(""));
        }
        // served by the REST API (it links the terms) without them embedded: pulled before pull embedded them
        boolean unnamed = terms.isEmpty() && !embedded.has("wp:term") && post.path("_links").has("wp:term")
                && (hasIds(post.path("categories")) || hasIds(post.path("tags")));
        return new SourceTerms(new ArrayList<>(terms), image, unnamed);
    }

    /** The id at the end of a child term's {@code up} link ({@code …/wp/v2/categories/12}), or 0. */
    private static long parentId(String href) {
        java.util.regex.Matcher id = TRAILING_ID.matcher(href);
        return id.find() ? Long.parseLong(id.group(1)) : 0;
    }

    private static boolean hasIds(JsonNode ids) {
        return ids.isArray() && !ids.isEmpty();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
