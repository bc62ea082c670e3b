package net.wpxliff.merge;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.input.SourceDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a document format needs to write merge's files for one document.
 *
 * @param file           the returned XLIFF file, for messages
 * @param document       the source document
 * @param merged         field key to merged text
 * @param translations   every merged unit and its translation (a raw post's rendered fields are filled from them)
 * @param suffix         what follows the output name ({@code .ko})
 * @param targetLink     the document's address in the target locale, or null to keep its own
 * @param options        the merge options
 * @param sourceLanguage the source language
 * @param targetLanguage the target language
 * @param extractor      extracts (unsegmented) the units of another view of the document
 */
public record OutputContext(Path file, SourceDocument document, Map<String, String> merged,
                            List<RenderedFill.Translation> translations, String suffix, String targetLink,
                            DocumentMerger.Options options, String sourceLanguage, String targetLanguage,
                            DocumentExtractor extractor) {
    public OutputContext {
        translations = List.copyOf(translations);
    }
}
