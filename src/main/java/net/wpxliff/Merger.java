package net.wpxliff;

import net.wpxliff.extract.DocumentExtractor;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.MergeException;
import net.wpxliff.merge.Problem;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.SchemaCheck;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merge pipeline: a returned XLIFF {@code <file>} → its embedded source, checked against its
 * checksum → the units extracted again → every returned unit checked → the translated documents.
 * Nothing is produced unless every check passes. Build one per run (sentence rules are compiled once
 * per source language and reused). Not thread-safe.
 */
public final class Merger {
    private final DocumentMerger.Options options;
    private final DocumentReader reader = new DocumentReader();
    private final Map<String, DocumentExtractor> extractors = new HashMap<>();
    private final DocumentExtractor unsegmented = new DocumentExtractor(new Segmenter(null));

    public Merger(DocumentMerger.Options options) {
        this.options = options;
    }

    /**
     * Everything merge knows about one returned XLIFF file: the merged documents when every check passed,
     * else every problem found (unreadable file, schema, embedded source, units, result tree).
     */
    public record FileOutcome(Path path, List<DocumentMerger.Result> results, List<Problem> problems) {
        public FileOutcome {
            results = List.copyOf(results);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Reads, validates and merges one XLIFF file, collecting all its problems. Writes nothing. */
    public FileOutcome check(Path path) {
        List<ReturnedFile> files;
        try {
            files = XliffFiles.read(path);
        } catch (XliffException e) {
            return new FileOutcome(path, List.of(), List.of(new Problem(null, e.line(), e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        try {
            for (SchemaCheck.Violation v : SchemaCheck.validate(path, files.get(0).format())) {
                problems.add(new Problem(null, v.line(), "not valid XLIFF " + files.get(0).xliffVersion() + " ("
                        + v.message() + "); fix this element or export the file again from your CAT tool"));
            }
        } catch (IOException e) {
            problems.add(new Problem(null, -1, "cannot read (" + e.getMessage() + ")"));
        }
        List<DocumentMerger.Result> results = new ArrayList<>();
        for (ReturnedFile file : files) {
            try {
                results.add(merge(file));
            } catch (MergeException e) {
                problems.addAll(e.problems());
            }
        }
        return new FileOutcome(path, problems.isEmpty() ? results : List.of(), problems);
    }

    public DocumentMerger.Result merge(ReturnedFile file) throws MergeException {
        EmbeddedSource embedded = embeddedSource(file);
        // Sentences come from the file itself (checked against the source), so merge does not split again.
        Extraction extraction = unsegmented.extract(document(file, embedded));
        return new DocumentMerger(options, embedded.sourceLanguage(), targetLanguage(file, embedded)).merge(file, extraction);
    }

    /** The units of the document embedded in a returned file, split into sentences exactly as export did. */
    public Extraction extract(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        return extractor(embedded).extract(document(file, embedded));
    }

    public static String targetLanguage(ReturnedFile file, EmbeddedSource embedded) {
        return file.targetLanguage() != null ? file.targetLanguage() : embedded.targetLanguage();
    }

    /** Pseudo-translation writes the file again, so it must split sentences exactly as export did. */
    private DocumentExtractor extractor(EmbeddedSource embedded) {
        String key = embedded.segmented() ? embedded.sourceLanguage() : "";
        return extractors.computeIfAbsent(key, k -> new DocumentExtractor(
                new Segmenter(k.isEmpty() ? null : SentenceSplitter.okapiDefault(k))));
    }

    /** The source carried in the file, after checking it is there and intact. */
    public static EmbeddedSource embeddedSource(ReturnedFile file) throws MergeException {
        if (file.payload() == null || file.payload().isBlank()) {
            throw fail(file, "the file carries no embedded source (<header><skl><internal-file>): it was not"
                    + " exported by wpxliff, or a tool removed its header; export the post again and re-translate");
        }
        EmbeddedSource embedded;
        try {
            embedded = EmbeddedSource.decode(file.payload());
        } catch (IOException e) {
            throw fail(file, "the embedded source is damaged (" + e.getMessage() + "); export the post again");
        }
        if (embedded.format() != EmbeddedSource.FORMAT) {
            throw fail(file, "the embedded source has format " + embedded.format() + "; this wpxliff reads format "
                    + EmbeddedSource.FORMAT + ": use the wpxliff version that exported it");
        }
        if (!embedded.sha256().equals(file.payloadChecksum())) {
            throw fail(file, "the embedded source does not match its checksum (crc): the header was edited or"
                    + " damaged; export the post again");
        }
        return embedded;
    }

    private SourceDocument document(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        if (embedded.kind().equals(SourceDocument.Kind.HTML_PAGE.name())) {
            Charset charset;
            try {
                charset = Charset.forName(embedded.charset());
            } catch (IllegalArgumentException e) {
                throw fail(file, "unknown charset " + embedded.charset() + " in the embedded source");
            }
            return new SourceDocument(embedded.origin(), SourceDocument.Kind.HTML_PAGE, embedded.name(), embedded.text(),
                    charset, embedded.bom(), null, null, null,
                    List.of(new net.wpxliff.input.Field("html", embedded.text(), -1, -1)));
        }
        try {
            List<SourceDocument> posts = reader.readPosts(java.nio.file.Path.of(embedded.origin()), embedded.text(),
                    postCharset(file, embedded), embedded.bom()); // written back in the bytes it was read in
            if (posts.size() != 1) throw fail(file, "the embedded source holds " + posts.size() + " posts, expected one");
            return posts.get(0);
        } catch (InputException e) {
            throw fail(file, "the embedded source cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The encoding a post was read in (UTF-8, or UTF-16/32 after a byte order mark). */
    private static Charset postCharset(ReturnedFile file, EmbeddedSource embedded) throws MergeException {
        try {
            return embedded.charset() == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(embedded.charset());
        } catch (IllegalArgumentException e) {
            throw fail(file, "unknown charset " + embedded.charset() + " in the embedded source");
        }
    }

    private static MergeException fail(ReturnedFile file, String message) {
        return new MergeException(file.path(), List.of(new Problem(null, file.line(), message)));
    }
}
