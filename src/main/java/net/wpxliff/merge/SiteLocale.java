package net.wpxliff.merge;

import net.wpxliff.input.SourceDocument;

/**
 * Where each language of the site lives, as the user said it ({@code --source-url}, {@code --target-url},
 * {@code --url-map}); any part may be absent. Without both roots, a missing one is derived from the post's
 * link: the source root is the link's site root, or its {@code /<source>/} when the link is under one; the
 * target root is the source root with that language segment replaced, or {@code /<target>/} below it.
 * With none of the three, the links move from {@code /<source>/} to {@code /<target>/} as
 * {@link LanguagePrefixUrls} does.
 */
public record SiteLocale(SiteBase sourceUrl, SiteBase targetUrl, UrlMap urlMap) {
    /** No option given: the default localization. */
    public static final SiteLocale DEFAULT = new SiteLocale(null, null, null);

    /** The localization of one post's links. */
    LocaleUrls urlsFor(SourceDocument document, String sourceLanguage, String targetLanguage) {
        if (sourceUrl == null && targetUrl == null) {
            LocaleUrls prefix = new LanguagePrefixUrls(LanguagePrefixUrls.hostsOf(document.link(), document.guid()),
                    sourceLanguage, targetLanguage);
            return urlMap == null ? prefix : new MappedUrls(urlMap, hostOf(document), prefix);
        }
        SiteBase source = sourceUrl != null ? sourceUrl : derivedSource(document, sourceLanguage, targetUrl);
        SiteBase target = targetUrl != null ? targetUrl : derivedTarget(source, sourceLanguage, targetLanguage);
        LocaleUrls bases = new SiteBaseUrls(source, target);
        return urlMap == null ? bases : new MappedUrls(urlMap, source.host(), bases);
    }

    private static SiteBase derivedSource(SourceDocument document, String sourceLanguage, SiteBase target) {
        SiteUrl link = document.link() == null ? null : SiteUrl.parse(document.link().strip());
        if (link == null || link.rootRelative()) return new SiteBase(target.origin(), target.host(), "/");
        String languageRoot = "/" + sourceLanguage + "/";
        String path = link.path().startsWith(languageRoot) ? languageRoot : "/";
        return new SiteBase(link.prefix(), link.host(), path);
    }

    private static SiteBase derivedTarget(SiteBase source, String sourceLanguage, String targetLanguage) {
        String languageRoot = "/" + sourceLanguage + "/";
        String path = source.path().endsWith(languageRoot)
                ? source.path().substring(0, source.path().length() - languageRoot.length()) + "/" + targetLanguage + "/"
                : source.path() + targetLanguage + "/";
        return new SiteBase(source.origin(), source.host(), path);
    }

    private static String hostOf(SourceDocument document) {
        for (String url : new String[] {document.link(), document.guid()}) {
            SiteUrl parsed = url == null ? null : SiteUrl.parse(url.strip());
            if (parsed != null && !parsed.rootRelative()) return parsed.host();
        }
        return null;
    }
}
