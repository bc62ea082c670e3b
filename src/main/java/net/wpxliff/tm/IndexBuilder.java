package net.wpxliff.tm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes a memory's entries once, for a new {@link Matcher}: numbers them by weight, tokenizes their sources, groups
 * identical sources and ranks every word key in the global rarest-first order. Apart from the matcher because a
 * matcher read from a cached index ({@link MemoryIndexFile}) gets the same parts without this work.
 */
final class IndexBuilder {
    final EntryStore store;
    final Vocabulary vocabulary;
    /** Each entry's tokens as exact numbers of {@link #vocabulary}: entry e's are {@code tokens[tokenStart[e], tokenStart[e + 1])}. */
    final int[] tokenStart;
    final int[] tokens;
    /** Each entry's date as epoch milliseconds (oldest for none). */
    final long[] createdMillis;
    final SourceGroups sourceGroups;
    /** Word keys numbered in the global order: fewest entries first, then by value (a key's number is its rank). */
    final KeyNumbers ranks;
    /** Each entry's word keys as ranks, ascending: entry e's are {@code wordRanks[wordStart[e], wordStart[e + 1])}. */
    final int[] wordStart;
    final int[] wordRanks;
    /** Each entry's total weight; entries are numbered by it, so this is sorted. */
    final int[] sortedWeights;

    /** @param origins the file name of each entry, in the same order (null: none known) */
    IndexBuilder(List<TmEntry> entries, List<String> origins) {
        List<TmEntry> given = List.copyOf(entries);
        int n = given.size();
        vocabulary = new Vocabulary();
        TokenSequence[] sequences = new TokenSequence[n];
        for (int i = 0; i < n; i++) sequences[i] = vocabulary.intern(SimilarityTokens.of(given.get(i).source()));
        // Entries are numbered by weight (then by their place), so each posting list is also sorted by weight and a
        // length filter is a binary search in it.
        long[] order = new long[n];
        for (int i = 0; i < n; i++) order[i] = ((long) sequences[i].totalWeight() << 32) | i;
        Arrays.sort(order);
        EntryStore.Builder columns = new EntryStore.Builder(n);
        tokenStart = new int[n + 1];
        int tokenCount = 0;
        for (TokenSequence sequence : sequences) tokenCount += sequence.length();
        tokens = new int[tokenCount];
        int[][] numberedWords = new int[n][];
        sortedWeights = new int[n];
        createdMillis = new long[n];
        Map<String, List<Integer>> sources = new HashMap<>();
        Map<String, Long> dates = new HashMap<>(); // most entries of a memory share a few dates
        KeyNumbers keys = new KeyNumbers();
        int[] holders = new int[1024]; // entries holding each key, by the key's number in keys
        for (int id = 0; id < n; id++) {
            int from = (int) order[id];
            TmEntry entry = given.get(from);
            columns.add(entry, origins == null ? null : origins.get(from));
            TokenSequence sequence = sequences[from];
            sequences[from] = null;
            System.arraycopy(sequence.exact(), 0, tokens, tokenStart[id], sequence.length());
            tokenStart[id + 1] = tokenStart[id] + sequence.length();
            sortedWeights[id] = sequence.totalWeight();
            createdMillis[id] = dates.computeIfAbsent(entry.created() == null ? "" : entry.created(), IndexBuilder::millis);
            sources.computeIfAbsent(columns.canonicalSource(id), k -> new ArrayList<>(1)).add(id);
            long[] words = FuzzySearch.wordKeys(sequence);
            int[] numbered = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                numbered[i] = keys.add(words[i]);
                if (numbered[i] == holders.length) holders = Arrays.copyOf(holders, holders.length * 2);
                holders[numbered[i]]++;
            }
            numberedWords[id] = numbered;
        }
        store = columns.build();
        sourceGroups = new SourceGroups(sources, n);
        // The global order: fewest holders first, then by key value; a key's rank is its place in it.
        int distinct = keys.size();
        long[][] byOrder = new long[distinct][];
        for (int k = 0; k < distinct; k++) byOrder[k] = new long[] {holders[k], keys.key(k), k};
        Arrays.sort(byOrder, (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int[] rankOf = new int[distinct];
        ranks = new KeyNumbers();
        for (int r = 0; r < distinct; r++) {
            rankOf[(int) byOrder[r][2]] = r;
            ranks.add(byOrder[r][1]); // numbered in order: the number is the rank
        }
        wordStart = new int[n + 1];
        for (int id = 0; id < n; id++) wordStart[id + 1] = wordStart[id] + numberedWords[id].length;
        wordRanks = new int[wordStart[n]];
        for (int id = 0; id < n; id++) {
            int[] numbered = numberedWords[id];
            for (int i = 0; i < numbered.length; i++) numbered[i] = rankOf[numbered[i]];
            Arrays.sort(numbered);
            System.arraycopy(numbered, 0, wordRanks, wordStart[id], numbered.length);
            numberedWords[id] = null;
        }
    }

    /** ISO date-time to epoch milliseconds; unknown or unreadable dates rank oldest. */
    private static long millis(String created) {
        if (created == null || created.isEmpty()) return Long.MIN_VALUE;
        try {
            return OffsetDateTime.parse(created).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(created).toEpochMilli();
            } catch (DateTimeParseException again) {
                return Long.MIN_VALUE;
            }
        }
    }
}
