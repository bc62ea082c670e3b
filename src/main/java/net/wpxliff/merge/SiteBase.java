package net.wpxliff.merge;

/**
 * Where one language of the site lives: an absolute http(s) URL whose path is the language's root
 * ({@code https://site.example/}, {@code https://site.example/ko/}). The path always ends with {@code /}.
 *
 * @param origin scheme and host as given ({@code https://site.example})
 * @param host   the host as compared (lower case, no port, no {@code www.})
 * @param path   the root path, ending with {@code /}
 */
public record SiteBase(String origin, String host, String path) {

    /** @throws IllegalArgumentException saying what is wrong with the URL */
    public static SiteBase parse(String url) {
        SiteUrl parts = url == null ? null : SiteUrl.parse(url.strip());
        if (parts == null || parts.rootRelative() || !parts.prefix().toLowerCase(java.util.Locale.ROOT).startsWith("http")
                || parts.host().isEmpty()) {
            throw new IllegalArgumentException("\"" + url + "\" is not an absolute http(s) URL with a host"
                    + " (for example https://site.example/ko/)");
        }
        if (!parts.rest().isEmpty()) {
            throw new IllegalArgumentException("\"" + url + "\" has a query or fragment; give the language's root URL"
                    + " (for example https://site.example/ko/)");
        }
        String path = parts.path().isEmpty() ? "/" : parts.path();
        return new SiteBase(parts.prefix(), parts.host(), path.endsWith("/") ? path : path + "/");
    }

    /** True when the link (root-relative links are on {@code siteHost}) is this language's root or below it. */
    boolean contains(SiteUrl url, String siteHost) {
        String linkHost = url.rootRelative() ? siteHost : url.host();
        return host.equals(linkHost) && (url.path().startsWith(path) || url.path().equals(rootWithoutSlash()));
    }

    /** The root path without its final slash ({@code /ko}; empty for the site root). */
    String rootWithoutSlash() {
        return path.substring(0, path.length() - 1);
    }

    @Override
    public String toString() {
        return origin + path;
    }
}
