package net.wpxliff;

import net.wpxliff.config.ConfigException;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.DocumentFormat;
import net.wpxliff.input.DocumentFormats;
import net.wpxliff.input.EmbeddedDocument;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.MergeException;
import net.wpxliff.merge.Problem;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.ExportedLanguages;
import net.wpxliff.merge.SourceTrust;
import net.wpxliff.merge.DeliveryChecks;
import net.wpxliff.merge.UntranslatedUnits;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.SchemaCheck;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import org.jsoup.nodes.Document;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge pipeline: a returned XLIFF {@code <file>} → its embedded source, believed only as
 * {@link SourceTrust} allows (its signature, or {@code --source}) → the units extracted again → every
 * returned unit checked → the translated documents.
 * Nothing is produced unless every check passes. Build one per run (sentence rules are compiled once
 * per source language and reused). Not thread-safe.
 */
public final class Merger {
    private final DocumentMerger.Options options;
    private final SourceTrust trust;
    private final DeliveryChecks checks;
    /** Whether {@link #check} keeps what it read and extracted ({@link FileOutcome#merged()}) for the memory's harvest. */
    private final boolean keepMerged;
    private final Map<String, DocumentExtractor> extractors = new HashMap<>();
    private final DocumentExtractor unsegmented = new DocumentExtractor(new Segmenter(null));

    /** A merger that believes only embedded sources signed with the standard key. */
    public Merger(DocumentMerger.Options options) {
        this(options, SourceTrust.standard());
    }

    /** @param trust which embedded sources to believe ({@code --key-file}, {@code --source}, {@code --trust-embedded-source}) */
    public Merger(DocumentMerger.Options options, SourceTrust trust) {
        this(options, trust, DeliveryChecks.NONE);
    }

    /** @param checks what {@link #check} tells beyond mergeability ({@code --current}, {@code --require-translated}) */
    public Merger(DocumentMerger.Options options, SourceTrust trust, DeliveryChecks checks) {
        this(options, trust, checks, false);
    }

    /**
     * @param keepMerged fill {@link FileOutcome#merged()} ({@code merge --tm}, {@code tm import}); a plain merge does
     *                   not, so that it holds no file's units and extraction longer than it merges it
     */
    public Merger(DocumentMerger.Options options, SourceTrust trust, DeliveryChecks checks, boolean keepMerged) {
        this.options = options;
        this.trust = trust;
        this.checks = checks;
        this.keepMerged = keepMerged;
    }

