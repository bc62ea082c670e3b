package net.wpxliff.cli;

import net.wpxliff.merge.SiteBase;
import net.wpxliff.merge.SiteLocale;
import net.wpxliff.merge.UrlMap;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Where each language of the site lives, for link localization in merge and validate (picocli mixin). */
final class LocaleOptions {
    @Option(names = "--source-url", paramLabel = "URL",
            description = "Root URL of the source language (e.g. https://site.example/); default: from the post's link"
                    + " (its /<source>/ when the link has one, else the site root).")
    String sourceUrl;

    @Option(names = "--target-url", paramLabel = "URL",
            description = "Root URL of the target language (e.g. https://site.example/ko/); default: the source root"
                    + " with /<source>/ replaced by /<target>/, or /<target>/ below it.")
    String targetUrl;

    @Option(names = "--url-map", paramLabel = "FILE",
            description = "CSV of source URL, target URL (header optional) for pages whose target slug differs; takes"
                    + " precedence over --source-url/--target-url.")
    Path urlMap;

    /** The site's locales, or null after printing which option is wrong: the command then exits 1. */
    SiteLocale localeOrReport(PrintWriter err) {
        String option = "--source-url";
        try {
            SiteBase source = sourceUrl == null ? null : SiteBase.parse(sourceUrl);
            option = "--target-url";
            SiteBase target = targetUrl == null ? null : SiteBase.parse(targetUrl);
            option = "--url-map";
            UrlMap map = urlMap == null ? null : UrlMap.read(urlMap);
            return new SiteLocale(source, target, map);
        } catch (IllegalArgumentException e) {
            err.println("error: " + option + ": " + e.getMessage());
            return null;
        }
    }
}
