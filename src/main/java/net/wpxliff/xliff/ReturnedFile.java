package net.wpxliff.xliff;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code <file>} of a returned XLIFF: its languages, the embedded source (payload and checksum as
 * found), and its units in file order.
 */
public record ReturnedFile(Path path, int line, String xliffVersion, String sourceLanguage,
                           String targetLanguage, String payload, String payloadChecksum, List<ReturnedUnit> units) {
    public ReturnedFile {
        units = List.copyOf(units);
    }

    /** The format the file was written in, which pseudo-translation keeps. */
    public XliffFormat format() {
        return xliffVersion.startsWith("2") ? XliffFormat.XLIFF2 : XliffFormat.XLIFF12;
    }
}
