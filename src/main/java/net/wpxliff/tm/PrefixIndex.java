package net.wpxliff.tm;

import java.util.Arrays;

/**
 * Postings of each entry's prefix for one minimum score: its rarest words, as many as leave too few for that score if
 * none of them is shared (see {@link FuzzySearch#search}); entries that need no word in common are listed apart
 * ({@code anyWords}). Indexed by rank. Apart from the matcher so that the index of the lower analysis minimum can be
 * built on demand from the same word ranks, and a cached index can hold the export one as three arrays.
 *
 * @param start    rank r's list is {@code ids[start[r], start[r + 1])}
 * @param ids      entry numbers, ascending within each rank's list
 * @param anyWords entries that need no word in common for the minimum, ascending
 */
record PrefixIndex(int[] start, int[] ids, int[] anyWords) {
    /** First and end position in {@link #ids} of a rank's list (empty for a rank no prefix holds). */
    int from(int rank) {
        return rank >= 0 && rank + 1 < start.length ? start[rank] : 0;
    }

    int to(int rank) {
        return rank >= 0 && rank + 1 < start.length ? start[rank + 1] : 0;
    }

    /**
     * The index of one minimum score over entries numbered by weight.
     *
     * @param rankCount      how many word ranks there are
     * @param sortedWeights  each entry's total weight
     * @param wordStart      entry e's word ranks are {@code wordRanks[wordStart[e], wordStart[e + 1])}, ascending
     */
    static PrefixIndex build(int minimum, int rankCount, int[] sortedWeights, int[] wordStart, int[] wordRanks) {
        int n = sortedWeights.length;
        int[] start = new int[rankCount + 1];
        int any = 0;
        for (int id = 0; id < n; id++) {
            int needed = wordsNeeded(sortedWeights[id], wordStart[id + 1] - wordStart[id], minimum);
            if (needed <= 0) {
                any++;
                continue;
            }
            for (int i = wordStart[id]; i < wordStart[id + 1] - needed + 1; i++) start[wordRanks[i] + 1]++;
        }
        for (int r = 0; r < rankCount; r++) start[r + 1] += start[r];
        int[] ids = new int[start[rankCount]];
        int[] filled = Arrays.copyOf(start, rankCount);
        int[] anyWords = new int[any];
        int anyFilled = 0;
        for (int id = 0; id < n; id++) {
            int needed = wordsNeeded(sortedWeights[id], wordStart[id + 1] - wordStart[id], minimum);
            if (needed <= 0) {
                anyWords[anyFilled++] = id;
                continue;
            }
            for (int i = wordStart[id]; i < wordStart[id + 1] - needed + 1; i++) ids[filled[wordRanks[i]]++] = id;
        }
        return new PrefixIndex(start, ids, anyWords);
    }

    /** Words a sentence must share with another for the minimum score: 4·c + (its non-word weight) ≥ minimum% of its weight. */
    private static int wordsNeeded(int totalWeight, int words, int minimum) {
        int nonWordWeight = totalWeight - SimilarityTokens.WORD * words;
        return FuzzySearch.ceilDiv(totalWeight * minimum - 100 * nonWordWeight, 100 * SimilarityTokens.WORD);
    }
}
