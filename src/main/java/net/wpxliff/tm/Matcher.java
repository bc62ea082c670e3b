package net.wpxliff.tm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A memory indexed for lookups, and the classification of a new sentence against it.
 *
 * <p>Identical sources meet in a map by {@link Similarity#canonical} key. Their ranking: the same post and unit
 * key first, then the same post, then more equal neighbours, then the newest ({@code created}), then the
 * translation's, the source's, the post id's and the unit key's text, then the memory's order: deterministic.
 * The first whose codes map ({@link CodeRenumbering}) pre-fills: CONTEXT when the post id (not empty) is equal and
 * both neighbour hashes are, or the unit key and one neighbour hash (see {@link #inContext}), else EXACT. Identical sources whose codes do not map are demoted to FUZZY with
 * score 99.
 *
 * <p>Otherwise the fuzzy search. A score s needs a common weight of at least s% of either sentence's weight
 * ({@link Similarity}: D ≥ max(W₁, W₂) − common weight), so with 4 per word it needs c words in common, c known
 * from each side's weights alone. Words are keyed by their lower-case form and occurrence ("the", "the#2") and
 * ordered globally, rarest first; two sentences with c words in common share one among the first (k − c + 1) words
 * of each. Each entry's prefix is indexed, once per minimum score (75 for export, 50 for the analysis), and a query
 * probes its own prefix there: common words are rarely walked. A length filter (|W₁ − W₂| ≤ (100 − s)% of the
 * larger; entries are numbered by weight, so it is a binary search in each list) and a count of words in common
 * drop most candidates before the exact score. Fuzzy matches are ranked by score, then as identical sources are.
 *
 * <p>Immutable once built; lookups may run on several threads.
 */
public final class Matcher {
    /** The lowest score offered as a fuzzy match. */
    public static final int FUZZY_MINIMUM = 75;
    /** The lowest score the analysis counts (band 50–74). */
    public static final int ANALYSIS_MINIMUM = 50;
    /** How many matches a result offers at most. */
    public static final int OFFERS = 3;

    private final List<TmEntry> entries;
    private final Vocabulary vocabulary = new Vocabulary();
    private final TokenSequence[] sequences;
    private final long[] createdMillis;
    private final Map<String, int[]> bySource = new HashMap<>();
    /** How many entries hold each word key: the global order of keys, rarest first, that prefixes follow. */
    private final Map<Long, Integer> frequency = new HashMap<>();
    /** One prefix index per minimum score a lookup uses. */
    private final Map<Integer, PrefixIndex> prefixes = new HashMap<>();
    /** Each entry's word keys (see {@link #wordKeys(TokenSequence)}), sorted. */
    private final long[][] wordKeys;
    /** Each entry's total weight; entries are numbered by it, so this is sorted. */
    private final int[] sortedWeights;

    /** Indexes every entry (the caller picks the language pair, see {@link #forLanguages}). */
    public Matcher(List<TmEntry> entries) {
        List<TmEntry> given = List.copyOf(entries);
        int n = given.size();
        TokenSequence[] tokens = new TokenSequence[n];
        for (int i = 0; i < n; i++) tokens[i] = vocabulary.intern(SimilarityTokens.of(given.get(i).source()));
        // Entries are numbered by weight, so each posting list is also sorted by weight and a length filter is a
        // binary search in it.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> tokens[i].totalWeight()).thenComparingInt(i -> i));
        List<TmEntry> sorted = new ArrayList<>(n);
        sequences = new TokenSequence[n];
        wordKeys = new long[n][];
        sortedWeights = new int[n];
        createdMillis = new long[n];
        Map<String, List<Integer>> sources = new HashMap<>();
        Map<Long, IntList> words = new HashMap<>();
        for (int id = 0; id < n; id++) {
            TmEntry entry = given.get(order[id]);
            sorted.add(entry);
            sequences[id] = tokens[order[id]];
            sortedWeights[id] = sequences[id].totalWeight();
            createdMillis[id] = millis(entry.created());
            sources.computeIfAbsent(Similarity.canonical(entry.source()), k -> new ArrayList<>(1)).add(id);
            wordKeys[id] = wordKeys(sequences[id]);
            for (long key : wordKeys[id]) words.computeIfAbsent(key, k -> new IntList()).add(id);
            Arrays.sort(wordKeys[id]);
        }
        this.entries = List.copyOf(sorted);
        sources.forEach((key, list) -> bySource.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        words.forEach((key, list) -> frequency.put(key, list.size));
        for (int minimum : new int[] {FUZZY_MINIMUM, ANALYSIS_MINIMUM}) prefixes.put(minimum, prefixIndex(minimum));
    }

    /**
     * Postings of each entry's prefix for one minimum score: its rarest words, as many as leave too few for that
     * score if none of them is shared (see {@link #search}); entries that need no word in common are listed apart.
     */
    private record PrefixIndex(Map<Long, int[]> postings, int[] anyWords) {
    }

    private PrefixIndex prefixIndex(int minimum) {
        Map<Long, IntList> lists = new HashMap<>();
        IntList anyWords = new IntList();
        for (int id = 0; id < entries.size(); id++) {
            long[] keys = rarestFirst(wordKeys[id]);
            int needed = wordsNeeded(sequences[id], keys.length, minimum);
            if (needed <= 0) anyWords.add(id);
            for (int i = 0; i < keys.length - needed + 1 && needed > 0; i++) {
                lists.computeIfAbsent(keys[i], k -> new IntList()).add(id);
            }
        }
        Map<Long, int[]> postings = new HashMap<>();
        lists.forEach((key, list) -> postings.put(key, list.toArray()));
        return new PrefixIndex(postings, anyWords.toArray());
    }

    /** Words a sentence must share with another for the minimum score: 4·c + (its non-word weight) ≥ minimum% of its weight. */
    private static int wordsNeeded(TokenSequence sentence, int words, int minimum) {
        int nonWordWeight = sentence.totalWeight() - SimilarityTokens.WORD * words;
        return ceilDiv(sentence.totalWeight() * minimum - 100 * nonWordWeight, 100 * SimilarityTokens.WORD);
    }

    /** Keys in the global order: fewest entries first, then by value (keys no entry holds come first). */
    private long[] rarestFirst(long[] keys) {
        Long[] boxed = new Long[keys.length];
        for (int i = 0; i < keys.length; i++) boxed[i] = keys[i];
        Arrays.sort(boxed, Comparator.<Long>comparingInt(k -> frequency.getOrDefault(k, 0)).thenComparingLong(k -> k));
        long[] sorted = new long[keys.length];
        for (int i = 0; i < keys.length; i++) sorted[i] = boxed[i];
        return sorted;
    }

    /**
     * A matcher over the entries of one language pair: languages compare by their primary subtag, ignoring case
     * ({@code en-US} matches {@code en}).
     */
    public static Matcher forLanguages(List<TmEntry> entries, String sourceLanguage, String targetLanguage) {
        return new Matcher(entries.stream()
                .filter(e -> sameLanguage(e.sourceLanguage(), sourceLanguage)
                        && sameLanguage(e.targetLanguage(), targetLanguage))
                .toList());
    }

    public int size() {
        return entries.size();
    }

    /**
     * Classifies a new sentence for export: the pre-filling match if any, and the offers (fuzzy matches of at least
     * {@link #FUZZY_MINIMUM}); bestScore is 0 below that.
     */
    public MatchResult match(MatchQuery query) {
        return match(query, FUZZY_MINIMUM);
    }

    /**
     * Classifies a new sentence for the analysis: as {@link #match(MatchQuery)}, but bestScore goes down to
     * {@link #ANALYSIS_MINIMUM} (band 50–74); slower, since a lower score leaves more candidates to score.
     */
    public MatchResult analyze(MatchQuery query) {
        return match(query, ANALYSIS_MINIMUM);
    }

    private MatchResult match(MatchQuery query, int minimum) {
        String canonical = Similarity.canonical(query.source());
        List<Match> exact = exactMatches(query, canonical);
        if (!exact.isEmpty() && exact.get(0).prefills()) {
            return new MatchResult(exact.get(0).kind(), 100, distinct(exact));
        }
        List<Scored> fuzzy = search(query.source(), canonical, minimum);
        List<Match> offers = new ArrayList<>(exact);
        int best = exact.isEmpty() ? 0 : 99;
        List<Scored> ranked = new ArrayList<>(fuzzy);
        ranked.sort(Comparator.comparingInt(Scored::score).reversed().thenComparing(Scored::entry, closeness(query)));
        for (Scored scored : ranked) {
            best = Math.max(best, scored.score());
            if (scored.score() < FUZZY_MINIMUM) break;
            if (offers.size() >= OFFERS * 4) break; // enough to fill the offers after removing duplicates
            TmEntry entry = entries.get(scored.entry());
            CodeRenumbering.Result codes = CodeRenumbering.renumber(entry.source(), entry.target(), query.source());
            offers.add(new Match(MatchKind.FUZZY, scored.score(), entry, codes.target(), codes.problem()));
        }
        if (offers.isEmpty()) return MatchResult.none(best);
        return new MatchResult(MatchKind.FUZZY, best, distinct(offers));
    }

    /** Identical sources, best first; each either pre-fills (codes mapped) or is demoted to FUZZY 99. */
    private List<Match> exactMatches(MatchQuery query, String canonical) {
        int[] ids = bySource.getOrDefault(canonical, new int[0]);
        if (ids.length == 0) return List.of();
        List<Integer> ranked = new ArrayList<>(ids.length);
        for (int id : ids) ranked.add(id);
        ranked.sort(closeness(query));
        List<Match> matches = new ArrayList<>();
        List<Match> demoted = new ArrayList<>();
        for (int id : ranked) {
            if (matches.size() >= OFFERS * 4) break;
            TmEntry entry = entries.get(id);
            CodeRenumbering.Result codes = CodeRenumbering.renumber(entry.source(), entry.target(), query.source());
            if (codes.mapped()) {
                MatchKind kind = inContext(entry, query) ? MatchKind.CONTEXT : MatchKind.EXACT;
                matches.add(new Match(kind, 100, entry, codes.target(), ""));
            } else if (demoted.size() < OFFERS) {
                demoted.add(new Match(MatchKind.FUZZY, 99, entry, codes.target(), codes.problem()));
            }
        }
        matches.addAll(demoted);
        return matches;
    }

    /** At most {@link #OFFERS} matches, one per distinct source and translation, in the given order. */
    private static List<Match> distinct(List<Match> matches) {
        Set<String> seen = new HashSet<>();
        List<Match> kept = new ArrayList<>();
        for (Match match : matches) {
            String key = Similarity.canonical(match.entry().source()) + "\u0000" + Similarity.canonical(match.entry().target());
            if (seen.add(key)) kept.add(match);
            if (kept.size() == OFFERS) break;
        }
        return kept;
    }

    /** An entry and its score. */
    public record Scored(int entry, int score) {
    }

    /**
     * Entries (by number) whose source scores at least {@code minimum} against a sentence that is not identical to
     * theirs (identical ones are the exact map's), in no particular order.
     */
    List<Scored> search(TmText source, String canonical, int minimum) {
        TokenSequence query = vocabulary.lookup(SimilarityTokens.of(source));
        int queryWeight = query.totalWeight();
        if (queryWeight == 0) return List.of();
        int nonWordWeight = 0;
        for (int w : query.weight()) if (w != SimilarityTokens.WORD) nonWordWeight += w;
        // Words needed in common: 4·c + (non-word weight) ≥ minimum% of the query's weight.
        int needed = ceilDiv(queryWeight * minimum - 100 * nonWordWeight, 100 * SimilarityTokens.WORD);
        List<Scored> found = new ArrayList<>();
        // Length filter: |W₁ − W₂| ≤ (100 − minimum)% of the larger, as a range of entry numbers.
        int from = lowerBound(ceilDiv(queryWeight * minimum, 100));
        int to = lowerBound(100 * queryWeight / minimum + 1);
        if (needed <= 0) {
            for (int id = from; id < to; id++) consider(id, query, null, canonical, minimum, found);
            return found;
        }
        long[] keys = rarestFirst(wordKeys(query));
        if (needed > keys.length) return List.of();
        // Two sentences with c ≥ needed words in common share one among the first (k − needed + 1) of each, in the
        // same global order: probe the query's prefix in the index of the entries' prefixes.
        PrefixIndex index = prefixes.get(minimum);
        BitSet candidates = new BitSet(entries.size());
        for (int i = 0; i < keys.length - needed + 1; i++) {
            int[] list = index.postings().getOrDefault(keys[i], new int[0]);
            for (int at = firstAtLeast(list, from); at < list.length && list[at] < to; at++) {
                candidates.set(list[at]);
            }
        }
        int[] anyWords = index.anyWords();
        for (int at = firstAtLeast(anyWords, from); at < anyWords.length && anyWords[at] < to; at++) {
            candidates.set(anyWords[at]);
        }
        Arrays.sort(keys);
        for (int id = candidates.nextSetBit(0); id >= 0; id = candidates.nextSetBit(id + 1)) {
            consider(id, query, keys, canonical, minimum, found);
        }
        return found;
    }

    private void consider(int id, TokenSequence query, long[] queryKeys, String canonical, int minimum,
                          List<Scored> found) {
        TokenSequence candidate = sequences[id];
        int max = Math.max(candidate.totalWeight(), query.totalWeight());
        if (100 * Math.abs(candidate.totalWeight() - query.totalWeight()) > (100 - minimum) * max) return;
        if (queryKeys != null) {
            // The common weight must reach minimum% of the larger sentence: words in common (4 each) plus at most
            // the smaller non-word weight.
            int common = commonCount(queryKeys, wordKeys[id]);
            int queryNonWords = query.totalWeight() - SimilarityTokens.WORD * queryKeys.length;
            int candidateNonWords = candidate.totalWeight() - SimilarityTokens.WORD * wordKeys[id].length;
            if (100 * (SimilarityTokens.WORD * common + Math.min(queryNonWords, candidateNonWords)) < minimum * max) return;
        }
        int score = Similarity.fuzzyScore(query, candidate);
        if (score < minimum) return;
        if (score == 99 && canonical.equals(Similarity.canonical(entries.get(id).source()))) return;
        found.add(new Scored(id, score));
    }

    private static int commonCount(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** Each word token's lower-case number with its occurrence (1st, 2nd…): a multiset as a set. */
    private static long[] wordKeys(TokenSequence sequence) {
        Map<Integer, Integer> occurrences = new HashMap<>();
        long[] keys = new long[sequence.length()];
        int count = 0;
        for (int i = 0; i < sequence.length(); i++) {
            if (sequence.weight()[i] != SimilarityTokens.WORD) continue;
            int lower = sequence.lower()[i];
            int occurrence = occurrences.merge(lower, 1, Integer::sum);
            keys[count++] = ((long) lower << 20) | occurrence;
        }
        return Arrays.copyOf(keys, count);
    }

    /** Ranks entries for one query (see the class comment). */
    private Comparator<Integer> closeness(MatchQuery query) {
        return Comparator.<Integer>comparingInt(id -> samePostAndKey(entries.get(id), query) ? 0 : 1)
                .thenComparingInt(id -> samePost(entries.get(id), query) ? 0 : 1)
                .thenComparingInt(id -> -neighbours(entries.get(id), query))
                .thenComparingLong(id -> -createdMillis[id])
                .thenComparing(id -> Similarity.canonical(entries.get(id).target()))
                .thenComparing(id -> Similarity.canonical(entries.get(id).source()))
                .thenComparing(id -> String.valueOf(entries.get(id).postId()))
                .thenComparing(id -> String.valueOf(entries.get(id).unitKey()))
                .thenComparingInt(id -> id);
    }

    private static boolean samePost(TmEntry entry, MatchQuery query) {
        return !query.postId().isEmpty() && query.postId().equals(entry.postId());
    }

    private static boolean samePostAndKey(TmEntry entry, MatchQuery query) {
        return samePost(entry, query) && query.unitKey().equals(entry.unitKey());
    }

    private static int neighbours(TmEntry entry, MatchQuery query) {
        return (query.previousHash().equals(nullToEmpty(entry.previousHash())) ? 1 : 0)
                + (query.nextHash().equals(nullToEmpty(entry.nextHash())) ? 1 : 0);
    }

    /**
     * Same post, and the same surroundings: both neighbouring sentences in the unit, or the same unit key and one of
     * them. So context survives what shifts element-path keys (a paragraph inserted, deleted or moved before it) and
     * a neighbour edited on one side; the unit key alone is not enough, as keys of rendered HTML are positions.
     */
    private static boolean inContext(TmEntry entry, MatchQuery query) {
        int neighbours = neighbours(entry, query);
        return samePost(entry, query) && (neighbours == 2 || neighbours == 1 && query.unitKey().equals(entry.unitKey()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static boolean sameLanguage(String a, String b) {
        return a != null && b != null && primary(a).equals(primary(b));
    }

    private static String primary(String language) {
        int dash = language.indexOf('-') >= 0 ? language.indexOf('-') : language.indexOf('_');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
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

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }

    /** First entry number whose weight is at least w. */
    private int lowerBound(int w) {
        return firstAtLeast(sortedWeights, w);
    }

    /** First position in an ascending list holding a value of at least v. */
    private static int firstAtLeast(int[] list, int v) {
        int lo = 0;
        int hi = list.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** A growing list of ints (posting lists while indexing). */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
