package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order of matches for one query and the offers kept from them (see {@link Matcher}: closeness to the query's
 * post, unit and neighbours, then the newest, then by text, then by number), and whether an identical source is in
 * context. Apart from the lookups because identical sources and fuzzy matches rank alike.
 */
final class MatchRanking {
    private final EntryStore store;
    /** Each entry's date as epoch milliseconds (oldest for none). */
    private final long[] createdMillis;

    /** Dates after it are ranked as none ({@link TmxDates#LATEST_BELIEVABLE}). */
    private static final long LATEST_BELIEVABLE = TmxDates.LATEST_BELIEVABLE.toEpochMilli();

    MatchRanking(EntryStore store, long[] createdMillis) {
        this.store = store;
        this.createdMillis = createdMillis;
    }

    /** An entry's date as the ranking believes it: none (the oldest) when it is after {@link #LATEST_BELIEVABLE}. */
    private long made(int id) {
        long millis = createdMillis[id];
        return millis > LATEST_BELIEVABLE ? Long.MIN_VALUE : millis;
    }

    long[] createdMillis() {
        return createdMillis;
    }

    /** A match and the number of its entry. */
    record Found(Match match, int id) {
    }

    /**
     * The matches that can be among the first {@code count} once ranked (score first): those scoring at least the
     * count-th best score. Ranking only them with the full (costlier) comparator gives the same first {@code count}.
     */
    static List<Matcher.Scored> leaders(List<Matcher.Scored> found, int count) {
        if (found.size() <= count) return new ArrayList<>(found);
        int[] scores = new int[found.size()];
        for (int i = 0; i < scores.length; i++) scores[i] = found.get(i).score();
        Arrays.sort(scores);
        int cut = scores[scores.length - count];
        List<Matcher.Scored> leaders = new ArrayList<>();
        for (Matcher.Scored scored : found) if (scored.score() >= cut) leaders.add(scored);
        return leaders;
    }

    /** How many entries {@link #rankFirst} puts in order; a lookup rarely looks further (see {@link #rankRest}). */
    static final int FIRST_RANKED = 16;

