package net.wpxliff.merge;

import net.wpxliff.input.SourceDocument;

/**
 * Link localization between two language roots ({@code --source-url}, {@code --target-url}): a same-site
 * link under the source root is moved under the target root, keeping its query and fragment, and the
 * link's own spelling of scheme and host when both languages share the host; root-relative links stay
 * root-relative. Media, feeds, admin and API addresses ({@link NeverLocalized}), other sites, and links
 * already under the target root (which may lie inside the source root, {@code /} and {@code /ko/}) are kept.
 */
final class SiteBaseUrls implements LocaleUrls {
    private final SiteBase source;
    private final SiteBase target;

    SiteBaseUrls(SiteBase source, SiteBase target) {
        this.source = source;
        this.target = target;
    }

    @Override
    public String localize(String url) {
        SiteUrl link = SiteUrl.parse(url);
        if (link == null || NeverLocalized.test(link)) return null;
        if (target.contains(link, source.host()) || !source.contains(link, source.host())) return null;
        String below = link.path().length() < source.path().length() ? null : link.path().substring(source.path().length());
        String path = below == null ? target.rootWithoutSlash() : target.path() + below;
        if (path.isEmpty()) path = "/";
        if (target.host().equals(source.host())) return link.prefix() + path + link.rest();
        return target.origin() + path + link.rest();
    }

    @Override
    public String pageUrl(SourceDocument document) {
        String link = document.link();
        if (link == null) return null;
        String localized = localize(link);
        return localized != null ? localized : link;
    }

    /** The source root: root-relative links and the URL map are read against its host. */
    SiteBase source() {
        return source;
    }
}
