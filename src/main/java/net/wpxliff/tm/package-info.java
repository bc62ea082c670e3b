/**
 * The translation memory: what merge learns, what export reuses, what analysis counts.
 * <ul>
 *   <li>the memory ({@link net.wpxliff.tm.TranslationMemory}: one unit per distinct source and target, with every
 *       context it was seen in) and its TMX 1.4b file ({@link net.wpxliff.tm.TmxReader},
 *       {@link net.wpxliff.tm.TmxWriter}: inline codes as {@code bpt}/{@code ept}/{@code ph}, atomic, sorted);</li>
 *   <li>filling it: {@link net.wpxliff.tm.MemoryHarvest} (merge {@code --tm}, {@code tm import}) and
 *       {@link net.wpxliff.tm.PublishedPairs} ({@code tm align}: the translation as published on the site);</li>
 *   <li>the compact index cached beside the TMX ({@link net.wpxliff.tm.MemoryIndexFile}, built by
 *       {@link net.wpxliff.tm.IndexBuilder}, held in flat arrays by {@link net.wpxliff.tm.EntryStore}) so that a
 *       100,000-unit memory loads in a tenth of a second;</li>
 *   <li>lookups ({@link net.wpxliff.tm.Matcher}: context, exact, and fuzzy by the tag-aware
 *       {@link net.wpxliff.tm.Similarity}, candidates found by {@link net.wpxliff.tm.FuzzySearch}); codes of a
 *       reused translation mapped onto the new source's by {@link net.wpxliff.tm.CodeRenumbering};</li>
 *   <li>export leverage ({@link net.wpxliff.tm.PreparedLeverage}, {@link net.wpxliff.tm.ExportLeverage}) and the
 *       CAT-style analysis by band ({@link net.wpxliff.tm.JobAnalysis}, {@link net.wpxliff.tm.Band}).</li>
 * </ul>
 * Leverage depends on text and context only (post, unit key, neighbouring sentences), never on unit ids.
 */
package net.wpxliff.tm;
