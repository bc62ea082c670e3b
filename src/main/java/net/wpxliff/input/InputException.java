package net.wpxliff.input;

/** A problem with an input file, with a message that names the file, the place and what to do. */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
