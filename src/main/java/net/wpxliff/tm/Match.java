package net.wpxliff.tm;

import java.util.Optional;

/**
 * One memory entry offered for a new sentence.
 *
 * @param kind        CONTEXT or EXACT (pre-fill {@link #target()}), or FUZZY (offer only)
 * @param score       the {@link Similarity} score of the entry's source to the new source (99 for an identical
 *                    source whose codes could not be mapped)
 * @param entry       the memory's entry, as stored
 * @param target      the entry's translation with its codes renumbered to the new source's codes; empty when they
 *                    cannot be mapped one to one (then only the entry's own target can be shown, with its source)
 * @param codeProblem why the codes could not be mapped, "" when they were
 * @param origin      the name of the memory file the entry came from, or null when the matcher was not told
 */
public record Match(MatchKind kind, int score, TmEntry entry, Optional<TmText> target, String codeProblem, String origin) {

    public Match(MatchKind kind, int score, TmEntry entry, Optional<TmText> target, String codeProblem) {
        this(kind, score, entry, target, codeProblem, null);
    }

    /** True when this match may be written into the target. */
    public boolean prefills() {
        return kind.prefills() && target.isPresent();
    }
}
