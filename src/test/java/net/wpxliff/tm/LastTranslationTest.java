package net.wpxliff.tm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pair added again in a place (post and unit key) where another pair was translated since becomes the place's newest
 * translation: an older translation merged again (a translator's merged segments split back, a revert) wins over the
 * whole-unit translation made in between. Its date changes in that place only, the memory file keeps it, and adding
 * the same again changes nothing.
 */
class LastTranslationTest {
    private static final TmText FIRST = text("Rivers carry sand.");
    private static final TmText SECOND = text("Deltas grow.");
    private static final TmText WHOLE = text("Rivers carry sand. Deltas grow.");
    private static final String POST = "812", KEY = "content/p[1]";

    private static TmEntry entry(TmText source, String target, String post, String previous, String next, String created) {
        return new TmEntry(source, text(target), "en", "ko", post, KEY, previous, next, created);
    }

    private static TmEntry first(String post, String created) {
        return entry(FIRST, "강은 모래를 나른다.", post, "", TmEntry.hash(SECOND), created);
    }

    private static TmEntry second(String created) {
        return entry(SECOND, "삼각주는 자란다.", POST, TmEntry.hash(FIRST), "", created);
    }

    private static Match wholeMatch(List<TmEntry> entries) {
        Matcher matcher = new Matcher(entries);
        MatchResult[] found = {
                matcher.match(new MatchQuery(FIRST, POST, KEY, "", TmEntry.hash(SECOND))),
                matcher.match(new MatchQuery(SECOND, POST, KEY, TmEntry.hash(FIRST), ""))};
        return ExportLeverage.wholeMatch(matcher, WHOLE, POST, KEY, found, new boolean[] {true, true});
    }

    private static String dateIn(List<TmEntry> entries, TmText source, String post) {
        return entries.stream().filter(e -> e.source().equals(source) && e.postId().equals(post)).findFirst().orElseThrow()
                .created();
    }

    @Test
    void anOlderTranslationMergedAgainIsThePlacesNewest(@TempDir Path dir) throws Exception {
        TranslationMemory memory = new TranslationMemory();
        assertTrue(memory.add(first(POST, "2026-12-01T10:00:00Z")));
        assertTrue(memory.add(second("2026-12-01T10:00:00Z")));
        assertTrue(memory.add(first("900", "2026-12-01T10:00:00Z")), "the same pair in another post");
        // a translator joined the two segments: the whole unit, newer
        assertTrue(memory.add(entry(WHOLE, "강이 모래를 날라 삼각주가 자란다.", POST, "", "", "2026-12-02T10:00:00Z")));
        assertNotNull(wholeMatch(memory.entries()), "the whole translation is the newest");

        // the sentence-by-sentence file merged again
        assertTrue(memory.add(first(POST, "2026-12-03T10:00:00Z")));
        assertTrue(memory.add(second("2026-12-03T10:00:00Z")));
        List<TmEntry> entries = memory.entries();
        assertNull(wholeMatch(entries), "the sentences are the place's newest translation again");
        assertEquals("2026-12-03T10:00:00Z", dateIn(entries, FIRST, POST));
        assertEquals("2026-12-01T10:00:00Z", dateIn(entries, FIRST, "900"), "dated again in its place only");

        // the same again: nothing changes
        assertFalse(memory.add(first(POST, "2026-12-04T10:00:00Z")));
        assertFalse(memory.add(second("2026-12-04T10:00:00Z")));

        // the file keeps the dates: the context's own, the latest as the tu's changedate
        Path tmx = dir.resolve("m.tmx");
        Files.write(tmx, TmxWriter.write(memory, "20261201T100000Z"));
        String written = Files.readString(tmx, StandardCharsets.UTF_8);
        assertTrue(written.contains("changedate=\"20261203T100000Z\"") && written.contains(
                "<prop type=\"x-wpxliff-changed\">20261203T100000Z</prop>"), written);
        TranslationMemory read = TmxReader.read(tmx);
        assertEquals(entries, read.entries());
        assertEquals(written, new String(TmxWriter.write(read, "20261201T100000Z"), StandardCharsets.UTF_8));
    }

    @Test
    void mergesInOneSecondAreDatedApartTheLaterOneNewer(@TempDir Path dir) throws Exception {
        // a script merges the sentence-by-sentence file, then the joined one, then the first again, within one second
        Path tmx = dir.resolve("m.tmx");
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        String iso = MemoryFile.created(now);
        MemoryFile.add(tmx, List.of(first(POST, iso), second(iso)), now);
        MemoryFile.add(tmx, List.of(entry(WHOLE, "강이 모래를 날라 삼각주가 자란다.", POST, "", "", iso)), now);
        List<TmEntry> entries = TmxReader.read(tmx).entries();
        assertEquals("2026-12-03T10:00:01Z", dateIn(entries, WHOLE, POST), "one second after the memory's latest");
        assertNotNull(wholeMatch(entries), "the joined translation, merged last");

        MemoryFile.Update again = MemoryFile.add(tmx, List.of(first(POST, iso), second(iso)), now);
        assertEquals(0, again.newUnits());
        assertEquals(0, again.newPlaces(), "no new place: the two pairs were dated again");
        assertEquals(2, again.updated());
        entries = TmxReader.read(tmx).entries();
        assertEquals("2026-12-03T10:00:02Z", dateIn(entries, FIRST, POST));
        assertNull(wholeMatch(entries), "the sentences, merged last");
    }

    @Test
    void mergingEitherFileAgainMakesItTheNewestAndAgainChangesNothing(@TempDir Path dir) throws Exception {
        // r1 gives the sentences; r2 joins them (the whole, and its split by count as guesses that differ from r1's)
        Path tmx = dir.resolve("m.tmx");
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        String iso = MemoryFile.created(now);
        List<TmEntry> r1 = List.of(first(POST, iso), second(iso));
        List<TmEntry> r2 = List.of(entry(WHOLE, "강이 모래를 날라 삼각주가 자란다.", POST, "", "", iso),
                entry(FIRST, "강이 모래를 날라", POST, "", TmEntry.hash(SECOND), iso).asGuess(),
                entry(SECOND, "삼각주가 자란다.", POST, TmEntry.hash(FIRST), "", iso).asGuess());
        MemoryFile.add(tmx, r1, now);
        MemoryFile.add(tmx, r2, now);
        assertNotNull(wholeMatch(TmxReader.read(tmx).entries()), "r2 merged last");
        for (int round = 0; round < 2; round++) {
            MemoryFile.add(tmx, r1, now);
            assertNull(wholeMatch(TmxReader.read(tmx).entries()), "r1 merged last");
            byte[] settled = Files.readAllBytes(tmx);
            assertEquals(0, MemoryFile.add(tmx, r1, now).added(), "the same again");
            assertEquals(java.util.Arrays.toString(settled), java.util.Arrays.toString(Files.readAllBytes(tmx)));
            MemoryFile.add(tmx, r2, now);
            assertNotNull(wholeMatch(TmxReader.read(tmx).entries()), "r2 merged last");
            settled = Files.readAllBytes(tmx);
            assertEquals(0, MemoryFile.add(tmx, r2, now).added(), "the same again");
            assertEquals(java.util.Arrays.toString(settled), java.util.Arrays.toString(Files.readAllBytes(tmx)));
        }
    }

    @Test
    void aDateFarAheadInTheMemoryIsNotFollowed(@TempDir Path dir) throws Exception {
        // another clock's or a damaged file's date: the next merge is dated its own time, in a date TMX allows
        Path tmx = dir.resolve("m.tmx");
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        MemoryFile.add(tmx, List.of(entry(WHOLE, "먼 미래", "900", "", "", "9999-12-31T23:59:59Z")), now);
        MemoryFile.add(tmx, List.of(first(POST, MemoryFile.created(now)), second(MemoryFile.created(now))), now);
        String written = Files.readString(tmx, StandardCharsets.UTF_8);
        assertTrue(written.contains("creationdate=\"20261203T100000Z\"") && !written.contains("+1"), written);
        assertEquals("2026-12-03T10:00:00Z", dateIn(TmxReader.read(tmx).entries(), FIRST, POST));
    }

    @Test
    void aDateFarAheadIsRankedAsNoDate() {
        // QA7: a memory whose entries say 9999 won their places over every translation merged after them
        TmEntry future = entry(FIRST, "먼 미래의 번역.", POST, "", TmEntry.hash(SECOND), "9999-12-31T23:59:59Z");
        TmEntry merged = first(POST, "2026-12-01T10:00:00Z");
        MatchResult result = new Matcher(List.of(future, merged, second("2026-12-01T10:00:00Z")))
                .match(new MatchQuery(FIRST, POST, KEY, "", TmEntry.hash(SECOND)));
        assertEquals(MatchKind.CONTEXT, result.kind());
        assertEquals("강은 모래를 나른다.", result.matches().get(0).target().orElseThrow().plainText());
        // nor does a whole translation so dated win over the sentences translated since
        assertNull(wholeMatch(List.of(first(POST, "2026-12-01T10:00:00Z"), second("2026-12-01T10:00:00Z"),
                entry(WHOLE, "먼 미래의 번역.", POST, "", "", "9999-12-31T23:59:59Z"))));
        assertNotNull(wholeMatch(List.of(first(POST, "2026-12-01T10:00:00Z"), second("2026-12-01T10:00:00Z"),
                entry(WHOLE, "강이 모래를 날라 삼각주가 자란다.", POST, "", "", "2026-12-02T10:00:00Z"))), "a believable date wins");
    }

    @Test
    void aPairAddedAgainWhereNothingNewerWasTranslatedKeepsItsDate() {
        TranslationMemory memory = new TranslationMemory();
        memory.add(first(POST, "2026-12-01T10:00:00Z"));
        memory.add(second("2026-12-01T10:00:00Z"));
        assertFalse(memory.add(first(POST, "2026-12-05T10:00:00Z")));
        assertEquals("2026-12-01T10:00:00Z", dateIn(memory.entries(), FIRST, POST));
    }
}
