package net.wpxliff;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.tm.DocumentSentences;
import net.wpxliff.tm.Matcher;
import net.wpxliff.tm.SentenceAnalyzer;
import net.wpxliff.xliff.ExportOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis pipeline ({@code wpxliff analyze}): input file → documents → units and sentences, read, extracted and
 * split exactly as {@link Exporter} does (same reader, extractor and sentence rules for the same options), then each
 * sentence matched and counted ({@link SentenceAnalyzer}); no XLIFF is written. Build one per thread: the sentence
 * rules are compiled here and are not thread-safe.
 */
public final class Analyzer {
    /** The sentences of each document of one input file, and what the reader told about the file. */
    public record FileResult(List<DocumentSentences> documents, List<String> notes) {
    }

    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor;
    private final ExportOptions options;
    private final SentenceAnalyzer sentences;

    /** @param memory the memories' matcher (shared by every thread), or null */
    public Analyzer(ExportOptions options, Matcher memory) {
        this.options = options;
        SentenceSplitter splitter = options.segmented() ? SentenceSplitter.okapiDefault(options.sourceLanguage()) : null;
        this.extractor = new DocumentExtractor(new Segmenter(splitter));
        this.sentences = new SentenceAnalyzer(memory, options.sourceLanguage());
    }

    public FileResult analyzeFile(Path file) throws InputException {
        DocumentReader.FileDocuments read = reader.readFile(file);
        List<DocumentSentences> documents = new ArrayList<>();
        for (SourceDocument document : read.documents()) {
            documents.add(sentences.of(extractor.extract(document, options.config())));
        }
        return new FileResult(documents, read.notes());
    }
}
