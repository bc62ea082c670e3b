package net.wpxliff.xliff;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code <file>} of a returned XLIFF: its languages, the embedded source (payload and checksum as
 * found), and its units in file order.
 */
public record ReturnedFile(Path path, int line, String xliffVersion, String sourceLanguage,
                           String targetLanguage, String payload, String payloadChecksum, List<ReturnedUnit> units,
                           OtherTargetLanguage otherTargetLanguage) {
    /**
     * The first {@code <target>} whose {@code xml:lang} (a valid tag) names another language than the file's target
     * language: checked with the file's languages when the file is opened, after them.
     */
    public record OtherTargetLanguage(String language, int line) {
    }

    public ReturnedFile {
        units = List.copyOf(units);
    }

    /** A file whose targets carry no other language than the file's. */
    public ReturnedFile(Path path, int line, String xliffVersion, String sourceLanguage, String targetLanguage,
                        String payload, String payloadChecksum, List<ReturnedUnit> units) {
        this(path, line, xliffVersion, sourceLanguage, targetLanguage, payload, payloadChecksum, units, null);
    }

    /** The format the file was written in, which pseudo-translation keeps. */
    public XliffFormat format() {
        return xliffVersion.startsWith("2") ? XliffFormat.XLIFF2 : XliffFormat.XLIFF12;
    }
}
