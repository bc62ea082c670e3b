package net.wpxliff.tm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static net.wpxliff.tm.TmTexts.entry;
import static net.wpxliff.tm.TmTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatcherTest {
    private static final String SOURCE = "The quick brown fox jumps over the lazy old dog.";
    private static final String BEFORE = "It was a sunny day.";
    private static final String AFTER = "Nobody saw it.";

    private static MatchQuery query(String source, String post, String key, String previous, String next) {
        return MatchQuery.of(text(source), post, key, previous == null ? null : text(previous), next == null ? null : text(next));
    }

    @Test
    void contextMatchNeedsSamePostAndSurroundings() {
        Matcher matcher = new Matcher(List.of(
                entry(SOURCE, "날쌘 갈색 여우.", "12", "content/p[2]", BEFORE, AFTER, "2026-01-01T00:00:00Z"),
                entry(SOURCE, "다른 번역.", "99", "content/p[1]", null, null, "2026-06-01T00:00:00Z")));

        MatchResult context = matcher.match(query(SOURCE, "12", "content/p[2]", BEFORE, AFTER));
        assertEquals(MatchKind.CONTEXT, context.kind());
        assertEquals(100, context.bestScore());
        assertEquals("날쌘 갈색 여우.", context.prefill().orElseThrow().target().orElseThrow().plainText());
        assertEquals(Band.CONTEXT, context.band(false));
        assertEquals(2, context.matches().size(), "the other translation is offered after it");

        // same key, one neighbour edited: still in context (the paragraph is the same place)
        assertEquals(MatchKind.CONTEXT, matcher.match(query(SOURCE, "12", "content/p[2]", "A new sentence before.", AFTER)).kind());
        // another key (a paragraph inserted before it shifted its element path), both neighbours equal: in context
        assertEquals(MatchKind.CONTEXT, matcher.match(query(SOURCE, "12", "content/p[3]", BEFORE, AFTER)).kind());
        // another key and one neighbour only: exact
        assertEquals(MatchKind.EXACT, matcher.match(query(SOURCE, "12", "content/p[3]", BEFORE, "Another sentence.")).kind());

        // both neighbours edited: exact, and still the same post's translation first
        MatchResult moved = matcher.match(query(SOURCE, "12", "content/p[2]", "A new sentence before.", "And after."));
        assertEquals(MatchKind.EXACT, moved.kind());
        assertEquals("날쌘 갈색 여우.", moved.prefill().orElseThrow().target().orElseThrow().plainText());
        assertEquals(Band.EXACT, moved.band(true), "a 100% match counts as 100% even when repeated");

        // another post: exact, the newest first (neither is closer)
        MatchResult elsewhere = matcher.match(query(SOURCE, "500", "content/p[9]", BEFORE, "Another sentence."));
        assertEquals(MatchKind.EXACT, elsewhere.kind());
        assertEquals("날쌘 갈색 여우.", elsewhere.prefill().orElseThrow().target().orElseThrow().plainText(),
                "the same previous sentence outranks recency");
        MatchResult nowhere = matcher.match(query(SOURCE, "500", "content/p[9]", "x", "y"));
        assertEquals("다른 번역.", nowhere.prefill().orElseThrow().target().orElseThrow().plainText(), "newest");

        // no post id known: never a context match
        assertEquals(MatchKind.EXACT, new Matcher(List.of(entry(SOURCE, "번역.", "", "k", null, null, "")))
                .match(query(SOURCE, "", "k", null, null)).kind());
    }

    @Test
    void fuzzyMatchesBestThreeWithTheDocumentedScores() {
        Matcher matcher = new Matcher(List.of(
                entry("The quick brown fox jumps over the lazy old cat.", "고양이.", "1", "a", null, null, ""),
                entry("The quick brown fox jumps over the lazy old Dog.", "대문자 개.", "1", "b", null, null, ""),
                entry("The quick brown <b>fox</b> jumps over the lazy old dog.", "<b>여우</b>.", "1", "c", null, null, ""),
                entry("A quick brown fox jumps over a lazy old cat.", "먼 것.", "1", "d", null, null, ""),
                entry("Something else entirely, with no words in common.", "무관.", "1", "e", null, null, "")));
        MatchResult result = matcher.match(query(SOURCE, "2", "x", null, null));
        assertEquals(MatchKind.FUZZY, result.kind());
        assertEquals(97, result.bestScore());
        assertEquals(List.of(97, 95, 90), result.matches().stream().map(Match::score).toList());
        assertEquals(List.of("대문자 개.", "여우.", "고양이."),
                result.matches().stream().map(m -> m.entry().target().plainText()).toList());
        assertTrue(result.prefill().isEmpty(), "fuzzy matches never pre-fill");
        assertFalse(result.matches().get(1).target().isPresent(), "the bold cannot map onto a source without it");
        assertTrue(result.matches().get(0).target().isPresent());
        assertEquals(Band.FUZZY_95_99, result.band(false));
        assertEquals(Band.REPETITION, result.band(true), "a repetition outranks a fuzzy band");
    }

    @Test
    void lowScoresCountForTheAnalysisButAreNotOffered() {
        Matcher matcher = new Matcher(List.of(
                entry("The quick brown fox jumps over a small red cat.", "낮음.", "1", "a", null, null, "")));
        assertEquals(0, matcher.match(query(SOURCE, "2", "x", null, null)).bestScore(), "export looks for 75+ only");
        MatchResult result = matcher.analyze(query(SOURCE, "2", "x", null, null));
        // "the" "lazy" "old" "dog" replaced by "a" "small" "red" "cat": 4 × 4 = 16 → floor(100 × 26 / 42) = 61
        assertEquals(MatchKind.NONE, result.kind());
        assertEquals(61, result.bestScore());
        assertTrue(result.matches().isEmpty());
        assertEquals(Band.FUZZY_50_74, result.band(false));

        MatchResult nothing = matcher.match(query("Completely unrelated words.", "2", "x", null, null));
        assertEquals(Band.NO_MATCH, nothing.band(false));
        assertEquals(MatchKind.NONE, nothing.kind());
    }

    @Test
    void tiesAreBrokenTheSameWayWhateverTheMemorysOrder() {
        List<TmEntry> entries = new ArrayList<>();
        for (String target : List.of("다", "가", "나")) {
            entries.add(entry(SOURCE, target, "7", "k", null, null, "2026-03-01T00:00:00Z"));
            entries.add(entry("The quick brown fox jumps over the lazy old cat.", "고양이 " + target, "7", "k", null, null,
                    "2026-03-01T00:00:00Z"));
        }
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(entries, new java.util.Random(round));
            Matcher matcher = new Matcher(entries);
            MatchResult exact = matcher.match(query(SOURCE, "1", "z", null, null));
            assertEquals(List.of("가", "나", "다"), exact.matches().stream().map(m -> m.entry().target().plainText()).toList());
            MatchResult fuzzy = matcher.match(query("The quick brown fox jumps over the lazy old cat!", "1", "z", null, null));
            assertEquals(List.of(95, 95, 95), fuzzy.matches().stream().map(Match::score).toList());
            assertEquals(List.of("고양이 가", "고양이 나", "고양이 다"),
                    fuzzy.matches().stream().map(m -> m.entry().target().plainText()).toList());
        }
    }

    @Test
    void anExactMatchWhoseCodesCannotMapIsDemotedToFuzzy() {
        Matcher matcher = new Matcher(List.of(
                entry("Read <b>this</b> now.", "지금 이것을 읽으세요.", "3", "p", null, null, "")));
        MatchResult result = matcher.match(query("Read <b>this</b> now.", "3", "p", null, null));
        assertEquals(MatchKind.FUZZY, result.kind());
        assertTrue(result.prefill().isEmpty());
        Match demoted = result.matches().get(0);
        assertEquals(99, demoted.score());
        assertTrue(demoted.codeProblem().contains("lacks"), demoted.codeProblem());
        assertEquals(Band.FUZZY_95_99, result.band(false));
    }

    @Test
    void anExactMatchIsRenumberedOntoTheNewSource() {
        Matcher matcher = new Matcher(List.of(
                entry("Read <a href=\"/en/a\">this</a> now.", "지금 <a href=\"/en/a\">이것</a>을 읽으세요.", "3", "p", null, null, "")));
        MatchResult result = matcher.match(query("Read <a href=\"/en/b\">this</a> now.", "4", "p", null, null));
        assertEquals(MatchKind.EXACT, result.kind());
        TmText target = result.prefill().orElseThrow().target().orElseThrow();
        assertEquals("<a href=\"/en/b\">", target.tags().get(0).markup());
    }

    @Test
    void languagesMatchByPrimarySubtag() {
        TmEntry english = entry(SOURCE, "번역", "1", "k", null, null, "");
        TmEntry french = new TmEntry(text(SOURCE), text("traduction"), "en-US", "fr", "1", "k", "", "", "");
        assertEquals(1, Matcher.forLanguages(List.of(english, french), "en", "ko-KR").size());
    }

    /** A memory's languages compare as a returned file's: a script subtag of the language's own script is the same. */
    @Test
    void languagesMatchAsReturnedFilesDo() {
        TmEntry kore = new TmEntry(text(SOURCE), text("번역"), "en-US", "ko-Kore-KR", "1", "k", "", "", "");
        TmEntry latin = new TmEntry(text(SOURCE), text("beon-yeok"), "en", "ko-Latn", "1", "k", "", "", "");
        TmEntry underscore = new TmEntry(text(SOURCE), text("번역"), "en_US", "ko_KR", "1", "k", "", "", "");
        assertEquals(2, Matcher.forLanguages(List.of(kore, latin, underscore), "en", "ko").size(), "romanized Korean is not ko");
        TmEntry traditional = new TmEntry(text(SOURCE), text("翻譯"), "en", "zh-Hant", "1", "k", "", "", "");
        assertEquals(0, Matcher.forLanguages(List.of(traditional), "en", "zh-Hans").size(),
                "a Traditional Chinese entry is no match for Simplified (it was, by the primary subtag)");
    }

    @Test
    void repetitionsWithinAJob() {
        Repetitions job = new Repetitions();
        assertFalse(job.repeated(text("Read <b>more</b>.")));
        assertTrue(job.repeated(text("Read  <b>more</b>. ")), "whitespace collapses");
        assertFalse(job.repeated(text("Read <i>more</i>.")), "other codes: another sentence");
    }

    @Test
    void bandsByScore() {
        assertEquals(Band.FUZZY_95_99, Band.ofScore(99));
        assertEquals(Band.FUZZY_95_99, Band.ofScore(95));
        assertEquals(Band.FUZZY_85_94, Band.ofScore(94));
        assertEquals(Band.FUZZY_85_94, Band.ofScore(85));
        assertEquals(Band.FUZZY_75_84, Band.ofScore(84));
        assertEquals(Band.FUZZY_75_84, Band.ofScore(75));
        assertEquals(Band.FUZZY_50_74, Band.ofScore(74));
        assertEquals(Band.FUZZY_50_74, Band.ofScore(50));
        assertEquals(Band.NO_MATCH, Band.ofScore(49));
    }
}
