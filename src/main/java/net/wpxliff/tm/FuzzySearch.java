package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fuzzy search: entries whose source scores at least a minimum against a sentence, through the prefix indexes of
 * the entries' rarest words (see {@link Matcher} for the method). Apart from the identical-source lookup and the
 * ranking because it is the hot path of a lookup and owns the token and word arrays only it reads.
 */
final class FuzzySearch {
    private final Vocabulary vocabulary;
    /** Each entry's tokens as exact numbers of {@link #vocabulary}: entry e's are {@code tokens[tokenStart[e], tokenStart[e + 1])}. */
    private final int[] tokenStart;
    private final int[] tokens;
    /**
     * Word keys (see {@link #wordKeys(TokenSequence)}) numbered in the global order prefixes follow: fewest entries
     * first, then by value. A key's number is its rank: sorting numbers sorts rarest first.
     */
    private final KeyNumbers ranks;
    /** Each entry's word keys as ranks, ascending (rarest first): entry e's are {@code wordRanks[wordStart[e], wordStart[e + 1])}. */
    private final int[] wordStart;
    private final int[] wordRanks;
    /** Each entry's total weight; entries are numbered by it, so this is sorted. */
    private final int[] sortedWeights;
    /** The prefix index of {@link Matcher#FUZZY_MINIMUM} (built with the matcher: export needs it). */
    private final PrefixIndex fuzzyIndex;
    /** The prefix index of {@link Matcher#ANALYSIS_MINIMUM}, built on the first analysis lookup (export never needs it). */
    private volatile PrefixIndex analysisIndex;
    private final EntryCache cache;

