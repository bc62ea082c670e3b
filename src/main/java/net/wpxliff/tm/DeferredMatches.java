package net.wpxliff.tm;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A pre-filling match's list of matches, the first known and the rest found only if asked for: export writes the
 * others only when a unit is not pre-filled throughout (rare), so most lookups never look past the first identical
 * source whose codes map. The whole list is the one the full lookup gives (its first element the same match).
 * Thread-safe.
 */
final class DeferredMatches extends AbstractList<Match> {
    private final Match first;
    private final Supplier<List<Match>> whole;
    private List<Match> all;

    /** @param whole the full lookup's matches, which start with {@code first} */
    DeferredMatches(Match first, Supplier<List<Match>> whole) {
        this.first = first;
        this.whole = whole;
    }

    @Override
    public Match get(int index) {
        return index == 0 ? first : all().get(index);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public int size() {
        return all().size();
    }

    private synchronized List<Match> all() {
        if (all == null) all = List.copyOf(whole.get());
        return all;
    }
}
