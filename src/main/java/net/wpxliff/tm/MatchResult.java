package net.wpxliff.tm;

import java.util.List;
import java.util.Optional;

/**
 * What a memory offers for one new sentence.
 *
 * @param kind      the best match's kind (NONE when nothing scored at least {@link Matcher#FUZZY_MINIMUM})
 * @param bestScore the best similarity found: 100 for CONTEXT/EXACT, else the best score of at least the minimum the
 *                  lookup used ({@link Matcher#FUZZY_MINIMUM} for {@link Matcher#match}, {@link Matcher#ANALYSIS_MINIMUM}
 *                  for {@link Matcher#analyze}, which the analysis bands need), 0 when nothing came that close
 * @param matches   best first, at most {@link Matcher#OFFERS}: the pre-filling match first when there is one, then
 *                  other translations of the same source or fuzzy matches of at least {@link Matcher#FUZZY_MINIMUM}
 */
public record MatchResult(MatchKind kind, int bestScore, List<Match> matches) {
    public MatchResult {
        if (!(matches instanceof DeferredMatches)) matches = List.copyOf(matches); // (that one is read-only)
    }

    static MatchResult none(int bestScore) {
        return new MatchResult(MatchKind.NONE, bestScore, List.of());
    }

    /** The match to write into the target, if any (a context or exact match whose codes map). */
    public Optional<Match> prefill() {
        return matches.isEmpty() || !matches.get(0).prefills() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** This sentence's analysis band. */
    public Band band(boolean repetition) {
        return Band.of(this, repetition);
    }
}
