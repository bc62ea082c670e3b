package net.wpxliff.tm;

/**
 * Each entry's canonical source and its built {@link TmEntry}, made on first use and kept: only the
 * entries a lookup ever ranks or returns need them, and a sentence repeated across posts meets the same entries again.
 * Shared by the identical-source lookup, the fuzzy search and the ranking. Threads may race to fill a slot: they write
 * equal immutable values.
 */
final class EntryCache {
    private final EntryStore store;
    private final String[] canonicalSources;
    private final TmEntry[] builtEntries;

    EntryCache(EntryStore store) {
        this.store = store;
        canonicalSources = new String[store.size];
        builtEntries = new TmEntry[store.size];
    }

    /** An entry's canonical source. */
    String canonicalSource(int id) {
        String text = canonicalSources[id];
        if (text == null) {
            text = Similarity.canonical(store.sourceText(id));
            canonicalSources[id] = text;
        }
        return text;
    }

    /**
     * An entry's canonical source made from its built entry's source (the identical-source lookup has built the
     * entry already, so the text need not be read from the columns again).
     */
    String canonicalSource(int id, TmEntry built) {
        if (canonicalSources[id] == null) canonicalSources[id] = Similarity.canonical(built.source());
        return canonicalSources[id];
    }

    /** An entry as {@link EntryStore#entry} builds it. */
    TmEntry builtEntry(int id) {
        TmEntry entry = builtEntries[id];
        if (entry == null) {
            entry = store.entry(id);
            builtEntries[id] = entry;
        }
        return entry;
    }
}
