package net.wpxliff.tm;

import java.util.Arrays;

/**
 * Dense numbers 0, 1, 2… for long keys, in an open-addressing table of primitives: indexing a large memory meets
 * hundreds of thousands of word keys, and boxing each one in a {@code HashMap<Long, …>} cost more than the rest
 * of the index. Not thread-safe while filled; read-only lookups may then run on several threads.
 */
final class KeyNumbers {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[1024];
    private int[] numbers = new int[1024];
    private long[] byNumber = new long[256];
    private int size;

    KeyNumbers() {
        Arrays.fill(keys, EMPTY);
    }

    /** Room for {@code expected} keys without growing. */
    KeyNumbers(int expected) {
        int capacity = tableSize(expected);
        keys = new long[capacity];
        numbers = new int[capacity];
        byNumber = new long[Math.max(256, expected)];
        Arrays.fill(keys, EMPTY);
    }

    /** A power-of-two table size for {@code expected} keys, at most half full (at least 1024). */
    static int tableSize(int expected) {
        return Integer.highestOneBit(Math.max(512, expected) * 2 - 1) * 2;
    }

    int size() {
        return size;
    }

    /** The key's number, a new one when it has none ({@code key} must not be {@code Long.MIN_VALUE}). */
    int add(long key) {
        int at = slot(key);
        if (keys[at] == key) return numbers[at];
        if (size == byNumber.length) byNumber = Arrays.copyOf(byNumber, size * 2);
        byNumber[size] = key;
        keys[at] = key;
        numbers[at] = size;
        if (++size * 2 > keys.length) grow();
        return size - 1;
    }

    /** The key's number, or -1. */
    int get(long key) {
        int at = slot(key);
        return keys[at] == key ? numbers[at] : -1;
    }

    /** The key numbered {@code number}. */
    long key(int number) {
        return byNumber[number];
    }

    /** Every key, in number order (for a cached index). */
    long[] keys() {
        return Arrays.copyOf(byNumber, size);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int at = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[at] != EMPTY && keys[at] != key) at = (at + 1) & mask;
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new long[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == EMPTY) continue;
            int at = slot(oldKeys[i]);
            keys[at] = oldKeys[i];
            numbers[at] = oldNumbers[i];
        }
    }
}
