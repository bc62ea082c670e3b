package net.wpxliff.cli;

import java.io.PrintWriter;

/**
 * An exception no check expected (a bug, not a bad file): it becomes the error of the file it happened on,
 * and the batch goes on with the other files. The stack trace is printed only with {@code --debug}, for
 * the bug report; users otherwise see one line naming the file.
 */
final class Unexpected {
    private final PrintWriter err;
    private final boolean debug;

    Unexpected(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    /** The message for the file's error; prints the stack trace first when debugging. */
    String report(Throwable failure) {
        if (failure instanceof OutOfMemory) return printable(failure.getMessage()); // not a bug: what to run instead
        if (debug) failure.printStackTrace(err);
        return "internal error (" + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + printable(failure.getMessage().strip()))
                + "), please report it to the wpxliff maintainers with the file"
                + (debug ? "" : " and the output of the same command with --debug");
    }

    /** The message may quote the input: control characters (NUL, terminal escapes) are shown as escapes. */
    static String printable(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }
}
