/**
 * {@code tm align}'s pairing: which published translation (pulled from the translation site) is of which source post,
 * from the push record where there is one ({@link net.wpxliff.align.TranslationFinder}), whether it is of the source's
 * version at hand ({@link net.wpxliff.align.TranslatedVersions}), and how the keys of site-wide files' units, which
 * hold each site's own ids, map from one site to the other ({@link net.wpxliff.align.RecordedKeys}). The sentence
 * pairs themselves come from {@link net.wpxliff.tm.PublishedPairs}.
 */
package net.wpxliff.align;
