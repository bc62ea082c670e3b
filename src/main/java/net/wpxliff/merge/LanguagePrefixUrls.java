package net.wpxliff.merge;

import net.wpxliff.input.SourceDocument;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default link localization, without {@code --source-url}/{@code --target-url}: links to the site's own
 * pages under the source-language prefix ({@code /en/...}, same host as the post's link or guid, or
 * root-relative) point to the target prefix ({@code /ko/...}).
 */
final class LanguagePrefixUrls implements LocaleUrls {
    private final Set<String> siteHosts;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final Pattern localPrefix;

    LanguagePrefixUrls(Set<String> siteHosts, String sourceLanguage, String targetLanguage) {
        this.siteHosts = siteHosts;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        // scheme-relative or absolute URL on any host, or a root-relative path; the host is checked after
        this.localPrefix = Pattern.compile("^((?:https?:)?//([^/?#]+))?(/)" + Pattern.quote(sourceLanguage)
                + "(?=/|$|[?#])", Pattern.CASE_INSENSITIVE);
    }

    /** Hosts of a post's own URLs ({@code link}, {@code guid}), lower case, without {@code www.}. */
    static Set<String> hostsOf(String... urls) {
        Set<String> hosts = new HashSet<>();
        for (String url : urls) {
            if (url == null) continue;
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) hosts.add(SiteUrl.normalHost(host));
            } catch (IllegalArgumentException e) {
                // not a URL: no host to add
            }
        }
        return hosts;
    }

    @Override
    public String localize(String url) {
        Matcher m = localPrefix.matcher(url);
        if (!m.find()) return null;
        if (m.group(2) != null && !siteHosts.contains(SiteUrl.normalHost(m.group(2)))) return null;
        return url.substring(0, m.end(3)) + targetLanguage + url.substring(m.end());
    }

    @Override
    public String pageUrl(SourceDocument document) {
        return pageUrl(guidOrLink(document));
    }

    /** The target-locale address of the page itself, from its link (or guid). */
    private String pageUrl(String link) {
        if (link == null) return null;
        String localized = localize(link);
        if (localized != null) return localized;
        String marker = "/" + targetLanguage + "/";
        if (link.contains(marker)) return link;
        Matcher host = Pattern.compile("^(https?://[^/]+)(/.*)?$").matcher(link);
        return host.matches() ? host.group(1) + "/" + targetLanguage + (host.group(2) == null ? "/" : host.group(2)) : link;
    }

    /** The English address the target link is derived from: the guid when it is a source-locale URL, else the link. */
    private String guidOrLink(SourceDocument document) {
        String guid = document.guid();
        if (guid != null && guid.contains("/" + sourceLanguage + "/")) return guid;
        return document.link();
    }
}
