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

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export pipeline: input file → documents → units and sentences → XLIFF text. Build one per run:
 * the sentence rules are compiled once here. Not thread-safe.
 */
public final class Exporter {
    /**
     * What export made of one document: its units and the XLIFF file. A small post's file is written out
     * at once (by the worker that extracted it); a large one's only when asked for, straight to where it goes
     * ({@link #writeXliff}), so that its text (several times the post) is never held in memory whole.
     */
    public static final class Result {
        private final Extraction extraction;
        private final WordCounts words;
        private final String outputName;
        private final XliffWriter writer;
        private final SealedSource sealed;
        /** A small document's file, written (and encoded) by the thread that exported it; null for a large one. */
        private final byte[] utf8;

        private Result(Extraction extraction, WordCounts words, String outputName, XliffWriter writer, SealedSource sealed) {
            this.extraction = extraction;
            this.words = words;
            this.outputName = outputName;
            this.writer = writer;
            this.sealed = sealed;
            utf8 = extraction.document().text().length() <= STREAMED_FROM ? writer.writeUtf8(extraction, words, sealed) : null;
        }

        public Extraction extraction() {
            return extraction;
        }

        /** Source word counts, or null when not counted. */
        public WordCounts words() {
            return words;
        }

        /**
         * The base name recorded in the file for its outputs: the document's name made safe ({@link SafeFileName}),
         * or the one the run gave it ({@link #export(SourceDocument, String)}).
         */
        public String outputName() {
            return outputName;
        }

        public SourceDocument document() {
            return extraction.document();
        }

        /** The file, its embedded source signed and naming {@link #outputName}. */
        public String xliff() {
            return utf8 != null ? new String(utf8, StandardCharsets.UTF_8) : writer.write(extraction, words, sealed);
        }

        /**
         * The file as UTF-8 when it is already in memory (a small document's), for writing it
         * out in one go; null for a large one, which {@link #writeXliff} streams. Not to be modified.
         */
        public byte[] utf8() {
            return utf8;
        }

        /** Whether the file is written only when asked ({@link #writeXliff}, a large document's): not held whole. */
        public boolean streamed() {
            return utf8 == null;
        }

        /**
         * Writes the file as UTF-8 to {@code out}, refusing (after the whole file has been counted) one over
         * the size merge reads: export never writes a file merge would refuse.
         *
         * @throws TooLarge when the file is over {@link XliffFiles#MAX_BYTES}
         */
        public void writeXliff(OutputStream out) throws IOException {
            if (utf8 != null) { // a small document's: well under the limit
                out.write(utf8);
                return;
            }
            CountingStream counted = new CountingStream(out, XliffFiles.MAX_BYTES);
            Writer text = new OutputStreamWriter(counted, StandardCharsets.UTF_8);
            writer.write(extraction, words, sealed, text);
            text.flush();
            if (counted.count > XliffFiles.MAX_BYTES) {
                throw new TooLarge("the XLIFF of " + document().name() + " would be " + counted.count + " bytes, over the "
                        + XliffFiles.MAX_BYTES + "-byte limit merge reads; split the post into smaller ones");
            }
        }
    }

    /** A post whose XLIFF would be over the size merge reads. */
    public static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Counts the bytes written, passing on no more than a limit (the rest is only counted). */
    private static final class CountingStream extends FilterOutputStream {
        private final long limit;
        private long count;

        CountingStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (++count <= limit) out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            long before = count;
            count += len;
            if (count <= limit) out.write(b, off, len);
            else if (before < limit) out.write(b, off, (int) (limit - before));
        }
    }

    /**
     * Documents of more characters than this have their XLIFF written only when it goes to its file (about
     * 4 MB of XLIFF and more); smaller ones are written by the thread that extracted them, as {@code -j} wants.
     */
    static final int STREAMED_FROM = 1 << 20;

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

    /**
     * Each document's units, its file naming the document's own name made safe; a file over merge's size limit is
     * refused when written ({@link Result#writeXliff}).
     */
    public FileResult exportFile(Path file) throws InputException {
        DocumentReader.FileDocuments read = read(file);
        List<Result> results = new ArrayList<>();
        for (SourceDocument document : read.documents()) results.add(export(document));
        return new FileResult(results, read.notes());
    }

    /**
     * Reads a file's documents, for a run that names their outputs before exporting them ({@link #export(SourceDocument,
     * String)}): the name is part of the signed embedded source, so each document is written once its name is known.
     */
    public DocumentReader.FileDocuments read(Path file) throws InputException {
        return reader.readFile(file);
    }

    public Result export(SourceDocument document) {
        return export(document, SafeFileName.clean(document.name()));
    }

    /** The document's XLIFF, recording {@code outputName} as the base name of its outputs (for merge to use). */
    public Result export(SourceDocument document, String outputName) {
        // the parsed HTML (with source positions, the largest thing extraction makes) is for merge only
        Extraction extraction = extractor.extract(document, options.config()).withoutParsedFields();
        WordCounts words = wordCount == null ? null : WordCounts.of(extraction, wordCount);
        return render(extraction, words, outputName);
    }

    private Result render(Extraction extraction, WordCounts words, String outputName) {
        SealedSource sealed = EmbeddedSource.of(extraction.document(), options, outputName).seal(key);
        return new Result(extraction, words, outputName, writer, sealed);
    }

    private static SigningKey standardKey() {
        try {
            return SigningKey.resolve(null, true);
        } catch (KeyException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
