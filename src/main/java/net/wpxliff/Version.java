package net.wpxliff;

/** The tool's version, written into every XLIFF it produces. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
