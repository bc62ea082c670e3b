package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entries by a 64-bit hash of their {@link Similarity#canonical} source, so that identical sources meet in one lookup
 * without keeping every canonical text: group g is {@code members[start[g], start[g + 1])}, ascending. A hash shared
 * by two texts only joins their groups: lookups compare the text itself.
 */
final class SourceGroups {
    private final KeyNumbers groups;
    private final int[] start;
    private final int[] members;

    /** The groups of entries by canonical source ({@code sources}: each text's entries, ascending); n entries. */
    SourceGroups(Map<String, List<Integer>> sources, int n) {
        Map<Long, List<Integer>> byHash = new HashMap<>();
        sources.forEach((key, list) -> byHash.computeIfAbsent(hash(key), h -> new ArrayList<>()).addAll(list));
        groups = new KeyNumbers();
        start = new int[byHash.size() + 1];
        members = new int[n];
        long[] hashes = byHash.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long hash : hashes) {
            int group = groups.add(hash);
            List<Integer> list = byHash.get(hash);
            list.sort(null);
            for (int m = 0; m < list.size(); m++) members[start[group] + m] = list.get(m);
            start[group + 1] = start[group] + list.size();
        }
    }

    /** The groups as a cached index holds them (already checked; keys as {@link Matcher#numbered} checks them). */
    SourceGroups(KeyNumbers groups, int[] start, int[] members) {
        this.groups = groups;
        this.start = start;
        this.members = members;
    }

    /** The entries whose canonical source may be {@code canonical} (same hash), ascending, as a new array; null if none. */
    int[] candidates(String canonical) {
        int group = groups.get(hash(canonical));
        if (group < 0) return null;
        return Arrays.copyOfRange(members, start[group], start[group + 1]);
    }

    /** Each group's hash, in group order (for a cached index). */
    long[] hashes() {
        return groups.keys();
    }

    int[] start() {
        return start;
    }

    int[] members() {
        return members;
    }

    /** A 64-bit FNV-1a hash of a canonical source (never {@link Long#MIN_VALUE}, which {@link KeyNumbers} reserves). */
    static long hash(String canonical) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < canonical.length(); i++) {
            hash ^= canonical.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == Long.MIN_VALUE ? 0 : hash;
    }
}