    /**
     * Everything merge knows about one returned XLIFF file: the merged documents when every check passed,
     * else every problem found (unreadable file, schema, embedded source, units, result tree).
     */
    public record FileOutcome(Path path, List<DocumentMerger.Result> results, List<Problem> problems, List<String> warnings,
                              List<UntranslatedUnits> untranslated, List<Merged> merged) {
        public FileOutcome {
            results = List.copyOf(results);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            untranslated = List.copyOf(untranslated);
            merged = List.copyOf(merged);
        }

        public FileOutcome(Path path, List<DocumentMerger.Result> results, List<Problem> problems, List<String> warnings,
                           List<UntranslatedUnits> untranslated) {
            this(path, results, problems, warnings, untranslated, List.of());
        }

        public FileOutcome(Path path, List<DocumentMerger.Result> results, List<Problem> problems, List<String> warnings) {
            this(path, results, problems, warnings, List.of());
        }

        public FileOutcome(Path path, List<DocumentMerger.Result> results, List<Problem> problems) {
            this(path, results, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * What merge read and extracted for one returned {@code <file>} that merged: the memory's harvest
     * ({@code merge --tm}, {@code tm import}) takes its sentence pairs from it instead of reading and extracting the
     * file again. The extraction keeps the document and its units only (not the parsed fields). Only a merger made
     * to keep them fills these in.
     */
    public record Merged(ReturnedFile file, EmbeddedSource source, Extraction extraction) {
    }

    /** Reads, validates and merges one XLIFF file, collecting all its problems. Writes nothing. */
    public FileOutcome check(Path path) {
        XliffFiles.Validated read;
        try {
            read = XliffFiles.readValidated(path); // read and schema-checked in one pass
        } catch (XliffException e) {
            return new FileOutcome(path, List.of(), List.of(new Problem(null, e.line(), e.getMessage())));
        }
        List<ReturnedFile> files = read.files();
        List<Problem> problems = new ArrayList<>();
        for (SchemaCheck.Violation v : read.violations()) {
            problems.add(new Problem(null, v.line(), "not valid XLIFF " + files.get(0).xliffVersion() + " ("
                    + v.message() + "); fix this element or export the file again from your CAT tool"));
        }
        List<DocumentMerger.Result> results = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<UntranslatedUnits> untranslated = new ArrayList<>();
        List<Merged> merged = new ArrayList<>();
        for (ReturnedFile file : files) {
            try {
                SourceTrust.Opened opened = open(file);
                if (opened.warning() != null) warnings.add(opened.warning());
                Extraction extraction = unsegmented(file, opened.source());
                // the parsed fields go to the merge, which lets each go once done (a big post's parse is large)
                Map<String, Document> parses = new HashMap<>(extraction.parsedFields());
                extraction = extraction.withoutParsedFields();
                DocumentMerger.Result result = documentMerger(file, opened.source()).merge(file, extraction, parses);
                if (keepMerged) merged.add(new Merged(file, opened.source(), extraction));
                results.add(result);
                untranslated.add(result.untranslated());
                checks.apply(file, result, problems, warnings);
            } catch (MergeException e) {
                problems.addAll(e.problems());
            }
        }
        boolean ok = problems.isEmpty();
        return new FileOutcome(path, ok ? results : List.of(), problems, warnings, untranslated, ok ? merged : List.of());
    }

    public DocumentMerger.Result merge(ReturnedFile file) throws MergeException {
        return merge(file, open(file).source());
    }

    private DocumentMerger.Result merge(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        return merge(file, embedded, unsegmented(file, embedded));
    }

    /** Sentences come from the file itself (checked against the source), so merge does not split again. */
    private Extraction unsegmented(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        return unsegmented.extract(document(file, embedded), config(file, embedded));
    }

    private DocumentMerger.Result merge(ReturnedFile file, EmbeddedSource embedded, Extraction extraction)
            throws MergeException {
        return documentMerger(file, embedded).merge(file, extraction);
    }

    private DocumentMerger documentMerger(ReturnedFile file, EmbeddedSource embedded) {
        return new DocumentMerger(options, embedded.sourceLanguage(), embedded.targetLanguage(), extractor(embedded));
    }

    /** The units of the document embedded in a returned file, split into sentences exactly as export did. */
    public Extraction extract(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        return extractor(embedded).extract(document(file, embedded), config(file, embedded));
    }

    /** The configuration export extracted with, recorded in the (verified) payload: the built-in list when none. */
    private static TranslationConfig config(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        try {
            return TranslationConfig.recorded(embedded.config());
        } catch (ConfigException e) {
            throw fail(file, e.getMessage());
        }
    }

    /** Pseudo-translation writes the file again, so it must split sentences exactly as export did. */
    private DocumentExtractor extractor(EmbeddedSource embedded) {
        String key = embedded.segmented() ? embedded.sourceLanguage() : "";
        return extractors.computeIfAbsent(key, k -> new DocumentExtractor(
                new Segmenter(k.isEmpty() ? null : SentenceSplitter.okapiDefault(k))));
    }

    /** The source carried in the file, after checking it may be believed (signed with the standard key). */
    public static EmbeddedSource embeddedSource(ReturnedFile file) throws MergeException {
        EmbeddedSource embedded = SourceTrust.standard().open(file).source();
        ExportedLanguages.check(file, embedded);
        return embedded;
    }

    /** The source carried in the file, if this merger's trust rules accept it and the file keeps its languages. */
    public SourceTrust.Opened open(ReturnedFile file) throws MergeException {
        SourceTrust.Opened opened = trust.open(file);
        ExportedLanguages.check(file, opened.source());
        return opened;
    }

    /**
     * The post a returned or exported file was exported from, as its signed embedded source holds it (checked as
     * {@link #embeddedSource} checks it): the English as it was then, after the site's copy changed.
     */
    public static SourceDocument exportedDocument(ReturnedFile file) throws MergeException {
        return document(file, embeddedSource(file));
    }

    private static SourceDocument document(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        DocumentFormat format = DocumentFormats.named(embedded.kind());
        if (format == null) throw fail(file, "unknown kind " + embedded.kind() + " in the embedded source");
        try {
            return format.restore(new EmbeddedDocument(originPath(file, embedded), embedded.origin(),
                    embedded.outputName(), embedded.text(), charset(file, embedded), embedded.bom()));
        } catch (InputException e) {
            throw fail(file, e.getMessage());
        }
    }

    /** The export-time path, for messages; one this system cannot take as a path names the returned file instead. */
    private static Path originPath(ReturnedFile file, EmbeddedSource embedded) {
        try {
            return Path.of(embedded.origin());
        } catch (InvalidPathException e) {
            return Path.of(file.path() + " (embedded source)");
        }
    }

    /** The encoding the document was read in and is written back in (posts: UTF-8, or UTF-16/32 after a BOM). */
    private static Charset charset(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        try {
            return Charset.forName(embedded.charset());
        } catch (IllegalArgumentException e) {
            throw fail(file, "unknown charset " + embedded.charset() + " in the embedded source");
        }
    }

    private static MergeException fail(ReturnedFile file, String message) {
        return new MergeException(file.path(), List.of(new Problem(null, file.line(), message)));
    }
}
