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
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            for (int r = 0; r < 3; r++) rows[r] = new int[Math.max(m + 1, rows[r].length * 2)];
        }
        int[] before = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        // With a limit, a cell whose two bounds (|prefix of a − prefix of b| by the same argument as for the rest)
        // exceed it lies on no alignment within the limit: only the band of cells within it is computed, the others
        // hold limit + 1 (never below their true value, so the cells in the band stay exact).
        boolean banded = limit != Integer.MAX_VALUE;
        int outside = banded ? limit + 1 : 0;
        int[] prefixB = banded ? prefixWeights(b, rows) : null;
        previous[0] = 0;
        for (int j = 1; j <= m; j++) previous[j] = previous[j - 1] + b.weight[j - 1];
        int restA = a.totalWeight;
        int totalB = b.totalWeight;
        boolean previousRowOver = rowBound(previous, m, restA, totalB, b) > limit;
        int prefixA = 0;
        int lo = 0;
        int hi = m;
        for (int i = 1; i <= n; i++) {
            int wa = a.weight[i - 1];
            prefixA += wa;
            restA -= wa;
            if (banded) {
                // The band moves right with i (both bounds' centres do): advance its ends.
                while (lo <= m && bandBound(prefixA, restA, prefixB[lo], totalB) > limit) lo++;
                if (lo > m) return limit + 1; // every alignment passes through this row
                if (hi < lo) hi = lo;
                while (hi < m && bandBound(prefixA, restA, prefixB[hi + 1], totalB) <= limit) hi++;
                java.util.Arrays.fill(current, 0, lo, outside);
                java.util.Arrays.fill(current, hi + 1, m + 1, outside);
            }
            int from = Math.max(lo, 1);
            if (lo == 0) current[0] = previous[0] + wa;
            for (int j = from; j <= hi; j++) {
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
            boolean rowOver = banded && rowBound(current, m, restA, totalB, b) > limit;
            if (rowOver && previousRowOver) return limit + 1;
            previousRowOver = rowOver;
            int[] oldest = before;
            before = previous;
            previous = current;
            current = oldest;
        }
        return previous[m];
    }

    /** Reused rows of the distance table (and b's prefix weights), per thread: lookups run on several threads. */
    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[][] {
            new int[64], new int[64], new int[64], new int[64]});

    private static int[] prefixWeights(TokenSequence b, int[][] rows) {
        if (rows[3].length < b.length() + 1) rows[3] = new int[Math.max(b.length() + 1, rows[3].length * 2)];
        int[] prefix = rows[3];
        prefix[0] = 0;
        for (int j = 1; j <= b.length(); j++) prefix[j] = prefix[j - 1] + b.weight[j - 1];
        return prefix;
    }

    /** The least cost of an alignment through the cell with these prefix weights: |prefixes' gap| + |rests' gap|. */
    private static int bandBound(int prefixA, int restA, int prefixB, int totalB) {
        return Math.abs(prefixA - prefixB) + Math.abs(restA - (totalB - prefixB));
    }

    /** The least distance any alignment through this row can reach: min over j of row[j] + |restA − rest of b after j|. */
    private static int rowBound(int[] row, int m, int restA, int totalB, TokenSequence b) {
        int restB = totalB;
        int bound = row[0] + Math.abs(restA - restB);
        for (int j = 1; j <= m; j++) {
            restB -= b.weight[j - 1];
            bound = Math.min(bound, row[j] + Math.abs(restA - restB));
        }
        return bound;
    }
}
