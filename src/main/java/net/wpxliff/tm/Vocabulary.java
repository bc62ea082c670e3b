package net.wpxliff.tm;

import java.util.List;

/**
 * Numbers for token texts (exact and lower-case), so a memory's sentences are stored as small int arrays and
 * compared as integers. Filled while a memory is indexed; read-only (and so safe to share between threads)
 * once lookups start.
 */
final class Vocabulary {
    private final StringNumbers exactIds;
    private final StringNumbers lowerIds;
    private int[] lowerOfExact = new int[1024];
    private int[] weightOfExact = new int[1024];
    /** The weight of the first token seen with each lower-case form. */
    private int[] weightOfLower = new int[1024];
    /** False once two tokens with one lower-case form had different weights (never seen in practice). */
    private boolean lowerKeepsWeight = true;

    Vocabulary() {
        exactIds = new StringNumbers();
        lowerIds = new StringNumbers();
    }

    /**
     * A vocabulary as {@link #exactTexts()} and the other accessors below gave it (a cached index), the token texts
     * read back with {@link StringNumbers#of} (which refuses a repeated token).
     */
    Vocabulary(StringNumbers exactTexts, int[] lowerOfExact, int[] weightOfExact, StringNumbers lowerTexts,
               int[] weightOfLower, boolean lowerKeepsWeight) {
        exactIds = exactTexts;
        lowerIds = lowerTexts;
        this.lowerOfExact = lowerOfExact;
        this.weightOfExact = weightOfExact;
        this.weightOfLower = weightOfLower;
        this.lowerKeepsWeight = lowerKeepsWeight;
    }

    int exactSize() {
        return exactIds.size();
    }

    int lowerSize() {
        return lowerIds.size();
    }

    /** The exact token texts by number. */
    StringNumbers exactTexts() {
        return exactIds;
    }

    /** The lower-case token texts by number. */
    StringNumbers lowerTexts() {
        return lowerIds;
    }

    int[] lowerOfExact() {
        return java.util.Arrays.copyOf(lowerOfExact, exactIds.size());
    }

    int[] weightOfExact() {
        return java.util.Arrays.copyOf(weightOfExact, exactIds.size());
    }

    int[] weightOfLower() {
        return java.util.Arrays.copyOf(weightOfLower, lowerIds.size());
    }

    boolean lowerKeepsWeight() {
        return lowerKeepsWeight;
    }

    /** The total weight of stored exact tokens (no lower-case lookups). */
    int weightOf(int[] exact, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) total += weightOfExact[exact[i]];
        return total;
    }

    /** A sentence's tokens, adding the new ones. */
    TokenSequence intern(List<SimilarityTokens.Token> tokens) {
        int[] exact = new int[tokens.size()];
        for (int i = 0; i < exact.length; i++) {
            SimilarityTokens.Token token = tokens.get(i);
            int known = exactIds.size();
            int id = exactIds.add(token.text());
            if (id == known) { // a new token
                if (id == lowerOfExact.length) {
                    lowerOfExact = java.util.Arrays.copyOf(lowerOfExact, id * 2);
                    weightOfExact = java.util.Arrays.copyOf(weightOfExact, id * 2);
                }
                int lower = lowerIds.add(token.lower());
                if (lower == weightOfLower.length) weightOfLower = java.util.Arrays.copyOf(weightOfLower, lower * 2);
                if (lower == lowerIds.size() - 1 && weightOfLower[lower] == 0) weightOfLower[lower] = token.weight();
                else if (weightOfLower[lower] != token.weight()) lowerKeepsWeight = false;
                lowerOfExact[id] = lower;
                weightOfExact[id] = token.weight();
            }
            exact[i] = id;
        }
        return sequence(exact);
    }

    /** A sentence's tokens without adding any: unknown tokens get negative numbers. */
    TokenSequence lookup(List<SimilarityTokens.Token> tokens) {
        int n = tokens.size();
        int[] exact = new int[n];
        int[] lower = new int[n];
        int[] weight = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            SimilarityTokens.Token token = tokens.get(i);
            exact[i] = exactIds.get(token.text());
            lower[i] = exact[i] >= 0 ? lowerOfExact[exact[i]] : lowerIds.get(token.lower());
            weight[i] = token.weight();
            total += weight[i];
        }
        return new TokenSequence(exact, lower, weight, total);
    }

    /**
     * True when every token of the sentence that shares a lower-case form with a stored token also has its weight
     * (and so do the stored tokens among themselves): then a case-only replacement never changes the weights' balance,
     * which {@link TokenSequence#distance(TokenSequence, TokenSequence, int)} needs to stop early.
     */
    boolean weightsFollowCase(TokenSequence sentence) {
        if (!lowerKeepsWeight) return false;
        for (int i = 0; i < sentence.length(); i++) {
            int lower = sentence.lower()[i];
            if (lower >= 0 && weightOfLower[lower] != sentence.weight()[i]) return false;
        }
        return true;
    }

    /** The full sequence of stored exact numbers (lower-case forms and weights looked up). */
    TokenSequence sequence(int[] exact) {
        int[] lower = new int[exact.length];
        int[] weight = new int[exact.length];
        int total = 0;
        for (int i = 0; i < exact.length; i++) {
            lower[i] = lowerOfExact[exact[i]];
            weight[i] = weightOfExact[exact[i]];
            total += weight[i];
        }
        return new TokenSequence(exact, lower, weight, total);
    }
}
