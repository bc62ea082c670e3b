package net.wpxliff.merge;

import net.wpxliff.input.SourceDocument;

/** How one post's links move from the source-language site to the target-language site. */
interface LocaleUrls {
    /** The link in the target locale, or null when it stays as written (external, media, feed, already there). */
    String localize(String url);

    /** The target-locale address of the post itself (the merged JSON's {@code link}), or null when it has none. */
    String pageUrl(SourceDocument document);
}
