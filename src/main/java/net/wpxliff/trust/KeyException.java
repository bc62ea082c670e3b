package net.wpxliff.trust;

/** The signing key cannot be found, read, created or is not safe to use; the message says what to do. */
public final class KeyException extends Exception {
    public KeyException(String message) {
        super(message);
    }

    public KeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
