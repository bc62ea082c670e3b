package net.wpxliff.tm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for token texts (exact and lower-case), so a memory's sentences are stored as small int arrays and
 * compared as integers. Filled while a memory is indexed; read-only (and so safe to share between threads)
 * once lookups start.
 */
final class Vocabulary {
    private final Map<String, Integer> exactIds;
    private final Map<String, Integer> lowerIds;
    private int[] lowerOfExact = new int[1024];
    private int[] weightOfExact = new int[1024];
    /** The weight of the first token seen with each lower-case form. */
    private int[] weightOfLower = new int[1024];
    /** False once two tokens with one lower-case form had different weights (never seen in practice). */
    private boolean lowerKeepsWeight = true;

    Vocabulary() {
        exactIds = new HashMap<>();
        lowerIds = new HashMap<>();
    }

    /** A vocabulary as {@link #exactTexts()} and the other accessors below gave it (a cached index). */
    Vocabulary(String[] exactTexts, int[] lowerOfExact, int[] weightOfExact, String[] lowerTexts, int[] weightOfLower,
               boolean lowerKeepsWeight) {
        exactIds = new HashMap<>(exactTexts.length * 4 / 3 + 1);
        lowerIds = new HashMap<>(lowerTexts.length * 4 / 3 + 1);
        for (int i = 0; i < exactTexts.length; i++) exactIds.put(exactTexts[i], i);
        for (int i = 0; i < lowerTexts.length; i++) lowerIds.put(lowerTexts[i], i);
        if (exactIds.size() != exactTexts.length || lowerIds.size() != lowerTexts.length) {
            throw new IllegalArgumentException("a cached vocabulary with a repeated token");
        }
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
    String[] exactTexts() {
        return texts(exactIds);
    }

    /** The lower-case token texts by number. */
    String[] lowerTexts() {
        return texts(lowerIds);
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

    private static String[] texts(Map<String, Integer> ids) {
        String[] texts = new String[ids.size()];
        ids.forEach((text, id) -> texts[id] = text);
        return texts;
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
            Integer id = exactIds.get(token.text());
            if (id == null) {
                id = exactIds.size();
                exactIds.put(token.text(), id);
                if (id == lowerOfExact.length) {
                    lowerOfExact = java.util.Arrays.copyOf(lowerOfExact, id * 2);
                    weightOfExact = java.util.Arrays.copyOf(weightOfExact, id * 2);
                }
                int lower = lowerIds.computeIfAbsent(token.lower(), k -> lowerIds.size());
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
            exact[i] = exactIds.getOrDefault(token.text(), -1);
            lower[i] = exact[i] >= 0 ? lowerOfExact[exact[i]] : lowerIds.getOrDefault(token.lower(), -1);
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