    /**
     * Orders entry numbers by {@link #compareCloseness} (a total order, so any method gives one result), as far as a
     * lookup usually needs: the best {@link #FIRST_RANKED} first, in order, the others after them in no order until
     * {@link #rankRest} orders them. A sentence repeated in many posts has a group of a hundred entries, looked up once
     * per post: selecting its first few costs about one comparison per entry instead of a sort's dozen.
     */
    void rankFirst(int[] ids, MatchQuery query) {
        int n = ids.length;
        // working arrays of the thread's: every identical-source lookup passes here, in groups of up to a hundred
        RankingScratch scratch = RankingScratch.of(n);
        int[] levels = scratch.levels;
        for (int i = 0; i < n; i++) levels[i] = closeness(ids[i], query);
        int kept = Math.min(n, FIRST_RANKED);
        int[] best = scratch.best;
        int[] bestLevels = scratch.bestLevels;
        int[] rest = scratch.rest;
        int count = 0;
        int others = 0;
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            int level = levels[i];
            if (count == kept && !before(level, id, bestLevels[kept - 1], best[kept - 1])) {
                rest[others++] = id;
                continue;
            }
            if (count == kept) rest[others++] = best[--count]; // the last kept one drops out
            int j = count - 1;
            while (j >= 0 && before(level, id, bestLevels[j], best[j])) {
                best[j + 1] = best[j];
                bestLevels[j + 1] = bestLevels[j];
                j--;
            }
            best[j + 1] = id;
            bestLevels[j + 1] = level;
            count++;
        }
        System.arraycopy(best, 0, ids, 0, kept);
        System.arraycopy(rest, 0, ids, kept, others);
    }

    /** {@link #rankFirst}'s working arrays, kept per thread and grown to the largest group seen. */
    private static final class RankingScratch {
        private static final ThreadLocal<RankingScratch> KEPT = new ThreadLocal<>();
        final int[] levels;
        final int[] rest;
        final int[] best = new int[FIRST_RANKED];
        final int[] bestLevels = new int[FIRST_RANKED];

        private RankingScratch(int size) {
            levels = new int[size];
            rest = new int[size];
        }

        static RankingScratch of(int size) {
            RankingScratch scratch = KEPT.get();
            if (scratch == null || scratch.levels.length < size) {
                scratch = new RankingScratch(Math.max(size, 128));
                KEPT.set(scratch);
            }
            return scratch;
        }
    }

    /** Orders {@code ids[from, n)}, all ranked after {@code ids[0, from)} by {@link #rankFirst}. */
    void rankRest(int[] ids, int from, MatchQuery query) {
        int n = ids.length - from;
        if (n <= 1) return;
        int[] levels = new int[n];
        Integer[] places = new Integer[n];
        for (int i = 0; i < n; i++) {
            levels[i] = closeness(ids[from + i], query);
            places[i] = i;
        }
        Arrays.sort(places, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                int c = Integer.compare(levels[a], levels[b]);
                return c != 0 ? c : compareAfterCloseness(ids[from + a], ids[from + b]);
            }
        });
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) sorted[i] = ids[from + places[i]];
        System.arraycopy(sorted, 0, ids, from, n);
    }

    /** Whether the entry {@code a} at closeness {@code levelA} ranks before {@code b} at {@code levelB}. */
    private boolean before(int levelA, int a, int levelB, int b) {
        return levelA < levelB || levelA == levelB && compareAfterCloseness(a, b) < 0;
    }

    /** At most {@link Matcher#OFFERS} matches, one per distinct source and translation, in the given order. */
    List<Match> distinct(List<Found> matches) {
        if (matches.size() == 1) return List.of(matches.get(0).match()); // the usual context match: nothing to compare
        int[] keptIds = new int[Matcher.OFFERS];
        List<Match> kept = new ArrayList<>(Matcher.OFFERS);
        for (Found found : matches) {
            if (!samePairAsAny(found.id(), keptIds, kept.size())) {
                keptIds[kept.size()] = found.id();
                kept.add(found.match());
            }
            if (kept.size() == Matcher.OFFERS) break;
        }
        return kept;
    }

    /** Whether an entry has the source and translation (canonical) of one of {@code ids[0, count)}. */
    boolean samePairAsAny(int id, int[] ids, int count) {
        for (int i = 0; i < count; i++) {
            int other = ids[i];
            if (store.sameCanonical(store.source[id], store.source[other])
                    && store.sameCanonical(store.target[id], store.target[other])) {
                return true;
            }
        }
        return false;
    }

    /** Ranks entries for one query (see {@link Matcher}). */
    int compareCloseness(int a, int b, MatchQuery query) {
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

    /**
     * Whether two entries rank alike for the query but for their texts: as close ({@link #closeness}) and as new. Two
     * translations of one source that tie so are rivals: neither is sure (the same post translated twice in one merge).
     */
    boolean tiesBeforeText(int a, int b, MatchQuery query) {
        return closeness(a, query) == closeness(b, query) && made(a) == made(b);
    }

    /**
     * Whether entry {@code newer} supersedes {@code older} for the query: as close to it, made later, and translating
     * the same source otherwise (see {@link Matcher}: a newer guessed split of the place's translation).
     */
    boolean supersedes(int newer, int older, MatchQuery query) {
        return closeness(newer, query) == closeness(older, query) && made(newer) > made(older)
                && !store.sameCanonical(store.target[newer], store.target[older]);
    }

    /** The ranking's order between entries equally close ({@link #closeness}): newest, then by text, then by number. */
    private int compareAfterCloseness(int a, int b) {
        // Texts compare by their canonical forms' places (EntryStore.canonicalOrder): no form is made while ranking.
        int c = Long.compare(made(b), made(a));
        if (c == 0) c = store.compareCanonical(store.target[a], store.target[b]);
        if (c == 0) c = store.compareCanonical(store.source[a], store.source[b]);
        if (c == 0 && store.postId[a] != store.postId[b]) {
            c = String.valueOf(store.postId(a)).compareTo(String.valueOf(store.postId(b)));
        }
        if (c == 0 && store.unitKey[a] != store.unitKey[b]) {
            c = String.valueOf(store.unitKey(a)).compareTo(String.valueOf(store.unitKey(b)));
        }
        return c != 0 ? c : Integer.compare(a, b);
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
    boolean inContext(int id, MatchQuery query) {
        int neighbours = neighbours(id, query);
        return samePost(id, query) && (neighbours == 2 || neighbours == 1 && query.unitKey().equals(store.unitKey(id)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
