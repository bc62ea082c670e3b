package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static net.wpxliff.tm.TmTexts.entry;
import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A pre-filling lookup finds its other matches only when they are asked for, and then the same ones as before. */
class DeferredMatchesTest {
    private static final String SOURCE = "The river floods every spring.";

    @Test
    void theFirstAndWhetherThereIsOneCostNothingTheRestIsFoundOnce() {
        Match first = new Match(MatchKind.CONTEXT, 100, entry(SOURCE, "강은 봄마다 범람한다.", "1", "k", null, null, ""),
                java.util.Optional.empty(), "", null);
        Match other = new Match(MatchKind.EXACT, 100, entry(SOURCE, "봄마다 강이 넘친다.", "2", "k", null, null, ""),
                java.util.Optional.empty(), "", null);
        AtomicInteger lookups = new AtomicInteger();
        DeferredMatches matches = new DeferredMatches(first, () -> {
            lookups.incrementAndGet();
            return List.of(first, other);
        });

        assertFalse(matches.isEmpty());
        assertSame(first, matches.get(0));
        assertEquals(0, lookups.get(), "neither asks for the others");
        assertEquals(List.of(first, other), matches);
        assertEquals(2, matches.size());
        assertEquals(1, lookups.get(), "found once");
    }

    @Test
    void aContextMatchOffersTheSameOthersAsTheFullLookup() {
        Matcher matcher = new Matcher(List.of(
                entry(SOURCE, "강은 봄마다 범람한다.", "12", "content/p[2]", null, null, "2026-01-01T00:00:00Z"),
                entry(SOURCE, "봄마다 강이 넘친다.", "99", "content/p[1]", null, null, "2026-06-01T00:00:00Z"),
                entry(SOURCE, "강은 매년 봄에 넘친다.", "7", "content/p[4]", null, null, "2026-03-01T00:00:00Z")));

        MatchResult result = matcher.match(MatchQuery.of(text(SOURCE), "12", "content/p[2]", null, null));
        MatchResult again = matcher.analyze(MatchQuery.of(text(SOURCE), "12", "content/p[2]", null, null));

        assertEquals(MatchKind.CONTEXT, result.kind());
        assertEquals(List.of("강은 봄마다 범람한다.", "봄마다 강이 넘친다.", "강은 매년 봄에 넘친다."),
                result.matches().stream().map(m -> m.entry().target().plainText()).toList(), "newest after the context match");
        assertEquals(result.matches(), again.matches());
    }
}
