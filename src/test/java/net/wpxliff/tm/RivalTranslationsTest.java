package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two translations of one source in the very same context, made at the same time (one merge of two files that translate
 * the same post, one of which push then refused): neither is sure, so neither pre-fills; both are offered at 99 (as a
 * CAT tool's multiple-translations penalty). Made at different times, the newer pre-fills.
 */
class RivalTranslationsTest {
    private static final TmText SOURCE = text("Many cities grow there.");
    private static final String POST = "812", KEY = "content/p[2]";

    private static TmEntry entry(String target, String created) {
        return new TmEntry(SOURCE, text(target), "en", "ko", POST, KEY, "", "", created);
    }

    private static MatchResult match(List<TmEntry> entries) {
        return new Matcher(entries).match(new MatchQuery(SOURCE, POST, KEY, "", ""));
    }

    @Test
    void twoTranslationsOfOnePlaceAtOnceAreBothOffered() {
        MatchResult result = match(List.of(entry("많은 도시가 그곳에서 성장한다.", "2026-12-03T10:00:00Z"),
                entry("많은 도시가 그곳에서 성장한다!", "2026-12-03T10:00:00Z")));
        assertEquals(MatchKind.FUZZY, result.kind());
        assertEquals(99, result.bestScore());
        assertEquals(2, result.matches().size());
        assertTrue(result.matches().stream().noneMatch(Match::prefills));
        assertEquals(Matcher.RIVALS, result.matches().get(0).codeProblem());
    }

    @Test
    void theNewerOfTwoPreFillsAndTheSamePairTwiceIsNoRival() {
        MatchResult newer = match(List.of(entry("많은 도시가 그곳에서 성장한다.", "2026-12-03T10:00:00Z"),
                entry("많은 도시가 그곳에서 성장한다!", "2026-12-03T10:00:01Z")));
        assertEquals(MatchKind.CONTEXT, newer.kind());
        assertEquals("많은 도시가 그곳에서 성장한다!", newer.matches().get(0).target().orElseThrow().plainText());
        TmEntry one = entry("많은 도시가 그곳에서 성장한다.", "2026-12-03T10:00:00Z");
        TmEntry elsewhere = new TmEntry(SOURCE, one.target(), "en", "ko", POST, "content/p[9]", "", "", one.created());
        MatchResult same = match(List.of(one, elsewhere));
        assertEquals(MatchKind.CONTEXT, same.kind());
        assertFalse(same.matches().isEmpty());
    }
}
