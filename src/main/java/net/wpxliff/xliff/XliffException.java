package net.wpxliff.xliff;

/** A returned XLIFF file that cannot be read: not XML, not XLIFF, or refused for safety. */
public class XliffException extends Exception {
    private final int line;

    /** @param line line in the file, or -1 when unknown */
    public XliffException(int line, String message) {
        super(message);
        this.line = line;
    }

    public XliffException(int line, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
