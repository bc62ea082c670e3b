package net.wpxliff.tm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The entries, numbered by weight (see the constructor), in columns. */
    private final EntryStore store;
    private final Vocabulary vocabulary;
    /** Each entry's tokens as exact numbers of {@link #vocabulary}: entry e's are {@code tokens[tokenStart[e], tokenStart[e + 1])}. */
    private final int[] tokenStart;
    private final int[] tokens;
    /** Each entry's date as epoch milliseconds (oldest for none). */
    private final long[] createdMillis;
    /** Entries by a 64-bit hash of their {@link Similarity#canonical} source: group g is {@code sourceMembers[sourceStart[g], sourceStart[g + 1])}, ascending. */
    private final KeyNumbers sourceGroups;
    private final int[] sourceStart;
    private final int[] sourceMembers;
    /** Each entry's canonical source once it was needed (see {@link #canonicalSource}). */
    private final String[] canonicalSources;
    /** Each entry once a lookup returned it (see {@link #builtEntry}): a sentence repeated across posts meets the same ones. */
    private final TmEntry[] builtEntries;
    /** Each entry's canonical target once it was needed for a ranking (see {@link #canonicalTarget}). */
    private final String[] canonicalTargets;
    /**
     * Word keys (see {@link #wordKeys(TokenSequence)}) numbered in the global order prefixes follow: fewest entries
     * first, then by value. A key's number is its rank: sorting numbers sorts rarest first.
     */
    private final KeyNumbers ranks;
    /** The prefix index of {@link #FUZZY_MINIMUM} (built with the matcher: export needs it). */
    private final PrefixIndex fuzzyIndex;
    /** The prefix index of {@link #ANALYSIS_MINIMUM}, built on the first {@link #analyze} (export never needs it). */
    private volatile PrefixIndex analysisIndex;
    /** Each entry's word keys as ranks, ascending (rarest first): entry e's are {@code wordRanks[wordStart[e], wordStart[e + 1])}. */
    private final int[] wordStart;
    private final int[] wordRanks;
    /** Each entry's total weight; entries are numbered by it, so this is sorted. */
    private final int[] sortedWeights;

    /** Indexes every entry (the caller picks the language pair, see {@link #forLanguages}). */
    public Matcher(List<TmEntry> entries) {
        this(entries, null);
    }

    /**
     * Indexes every entry, each knowing the file it came from.
     *
     * @param origins the file name of each entry, in the same order (null: none known)
     */
    public Matcher(List<TmEntry> entries, List<String> origins) {
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
        canonicalSources = new String[n];
        canonicalTargets = new String[n];
        builtEntries = new TmEntry[n];
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
            createdMillis[id] = dates.computeIfAbsent(entry.created() == null ? "" : entry.created(), Matcher::millis);
            sources.computeIfAbsent(Similarity.canonical(entry.source()), k -> new ArrayList<>(1)).add(id);
            long[] words = wordKeys(sequence);
            int[] numbered = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                numbered[i] = keys.add(words[i]);
                if (numbered[i] == holders.length) holders = Arrays.copyOf(holders, holders.length * 2);
                holders[numbered[i]]++;
            }
            numberedWords[id] = numbered;
        }
        store = columns.build();
        // Identical sources by the hash of their canonical text; members ascending (a hash shared by two texts only
        // joins their groups: lookups compare the text itself).
        Map<Long, List<Integer>> byHash = new HashMap<>();
        sources.forEach((key, list) -> byHash.computeIfAbsent(sourceHash(key), h -> new ArrayList<>()).addAll(list));
        sourceGroups = new KeyNumbers();
        sourceStart = new int[byHash.size() + 1];
        sourceMembers = new int[n];
        long[] hashes = byHash.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long hash : hashes) {
            int group = sourceGroups.add(hash);
            List<Integer> members = byHash.get(hash);
            members.sort(null);
            for (int m = 0; m < members.size(); m++) sourceMembers[sourceStart[group] + m] = members.get(m);
            sourceStart[group + 1] = sourceStart[group] + members.size();
        }
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
        fuzzyIndex = prefixIndex(FUZZY_MINIMUM);
    }

    /** A matcher from its parts, as {@link MatcherState} read them from a cached index (already checked). */
    Matcher(MatcherState state) {
        store = state.store();
        vocabulary = state.vocabulary();
        tokenStart = state.tokenStart();
        tokens = state.tokens();
        createdMillis = state.createdMillis();
        sourceGroups = numbered(state.sourceHashes());
        sourceStart = state.sourceStart();
        sourceMembers = state.sourceMembers();
        canonicalSources = new String[store.size];
        canonicalTargets = new String[store.size];
        builtEntries = new TmEntry[store.size];
        ranks = numbered(state.rankKeys());
        wordStart = state.wordStart();
        wordRanks = state.wordRanks();
        sortedWeights = state.sortedWeights();
        fuzzyIndex = new PrefixIndex(state.fuzzyStart(), state.fuzzyPostings(), state.fuzzyAnyWords());
    }

    /** Keys numbered in their order; distinct keys, none {@link Long#MIN_VALUE}, or IllegalArgumentException. */
    private static KeyNumbers numbered(long[] keys) {
        KeyNumbers numbers = new KeyNumbers(keys.length);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == Long.MIN_VALUE || numbers.add(keys[i]) != i) {
                throw new IllegalArgumentException("a cached index with a repeated or reserved key");
            }
        }
        return numbers;
    }

    /** The parts a cached index holds ({@link MatcherState}). */
    MatcherState state() {
        long[] hashes = new long[sourceGroups.size()];
        for (int g = 0; g < hashes.length; g++) hashes[g] = sourceGroups.key(g);
        long[] rankKeys = new long[ranks.size()];
        for (int r = 0; r < rankKeys.length; r++) rankKeys[r] = ranks.key(r);
        return new MatcherState(store, vocabulary, tokenStart, tokens, createdMillis, hashes, sourceStart, sourceMembers,
                rankKeys, wordStart, wordRanks, sortedWeights, fuzzyIndex.start(), fuzzyIndex.ids(), fuzzyIndex.anyWords());
    }

    /** A 64-bit FNV-1a hash of a canonical source (never {@link Long#MIN_VALUE}, which {@link KeyNumbers} reserves). */
    static long sourceHash(String canonical) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < canonical.length(); i++) {
            hash ^= canonical.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == Long.MIN_VALUE ? 0 : hash;
    }

    /** Entry e's tokens as a sequence (made for an entry whose score must be computed). */
    private TokenSequence sequence(int id) {
        return vocabulary.sequence(Arrays.copyOfRange(tokens, tokenStart[id], tokenStart[id + 1]));
    }

    private int wordCount(int id) {
        return wordStart[id + 1] - wordStart[id];
    }

    /**
     * Postings of each entry's prefix for one minimum score: its rarest words, as many as leave too few for that
     * score if none of them is shared (see {@link #search}); entries that need no word in common are listed apart.
     * Indexed by rank; null for a rank no prefix holds.
     */
    private record PrefixIndex(int[] start, int[] ids, int[] anyWords) {
        /** First and end position in {@link #ids} of a rank's list (empty for a rank no prefix holds). */
        int from(int rank) {
            return rank >= 0 && rank + 1 < start.length ? start[rank] : 0;
        }

        int to(int rank) {
            return rank >= 0 && rank + 1 < start.length ? start[rank + 1] : 0;
        }
    }

    private static final int[] NONE = new int[0];

    private PrefixIndex index(int minimum) {
        if (minimum == FUZZY_MINIMUM) return fuzzyIndex;
        if (minimum != ANALYSIS_MINIMUM) throw new IllegalArgumentException("no index for minimum " + minimum);
        PrefixIndex index = analysisIndex;
        if (index == null) {
            synchronized (this) {
                if (analysisIndex == null) analysisIndex = prefixIndex(ANALYSIS_MINIMUM);
                index = analysisIndex;
            }
        }
        return index;
    }

    private PrefixIndex prefixIndex(int minimum) {
        int n = sortedWeights.length;
        int[] start = new int[ranks.size() + 1];
        int any = 0;
        for (int id = 0; id < n; id++) {
            int needed = wordsNeeded(sortedWeights[id], wordCount(id), minimum);
            if (needed <= 0) {
                any++;
                continue;
            }
            for (int i = wordStart[id]; i < wordStart[id + 1] - needed + 1; i++) start[wordRanks[i] + 1]++;
        }
        for (int r = 0; r < ranks.size(); r++) start[r + 1] += start[r];
        int[] ids = new int[start[ranks.size()]];
        int[] filled = Arrays.copyOf(start, ranks.size());
        int[] anyWords = new int[any];
        int anyFilled = 0;
        for (int id = 0; id < n; id++) {
            int needed = wordsNeeded(sortedWeights[id], wordCount(id), minimum);
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
        return ceilDiv(totalWeight * minimum - 100 * nonWordWeight, 100 * SimilarityTokens.WORD);
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
     * A matcher over the entries of one language pair: languages compare by their primary subtag, ignoring case
     * ({@code en-US} matches {@code en}).
     */
    public static Matcher forLanguages(List<TmEntry> entries, String sourceLanguage, String targetLanguage) {
        return forLanguages(entries, null, sourceLanguage, targetLanguage);
    }

    /** As {@link #forLanguages(List, String, String)}, each entry knowing its file's name ({@code origins}, same order). */
    public static Matcher forLanguages(List<TmEntry> entries, List<String> origins, String sourceLanguage,
                                       String targetLanguage) {
        List<TmEntry> kept = new ArrayList<>();
        List<String> keptOrigins = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TmEntry e = entries.get(i);
            if (sameLanguage(e.sourceLanguage(), sourceLanguage) && sameLanguage(e.targetLanguage(), targetLanguage)) {
                kept.add(e);
                keptOrigins.add(origins == null ? null : origins.get(i));
            }
        }
        return new Matcher(kept, origins == null ? null : keptOrigins);
    }

    public int size() {
        return store.size;
    }

    /** The entry numbered {@code number} (as {@link #search} numbers them), built anew from the memory's columns. */
    TmEntry entry(int number) {
        return store.entry(number);
    }

    /** The name of the file the entry numbered {@code number} came from, or null when not known. */
    String origin(int number) {
        return store.origin(number);
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
        List<Found> exact = exactMatches(query, canonical);
        if (!exact.isEmpty() && exact.get(0).match().prefills()) {
            return new MatchResult(exact.get(0).match().kind(), 100, distinct(exact));
        }
        List<Scored> fuzzy = search(query.source(), canonical, minimum);
        List<Found> offers = new ArrayList<>(exact);
        int best = exact.isEmpty() ? 0 : 99;
        List<Scored> ranked = leaders(fuzzy, OFFERS * 4);
        ranked.sort(new Comparator<Scored>() { // score first, then as identical sources rank (no boxing)
            @Override
            public int compare(Scored a, Scored b) {
                int c = Integer.compare(b.score(), a.score());
                return c != 0 ? c : compareCloseness(a.entry(), b.entry(), query);
            }
        });
        for (Scored scored : ranked) {
            best = Math.max(best, scored.score());
            if (scored.score() < FUZZY_MINIMUM) break;
            if (offers.size() >= OFFERS * 4) break; // enough to fill the offers after removing duplicates
            TmEntry entry = builtEntry(scored.entry());
            CodeRenumbering.Result codes = CodeRenumbering.renumber(entry.source(), entry.target(), query.source());
            offers.add(new Found(new Match(MatchKind.FUZZY, scored.score(), entry, codes.target(), codes.problem(),
                    store.origin(scored.entry())), scored.entry()));
        }
        if (offers.isEmpty()) return MatchResult.none(best);
        return new MatchResult(MatchKind.FUZZY, best, distinct(offers));
    }

    /** A match and the number of its entry. */
    private record Found(Match match, int id) {
    }

    /**
     * The matches that can be among the first {@code count} once ranked (score first): those scoring at least the
     * count-th best score. Ranking only them with the full (costlier) comparator gives the same first {@code count}.
     */
    private static List<Scored> leaders(List<Scored> found, int count) {
        if (found.size() <= count) return new ArrayList<>(found);
        int[] scores = new int[found.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = found.get(i).score();
        Arrays.sort(scores);
        int cut = scores[scores.length - count];
        List<Scored> leaders = new ArrayList<>();
        for (Scored scored : found) if (scored.score() >= cut) leaders.add(scored);
        return leaders;
    }

    /** Identical sources, best first; each either pre-fills (codes mapped) or is demoted to FUZZY 99. */
    private List<Found> exactMatches(MatchQuery query, String canonical) {
        int group = sourceGroups.get(sourceHash(canonical));
        if (group < 0) return List.of();
        int[] ranked = Arrays.copyOfRange(sourceMembers, sourceStart[group], sourceStart[group + 1]);
        // The group is a hash's: a member is confirmed (its own canonical source equal) only when its turn comes, so
        // only the entries that become matches are built. Dropping one from a ranked list leaves the others' order.
        if (ranked.length > 1) rank(ranked, query);
        List<Found> matches = new ArrayList<>(Math.min(ranked.length, OFFERS * 4));
        List<Found> demoted = new ArrayList<>(0);
        // Once the mapped matches hold OFFERS distinct pairs, the offers are settled (mapped ones come first).
        int[] distinctPairs = ranked.length > 1 ? new int[OFFERS] : null;
        int pairs = 0;
        // Members holding the same texts (a sentence repeated with its markup) map alike: each pair of texts once.
        int[] mappedTexts = new int[2 * OFFERS * 4];
        CodeRenumbering.Result[] mappings = new CodeRenumbering.Result[OFFERS * 4];
        int mapped = 0;
        for (int id : ranked) {
            if (matches.size() >= OFFERS * 4 || pairs >= OFFERS) break;
            TmEntry entry = builtEntry(id);
            if (canonicalSources[id] == null) canonicalSources[id] = Similarity.canonical(entry.source());
            if (!canonicalSources[id].equals(canonical)) continue; // another text with the same hash
            CodeRenumbering.Result codes = null;
            for (int m = 0; m < mapped && codes == null; m++) {
                if (mappedTexts[2 * m] == store.source[id] && mappedTexts[2 * m + 1] == store.target[id]) codes = mappings[m];
            }
            if (codes == null) {
                codes = CodeRenumbering.renumber(entry.source(), entry.target(), query.source());
                if (mapped < mappings.length) {
                    mappedTexts[2 * mapped] = store.source[id];
                    mappedTexts[2 * mapped + 1] = store.target[id];
                    mappings[mapped++] = codes;
                }
            }
            if (codes.mapped()) {
                MatchKind kind = inContext(id, query) ? MatchKind.CONTEXT : MatchKind.EXACT;
                matches.add(new Found(new Match(kind, 100, entry, codes.target(), "", store.origin(id)), id));
                if (distinctPairs != null && !samePairAsAny(id, distinctPairs, pairs)) distinctPairs[pairs++] = id;
            } else if (demoted.size() < OFFERS) {
                demoted.add(new Found(new Match(MatchKind.FUZZY, 99, entry, codes.target(), codes.problem(),
                        store.origin(id)), id));
            }
        }
        matches.addAll(demoted);
        return matches;
    }

    /**
     * Sorts entry numbers by {@link #compareCloseness} (a total order, so any sort gives one result), each entry's
     * {@link #closeness} computed once: small groups, the usual case, by insertion without boxing; large ones by the
     * library's sort.
     */
    private void rank(int[] ids, MatchQuery query) {
        int[] levels = new int[ids.length];
        for (int i = 0; i < ids.length; i++) levels[i] = closeness(ids[i], query);
        if (ids.length > 16) {
            Integer[] places = new Integer[ids.length];
            for (int i = 0; i < ids.length; i++) places[i] = i;
            Arrays.sort(places, new Comparator<Integer>() {
                @Override
                public int compare(Integer a, Integer b) {
                    int c = Integer.compare(levels[a], levels[b]);
                    return c != 0 ? c : compareAfterCloseness(ids[a], ids[b]);
                }
            });
            int[] sorted = new int[ids.length];
            for (int i = 0; i < ids.length; i++) sorted[i] = ids[places[i]];
            System.arraycopy(sorted, 0, ids, 0, ids.length);
            return;
        }
        for (int i = 1; i < ids.length; i++) {
            int id = ids[i];
            int level = levels[i];
            int j = i - 1;
            while (j >= 0 && (levels[j] > level || levels[j] == level && compareAfterCloseness(ids[j], id) > 0)) {
                ids[j + 1] = ids[j];
                levels[j + 1] = levels[j];
                j--;
            }
            ids[j + 1] = id;
            levels[j + 1] = level;
        }
    }

    /** At most {@link #OFFERS} matches, one per distinct source and translation, in the given order. */
    private List<Match> distinct(List<Found> matches) {
        if (matches.size() == 1) return List.of(matches.get(0).match()); // the usual context match: nothing to compare
        int[] keptIds = new int[OFFERS];
        List<Match> kept = new ArrayList<>(OFFERS);
        for (Found found : matches) {
            if (!samePairAsAny(found.id(), keptIds, kept.size())) {
                keptIds[kept.size()] = found.id();
                kept.add(found.match());
            }
            if (kept.size() == OFFERS) break;
        }
        return kept;
    }

    /** Whether an entry has the source and translation (canonical) of one of {@code ids[0, count)}. */
    private boolean samePairAsAny(int id, int[] ids, int count) {
        for (int i = 0; i < count; i++) {
            int other = ids[i];
            if ((store.source[id] == store.source[other] || canonicalSource(id).equals(canonicalSource(other)))
                    && (store.target[id] == store.target[other] || canonicalTarget(id).equals(canonicalTarget(other)))) {
                return true;
            }
        }
        return false;
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
            return new BitSet(store.size);
        }
    };

    /** @param bounded whether the edit distance may stop early (see {@link TokenSequence#distance(TokenSequence, TokenSequence, int)}) */
    private void consider(int id, TokenSequence query, int[] queryKeys, String canonical, int minimum, boolean bounded,
                          List<Scored> found) {
        int candidateWeight = sortedWeights[id];
        int max = Math.max(candidateWeight, query.totalWeight());
        if (100 * Math.abs(candidateWeight - query.totalWeight()) > (100 - minimum) * max) return;
        if (queryKeys != null) {
            // The common weight must reach minimum% of the larger sentence: words in common (4 each) plus at most
            // the smaller non-word weight.
            int common = commonCount(queryKeys, wordRanks, wordStart[id], wordStart[id + 1]);
            int queryNonWords = query.totalWeight() - SimilarityTokens.WORD * queryKeys.length;
            int candidateNonWords = candidateWeight - SimilarityTokens.WORD * wordCount(id);
            if (100 * (SimilarityTokens.WORD * common + Math.min(queryNonWords, candidateNonWords)) < minimum * max) return;
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
        if (score == 99 && canonical.equals(canonicalSource(id))) return;
        found.add(new Scored(id, score));
    }

    private static int commonCount(int[] a, int[] b, int from, int to) {
        int i = 0;
        int j = from;
        int common = 0;
        while (i < a.length && j < to) {
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

    /** Ranks entries for one query (see the class comment). */
    private int compareCloseness(int a, int b, MatchQuery query) {
        int c = Integer.compare(closeness(a, query), closeness(b, query));
        return c != 0 ? c : compareAfterCloseness(a, b);
    }

    /**
     * How close an entry is to the query, smaller first: the same post and key, then the same post, then more equal
     * neighbours (in that order of importance, as bits).
     */
    private int closeness(int id, MatchQuery query) {
        boolean samePost = samePost(id, query);
        boolean sameKey = samePost && query.unitKey().equals(store.unitKey(id));
        return (sameKey ? 0 : 8) + (samePost ? 0 : 4) + 2 - neighbours(id, query);
    }

    /** The ranking's order between entries equally close ({@link #closeness}): newest, then by text, then by number. */
    private int compareAfterCloseness(int a, int b) {
        // The same text (or property) number is the same text: no canonical form needs making to know they are equal.
        int c = Long.compare(-createdMillis[a], -createdMillis[b]);
        if (c == 0 && store.target[a] != store.target[b]) c = canonicalTarget(a).compareTo(canonicalTarget(b));
        if (c == 0 && store.source[a] != store.source[b]) c = canonicalSource(a).compareTo(canonicalSource(b));
        if (c == 0 && store.postId[a] != store.postId[b]) {
            c = String.valueOf(store.postId(a)).compareTo(String.valueOf(store.postId(b)));
        }
        if (c == 0 && store.unitKey[a] != store.unitKey[b]) {
            c = String.valueOf(store.unitKey(a)).compareTo(String.valueOf(store.unitKey(b)));
        }
        return c != 0 ? c : Integer.compare(a, b);
    }

    /**
     * An entry's canonical translation, made on first use and kept (only entries that were ever ranked hold one).
     * Threads may race to fill a slot: they write equal immutable strings.
     */
    private String canonicalTarget(int id) {
        String text = canonicalTargets[id];
        if (text == null) {
            text = Similarity.canonical(store.text(store.target[id]));
            canonicalTargets[id] = text;
        }
        return text;
    }

    /** An entry as {@link EntryStore#entry} builds it, made on first use and kept, as {@link #canonicalTarget}. */
    private TmEntry builtEntry(int id) {
        TmEntry entry = builtEntries[id];
        if (entry == null) {
            entry = store.entry(id);
            builtEntries[id] = entry;
        }
        return entry;
    }

    /** An entry's canonical source, made on first use and kept, as {@link #canonicalTarget}. */
    private String canonicalSource(int id) {
        String text = canonicalSources[id];
        if (text == null) {
            text = Similarity.canonical(store.sourceText(id));
            canonicalSources[id] = text;
        }
        return text;
    }

    private boolean samePost(int id, MatchQuery query) {
        return !query.postId().isEmpty() && query.postId().equals(store.postId(id));
    }

    private int neighbours(int id, MatchQuery query) {
        return (query.previousHash().equals(nullToEmpty(store.previousHash(id))) ? 1 : 0)
                + (query.nextHash().equals(nullToEmpty(store.nextHash(id))) ? 1 : 0);
    }

    /**
     * Same post, and the same surroundings: both neighbouring sentences in the unit, or the same unit key and one of
     * them. So context survives what shifts element-path keys (a paragraph inserted, deleted or moved before it) and
     * a neighbour edited on one side; the unit key alone is not enough, as keys of rendered HTML are positions.
     */
    private boolean inContext(int id, MatchQuery query) {
        int neighbours = neighbours(id, query);
        return samePost(id, query) && (neighbours == 2 || neighbours == 1 && query.unitKey().equals(store.unitKey(id)));
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
