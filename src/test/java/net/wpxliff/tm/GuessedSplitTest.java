package net.wpxliff.tm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A pair whose sentence split was guessed ({@link TmEntry#splitGuessed}: a published paragraph split by the sentence
 * rules into as many sentences as its source) is offered at 99, never pre-filled, until a translator's segment of the
 * same pair confirms it; the memory file keeps the mark.
 */
class GuessedSplitTest {
    private static final String SOURCE = "Where the water slows down, it drops what it carries.";
    private static final String KOREAN = "물이 느려지는 곳에서 강은 실어 온 것을 내려놓습니다.";

    private static TmEntry guessed(String postId) {
        TmEntry e = TmTexts.entry(SOURCE, KOREAN, postId, "content/p[1]", "Rivers carry mud.", null, "2026-12-01T00:00:00Z");
        return new TmEntry(e.source(), e.target(), e.sourceLanguage(), e.targetLanguage(), e.postId(), e.unitKey(),
                e.previousHash(), e.nextHash(), e.created(), true);
    }

    private static MatchQuery inContext() {
        return new MatchQuery(TmTexts.text(SOURCE), "7", "content/p[1]", TmEntry.hash(TmTexts.text("Rivers carry mud.")), "");
    }

    @Test
    void aGuessedPairIsOfferedAt99EvenInItsOwnContext() {
        MatchResult result = new Matcher(List.of(guessed("7"))).match(inContext());
        assertEquals(MatchKind.FUZZY, result.kind());
        assertEquals(99, result.bestScore());
        Match offer = result.matches().get(0);
        assertFalse(offer.prefills());
        assertEquals(KOREAN, offer.target().orElseThrow().plainText(), "offered with its codes mapped");
    }

    @Test
    void aGuessedPairsFuzzyScoreLosesAPoint() {
        TmEntry guess = guessed("7");
        TmEntry sure = new TmEntry(guess.source(), guess.target(), "en", "ko", "7", "content/p[1]", guess.previousHash(),
                guess.nextHash(), guess.created());
        MatchQuery changed = new MatchQuery(TmTexts.text("Where the water slows down, it drops all it carries."), "7",
                "content/p[1]", "", "");
        int sureScore = new Matcher(List.of(sure)).match(changed).bestScore();
        assertTrue(sureScore >= Matcher.FUZZY_MINIMUM && sureScore < 100, "a fuzzy match: " + sureScore);
        assertEquals(sureScore - 1, new Matcher(List.of(guess)).match(changed).bestScore());
    }

    @Test
    void anEntryLongerThanAnyParagraphIsNotIndexed() {
        // a 10 MB "segment" (another tool's, or a hostile file) would take hundreds of MB of index for nothing
        String huge = "word ".repeat(Matcher.LONGEST_SOURCE / 5 + 1);
        Matcher matcher = Matcher.forLanguages(List.of(guessed("7"), TmTexts.entry(huge, "단어", "7", "content/p[2]", null,
                null, "2026-12-01T00:00:00Z")), "en", "ko");
        assertEquals(1, matcher.size());
    }

    private static TmEntry asGuess(TmEntry e) {
        return new TmEntry(e.source(), e.target(), e.sourceLanguage(), e.targetLanguage(), e.postId(), e.unitKey(),
                e.previousHash(), e.nextHash(), e.created(), true);
    }

    @Test
    void noGuessWhereThePlaceHoldsATranslatorsSegmentOfTheSentence() {
        // QA: a unit translated sentence by sentence, exported again and returned whole with its sentences reordered:
        // the count split pairs each sentence with the other's Korean, a wrong 99 offer beside the translator's pair
        String first = "Rivers carry mud.", second = "Where the water slows down, it drops what it carries.";
        String firstKo = "강은 진흙을 나릅니다.", secondKo = "물이 느려지는 곳에서 강은 실어 온 것을 내려놓습니다.";
        TranslationMemory memory = new TranslationMemory();
        memory.addAll(List.of(TmTexts.entry(first, firstKo, "7", "content/p[1]", null, second, "2026-12-01T00:00:00Z"),
                TmTexts.entry(second, secondKo, "7", "content/p[1]", first, null, "2026-12-01T00:00:00Z")));
        String wholeKo = secondKo + " " + firstKo;
        List<TmEntry> returnedWhole = List.of(
                TmTexts.entry(first + " " + second, wholeKo, "7", "content/p[1]", null, null, "2026-12-02T00:00:00Z"),
                asGuess(TmTexts.entry(first, secondKo, "7", "content/p[1]", null, second, "2026-12-02T00:00:00Z")),
                asGuess(TmTexts.entry(second, firstKo, "7", "content/p[1]", first, null, "2026-12-02T00:00:00Z")));
        assertEquals(1, memory.addAll(returnedWhole), "the whole translation only");
        assertEquals(3, memory.size());
        assertTrue(memory.units().stream().noneMatch(TranslationMemory.Unit::splitGuessed));
        // the same unit returned whole in a post where no segment of it is known: the guesses are kept, marked
        TranslationMemory other = new TranslationMemory();
        other.addAll(List.of(TmTexts.entry(first, firstKo, "8", "content/p[1]", null, second, "2026-12-01T00:00:00Z")));
        other.addAll(returnedWhole.stream().map(e -> new TmEntry(e.source(), e.target(), "en", "ko", "8", e.unitKey(),
                e.previousHash(), e.nextHash(), e.created(), e.splitGuessed())).toList());
        assertEquals(List.of(second), other.units().stream().filter(TranslationMemory.Unit::splitGuessed)
                .map(u -> u.source().plainText()).toList(), "only the sentence without a translator's segment there");
    }

    @Test
    void anEditorsFixAlignedFromThePublishedParagraphSupersedesTheOlderSegment() {
        // QA: a translator's two segments; an editor rewrote the second sentence on the site, tm align paired the
        // published paragraph (whole, and split by guess); then the English changed the first sentence
        String first = "Rivers carry mud.", second = "Where the water slows down, it drops what it carries.";
        String firstKo = "강은 진흙을 나릅니다.", secondKo = "물이 느려지는 곳에서 강은 실어 온 것을 내려놓습니다.";
        String fixedKo = "물살이 느려지면 강은 싣고 온 것을 내려놓습니다.";
        TranslationMemory memory = new TranslationMemory();
        memory.addAll(List.of(TmTexts.entry(first, firstKo, "7", "content/p[1]", null, second, "2026-12-01T00:00:00Z"),
                TmTexts.entry(second, secondKo, "7", "content/p[1]", first, null, "2026-12-01T00:00:00Z")));
        memory.addAll(List.of(
                TmTexts.entry(first + " " + second, firstKo + " " + fixedKo, "7", "content/p[1]", null, null, "2026-12-02T00:00:00Z"),
                asGuess(TmTexts.entry(first, firstKo, "7", "content/p[1]", null, second, "2026-12-02T00:00:00Z")),
                asGuess(TmTexts.entry(second, fixedKo, "7", "content/p[1]", first, null, "2026-12-02T00:00:00Z"))));
        // the first sentence's guess says what the translator's segment says: not added; the second's is the editor's fix
        assertEquals(List.of(second), memory.units().stream().filter(TranslationMemory.Unit::splitGuessed)
                .map(u -> u.source().plainText()).toList());
        // the English changed the first sentence: the second is offered with the editor's fix first, neither pre-filled
        MatchResult result = new Matcher(memory.entries()).match(new MatchQuery(TmTexts.text(second), "7", "content/p[1]",
                TmEntry.hash(TmTexts.text("Rivers carry sand.")), ""));
        assertEquals(MatchKind.FUZZY, result.kind());
        List<Match> offers = result.matches().subList(0, 2); // then the paragraph's whole translation, a fuzzy match
        assertEquals(List.of(fixedKo, secondKo), offers.stream().map(m -> m.target().orElseThrow().plainText()).toList());
        assertTrue(result.matches().stream().noneMatch(Match::prefills));
        assertEquals(List.of(99, 99), offers.stream().map(Match::score).toList());
        assertEquals(Matcher.SUPERSEDED, offers.get(1).codeProblem());
    }

    @Test
    void aTranslatorsSegmentOfTheSamePairConfirmsIt(@TempDir Path dir) throws Exception {
        Path tmx = dir.resolve("m.tmx");
        MemoryFile.add(tmx, List.of(guessed("7")), Instant.parse("2026-12-01T00:00:00Z"));
        assertTrue(Files.readString(tmx).contains("<prop type=\"x-wpxliff-split\">guessed</prop>"), Files.readString(tmx));
        assertTrue(TmxReader.read(tmx).entries().get(0).splitGuessed(), "read back with its mark");

        // the same pair again, guessed in another post: still a guess
        MemoryFile.Update again = MemoryFile.add(tmx, List.of(guessed("8")), Instant.parse("2026-12-02T00:00:00Z"));
        assertEquals(0, again.newUnits());
        assertTrue(TmxReader.read(tmx).entries().stream().allMatch(TmEntry::splitGuessed));

        // a returned file's segment gives the same pair: the mark goes, the pair pre-fills
        TmEntry segment = TmTexts.entry(SOURCE, KOREAN, "9", "content/p[2]", null, null, "2026-12-03T00:00:00Z");
        MemoryFile.add(tmx, List.of(segment), Instant.parse("2026-12-03T00:00:00Z"));
        assertFalse(Files.readString(tmx).contains("x-wpxliff-split"), Files.readString(tmx));
        List<TmEntry> entries = TmxReader.read(tmx).entries();
        assertEquals(3, entries.size(), "one unit, three places");
        assertTrue(entries.stream().noneMatch(TmEntry::splitGuessed));
        MatchResult result = new Matcher(entries).match(inContext());
        assertEquals(MatchKind.CONTEXT, result.kind());
        assertTrue(result.matches().get(0).prefills());
    }
}
