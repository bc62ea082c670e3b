package net.wpxliff.xliff;

/** The XLIFF versions wpxliff writes. */
public enum XliffFormat {
    /** XLIFF 1.2 (Trados, OmegaT, WPML, Okapi): the default. */
    XLIFF12,
    /** XLIFF 2.1 (Phrase, memoQ's 2.x filter, Polylang). */
    XLIFF2;

    public XliffWriter writer(ExportOptions options, Targets targets) {
        return this == XLIFF12 ? new Xliff12Writer(options, targets) : new Xliff2Writer(options, targets);
    }

    /** Targets the export options ask for (a copy of the source with --copy-source), or null. */
    public static Targets exportTargets(ExportOptions options) {
        return options.copySource() ? Targets.COPY_SOURCE : null;
    }
}
