package net.wpxliff.cli;

import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.merge.SourceTrust;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The options saying which embedded sources merge, validate and pseudo believe (picocli mixin). */
final class TrustOptions {
    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The key export signed with (default: WPXLIFF_KEY, else $XDG_CONFIG_HOME/wpxliff/key or ~/.config/wpxliff/key).")
    Path keyFile;

    @Option(names = "--source", paramLabel = "FILE|DIR",
            description = "The current post JSON / HTML files (or directories): each file's embedded post must equal"
                    + " its current post byte for byte (found by post id, or page name); then a file whose signature does"
                    + " not verify is accepted too. Repeatable.")
    List<Path> sources;

    @Option(names = "--trust-embedded-source",
            description = "Accept embedded sources whose signature does not verify (unsafe: an edited file can add scripts to the page).")
    boolean trustEmbedded;

    /**
     * The trust rules for this run, or null after printing why they cannot be had (an unreadable
     * {@code --source}): the command then exits 1 before touching any file.
     */
    SourceTrust trustOrReport(PrintWriter err) {
        try {
            return trust(err);
        } catch (InputException e) {
            err.println("error: --source: " + e.getMessage());
            return null;
        }
    }

    /** The trust rules for this run; reads the {@code --source} files once. */
    SourceTrust trust(PrintWriter err) throws InputException {
        List<SourceDocument> documents = sources == null || sources.isEmpty() ? null : SourceTrust.readSources(sources);
        if (trustEmbedded) {
            err.println("warning: --trust-embedded-source: files whose embedded source is not signed with your key are"
                    + " accepted as they are; anyone who edited such a file can publish scripts, event handlers or links"
                    + " in the merged page");
        }
        return SourceTrust.verifying(keyFile, documents, trustEmbedded);
    }
}
