package net.wpxliff.xliff;

/** The XLIFF versions wpxliff writes. */
public enum XliffFormat {
    /** XLIFF 1.2 (Trados, OmegaT, WPML, Okapi): the default. */
    XLIFF12,
    /** XLIFF 2.1 (Phrase, memoQ's 2.x filter, Polylang). */
    XLIFF2;

    public XliffWriter writer(ExportOptions options, Targets targets) {
        return writer(options, targets, null);
    }

    /** @param leverage memory matches to pre-fill and offer ({@code export --tm}), or null */
    public XliffWriter writer(ExportOptions options, Targets targets, Leverage leverage) {
        return this == XLIFF12 ? new Xliff12Writer(options, targets, leverage) : new Xliff2Writer(options, targets, leverage);
    }

    /** Targets the export options ask for (a copy of the source with --copy-source), or null. */
    public static Targets exportTargets(ExportOptions options) {
        return options.copySource() ? Targets.COPY_SOURCE : null;
    }
}
