package net.wpxliff.cli;

import net.wpxliff.input.InputException;
import net.wpxliff.merge.CurrentPosts;
import net.wpxliff.merge.DeliveryChecks;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The options saying what merge and validate tell about a delivery beyond mergeability (picocli mixin). */
final class DeliveryOptions {
    @Option(names = "--current", paramLabel = "FILE|DIR",
            description = "The posts as they are now (post JSON, a folder pull wrote, a WXR file, HTML pages): warn"
                    + " when a file's post changed since export (found by post id, or page name). Only compares: it"
                    + " never vouches for an embedded source. Repeatable.")
    List<Path> current;

    @Option(names = "--strict", description = "With --current: a post that changed since export (or that no --current"
            + " file holds) is an error, and nothing is written for that file.")
    boolean strict;

    @Option(names = "--require-translated", description = "A unit with text whose target is still identical to its"
            + " source is an error (else a warning with the count).")
    boolean requireTranslated;

    /** The checks for this run, or null after printing why they cannot be had (an unreadable --current). */
    DeliveryChecks checksOrReport(PrintWriter err) {
        if (strict && (current == null || current.isEmpty())) {
            err.println("warning: --strict has no effect without --current FILE|DIR");
        }
        try {
            CurrentPosts posts = current == null || current.isEmpty() ? null : CurrentPosts.read(current);
            return new DeliveryChecks(posts, strict, requireTranslated);
        } catch (InputException e) {
            err.println("error: --current: " + e.getMessage());
            return null;
        }
    }
}
