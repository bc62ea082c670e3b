package net.wpxliff.merge;

import net.wpxliff.input.DocumentFormat;
import net.wpxliff.input.DocumentFormats;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.InputFiles;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.trust.KeyException;
import net.wpxliff.trust.PayloadSignature;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ReturnedFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether merge may believe the source embedded in a returned file: merge publishes that post, so an
 * edited one (a {@code <script>} added, the checksum recomputed) must never pass. A payload is believed when
 * its signature verifies with the exporting side's key, or, when {@code --source} gives the current posts, only
 * when the embedded one equals its current post byte for byte (signed or not: this also tells a post that changed
 * since export), or when the user accepts the risk with {@code --trust-embedded-source} (a warning says so).
 * Immutable and thread-safe.
 */
public final class SourceTrust {
    /**
     * A payload merge may use.
     *
     * @param source  the embedded source (built from the {@code --source} document when checked against it)
     * @param warning what the user should know (accepted unverified), or null
     */
    public record Opened(EmbeddedSource source, String warning) {
    }

    private final SigningKey key;
    private final String keyProblem;
    private final List<SourceDocument> sources;
    private final boolean trustEmbedded;

    /**
     * @param key           the key to verify with, or null when there is none ({@code keyProblem} says why)
     * @param sources       the current documents given with {@code --source}, or null
     * @param trustEmbedded accept payloads that do not verify ({@code --trust-embedded-source})
     */
    public SourceTrust(SigningKey key, String keyProblem, List<SourceDocument> sources, boolean trustEmbedded) {
        this.key = key;
        this.keyProblem = keyProblem;
        this.sources = sources == null ? null : List.copyOf(sources);
        this.trustEmbedded = trustEmbedded;
    }

    /** Verification with the standard key ({@link SigningKey#resolve}), nothing else accepted. */
    public static SourceTrust standard() {
        return verifying(null, null, false);
    }

    /** The CLI's policy: a missing or unsafe key is reported on each file that needs it, not up front. */
    public static SourceTrust verifying(Path keyFile, List<SourceDocument> sources, boolean trustEmbedded) {
        try {
            return new SourceTrust(SigningKey.resolve(keyFile, false), null, sources, trustEmbedded);
        } catch (KeyException e) {
            return new SourceTrust(null, e.getMessage(), sources, trustEmbedded);
        }
    }

