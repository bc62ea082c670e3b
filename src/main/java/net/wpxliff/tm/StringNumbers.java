package net.wpxliff.tm;

import java.util.Arrays;

/**
 * Dense numbers 0, 1, 2… for strings, kept as one char array and an open-addressing table of ints: a memory's
 * vocabulary holds tens of thousands of tokens, and a {@code HashMap<String, Integer>} of them is three objects per
 * token that a cached index would build anew on every run and the garbage collector would copy. Hashes are
 * {@link String#hashCode}'s, so a lookup of a {@code String} uses the hash it caches. Not thread-safe while filled;
 * read-only lookups may then run on several threads.
 */
final class StringNumbers {
    private char[] chars;
    /** String n is {@code chars[ends[n - 1], ends[n])} (from 0 for the first). */
    private int[] ends;
    private int size;
    private int length;
    /** Per slot: a number + 1, or 0 when empty. */
    private int[] slots;

    StringNumbers() {
        chars = new char[4096];
        ends = new int[1024];
        slots = new int[2048];
    }

    /**
     * Numbers for the strings held in {@code chars}, string n ending at {@code ends[n]}, as {@link #chars} and
     * {@link #ends} gave them (a cached index); IllegalArgumentException when one repeats or the ends do not fit.
     */
    static StringNumbers of(char[] chars, int[] ends) {
        StringNumbers numbers = new StringNumbers();
        numbers.chars = chars;
        numbers.ends = ends;
        numbers.size = ends.length;
        numbers.length = chars.length;
        numbers.slots = new int[KeyNumbers.tableSize(ends.length)];
        int from = 0;
        for (int n = 0; n < ends.length; n++) {
            if (ends[n] < from || ends[n] > chars.length) {
                throw new IllegalArgumentException("string ends out of order");
            }
            int at = numbers.slot(hash(chars, from, ends[n]), chars, from, ends[n] - from);
            if (numbers.slots[at] != 0) throw new IllegalArgumentException("a repeated string");
            numbers.slots[at] = n + 1;
            from = ends[n];
        }
        if (from != chars.length) throw new IllegalArgumentException("chars after the last string");
        return numbers;
    }

    int size() {
        return size;
    }

    /** The string's number, or -1. */
    int get(String s) {
        int number = slots[slot(s.hashCode(), s)];
        return number - 1;
    }

    /** The string's number, a new one when it has none. */
    int add(String s) {
        int at = slot(s.hashCode(), s);
        if (slots[at] != 0) return slots[at] - 1;
        if (size == ends.length) ends = Arrays.copyOf(ends, size * 2);
        if (length + s.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + s.length()));
        }
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        ends[size] = length;
        slots[at] = ++size;
        if (size * 2 > slots.length) grow();
        return size - 1;
    }

    /** All strings' chars, in number order (for a cached index). */
    char[] chars() {
        return Arrays.copyOf(chars, length);
    }

    /** Where each string ends in {@link #chars()}. */
    int[] ends() {
        return Arrays.copyOf(ends, size);
    }

    /** The string numbered {@code number}. */
    String text(int number) {
        int from = number == 0 ? 0 : ends[number - 1];
        return new String(chars, from, ends[number] - from);
    }

    private int slot(int hash, String s) {
        int mask = slots.length - 1;
        int at = spread(hash) & mask;
        while (slots[at] != 0 && !holds(slots[at] - 1, s)) at = (at + 1) & mask;
        return at;
    }

    private int slot(int hash, char[] text, int from, int count) {
        int mask = slots.length - 1;
        int at = spread(hash) & mask;
        while (slots[at] != 0 && !holds(slots[at] - 1, text, from, count)) at = (at + 1) & mask;
        return at;
    }

    private boolean holds(int number, String s) {
        int from = number == 0 ? 0 : ends[number - 1];
        if (ends[number] - from != s.length()) return false;
        for (int i = 0; i < s.length(); i++) if (chars[from + i] != s.charAt(i)) return false;
        return true;
    }

    private boolean holds(int number, char[] text, int start, int count) {
        int from = number == 0 ? 0 : ends[number - 1];
        return ends[number] - from == count && Arrays.equals(chars, from, from + count, text, start, start + count);
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int number : old) {
            if (number == 0) continue;
            int from = number == 1 ? 0 : ends[number - 2];
            int at = spread(hash(chars, from, ends[number - 1])) & mask;
            while (slots[at] != 0) at = (at + 1) & mask;
            slots[at] = number;
        }
    }

    /** {@link String#hashCode} of {@code chars[from, to)}. */
    private static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + chars[i];
        return h;
    }

    /** String hashes of similar tokens differ in their low bits little: mix them before masking. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
