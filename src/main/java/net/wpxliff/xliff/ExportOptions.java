package net.wpxliff.xliff;

/**
 * What an export writes, for both XLIFF versions.
 *
 * @param sourceLanguage BCP 47 code of the source ({@code en})
 * @param targetLanguage BCP 47 code of the target ({@code ko})
 * @param segmented      split units into sentences
 * @param copySource     pre-fill every target with the source (for tools that translate in place)
 */
public record ExportOptions(String sourceLanguage, String targetLanguage, boolean segmented, boolean copySource) {
}
