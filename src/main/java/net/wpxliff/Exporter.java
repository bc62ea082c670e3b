package net.wpxliff;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.segment.WordCount;
import net.wpxliff.xliff.WordCounts;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.XliffWriter;
import net.wpxliff.xliff.Leverage;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.SealedSource;
import net.wpxliff.output.SafeFileName;
import net.wpxliff.trust.KeyException;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.Utf8;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export pipeline: input file → documents → units and sentences → XLIFF text. Build one per run:
 * the sentence rules are compiled once here. Not thread-safe.
 */
public final class Exporter {
    /**
     * What export made of one document.
     *
     * @param xliff      the file, its embedded source signed and naming {@code outputName}
     * @param words      source word counts, or null when not counted
     * @param outputName the base name recorded in the file for its outputs: the document's name made safe
     *                   ({@link SafeFileName}); {@link #renamed} when the run gives the file another one
     */
    public record Result(Extraction extraction, String xliff, WordCounts words, String outputName) {
        public SourceDocument document() {
            return extraction.document();
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor;
    private final XliffWriter writer;
    private final WordCount wordCount;
    private final ExportOptions options;
    private final SigningKey key;

    /** An exporter writing XLIFF 1.2, signing with the standard key ({@link SigningKey#resolve}). */
    public Exporter(ExportOptions options) {
        this(options, XliffFormat.XLIFF12);
    }

    public Exporter(ExportOptions options, XliffFormat format) {
        this(options, format, false);
    }

    /** @param countWords record source word counts (Okapi's word counter) per unit and per file */
    public Exporter(ExportOptions options, XliffFormat format, boolean countWords) {
        this(options, format, countWords, standardKey());
    }

    /** @param key the exporting side's key, which signs every embedded source */
    public Exporter(ExportOptions options, XliffFormat format, boolean countWords, SigningKey key) {
        this(options, format, countWords, key, null);
    }

    /** @param leverage memory matches to pre-fill and offer ({@code export --tm}), or null */
    public Exporter(ExportOptions options, XliffFormat format, boolean countWords, SigningKey key, Leverage leverage) {
        this.options = options;
        this.key = key;
        SentenceSplitter splitter = options.segmented() ? SentenceSplitter.okapiDefault(options.sourceLanguage()) : null;
        this.extractor = new DocumentExtractor(new Segmenter(splitter));
        this.writer = format.writer(options, XliffFormat.exportTargets(options), leverage);
        this.wordCount = countWords ? new WordCount(options.sourceLanguage()) : null;
    }

    /**
     * What export made of one input file: a result per document, and what the reader told about the file
     * (a WordPress export's summary of the items it skipped).
     */
    public record FileResult(List<Result> results, List<String> notes) {
    }

    public List<Result> export(Path file) throws InputException {
        return exportFile(file).results();
    }

    public FileResult exportFile(Path file) throws InputException {
        DocumentReader.FileDocuments read = reader.readFile(file);
        List<Result> results = new ArrayList<>();
        for (SourceDocument document : read.documents()) {
            Result result = export(document);
            refuseUnreadable(file, result);
            results.add(result);
        }
        return new FileResult(results, read.notes());
    }

    /** Export never writes a file merge would refuse to read back: here, one over merge's size limit. */
    private static void refuseUnreadable(Path file, Result result) throws InputException {
        long bytes = Utf8.length(result.xliff());
        if (bytes > XliffFiles.MAX_BYTES) {
            throw new InputException(file + ": the XLIFF of " + result.document().name() + " would be " + bytes
                    + " bytes, over the " + XliffFiles.MAX_BYTES + "-byte limit merge reads; split the post into smaller ones");
        }
    }

    public Result export(SourceDocument document) {
        Extraction extraction = extractor.extract(document, options.config());
        WordCounts words = wordCount == null ? null : WordCounts.of(extraction, wordCount);
        return render(extraction, words, SafeFileName.clean(document.name()));
    }

    /**
     * The same export naming another output base name (the run found {@code outputName} taken: a second
     * post with the same slug). Rare, so the file is written again rather than every file twice.
     */
    public Result renamed(Result result, String outputName) {
        return outputName.equals(result.outputName()) ? result : render(result.extraction(), result.words(), outputName);
    }

    private Result render(Extraction extraction, WordCounts words, String outputName) {
        SealedSource sealed = EmbeddedSource.of(extraction.document(), options, outputName).seal(key);
        return new Result(extraction, writer.write(extraction, words, sealed), words, outputName);
    }

    private static SigningKey standardKey() {
        try {
            return SigningKey.resolve(null, true);
        } catch (KeyException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
