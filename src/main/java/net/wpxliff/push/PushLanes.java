package net.wpxliff.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Posts pushed a few at a time, grouped so that no two bodies that may reach the same target post are pushed at
 * once: bodies of one post type with the same slug (found by slug, or created under it) or the same recorded target
 * id share a lane, and a lane's bodies go one after another in input order, as a push one post at a time would.
 */
public final class PushLanes {
    private PushLanes() {
    }

    /**
     * @param posts      the bodies in input order; null for one that could not be read (a lane of its own: it fails)
     * @param recordedIds each body's recorded target id, or null
     * @return the lanes, each the indices of its bodies in input order; lanes in the order of their first body
     */
    public static List<List<Integer>> of(List<MergedPost> posts, List<Long> recordedIds) {
        int[] parent = new int[posts.size()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < posts.size(); i++) {
            parent[i] = i;
            MergedPost post = posts.get(i);
            if (post == null) continue;
            List<String> keys = new ArrayList<>();
            if (post.slug() != null) keys.add("slug\u0000" + post.type() + "\u0000" + post.slug().toLowerCase(Locale.ROOT));
            if (recordedIds.get(i) != null) keys.add("id\u0000" + post.type() + "\u0000" + recordedIds.get(i));
            for (String key : keys) {
                Integer other = firstWithKey.putIfAbsent(key, i);
                if (other != null) join(parent, other, i);
            }
        }
        Map<Integer, List<Integer>> lanes = new LinkedHashMap<>();
        for (int i = 0; i < posts.size(); i++) lanes.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        return new ArrayList<>(lanes.values());
    }

    private static void join(int[] parent, int a, int b) {
        int ra = root(parent, a), rb = root(parent, b);
        // the smaller index stays the root, so a lane is found under its first body
        if (ra < rb) parent[rb] = ra;
        else if (rb < ra) parent[ra] = rb;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