    /** The posts and pages of the {@code --source} files and directories, as export reads them. */
    public static List<SourceDocument> readSources(List<Path> paths) throws InputException {
        DocumentReader reader = new DocumentReader();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : InputFiles.expand(paths, DocumentReader.EXTENSIONS)) {
            documents.addAll(reader.read(file));
        }
        return documents;
    }

    /** The embedded source of a returned file, if it may be believed; else a problem saying why and what to do. */
    public Opened open(ReturnedFile file) throws MergeException {
        if (file.payload() == null || file.payload().isBlank()) {
            throw fail(file, "the file carries no embedded source (<header><skl><internal-file>): it was not"
                    + " exported by wpxliff, or a tool removed its header; export the post again and re-translate");
        }
        byte[] bytes;
        try {
            bytes = EmbeddedSource.bytes(file.payload());
        } catch (IOException e) {
            throw fail(file, "the embedded source is damaged (" + e.getMessage() + "); export the post again");
        }
        String why = unverified(file, bytes);
        int format = why == null ? EmbeddedSource.FORMAT : EmbeddedSource.formatOf(bytes);
        if (format > 0 && format < EmbeddedSource.FORMAT) throw olderFormat(file, format); // unsigned, by its age
        // Refused before the payload is decompressed or parsed: a tampered payload costs no more than its size.
        if (why != null && sources == null && !trustEmbedded) throw refused(file, why);
        EmbeddedSource embedded;
        try {
            embedded = EmbeddedSource.decode(bytes);
        } catch (IOException e) {
            throw fail(file, "the embedded source is damaged (" + e.getMessage() + "); export the post again");
        }
        if (embedded.format() != EmbeddedSource.FORMAT) throw olderFormat(file, embedded.format());
        String invalid = embedded.problem();
        if (invalid != null) {
            throw fail(file, "the embedded source is invalid (" + invalid + "); export the post again");
        }
        // with --source every file is checked against the current post, signed or not: it also tells
        // a post that changed on the site since export
        if (sources != null) return new Opened(checkedAgainstSource(file, embedded, why), null);
        if (why == null) return new Opened(embedded, null);
        if (trustEmbedded) {
            return new Opened(embedded, "the embedded source " + why + "; accepted because of --trust-embedded-source:"
                    + " the page is published as this file carries it, so whoever edited the file can add scripts,"
                    + " event handlers or links to it");
        }
        throw refused(file, why);
    }

    private static MergeException olderFormat(ReturnedFile file, int format) {
        return fail(file, "the embedded source has format " + format + " (written by an older wpxliff, without a"
                + " signature); this wpxliff reads format " + EmbeddedSource.FORMAT + ": export the post again with"
                + " this version (your CAT tool's memory fills in the translations)");
    }

    private static MergeException refused(ReturnedFile file, String why) {
        return fail(file, "the embedded source " + why + ". Refused: merge publishes the embedded post, and anyone"
                + " holding the file could have changed it. Export the post again, or pass the current post with"
                + " --source FILE|DIR to check it byte for byte"
                + (why.contains("another key") ? ", or the exporting side's key with --key-file or " + SigningKey.ENV : ""));
    }

    /** Null when the signature verifies; else why not, phrased to follow "the embedded source". */
    private String unverified(ReturnedFile file, byte[] bytes) {
        PayloadSignature signature = PayloadSignature.parse(file.payloadChecksum());
        if (signature == null) {
            return "has no valid signature (the crc attribute / checksum metadata is missing or was altered)";
        }
        if (key == null) return "cannot be verified: " + keyProblem;
        if (!signature.keyId().equals(key.id())) {
            return "was signed with another key (key id " + signature.keyId() + "), not with this key (key id "
                    + key.id() + ", from " + key.where() + ")";
        }
        if (!signature.verifies(bytes, key)) {
            return "does not match its signature (crc / checksum): the embedded post or the header was edited or"
                    + " damaged after export";
        }
        return null;
    }

    /**
     * The payload rebuilt from the matching {@code --source} document, when the embedded text equals it.
     *
     * @param why why the signature did not verify, or null when it did
     */
    private EmbeddedSource checkedAgainstSource(ReturnedFile file, EmbeddedSource embedded, String why) throws MergeException {
        List<SourceDocument> candidates = holding(sources, embedded.kind(), embedded.postId(), embedded.name());
        String wanted = wanted(embedded.kind(), embedded.postId(), embedded.name());
        String unsigned = why == null ? "" : " (and the embedded source " + why + ")";
        if (candidates.isEmpty()) {
            throw fail(file, "no file given with --source holds " + wanted + unsigned
                    + ": pass the post's current JSON (or the page's HTML) file");
        }
        if (why != null && embedded.config() != null) {
            // the configuration decides which units there are; unsigned, it cannot be believed, and --source has none
            throw fail(file, "the embedded source " + why + ", and it carries the --config export was given, which"
                    + " --source cannot vouch for: export the post again (with --config) and re-translate");
        }
        for (SourceDocument doc : candidates) {
            if (doc.text().equals(embedded.text()) && doc.charset().name().equals(embedded.charset()) && doc.bom() == embedded.bom()) {
                // the payload's kind decides how the post is read: a file exported before raw fields were read says WP_POST
                return new EmbeddedSource(EmbeddedSource.FORMAT, embedded.kind(), doc.origin(), doc.name(),
                        doc.charset().name(), doc.bom(), doc.postId(), embedded.outputName(), embedded.sourceLanguage(),
                        embedded.targetLanguage(), embedded.segmented(), doc.text(), embedded.config());
            }
        }
        throw fail(file, "the embedded post (" + wanted + ") differs from " + candidates.get(0).origin()
                + " given with --source: the post changed since export, or the file was edited" + unsigned
                + ". Export the post again and re-translate (your CAT tool's memory fills in the translations)");
    }

    /**
     * The documents that hold the exported one: the same post id (posts), or the same name (pages), of the same
     * kind. Shared with {@code --current} ({@link CurrentPosts}).
     */
    static List<SourceDocument> holding(List<SourceDocument> documents, String kind, String postId, String name) {
        boolean byId = byId(kind, postId);
        List<SourceDocument> found = new ArrayList<>();
        for (SourceDocument doc : documents) {
            if (!sameFormat(doc, kind)) continue;
            if (byId ? postId.equals(doc.postId()) : name.equals(doc.name())) found.add(doc);
        }
        return found;
    }

    /** What {@link #holding} looks for, in words: {@code post id 123} or {@code name about}. */
    static String wanted(String kind, String postId, String name) {
        return byId(kind, postId) ? "post id " + postId : "name " + name;
    }

    private static boolean byId(String kind, String postId) {
        DocumentFormat format = DocumentFormats.named(kind);
        return format != null && format.identifiedById() && postId != null;
    }

    /**
     * Whether a {@code --source} document is of the payload's kind; a post is a post, read raw or rendered (the
     * formats whose documents are found by post id).
     */
    private static boolean sameFormat(SourceDocument doc, String kind) {
        if (doc.kind().name().equals(kind)) return true;
        DocumentFormat recorded = DocumentFormats.named(kind);
        return recorded != null && recorded.identifiedById() && doc.format().identifiedById();
    }

    private static MergeException fail(ReturnedFile file, String message) {
        return new MergeException(file.path(), List.of(new Problem(null, file.line(), message)));
    }
}
