package net.wpxliff.tm;

/**
 * A sentence's tokens as numbers of a {@link Vocabulary}: exact form, lower-case form and weight per token,
 * so the edit distance compares integers. A token the vocabulary does not know has negative numbers, which
 * equal nothing in the memory.
 */
record TokenSequence(int[] exact, int[] lower, int[] weight, int totalWeight) {

    int length() {
        return exact.length;
    }

    /**
     * The weighted edit distance of {@link Similarity}: inserting or deleting a token costs its weight,
     * replacing one by a different token the larger weight, by the same word in another case
     * {@link SimilarityTokens#CASE_ONLY}, and swapping two neighbouring tokens the larger of their weights.
     */
    static int distance(TokenSequence a, TokenSequence b) {
        return distance(a, b, Integer.MAX_VALUE);
    }

    /**
     * The same distance when it is at most {@code limit}; otherwise some number above {@code limit}. Each edit
     * changes the difference of the two sides' weights by at most its cost (a case-only replacement joins tokens of
     * one weight: callers check {@link Vocabulary#weightsFollowCase}), so from cell (i, j) the rest costs at least
     * |rest of a − rest of b|. Every alignment passes through row i or row i − 1 (a swap spans two rows): when both
     * rows' cheapest cell plus that bound exceed the limit, so does the distance.
     */
    static int distance(TokenSequence a, TokenSequence b, int limit) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 1; j <= m; j++) previous[j] = previous[j - 1] + b.weight[j - 1];
        int restA = a.totalWeight;
        int totalB = b.totalWeight;
        boolean previousRowOver = rowBound(previous, restA, totalB, b) > limit;
        for (int i = 1; i <= n; i++) {
            int wa = a.weight[i - 1];
            current[0] = previous[0] + wa;
            for (int j = 1; j <= m; j++) {
                int wb = b.weight[j - 1];
                int replace;
                if (a.exact[i - 1] == b.exact[j - 1]) replace = 0;
                else if (a.lower[i - 1] == b.lower[j - 1]) replace = SimilarityTokens.CASE_ONLY;
                else replace = Math.max(wa, wb);
                int best = Math.min(previous[j - 1] + replace, Math.min(previous[j] + wa, current[j - 1] + wb));
                if (i > 1 && j > 1 && a.exact[i - 1] == b.exact[j - 2] && a.exact[i - 2] == b.exact[j - 1]
                        && a.exact[i - 1] != a.exact[i - 2]) {
                    best = Math.min(best, before[j - 2] + Math.max(wa, a.weight[i - 2]));
                }
                current[j] = best;
            }
            restA -= wa;
            boolean rowOver = limit != Integer.MAX_VALUE && rowBound(current, restA, totalB, b) > limit;
            if (rowOver && previousRowOver) return limit + 1;
            previousRowOver = rowOver;
            int[] oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        return previous[m];
    }

    /** The least distance any alignment through this row can reach: min over j of row[j] + |restA − rest of b after j|. */
    private static int rowBound(int[] row, int restA, int totalB, TokenSequence b) {
        int restB = totalB;
        int bound = row[0] + Math.abs(restA - restB);
        for (int j = 1; j < row.length; j++) {
            restB -= b.weight[j - 1];
            bound = Math.min(bound, row[j] + Math.abs(restA - restB));
        }
        return bound;
    }
}
