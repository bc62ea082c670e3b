package net.wpxliff.xliff;

/**
 * A byte array kept per thread between one file and the next, up to a size: export writes hundreds of files per
 * thread, and a fresh array per file (allocated and zeroed) shows in its profile. A thread takes the array while it
 * uses it and gives it back after, so a use that nests another on the same thread gets an array of its own.
 */
final class SpareBytes {
    private final ThreadLocal<byte[]> kept = new ThreadLocal<>();
    private final int maxKept;

    /** @param maxKept larger arrays are not kept (a big post leaves no big array behind) */
    SpareBytes(int maxKept) {
        this.maxKept = maxKept;
    }

    /** The thread's kept array when it has at least {@code size} bytes (its content is left over), else a new one. */
    byte[] take(int size) {
        byte[] array = kept.get();
        if (array == null || array.length < size) return new byte[size];
        kept.remove();
        return array;
    }

    /** Keeps {@code array} for the thread's next {@link #take}, unless it is over the size kept. */
    void giveBack(byte[] array) {
        if (array.length <= maxKept) kept.set(array);
    }
}
