package net.wpxliff;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.xliff.Xliff12Writer;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.XliffWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export pipeline: input file → documents → units and sentences → XLIFF text. Build one per run:
 * the sentence rules are compiled once here. Not thread-safe.
 */
public final class Exporter {
    /** What export made of one document. */
    public record Result(Extraction extraction, String xliff) {
        public SourceDocument document() {
            return extraction.document();
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor;
    private final XliffWriter writer;

    /** An exporter writing XLIFF 1.2. */
    public Exporter(Xliff12Writer.Options options) {
        this(options, XliffFormat.XLIFF12);
    }

    public Exporter(Xliff12Writer.Options options, XliffFormat format) {
        SentenceSplitter splitter = options.segmented() ? SentenceSplitter.okapiDefault(options.sourceLanguage()) : null;
        this.extractor = new DocumentExtractor(new Segmenter(splitter));
        this.writer = format.writer(options, XliffFormat.exportTargets(options));
    }

    public List<Result> export(Path file) throws InputException {
        List<Result> results = new ArrayList<>();
        for (SourceDocument document : reader.read(file)) results.add(export(document));
        return results;
    }

    public Result export(SourceDocument document) {
        Extraction extraction = extractor.extract(document);
        return new Result(extraction, writer.write(extraction));
    }
}
