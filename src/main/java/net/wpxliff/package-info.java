/**
 * wpxliff: WordPress posts and HTML pages to segmented XLIFF for translators, and translated XLIFF back to
 * the target-locale post. {@link net.wpxliff.Exporter} and {@link net.wpxliff.Merger} are the two facades
 * ({@link net.wpxliff.Analyzer} the analysis without XLIFF). The packages follow the data:
 * <ul>
 *   <li>{@code pull} (a site's posts, terms, menus, widgets, settings and templates as files, over {@code wp}, the
 *       REST client) → {@code input} (those files, WordPress export files and HTML pages as fields) →
 *       {@code extract} (fields to {@code unit}s: text with inline codes; {@code blocks} reads Gutenberg markup,
 *       {@code config} says which block attributes and custom fields hold text) → {@code segment} (sentences) →
 *       {@code xliff} (files for translators, with the source embedded and signed: {@code trust});</li>
 *   <li>{@code tm} beside them: the translation memory merge fills, export leverages and analysis bands, and
 *       {@code align}, which pairs published translations with their sources for {@code tm align};</li>
 *   <li>{@code xliff} (the returned file, read safely) → {@code merge} (targets checked and put back into the
 *       source's bytes) → {@code output} (files written whole or not at all) → {@code push} (to the target site);</li>
 *   <li>{@code pseudo} stands in for a translator in tests and dry runs; {@code cli} is the picocli front end.</li>
 * </ul>
 */
package net.wpxliff;
