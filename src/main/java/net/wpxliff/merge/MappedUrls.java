package net.wpxliff.merge;

import net.wpxliff.input.SourceDocument;

/**
 * {@code --url-map} before the general rule: a link to a mapped page gets the mapped address (with the
 * link's query and fragment; root-relative when the link was and the address is on the same site; in the
 * link's own spelling of the host when the host is the same), any other link is localized as usual.
 */
final class MappedUrls implements LocaleUrls {
    private final UrlMap map;
    private final String siteHost;
    private final LocaleUrls otherwise;

    /** @param siteHost the host root-relative links are on (as {@link SiteUrl#host()} compares it), or null */
    MappedUrls(UrlMap map, String siteHost, LocaleUrls otherwise) {
        this.map = map;
        this.siteHost = siteHost;
        this.otherwise = otherwise;
    }

    @Override
    public String localize(String url) {
        SiteUrl link = SiteUrl.parse(url);
        String host = link == null ? null : link.rootRelative() ? siteHost : link.host();
        SiteUrl target = host == null ? null : map.target(host, link.path());
        if (target == null) return otherwise.localize(url);
        String rest = target.rest().isEmpty() ? link.rest() : target.rest();
        String path = target.path().isEmpty() ? "/" : target.path();
        if (target.host().equals(host)) return link.prefix() + path + rest;
        return target.prefix() + path + rest;
    }

    @Override
    public String pageUrl(SourceDocument document) {
        String link = document.link();
        SiteUrl parsed = link == null ? null : SiteUrl.parse(link);
        if (parsed != null && !parsed.rootRelative() && map.target(parsed.host(), parsed.path()) != null) {
            return localize(link);
        }
        return otherwise.pageUrl(document);
    }
}
