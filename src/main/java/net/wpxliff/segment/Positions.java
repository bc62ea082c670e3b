package net.wpxliff.segment;

import java.util.Arrays;

/**
 * Candidate break positions of one text, collected in any order with repeats and read back sorted and distinct:
 * plain ints (a tree set boxed every position the rules and ICU proposed).
 */
final class Positions {
    private int[] values = new int[16];
    private int count;

    void add(int position) {
        if (count == values.length) values = Arrays.copyOf(values, count * 2);
        values[count++] = position;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The positions in ascending order, each once. */
    int[] sortedDistinct() {
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }
}
