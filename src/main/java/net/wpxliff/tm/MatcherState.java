package net.wpxliff.tm;

/**
 * What a built {@link Matcher} consists of, for a cached index ({@link MemoryIndexFile}): the entries' columns, the
 * token vocabulary, and the index arrays. See the fields of {@link Matcher} for what each array holds.
 */
record MatcherState(EntryStore store, Vocabulary vocabulary, int[] tokenStart, int[] tokens, long[] createdMillis,
                    long[] sourceHashes, int[] sourceStart, int[] sourceMembers, long[] rankKeys, int[] wordStart,
                    int[] wordRanks, int[] sortedWeights, int[] fuzzyStart, int[] fuzzyPostings, int[] fuzzyAnyWords) {
}