    /** @param fuzzyIndex the index of {@link Matcher#FUZZY_MINIMUM}; null to build it here */
    FuzzySearch(Vocabulary vocabulary, int[] tokenStart, int[] tokens, KeyNumbers ranks, int[] wordStart, int[] wordRanks,
                int[] sortedWeights, PrefixIndex fuzzyIndex, EntryCache cache) {
        this.vocabulary = vocabulary;
        this.tokenStart = tokenStart;
        this.tokens = tokens;
        this.ranks = ranks;
        this.wordStart = wordStart;
        this.wordRanks = wordRanks;
        this.sortedWeights = sortedWeights;
        this.cache = cache;
        this.fuzzyIndex = fuzzyIndex != null ? fuzzyIndex
                : PrefixIndex.build(Matcher.FUZZY_MINIMUM, ranks.size(), sortedWeights, wordStart, wordRanks);
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    int[] tokenStart() {
        return tokenStart;
    }

    int[] tokens() {
        return tokens;
    }

    /** Each rank's word key, in rank order (for a cached index). */
    long[] rankKeys() {
        return ranks.keys();
    }

    int[] wordStart() {
        return wordStart;
    }

    int[] wordRanks() {
        return wordRanks;
    }

    int[] sortedWeights() {
        return sortedWeights;
    }

    PrefixIndex fuzzyIndex() {
        return fuzzyIndex;
    }

    /** Entry e's tokens as a sequence (made for an entry whose score must be computed). */
    private TokenSequence sequence(int id) {
        return vocabulary.sequence(Arrays.copyOfRange(tokens, tokenStart[id], tokenStart[id + 1]));
    }

    private int wordCount(int id) {
        return wordStart[id + 1] - wordStart[id];
    }

    private PrefixIndex index(int minimum) {
        if (minimum == Matcher.FUZZY_MINIMUM) return fuzzyIndex;
        if (minimum != Matcher.ANALYSIS_MINIMUM) throw new IllegalArgumentException("no index for minimum " + minimum);
        PrefixIndex index = analysisIndex;
        if (index == null) {
            synchronized (this) {
                if (analysisIndex == null) {
                    analysisIndex = PrefixIndex.build(Matcher.ANALYSIS_MINIMUM, ranks.size(), sortedWeights, wordStart, wordRanks);
                }
                index = analysisIndex;
            }
        }
        return index;
    }

    /**
     * A query's word keys as ranks, ascending: rarest first, in the same global order as the entries' (keys no entry
     * holds first, by value, with negative numbers that equal no entry's).
     */
    private int[] queryRanks(long[] keys) {
        int[] numbered = new int[keys.length];
        long[] unknown = new long[keys.length];
        int unknowns = 0;
        for (int i = 0; i < keys.length; i++) {
            numbered[i] = ranks.get(keys[i]);
            if (numbered[i] < 0) unknown[unknowns++] = keys[i];
        }
        Arrays.sort(unknown, 0, unknowns);
        for (int i = 0; i < keys.length; i++) {
            if (numbered[i] < 0) numbered[i] = Arrays.binarySearch(unknown, 0, unknowns, keys[i]) - unknowns;
        }
        Arrays.sort(numbered);
        return numbered;
    }

    /**
     * Entries (by number) whose source scores at least {@code minimum} against a sentence that is not identical to
     * theirs (identical ones are the exact map's), in no particular order.
     */
    List<Matcher.Scored> search(TmText source, String canonical, int minimum) {
        TokenSequence query = vocabulary.lookup(SimilarityTokens.of(source));
        int queryWeight = query.totalWeight();
        if (queryWeight == 0) return List.of();
        int nonWordWeight = 0;
        for (int w : query.weight()) if (w != SimilarityTokens.WORD) nonWordWeight += w;
        // Words needed in common: 4·c + (non-word weight) ≥ minimum% of the query's weight.
        int needed = ceilDiv(queryWeight * minimum - 100 * nonWordWeight, 100 * SimilarityTokens.WORD);
        List<Matcher.Scored> found = new ArrayList<>();
        boolean bounded = vocabulary.weightsFollowCase(query);
        // Length filter: |W₁ − W₂| ≤ (100 − minimum)% of the larger, as a range of entry numbers.
        int from = lowerBound(ceilDiv(queryWeight * minimum, 100));
        int to = lowerBound(100 * queryWeight / minimum + 1);
        int[] keys = queryRanks(wordKeys(query));
        if (needed > keys.length) return List.of();
        // A query that needs no word in common (mostly codes and punctuation) still finds, through the index, every
        // entry it can match: one that needs no word either is listed apart (anyWords), one that needs some shares a
        // word of its own prefix, and so one of the query's words (all of them are probed).
        int probed = keys.length - Math.max(needed, 1) + 1;
        // Two sentences with c ≥ needed words in common share one among the first (k − needed + 1) of each, in the
        // same global order: probe the query's prefix in the index of the entries' prefixes.
        PrefixIndex index = index(minimum);
        // The candidates as bits of this thread's set (all clear between lookups), taken once each in ascending order;
        // they all lie in [from, to), the only range cleared afterwards.
        BitSet candidates = candidateSets.get();
        try {
            int[] ids = index.ids();
            for (int i = 0; i < probed; i++) {
                int end = index.to(keys[i]);
                for (int at = firstAtLeast(ids, index.from(keys[i]), end, from); at < end && ids[at] < to; at++) {
                    candidates.set(ids[at]);
                }
            }
            int[] anyWords = index.anyWords();
            for (int at = firstAtLeast(anyWords, 0, anyWords.length, from); at < anyWords.length && anyWords[at] < to; at++) {
                candidates.set(anyWords[at]);
            }
            for (int id = candidates.nextSetBit(from); id >= 0 && id < to; id = candidates.nextSetBit(id + 1)) {
                consider(id, query, keys, canonical, minimum, bounded, found);
            }
        } finally {
            if (from < to) candidates.clear(from, to);
        }
        return found;
    }

    /** Each lookup thread's candidate set (see {@link #search}), made once per thread instead of once per lookup. */
    private final ThreadLocal<BitSet> candidateSets = new ThreadLocal<>() {
        @Override
        protected BitSet initialValue() {
            return new BitSet(sortedWeights.length);
        }
    };

    /** @param bounded whether the edit distance may stop early (see {@link TokenSequence#distance(TokenSequence, TokenSequence, int)}) */
    private void consider(int id, TokenSequence query, int[] queryKeys, String canonical, int minimum, boolean bounded,
                          List<Matcher.Scored> found) {
        int candidateWeight = sortedWeights[id];
        int max = Math.max(candidateWeight, query.totalWeight());
        if (100 * Math.abs(candidateWeight - query.totalWeight()) > (100 - minimum) * max) return;
        if (queryKeys != null) {
            // The common weight must reach minimum% of the larger sentence: words in common (4 each) plus at most
            // the smaller non-word weight.
            int queryNonWords = query.totalWeight() - SimilarityTokens.WORD * queryKeys.length;
            int candidateNonWords = candidateWeight - SimilarityTokens.WORD * wordCount(id);
            // 100·(4·common + non-words) ≥ minimum·max, as the number of words needed in common
            int nonWords = Math.min(queryNonWords, candidateNonWords);
            int required = ceilDiv(minimum * max - 100 * nonWords, 100 * SimilarityTokens.WORD);
            if (!shareAtLeast(queryKeys, wordRanks, wordStart[id], wordStart[id + 1], required)) return;
        }
        TokenSequence candidate = sequence(id);
        int score;
        if (bounded && max > 0) {
            // score ≥ minimum exactly when D ≤ max − ⌈minimum·max / 100⌉: beyond that the distance need not be exact.
            int limit = max - ceilDiv(minimum * max, 100);
            int distance = TokenSequence.distance(query, candidate, limit);
            if (distance > limit) return;
            score = Similarity.fromDistance(distance, max);
        } else {
            score = Similarity.fuzzyScore(query, candidate);
        }
        if (score < minimum) return;
        if (score == 99 && canonical.equals(cache.canonicalSource(id))) return;
        found.add(new Matcher.Scored(id, score));
    }

    /**
     * Whether the sorted {@code a} and {@code b[from, to)} have at least {@code required} values in common; stops as
     * soon as the answer is known (most candidates fail early: too few values are left to reach it).
     */
    static boolean shareAtLeast(int[] a, int[] b, int from, int to, int required) {
        if (required <= 0) return true;
        int i = 0;
        int j = from;
        int common = 0;
        while (i < a.length && j < to) {
            if (common + Math.min(a.length - i, to - j) < required) return false;
            if (a[i] == b[j]) {
                if (++common >= required) return true;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** Each word token's lower-case number with its occurrence (1st, 2nd…): a multiset as a set. */
    static long[] wordKeys(TokenSequence sequence) {
        long[] keys = new long[sequence.length()];
        int count = 0;
        // Short sentences count earlier occurrences by a scan; long ones in a map.
        Map<Integer, Integer> occurrences = sequence.length() > 64 ? new HashMap<>() : null;
        for (int i = 0; i < sequence.length(); i++) {
            if (sequence.weight()[i] != SimilarityTokens.WORD) continue;
            int lower = sequence.lower()[i];
            int occurrence = 1;
            if (occurrences != null) {
                occurrence = occurrences.merge(lower, 1, Integer::sum);
            } else {
                for (int j = 0; j < i; j++) {
                    if (sequence.lower()[j] == lower && sequence.weight()[j] == SimilarityTokens.WORD) occurrence++;
                }
            }
            keys[count++] = ((long) lower << 20) | occurrence;
        }
        return Arrays.copyOf(keys, count);
    }

    static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }

    /** First entry number whose weight is at least w. */
    private int lowerBound(int w) {
        return firstAtLeast(sortedWeights, 0, sortedWeights.length, w);
    }

    /** First position in {@code [from, to)} of an ascending list holding a value of at least v ({@code to} if none). */
    private static int firstAtLeast(int[] list, int from, int to, int v) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
