package net.wpxliff.tm;

import net.wpxliff.tm.MatchRanking.Found;
import net.wpxliff.xliff.LanguageTags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A memory indexed for lookups, and the classification of a new sentence against it.
 *
 * <p>Identical sources meet in a map by {@link Similarity#canonical} key. Their ranking: the same post and unit
 * key first, then the same post, then more equal neighbours, then the newest ({@code created}), then the
 * translation's, the source's, the post id's and the unit key's text, then the memory's order: deterministic.
 * The first whose codes map ({@link CodeRenumbering}) pre-fills: CONTEXT when the post id (not empty) is equal and
 * both neighbour hashes are, or the unit key and one neighbour hash (see {@link MatchRanking#inContext}), else EXACT.
 * Identical sources whose codes do not map, or whose sentence split was guessed ({@link TmEntry#splitGuessed}), are
 * demoted to FUZZY with score 99; a guessed pair's fuzzy score loses a point too. A guessed pair in context that is
 * newer than a translator's segment as close to the query, with another translation, supersedes it: the place was
 * translated otherwise since (an editor's fix aligned by {@code tm align}), so the segment is demoted to 99 too, after
 * the guess, and neither pre-fills.
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
 * <p>Immutable once built; lookups may run on several threads. This class is the facade and the lookup's flow; the
 * jobs are apart: {@link IndexBuilder} indexes the entries, {@link SourceGroups} finds identical sources,
 * {@link FuzzySearch} (with its {@link PrefixIndex}es) the similar ones, {@link MatchRanking} orders them and keeps the
 * offers, and {@link EntryCache} keeps what lookups made of an entry.
 */
public final class Matcher {
    /** The lowest score offered as a fuzzy match. */
    public static final int FUZZY_MINIMUM = 75;
    /** The lowest score the analysis counts (band 50–74). */
    public static final int ANALYSIS_MINIMUM = 50;
    /** How many matches a result offers at most. */
    public static final int OFFERS = 3;
    /** Why a context match is only offered: another translation of the source ties with it. */
    static final String RIVALS = "another translation of this source ties with it in this context (the same post"
            + " translated twice at once)";
    /** Why an identical source whose codes map is only offered. */
    static final String GUESSED_SPLIT = "its translation's sentence split was guessed, not a translator's segment";
    /** Why a translator's segment is only offered: the place was translated otherwise since. */
    static final String SUPERSEDED = "the place's translation was changed since (an editor's, split from its paragraph:"
            + " offered first)";

    /** The entries, numbered by weight (see {@link IndexBuilder}), in columns. */
    private final EntryStore store;
    private final SourceGroups sourceGroups;
    private final EntryCache cache;
    private final FuzzySearch fuzzy;
    private final MatchRanking ranking;

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
        this(new IndexBuilder(entries, origins));
    }

    private Matcher(IndexBuilder built) {
        store = built.store;
        sourceGroups = built.sourceGroups;
        cache = new EntryCache(store);
        fuzzy = new FuzzySearch(built.vocabulary, built.tokenStart, built.tokens, built.ranks, built.wordStart,
                built.wordRanks, built.sortedWeights, null, cache);
        ranking = new MatchRanking(store, built.createdMillis);
    }

    /** A matcher from its parts, as {@link MatcherState} read them from a cached index (already checked). */
    Matcher(MatcherState state) {
        store = state.store();
        sourceGroups = new SourceGroups(numbered(state.sourceHashes()), state.sourceStart(), state.sourceMembers());
        cache = new EntryCache(store);
        fuzzy = new FuzzySearch(state.vocabulary(), state.tokenStart(), state.tokens(), numbered(state.rankKeys()),
                state.wordStart(), state.wordRanks(), state.sortedWeights(),
                new PrefixIndex(state.fuzzyStart(), state.fuzzyPostings(), state.fuzzyAnyWords()), cache);
        ranking = new MatchRanking(store, state.createdMillis());
    }

    /** Keys numbered in their order; distinct keys, none {@link Long#MIN_VALUE}, or IllegalArgumentException. */
    static KeyNumbers numbered(long[] keys) {
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
        PrefixIndex fuzzyIndex = fuzzy.fuzzyIndex();
        return new MatcherState(store, fuzzy.vocabulary(), fuzzy.tokenStart(), fuzzy.tokens(), ranking.createdMillis(),
                sourceGroups.hashes(), sourceGroups.start(), sourceGroups.members(), fuzzy.rankKeys(), fuzzy.wordStart(),
                fuzzy.wordRanks(), fuzzy.sortedWeights(), fuzzyIndex.start(), fuzzyIndex.ids(), fuzzyIndex.anyWords());
    }

    /**
     * A matcher over the entries of one language pair: languages compare as a returned file's do
     * ({@link LanguageTags#sameLanguage}: {@code en-US} matches {@code en}, {@code ko-Kore} matches {@code ko}), so that a
     * memory offers what merge would take as the same language, and a {@code zh-Hant} entry is no match for {@code zh-Hans}.
     */
    public static Matcher forLanguages(List<TmEntry> entries, String sourceLanguage, String targetLanguage) {
        return forLanguages(entries, null, sourceLanguage, targetLanguage);
    }

    /**
     * The longest source (characters of text) an entry may have to be indexed: a paragraph kept whole is far shorter,
     * and a longer "segment" (another tool's memory, a hostile file) would only cost memory: its words alone would
     * need hundreds of megabytes of index.
     */
    public static final int LONGEST_SOURCE = 20_000;

    /**
     * As {@link #forLanguages(List, String, String)}, each entry knowing its file's name ({@code origins}, same order).
     * Entries whose source is longer than {@link #LONGEST_SOURCE} are left out.
     */
    public static Matcher forLanguages(List<TmEntry> entries, List<String> origins, String sourceLanguage,
                                       String targetLanguage) {
        List<TmEntry> kept = new ArrayList<>();
        List<String> keptOrigins = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            TmEntry e = entries.get(i);
            if (e.source().plainLength() > LONGEST_SOURCE) continue;
            if (LanguageTags.sameLanguage(e.sourceLanguage(), sourceLanguage)
                    && LanguageTags.sameLanguage(e.targetLanguage(), targetLanguage)) {
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

    /**
     * The match that pre-fills a unit's whole text in context (a translation the memory keeps whole, since it did not
     * split into the source's sentences: see {@link SentencePairs}), or null: identical sources only, no fuzzy search.
     */
    public Match wholeUnit(MatchQuery query) {
        List<Found> exact = exactMatches(query, Similarity.canonical(query.source()), true);
        if (exact.isEmpty()) return null;
        Match first = exact.get(0).match();
        return first.prefills() && first.kind() == MatchKind.CONTEXT ? first : null;
    }

    private MatchResult match(MatchQuery query, int minimum) {
        String canonical = Similarity.canonical(query.source());
        List<Found> exact = exactMatches(query, canonical, true);
        if (!exact.isEmpty() && exact.get(0).match().prefills()) { // the others only if asked for (see DeferredMatches)
            Match first = exact.get(0).match();
            return new MatchResult(first.kind(), 100, new DeferredMatches(first,
                    () -> ranking.distinct(exactMatches(query, canonical, false))));
        }
        List<Scored> fuzzy = penalized(search(query.source(), canonical, minimum), minimum);
        List<Found> offers = new ArrayList<>(exact);
        int best = exact.isEmpty() ? 0 : 99;
        List<Scored> ranked = MatchRanking.leaders(fuzzy, OFFERS * 4);
        ranked.sort(new Comparator<Scored>() { // score first, then as identical sources rank (no boxing)
            @Override
            public int compare(Scored a, Scored b) {
                int c = Integer.compare(b.score(), a.score());
                return c != 0 ? c : ranking.compareCloseness(a.entry(), b.entry(), query);
            }
        });
        for (Scored scored : ranked) {
            best = Math.max(best, scored.score());
            if (scored.score() < FUZZY_MINIMUM) break;
            if (offers.size() >= OFFERS * 4) break; // enough to fill the offers after removing duplicates
            TmEntry entry = cache.builtEntry(scored.entry());
            CodeRenumbering.Result codes = CodeRenumbering.renumber(entry.source(), entry.target(), query.source());
            offers.add(new Found(new Match(MatchKind.FUZZY, scored.score(), entry, codes.target(), codes.problem(),
                    store.origin(scored.entry())), scored.entry()));
        }
        if (offers.isEmpty()) return MatchResult.none(best);
        return new MatchResult(MatchKind.FUZZY, best, ranking.distinct(offers));
    }

    /**
     * Identical sources, best first; each either pre-fills (codes mapped, split not guessed) or is demoted to FUZZY 99.
     *
     * @param untilPrefill stop at the first that pre-fills, returning it alone (it is the whole list's first)
     */
    private List<Found> exactMatches(MatchQuery query, String canonical, boolean untilPrefill) {
        int[] ranked = sourceGroups.candidates(canonical);
        if (ranked == null) return List.of();
        // The group is a hash's: a member is confirmed (its own canonical source equal) only when its turn comes, so
        // only the entries that become matches are built. Dropping one from a ranked list leaves the others' order.
        if (ranked.length > 1) ranking.rankFirst(ranked, query);
        List<Found> matches = new ArrayList<>(Math.min(ranked.length, OFFERS * 4));
        List<Found> demoted = new ArrayList<>(0);
        // Once the mapped matches hold OFFERS distinct pairs, the offers are settled (mapped ones come first).
        int[] distinctPairs = ranked.length > 1 ? new int[OFFERS] : null;
        int pairs = 0;
        // Members holding the same texts (a sentence repeated with its markup) map alike: each pair of texts once.
        int[] mappedTexts = new int[2 * OFFERS * 4];
        CodeRenumbering.Result[] mappings = new CodeRenumbering.Result[OFFERS * 4];
        int mapped = 0;
        int confirmed = -1; // a source text (number) whose canonical form is the query's
        int rivalled = -1; // the first of context matches that tie with another translation (see rival)
        int newerGuess = -1; // the first guessed split met in context: an older segment it contradicts is superseded
        for (int i = 0; i < ranked.length; i++) {
            if (matches.size() >= OFFERS * 4 || pairs >= OFFERS) break;
            if (i == MatchRanking.FIRST_RANKED) ranking.rankRest(ranked, i, query); // rarely needed: see rankFirst
            int id = ranked[i];
            TmEntry entry = cache.builtEntry(id);
            // Another text with the same hash unless its canonical source is the query's; a member with the canonical
            // form of one already confirmed is confirmed without making that form again.
            if (confirmed < 0 || !store.sameCanonical(store.source[id], confirmed)) {
                if (!cache.canonicalSource(id, entry).equals(canonical)) continue;
                confirmed = store.source[id];
            }
            CodeRenumbering.Result codes = null;
            for (int m = 0; m < mapped && codes == null; m++) {
                if (mappedTexts[2 * m] == store.source[id] && mappedTexts[2 * m + 1] == store.target[id]) codes = mappings[m];
            }
            if (codes == null) {
                codes = CodeRenumbering.renumberInPlace(entry.source(), entry.target(), query.source());
                if (mapped < mappings.length) {
                    mappedTexts[2 * mapped] = store.source[id];
                    mappedTexts[2 * mapped + 1] = store.target[id];
                    mappings[mapped++] = codes;
                }
            }
            boolean usable = codes.mapped() && !store.splitGuessed(id); // may pre-fill
            if (codes.mapped() && store.splitGuessed(id) && newerGuess < 0 && ranking.inContext(id, query)) newerGuess = id;
            if (usable && newerGuess >= 0 && ranking.supersedes(newerGuess, id, query)) {
                // the place's newer translation (an editor's sentence, split by guess from the paragraph tm align
                // paired) says otherwise: this older segment is no longer sure; both offered, the newer first
                if (demoted.size() < OFFERS) {
                    demoted.add(new Found(new Match(MatchKind.FUZZY, 99, entry, codes.target(), SUPERSEDED,
                            store.origin(id)), id));
                }
                continue;
            }
            MatchKind kind = usable && ranking.inContext(id, query) ? MatchKind.CONTEXT : MatchKind.EXACT;
            if (kind == MatchKind.CONTEXT && (rivalled >= 0 && ranking.tiesBeforeText(rivalled, id, query)
                    || rival(ranked, i, id, query, canonical))) {
                // two translations of this source in this very context, alike but for their text: offered, not chosen
                if (rivalled < 0) rivalled = id;
                if (demoted.size() < OFFERS) {
                    demoted.add(new Found(new Match(MatchKind.FUZZY, 99, entry, codes.target(), RIVALS, store.origin(id)), id));
                }
                continue;
            }
            if (usable) {
                Found found = new Found(new Match(kind, 100, entry, codes.target(), "", store.origin(id)), id);
                if (untilPrefill) return List.of(found); // mapped ones come before any demoted one
                matches.add(found);
                if (distinctPairs != null && !ranking.samePairAsAny(id, distinctPairs, pairs)) distinctPairs[pairs++] = id;
            } else if (demoted.size() < OFFERS) {
                demoted.add(new Found(new Match(MatchKind.FUZZY, 99, entry, codes.target(),
                        codes.mapped() ? GUESSED_SPLIT : codes.problem(), store.origin(id)), id));
            }
        }
        matches.addAll(demoted);
        return matches;
    }

    /**
     * Whether a member ranked after {@code ranked[at]} (entry {@code id}) ties with it for the query but for its text
     * and translates the same source otherwise.
     */
    private boolean rival(int[] ranked, int at, int id, MatchQuery query, String canonical) {
        for (int j = at + 1; j < ranked.length; j++) {
            if (j == MatchRanking.FIRST_RANKED) ranking.rankRest(ranked, j, query);
            int other = ranked[j];
            if (!ranking.tiesBeforeText(id, other, query)) return false;
            // the same pair elsewhere, or a guess (never a rival of a translator's segment)
            if (store.sameCanonical(store.target[id], store.target[other]) || store.splitGuessed(other)) continue;
            if (store.sameCanonical(store.source[id], store.source[other])
                    || cache.canonicalSource(other, cache.builtEntry(other)).equals(canonical)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scores with a point off for pairs whose sentence split was guessed (as CAT tools put a penalty on aligned
     * units; an identical source so becomes 99): a guess never ties with a translator's segment. One that falls below
     * {@code minimum} is dropped.
     */
    private List<Scored> penalized(List<Scored> scored, int minimum) {
        List<Scored> kept = null;
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            if (!store.splitGuessed(s.entry())) {
                if (kept != null) kept.add(s);
                continue;
            }
            if (kept == null) kept = new ArrayList<>(scored.subList(0, i));
            if (s.score() - 1 >= minimum) kept.add(new Scored(s.entry(), s.score() - 1));
        }
        return kept == null ? scored : kept;
    }

    /** An entry and its score. */
    public record Scored(int entry, int score) {
    }

    /**
     * Entries (by number) whose source scores at least {@code minimum} against a sentence that is not identical to
     * theirs (identical ones are the exact map's), in no particular order.
     */
    List<Scored> search(TmText source, String canonical, int minimum) {
        return fuzzy.search(source, canonical, minimum);
    }
}
