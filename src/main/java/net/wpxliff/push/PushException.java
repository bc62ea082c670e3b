package net.wpxliff.push;

/** A merged post that cannot be pushed, for a reason found on this side (its files, the record): the message names the file. */
public final class PushException extends Exception {
    public PushException(String message) {
        super(message);
    }
}
