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
        return TmTexts.entry(SOURCE, KOREAN, postId, "content/p[1]", "Rivers carry mud.", null, "2026-12-01T00:00:00Z")
                .asGuess();
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
                TmTexts.entry(first, secondKo, "7", "content/p[1]", null, second, "2026-12-02T00:00:00Z").asGuess(),
                TmTexts.entry(second, firstKo, "7", "content/p[1]", first, null, "2026-12-02T00:00:00Z").asGuess());
        assertEquals(1, memory.addAll(returnedWhole), "the whole translation only");
        assertEquals(3, memory.size());
        assertTrue(memory.units().stream().noneMatch(TranslationMemory.Unit::splitGuessed));
        // the same unit returned whole in a post where no segment of it is known: nothing tells, the guesses are kept
        TranslationMemory other = new TranslationMemory();
        other.addAll(returnedWhole.stream().map(e -> new TmEntry(e.source(), e.target(), "en", "ko", "8", e.unitKey(),
                e.previousHash(), e.nextHash(), e.created(), e.splitGuessed())).toList());
        assertEquals(List.of(first, second), other.units().stream().filter(TranslationMemory.Unit::splitGuessed)
                .map(u -> u.source().plainText()).toList(), "marked, offered at 99 only");
        // where one segment is known, both guesses show as wrong: one gives its Korean to the other sentence, the other
        // pairs that sentence with other Korean while its segment stands in the whole
        TranslationMemory partly = new TranslationMemory();
        partly.addAll(List.of(TmTexts.entry(first, firstKo, "9", "content/p[1]", null, second, "2026-12-01T00:00:00Z")));
        partly.addAll(returnedWhole.stream().map(e -> new TmEntry(e.source(), e.target(), "en", "ko", "9", e.unitKey(),
                e.previousHash(), e.nextHash(), e.created(), e.splitGuessed())).toList());
        assertEquals(List.of(), partly.units().stream().filter(TranslationMemory.Unit::splitGuessed).toList());
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
                TmTexts.entry(first, firstKo, "7", "content/p[1]", null, second, "2026-12-02T00:00:00Z").asGuess(),
                TmTexts.entry(second, fixedKo, "7", "content/p[1]", first, null, "2026-12-02T00:00:00Z").asGuess()));
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

    /** A memory holding a translator's two segments of a paragraph (post 7, content/p[1]), made 2026-12-01. */
    private static TranslationMemory segments(String first, String firstKo, String second, String secondKo) {
        TranslationMemory memory = new TranslationMemory();
        memory.addAll(List.of(TmTexts.entry(first, firstKo, "7", "content/p[1]", null, second, "2026-12-01T00:00:00Z"),
                TmTexts.entry(second, secondKo, "7", "content/p[1]", first, null, "2026-12-01T00:00:00Z")));
        return memory;
    }

    private static List<TmEntry> returnedWhole(String first, String second, String firstGuess, String secondGuess) {
        return List.of(TmTexts.entry(first + " " + second, firstGuess + " " + secondGuess, "7", "content/p[1]", null, null,
                        "2026-12-02T00:00:00Z"),
                TmTexts.entry(first, firstGuess, "7", "content/p[1]", null, second, "2026-12-02T00:00:00Z").asGuess(),
                TmTexts.entry(second, secondGuess, "7", "content/p[1]", first, null, "2026-12-02T00:00:00Z").asGuess());
    }

    private static List<String> guessedSources(TranslationMemory memory) {
        return memory.units().stream().filter(TranslationMemory.Unit::splitGuessed).map(u -> u.source().plainText()).toList();
    }

    @Test
    void aRewriteThatKeepsTheOldSentenceInsideItIsStillNewer() {
        // QA: "still says it" was a text search: a new sentence holding the old one as its end was taken for it
        String first = "Rivers carry mud.", second = "Where the water slows down, it drops it.";
        TranslationMemory memory = segments(first, "강은 진흙을 나른다.", second, "물이 느려지면 내려놓는다.");
        memory.addAll(returnedWhole(first, second, "강은 진흙을 나른다.", "하지만 물이 느려지면 내려놓는다."));
        assertEquals(List.of(second), guessedSources(memory), "the rewritten sentence's guess kept");
        MatchResult result = new Matcher(memory.entries()).match(new MatchQuery(TmTexts.text(second), "7", "content/p[1]",
                TmEntry.hash(TmTexts.text("Rivers carry sand.")), ""));
        assertEquals("하지만 물이 느려지면 내려놓는다.", result.matches().get(0).target().orElseThrow().plainText());
        assertTrue(result.matches().stream().noneMatch(Match::prefills));
    }

    @Test
    void aGuessGivingASentenceAnothersKoreanIsLeftOut() {
        // QA: reordered and one sentence rewritten: the count split gave the second English sentence the first's Korean
        String first = "Rivers carry mud.", second = "Where the water slows down, it drops it.";
        TranslationMemory memory = segments(first, "강은 진흙을 나른다.", second, "물이 느려지면 내려놓는다.");
        memory.addAll(returnedWhole(first, second, "물살이 약해지면 떨군다.", "강은 진흙을 나른다."));
        // the second's guess has the first's Korean; the first's guess other Korean while the first's segment stands in
        // the whole as a sentence: both wrong pairings, left out (the whole translation is kept)
        assertEquals(List.of(), guessedSources(memory));
        assertEquals(3, memory.size());
    }

    @Test
    void aPairAlignedWithoutARecordIsKeptBesideTheTranslatorsSegment() {
        // QA: tm align --no-record gives unconfirmed pairs and no translator's whole; an editor's new heading was dropped
        // because a translator's segment of it was there, and the old heading pre-filled as context
        TranslationMemory memory = new TranslationMemory();
        memory.addAll(List.of(TmTexts.entry("How a delta grows", "삼각주가 자라는 방식", "7", "content/h2[1]", null, null,
                "2026-12-01T00:00:00Z")));
        memory.addAll(List.of(TmTexts.entry("How a delta grows", "삼각주는 어떻게 자라나", "7", "content/h2[1]", null,
                null, "2026-12-02T00:00:00Z").asGuess()));
        MatchResult result = new Matcher(memory.entries()).match(new MatchQuery(TmTexts.text("How a delta grows"), "7",
                "content/h2[1]", "", ""));
        assertEquals(List.of("삼각주는 어떻게 자라나", "삼각주가 자라는 방식"),
                result.matches().stream().map(m -> m.target().orElseThrow().plainText()).toList());
        assertTrue(result.matches().stream().noneMatch(Match::prefills));
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
