package net.wpxliff.xliff;

import net.wpxliff.config.TranslationConfig;

/**
 * What an export writes, for both XLIFF versions.
 *
 * @param sourceLanguage BCP 47 code of the source ({@code en})
 * @param targetLanguage BCP 47 code of the target ({@code ko})
 * @param segmented      split units into sentences
 * @param copySource     pre-fill every target with the source (for tools that translate in place)
 * @param config         which block attributes and blocks are translated ({@code --config}; built-in list by default)
 */
public record ExportOptions(String sourceLanguage, String targetLanguage, boolean segmented, boolean copySource,
                            TranslationConfig config) {
    public ExportOptions {
        if (config == null) config = TranslationConfig.BUILT_IN;
    }

    /** Options with the built-in configuration. */
    public ExportOptions(String sourceLanguage, String targetLanguage, boolean segmented, boolean copySource) {
        this(sourceLanguage, targetLanguage, segmented, copySource, TranslationConfig.BUILT_IN);
    }
}
