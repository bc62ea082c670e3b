package net.wpxliff.cli;

import net.wpxliff.input.InputException;

/**
 * A read of the translation memory's cached index after another program truncated or rewrote the file in place.
 * Export keeps the index mapped into memory while it runs (its sentences are read where they lie); HotSpot turns
 * the bus error of such a read into an {@link InternalError} on the reading thread. wpxliff itself replaces the
 * index with a new file, which a mapped reader never notices, so only another program causes this.
 */
final class MappedIndexFault {
    private MappedIndexFault() {
    }

    /** Whether {@code failure} is HotSpot's report of a faulting read of a mapped file. */
    static boolean is(Throwable failure) {
        return failure instanceof InternalError && failure.getMessage() != null
                && failure.getMessage().contains("unsafe memory access");
    }

    /** The failure as the input's error, saying what happened and what to do. */
    static InputException explained(Object input, InternalError fault) {
        return new InputException(input + ": the translation memory's cached index (the .idx file beside the first --tm"
                + " memory) changed on disk while this run read it: another program truncated or rewrote it in place; run"
                + " the command again (or with --no-tm-cache)", fault);
    }
}
