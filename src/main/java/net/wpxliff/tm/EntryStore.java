package net.wpxliff.tm;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A memory's entries in columns: every sentence in one char array ({@link TextCodec}), every property (post id, unit
 * key, neighbour hashes, languages, date, the file it came from, a guessed sentence split) as a number into one table of distinct strings. A
 * 100,000-unit memory is then a few dozen arrays instead of millions of small objects, which the garbage collector
 * would walk again and again while export runs. {@link #entry} builds a {@link TmEntry} only for an entry a lookup
 * returns. Immutable; safe to share between threads.
 */
final class EntryStore {
    /** No string: a null property ({@code created} unknown, no origin). */
    static final int NONE = -1;

    final int size;
    /**
     * All texts, encoded; text t is {@code texts[textStart[t], textStart[t + 1])}: a char array, or the mapping of the
     * cached index file it was read from (see {@link TextCodec}).
     */
    final CharBuffer texts;
    final int[] textStart;
    /**
     * Per text, its place among the store's distinct {@link Similarity#canonical} forms in their natural order: two
     * texts have one canonical form exactly when their places are equal, and places compare as the forms do. The
     * ranking orders and tells apart entries by it without making any canonical form while export runs.
     */
    final int[] canonicalOrder;
    /** Per entry: its source's and target's text number. */
    final int[] source;
    final int[] target;
    /** Distinct property values. */
    final String[] strings;
    /** Per entry, numbers into {@link #strings} ({@link #NONE} for null). */
    final int[] sourceLanguage;
    final int[] targetLanguage;
    final int[] postId;
    final int[] unitKey;
    final int[] previousHash;
    final int[] nextHash;
    final int[] created;
    final int[] origin;
    /** {@link TmxWriter#SPLIT_GUESSED} for a pair whose sentence split was guessed ({@link TmEntry#splitGuessed}), else NONE. */
    final int[] split;

    EntryStore(CharBuffer texts, int[] textStart, int[] canonicalOrder, int[] source, int[] target, String[] strings,
               int[] sourceLanguage, int[] targetLanguage, int[] postId, int[] unitKey, int[] previousHash,
               int[] nextHash, int[] created, int[] origin, int[] split) {
        this.size = source.length;
        this.texts = texts;
        this.textStart = textStart;
        this.canonicalOrder = canonicalOrder;
        this.source = source;
        this.target = target;
        this.strings = strings;
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.postId = postId;
        this.unitKey = unitKey;
        this.previousHash = previousHash;
        this.nextHash = nextHash;
        this.created = created;
        this.origin = origin;
        this.split = split;
    }

    /** The entry numbered {@code id}, built anew (equal to the one stored, not the same object). */
    TmEntry entry(int id) {
        return new TmEntry(text(source[id]), text(target[id]), string(sourceLanguage[id]), string(targetLanguage[id]),
                string(postId[id]), string(unitKey[id]), string(previousHash[id]), string(nextHash[id]),
                string(created[id]), splitGuessed(id));
    }

    /** Whether the entry's sentence split was guessed: offered, never pre-filled ({@link TmEntry#splitGuessed}). */
    boolean splitGuessed(int id) {
        return split[id] != NONE;
    }

    /** Whether two texts (by number) have one canonical form. */
    boolean sameCanonical(int text, int other) {
        return text == other || canonicalOrder[text] == canonicalOrder[other];
    }

    /** The order of two texts' canonical forms (as {@link String#compareTo} orders them: only the sign counts). */
    int compareCanonical(int text, int other) {
        return Integer.compare(canonicalOrder[text], canonicalOrder[other]);
    }

    TmText sourceText(int id) {
        return text(source[id]);
    }

    TmText text(int number) {
        return TextCodec.decode(texts, textStart[number], textStart[number + 1]);
    }

    String postId(int id) {
        return string(postId[id]);
    }

    String unitKey(int id) {
        return string(unitKey[id]);
    }

    String previousHash(int id) {
        return string(previousHash[id]);
    }

    String nextHash(int id) {
        return string(nextHash[id]);
    }

    String created(int id) {
        return string(created[id]);
    }

    /** The file name the entry was read from, or null when not known. */
    String origin(int id) {
        return string(origin[id]);
    }

    private String string(int number) {
        return number == NONE ? null : strings[number];
    }

    /** Collects entries in the order they will be numbered. */
    static final class Builder {
        private final StringBuilder texts = new StringBuilder();
        private final List<Integer> textStarts = new ArrayList<>(List.of(0));
        private final Map<String, Integer> textNumbers = new HashMap<>();
        private final Map<TmText, Integer> textObjects = new java.util.IdentityHashMap<>();
        private final Map<String, Integer> stringNumbers = new HashMap<>();
        private final List<String> strings = new ArrayList<>();
        /** Each text's {@link Similarity#canonical} form, made once when the text is first numbered. */
        private final List<String> canonicalForms = new ArrayList<>();
        private final int[][] columns;
        private int size;

        Builder(int capacity) {
            columns = new int[11][capacity];
        }

        void add(TmEntry entry, String origin) {
            int[] row = {text(entry.source()), text(entry.target()), string(entry.sourceLanguage()),
                    string(entry.targetLanguage()), string(entry.postId()), string(entry.unitKey()),
                    string(entry.previousHash()), string(entry.nextHash()), string(entry.created()), string(origin),
                    entry.splitGuessed() ? string(TmxWriter.SPLIT_GUESSED) : NONE};
            for (int c = 0; c < row.length; c++) columns[c][size] = row[c];
            size++;
        }

        /** The canonical form of the source of the entry added {@code entry}-th (from 0). */
        String canonicalSource(int entry) {
            return canonicalForms.get(columns[0][entry]);
        }

        EntryStore build() {
            int[] starts = textStarts.stream().mapToInt(Integer::intValue).toArray();
            char[] chars = new char[texts.length()];
            texts.getChars(0, chars.length, chars, 0);
            int[][] c = new int[columns.length][];
            for (int i = 0; i < c.length; i++) c[i] = java.util.Arrays.copyOf(columns[i], size);
            CharBuffer all = CharBuffer.wrap(chars);
            return new EntryStore(all, starts, canonicalOrder(canonicalForms), c[0], c[1], strings.toArray(String[]::new),
                    c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
        }

        /** {@link EntryStore#canonicalOrder} of the texts whose canonical forms these are. */
        private static int[] canonicalOrder(List<String> canonicalForms) {
            String[] forms = canonicalForms.toArray(String[]::new);
            int count = forms.length;
            Integer[] sorted = new Integer[count];
            for (int t = 0; t < count; t++) sorted[t] = t;
            java.util.Arrays.sort(sorted, (a, b) -> forms[a].compareTo(forms[b]));
            int[] order = new int[count];
            int place = -1;
            for (int i = 0; i < count; i++) {
                if (i == 0 || !forms[sorted[i]].equals(forms[sorted[i - 1]])) place++;
                order[sorted[i]] = place;
            }
            return order;
        }

        private int text(TmText text) {
            // A memory hands out one TmText per unit for all its contexts: most repeats are the same object.
            Integer same = textObjects.get(text);
            if (same != null) return same;
            int number = encodedText(text);
            textObjects.put(text, number);
            return number;
        }

        private int encodedText(TmText text) {
            String encoded = TextCodec.encode(text);
            Integer known = textNumbers.get(encoded);
            if (known != null) return known;
            texts.append(encoded);
            textStarts.add(texts.length());
            canonicalForms.add(Similarity.canonical(text));
            textNumbers.put(encoded, textNumbers.size());
            return textNumbers.size() - 1;
        }

        private int string(String s) {
            if (s == null) return NONE;
            Integer known = stringNumbers.get(s);
            if (known != null) return known;
            strings.add(s);
            stringNumbers.put(s, strings.size() - 1);
            return strings.size() - 1;
        }
    }
}
