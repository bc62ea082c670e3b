package net.wpxliff.xliff;

/** A returned XLIFF file that cannot be read: not XML, not XLIFF, or refused for safety. */
public class XliffException extends Exception {
    public XliffException(String message) {
        super(message);
    }

    public XliffException(String message, Throwable cause) {
        super(message, cause);
    }
}
