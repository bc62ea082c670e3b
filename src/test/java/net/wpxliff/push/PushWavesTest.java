package net.wpxliff.push;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Patterns and menus before the posts that show them; a run without references stays one wave in input order. */
class PushWavesTest {
    private static PushRecord.Key key(String type, long id) {
        return new PushRecord.Key("https://en.example", type, Long.toString(id), "https://ko.example/wp-json/", Map.of());
    }

    private static List<List<Integer>> oneLaneEach(int n) {
        List<List<Integer>> lanes = new ArrayList<>();
        for (int i = 0; i < n; i++) lanes.add(List.of(i));
        return lanes;
    }

    @Test
    void withoutReferencesOneWaveInOrder() {
        List<List<Integer>> lanes = List.of(List.of(0, 2), List.of(1));
        assertEquals(List.of(lanes), PushWaves.of(lanes, List.of(key("post", 1), key("post", 2), key("post", 1)),
                List.of(List.of(), List.of(key("wp_block", 99)), List.of())), "a pattern not in the run adds no wave");
    }

    @Test
    void innerPatternThenOuterPatternAndMenuThenThePost() {
        // input: the post, the outer pattern (shows the inner), a menu, the inner pattern, an unrelated post
        List<PushRecord.Key> keys = List.of(key("post", 1), key("wp_block", 10), key("wp_navigation", 20),
                key("wp_block", 11), key("post", 2));
        List<List<PushRecord.Key>> shows = List.of(List.of(key("wp_block", 10), key("wp_navigation", 20)),
                List.of(key("wp_block", 11)), List.of(), List.of(), List.of());
        assertEquals(List.of(List.of(List.of(2), List.of(3), List.of(4)), List.of(List.of(1)), List.of(List.of(0))),
                PushWaves.of(oneLaneEach(5), keys, shows));
    }

    @Test
    void patternsShowingEachOtherGoLastTogether() {
        List<PushRecord.Key> keys = List.of(key("wp_block", 10), key("wp_block", 11), key("post", 1));
        List<List<PushRecord.Key>> shows = List.of(List.of(key("wp_block", 11)), List.of(key("wp_block", 10)), List.of());
        assertEquals(List.of(List.of(List.of(2)), List.of(List.of(0), List.of(1))), PushWaves.of(oneLaneEach(3), keys, shows));
    }

    @Test
    void anUnreadBodyHasNoKeyAndStaysInTheFirstWave() {
        List<PushRecord.Key> keys = new ArrayList<>(List.of(key("post", 1)));
        keys.add(1, null);
        assertEquals(List.of(oneLaneEach(2)), PushWaves.of(oneLaneEach(2), keys, List.of(List.of(), List.of())));
    }
}
