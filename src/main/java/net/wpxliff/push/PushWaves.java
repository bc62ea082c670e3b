package net.wpxliff.push;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lanes ({@link PushLanes}) in waves: a lane whose bodies show other posts of the run by id (synced patterns,
 * navigation menus: {@link PostReferences}) goes in a wave after the lanes that push those posts, so that their
 * translations exist, and are recorded, when its references are mapped. A run without such references is one wave.
 * Lanes that show each other in a circle go in the last wave together (their push then says what is missing).
 */
public final class PushWaves {
    private PushWaves() {
    }

    /**
     * @param lanes      the lanes, each the indices of its bodies
     * @param keys       each body's record key, or null for one that could not be read
     * @param referenced each body's referenced keys ({@link Publisher#referencedKeys}); empty for none
     * @return the waves in the order to push them, each its lanes in their given order
     */
    public static List<List<List<Integer>>> of(List<List<Integer>> lanes, List<PushRecord.Key> keys,
                                               List<List<PushRecord.Key>> referenced) {
        Map<PushRecord.Key, Set<Integer>> lanesOfKey = new HashMap<>();
        for (int lane = 0; lane < lanes.size(); lane++) {
            for (int body : lanes.get(lane)) {
                if (keys.get(body) != null) lanesOfKey.computeIfAbsent(keys.get(body), k -> new LinkedHashSet<>()).add(lane);
            }
        }
        List<Set<Integer>> after = new ArrayList<>(); // lane → the lanes it must follow
        for (int lane = 0; lane < lanes.size(); lane++) {
            Set<Integer> before = new LinkedHashSet<>();
            for (int body : lanes.get(lane)) {
                for (PushRecord.Key key : referenced.get(body)) before.addAll(lanesOfKey.getOrDefault(key, Set.of()));
            }
            before.remove(lane);
            after.add(before);
        }
        int[] wave = new int[lanes.size()];
        boolean[] placed = new boolean[lanes.size()];
        int done = 0, current = 0;
        while (done < lanes.size()) {
            List<Integer> ready = new ArrayList<>();
            for (int lane = 0; lane < lanes.size(); lane++) {
                if (!placed[lane] && allPlaced(after.get(lane), placed)) ready.add(lane);
            }
            if (ready.isEmpty()) { // a circle: the rest together
                for (int lane = 0; lane < lanes.size(); lane++) if (!placed[lane]) ready.add(lane);
            }
            for (int lane : ready) {
                wave[lane] = current;
                placed[lane] = true;
            }
            done += ready.size();
            current++;
        }
        List<List<List<Integer>>> waves = new ArrayList<>();
        for (int w = 0; w < current; w++) waves.add(new ArrayList<>());
        for (int lane = 0; lane < lanes.size(); lane++) waves.get(wave[lane]).add(lanes.get(lane));
        return waves;
    }

    private static boolean allPlaced(Set<Integer> lanes, boolean[] placed) {
        for (int lane : lanes) if (!placed[lane]) return false;
        return true;
    }
}
