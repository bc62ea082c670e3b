package net.wpxliff.merge;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.unit.Fragment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a document format needs to write merge's files for one document.
 *
 * @param file           the returned XLIFF file, for messages
 * @param document       the source document
 * @param merged         field key to merged text
 * @param returned       the returned file the document was merged from
 * @param extraction     the document's units, as merge extracted them
 * @param suffix         what follows the output name ({@code .ko})
 * @param targetLink     the document's address in the target locale, or null to keep its own
 * @param options        the merge options
 * @param sourceLanguage the source language
 * @param targetLanguage the target language
 * @param extractor      extracts the units of another view of the document, split into sentences as export did
 * @param translated     unit id to the target merge resolved, for every unit the file gives a target (null: resolve
 *                       them again when asked)
 */
public record OutputContext(Path file, SourceDocument document, Map<String, String> merged,
                            ReturnedFile returned, Extraction extraction, String suffix, String targetLink,
                            DocumentMerger.Options options, String sourceLanguage, String targetLanguage,
                            DocumentExtractor extractor, Map<String, Fragment> translated) {

    public OutputContext(Path file, SourceDocument document, Map<String, String> merged, ReturnedFile returned,
                         Extraction extraction, String suffix, String targetLink, DocumentMerger.Options options,
                         String sourceLanguage, String targetLanguage, DocumentExtractor extractor) {
        this(file, document, merged, returned, extraction, suffix, targetLink, options, sourceLanguage, targetLanguage,
                extractor, null);
    }

    /**
     * Every merged unit with its translation, per sentence when the file keeps the source's sentences: a raw
     * post's rendered fields are filled from them. Computed on demand: only formats with two views need it.
     */
    public List<UnitTranslation> translations() {
        return UnitTranslations.of(returned, extraction, extractor.segmenter(), translated);
    }
}
