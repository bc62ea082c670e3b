package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.List;

import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A unit's whole translation (kept whole: it did not split into the source's sentences) against its sentences' own
 * context matches: the newest translation of the place wins; made at the same time (one merge gave both: a target
 * whose translator reordered its sentences), the whole, the translator's order (until 2026-12-03 the sentences won a
 * tie; two merges in one second are dated apart since, {@link MemoryFile#add}). A memory that gives no dates (another
 * tool's TMX) counts as the oldest. A whole translation from another place of the post only where the sentences have
 * no context match of their own.
 */
class WholeUnitMatchTest {
    private static final TmText FIRST = text("Rivers carry sand.");
    private static final TmText SECOND = text("Deltas grow.");
    private static final TmText WHOLE = text("Rivers carry sand. Deltas grow.");
    private static final String POST = "812", KEY = "content/p[1]";

    private static TmEntry entry(TmText source, String target, String previous, String next, String created) {
        return new TmEntry(source, text(target), "en", "ko", POST, KEY, previous, next, created);
    }

    private static Match wholeMatch(String sentencesMade, String wholeMade) {
        Matcher matcher = new Matcher(List.of(
                entry(FIRST, "강은 모래를 나른다.", "", TmEntry.hash(SECOND), sentencesMade),
                entry(SECOND, "삼각주는 자란다.", TmEntry.hash(FIRST), "", sentencesMade),
                entry(WHOLE, "강이 모래를 날라 삼각주가 자란다.", "", "", wholeMade)));
        MatchResult[] found = {
                matcher.match(new MatchQuery(FIRST, POST, KEY, "", TmEntry.hash(SECOND))),
                matcher.match(new MatchQuery(SECOND, POST, KEY, TmEntry.hash(FIRST), ""))};
        assertEquals(MatchKind.CONTEXT, found[0].kind());
        assertEquals(MatchKind.CONTEXT, found[1].kind());
        return ExportLeverage.wholeMatch(matcher, WHOLE, POST, KEY, found, new boolean[] {true, true});
    }

    @Test
    void theNewestTranslationOfThePlaceWins() {
        assertEquals("강이 모래를 날라 삼각주가 자란다.",
                wholeMatch("2026-12-01T10:00:00Z", "2026-12-02T10:00:00Z").entry().target().plainText());
        assertNull(wholeMatch("2026-12-03T10:00:00Z", "2026-12-02T10:00:00Z"), "translated sentence by sentence since");
        assertEquals("강이 모래를 날라 삼각주가 자란다.", wholeMatch("2026-12-02T10:00:00Z", "2026-12-02T10:00:00Z").entry()
                .target().plainText(), "made together: the whole, in the translator's order");
    }

    @Test
    void aWholeTranslationThatSaysWhatTheSentencesSayLeavesThemTheirSegments() {
        // a published paragraph aligned as it was merged: its whole text is the sentences' translations, newer
        Matcher matcher = new Matcher(List.of(
                entry(FIRST, "강은 모래를 나른다.", "", TmEntry.hash(SECOND), "2026-12-01T10:00:00Z"),
                entry(SECOND, "삼각주는 자란다.", TmEntry.hash(FIRST), "", "2026-12-01T10:00:00Z"),
                entry(WHOLE, "강은 모래를 나른다.  삼각주는 자란다.", "", "", "2026-12-02T10:00:00Z")));
        MatchResult[] found = {
                matcher.match(new MatchQuery(FIRST, POST, KEY, "", TmEntry.hash(SECOND))),
                matcher.match(new MatchQuery(SECOND, POST, KEY, TmEntry.hash(FIRST), ""))};
        assertNull(ExportLeverage.wholeMatch(matcher, WHOLE, POST, KEY, found, new boolean[] {true, true}));
    }

    @Test
    void undatedEntriesCountAsTheOldest() {
        assertEquals("강이 모래를 날라 삼각주가 자란다.", wholeMatch(null, null).entry().target().plainText(), "as old: a tie");
        assertEquals("강이 모래를 날라 삼각주가 자란다.", wholeMatch(null, "2026-12-02T10:00:00Z").entry().target().plainText());
        assertNull(wholeMatch("2026-12-02T10:00:00Z", null));
    }

    @Test
    void aWholeTranslationFromAnotherPlaceNeverOverridesAPlacesOwnSentences() {
        // the same English twice in the post: paragraph 3 joined and retranslated later, paragraph 1 kept its sentences
        Matcher matcher = new Matcher(List.of(
                entry(FIRST, "강은 모래를 나른다.", "", TmEntry.hash(SECOND), "2026-12-01T10:00:00Z"),
                entry(SECOND, "삼각주는 자란다.", TmEntry.hash(FIRST), "", "2026-12-01T10:00:00Z"),
                new TmEntry(WHOLE, text("강이 모래를 날라 삼각주가 자란다."), "en", "ko", POST, "content/p[3]", "", "",
                        "2026-12-02T10:00:00Z")));
        MatchResult[] found = {
                matcher.match(new MatchQuery(FIRST, POST, KEY, "", TmEntry.hash(SECOND))),
                matcher.match(new MatchQuery(SECOND, POST, KEY, TmEntry.hash(FIRST), ""))};
        assertNull(ExportLeverage.wholeMatch(matcher, WHOLE, POST, KEY, found, new boolean[] {true, true}),
                "paragraph 1's own translation");
        // a paragraph moved to a new place, its sentences without context matches of their own: the whole one
        MatchResult[] none = {MatchResult.none(0), MatchResult.none(0)};
        assertNotNull(ExportLeverage.wholeMatch(matcher, WHOLE, POST, "content/p[7]", none, new boolean[] {true, true}));
    }

    @Test
    void aParagraphMovedWithinItsPostKeepsItsWholeTranslationAnotherPostDoesNot() {
        Matcher matcher = new Matcher(List.of(entry(WHOLE, "강이 모래를 날라 삼각주가 자란다.", "", "", "2026-12-02T10:00:00Z")));
        assertNotNull(matcher.wholeUnit(new MatchQuery(WHOLE, POST, KEY, "", "")));
        assertNotNull(matcher.wholeUnit(new MatchQuery(WHOLE, POST, "content/p[4]", "", "")), "moved within the post");
        assertNull(matcher.wholeUnit(new MatchQuery(WHOLE, "813", KEY, "", "")), "another post: the sentences' matches only");
    }
}
