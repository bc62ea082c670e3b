package net.wpxliff.tm;

/** A memory that cannot be read or written: the message names the file, the line when known and what to do. */
public final class TmxException extends Exception {
    public TmxException(String message) {
        super(message);
    }

    public TmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
