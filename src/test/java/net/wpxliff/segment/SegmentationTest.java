package net.wpxliff.segment;

import net.wpxliff.Exporter;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SentenceComparison;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.unit.Code;
import net.wpxliff.unit.Fragment;
import net.wpxliff.unit.Part;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.Text;
import net.wpxliff.unit.TextUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentence segmentation: what must and must not end a sentence in English, how codes travel with
 * sentences, and agreement with Okapi's own SRXSegmenter (the rules we claim to implement).
 */
class SegmentationTest {
    private static SentenceSplitter splitter;
    private static Segmenter segmenter;

    @BeforeAll
    static void rules() {
        splitter = SentenceSplitter.okapiDefault("en");
        segmenter = new Segmenter(splitter);
    }

    /**
     * Sentences of a plain text as the Segmenter cuts them, trimmed: these tests are about where sentences
     * end; which side of a break its whitespace lands on is checked by the gap tests below.
     */
    private static List<String> sentences(String text) {
        return segmenter.segment(Fragment.text(text)).stream().map(s -> s.content().plainText().strip()).toList();
    }

    // ---- must not split ------------------------------------------------------------------------------

    @ParameterizedTest(name = "no break in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            He moved to the U.S. in 1990.
            The U.S. economy grew fast.
            Use a tool, e.g. a hammer.
            Use a tool, i.e. the right one.
            Dr. Smith arrived late.
            Mr. Holmes met Prof. Moriarty.
            Version 3.5 is out.
            It costs $26.7 billion now.
            Pi is 3.14159 roughly.
            Visit https://example.com/a.b?c=x1 for details.
            Read www.example.com for more.
            And so on... the end.
            He paused… and continued.
            Apple Inc. is big.
            See section 17.2.3 Administering now.
            1. First item
            """)
    void abbreviationsDecimalsUrlsAndLowercaseContinuationsDoNotEndASentence(String text) {
        assertEquals(List.of(text), sentences(text), "must stay one sentence");
    }

    @Test
    void sentenceAfterAUrlWithQueryIsNotCutInsideTheUrl() {
        assertEquals(List.of("Go to https://example.com/a.b?c=word.", "Next we go."),
                sentences("Go to https://example.com/a.b?c=word. Next we go."));
        assertEquals(List.of("Open https://example.com/a.b?Q=1 now.", "Then wait."),
                sentences("Open https://example.com/a.b?Q=1 now. Then wait."), "no break at ?Q");
    }

    @Test
    void singleLetterDAbbreviationKeepsUrlEndingInDDotWithTheNextSentence() {
        // Okapi's English rules list "d." (died) as an abbreviation (\b[Dd]\. + \s → no break), so
        // "...?c=d. Next" is one sentence for Okapi and for us: pinned, it is the rules' choice, not a URL rule.
        String text = "See https://example.com/a.b?c=d. Next we go.";
        assertEquals(List.of(text), sentences(text));
        assertEquals(new SentenceComparison().okapi(text), sentences(text), "same as Okapi");
    }

    // ---- must split ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Born in the U.S. in 1990. Moved later.          | Born in the U.S. in 1990.         | Moved later.
            We use e.g. hammers. Also nails.                | We use e.g. hammers.              | Also nails.
            Dr. Smith met Mr. Jones. They talked.           | Dr. Smith met Mr. Jones.          | They talked.
            Version 2.0. New features follow.               | Version 2.0.                      | New features follow.
            It costs $3.50. That is cheap.                  | It costs $3.50.                   | That is cheap.
            Wait… What happened?                            | Wait…                             | What happened?
            He said “Stop.” Then he left.                   | He said “Stop.”                   | Then he left.
            She asked, "Why?" He shrugged.                  | She asked, "Why?"                 | He shrugged.
            It was 5 p.m. The shop closed.                  | It was 5 p.m.                     | The shop closed.
            Is it true? Really.                             | Is it true?                       | Really.
            Breaking news: Markets fell.                    | Breaking news:                    | Markets fell.
            """)
    void sentenceEndsAreBreaks(String text, String first, String second) {
        assertEquals(List.of(first, second), sentences(text));
    }

    @Test
    void ellipsisFollowedByCapitalBreaksWithoutLeavingABlankSegment() {
        // The rules break both after "..." and after the space: the blank piece must not become a segment.
        List<Segment> segments = segmenter.segment(Fragment.text("I waited... And then it came."));
        assertEquals(2, segments.size(), segments.toString());
        assertEquals("And then it came.", segments.get(1).content().plainText());
    }

    @Test
    void whitespaceBetweenTwoAdjacentBreaksIsTheGapNotPartOfTheSentence() {
        // "I waited... And": the ellipsis rule breaks before the space, ICU after it
        List<Segment> ellipsis = segmenter.segment(Fragment.text("I waited... And then it came."));
        assertEquals(List.of("I waited...", "And then it came."), ellipsis.stream().map(s -> s.content().plainText()).toList());
        assertEquals(" ", ellipsis.get(0).gapAfter());
        List<Segment> ellipsisChar = segmenter.segment(Fragment.text("Wait… What happened?"));
        assertEquals(List.of("Wait…", "What happened?"), ellipsisChar.stream().map(s -> s.content().plainText()).toList());
        // two spaces after a full stop (kept in JSON-LD strings): breaks before and after the first space
        List<Segment> twoSpaces = segmenter.segment(Fragment.text("First one.  Second one."));
        assertEquals(List.of("First one.", "Second one."), twoSpaces.stream().map(s -> s.content().plainText()).toList());
        assertEquals("  ", twoSpaces.get(0).gapAfter());
    }

    @Test
    void quotedQuestionFollowedByLowercaseStillBreaksAsInOkapi() {
        // ICU (and so Okapi's default rules) break after ?” whatever follows; a known limitation we share.
        String text = "“Really?” she asked. “Yes.” He nodded.";
        assertEquals(List.of("“Really?”", "she asked.", "“Yes.”", "He nodded."), sentences(text));
        assertEquals(new SentenceComparison().okapi(text), sentences(text));
    }

    @Test
    void gapsAndSegmentsRebuildTheText() {
        String text = "First one. Second one!\tThird?";
        List<Segment> segments = segmenter.segment(Fragment.text(text));
        StringBuilder joined = new StringBuilder();
        for (Segment s : segments) joined.append(s.content().plainText()).append(s.gapAfter());
        assertEquals(text, joined.toString());
        assertEquals(List.of(" ", "\t", ""), segments.stream().map(Segment::gapAfter).toList());
        assertEquals(List.of(1, 2, 3), segments.stream().map(Segment::id).toList(), "mids count from 1");
    }

    @Test
    void unsegmentedExportKeepsOneSegment() {
        Segmenter none = new Segmenter(null);
        assertEquals(1, none.segment(Fragment.text("One. Two. Three.")).size());
    }

    // ---- codes at sentence boundaries ----------------------------------------------------------------

    private static Code open(int id) {
        return new Code(id, Code.Kind.OPENING, "bold", 0, 0, "strong");
    }

    private static Code close(int id) {
        return new Code(id, Code.Kind.CLOSING, "bold", 0, 0, "strong");
    }

    @Test
    void closingCodeStaysWithTheSentenceItClosesOpeningCodeGoesWithTheNext() {
        // <b>First.</b> <b>Second.</b>
        Fragment f = Fragment.of(List.of(open(1), new Text("First."), close(1), new Text(" "), open(2),
                new Text("Second."), close(2)));
        List<Segment> segments = segmenter.segment(f);
        assertEquals(2, segments.size());
        assertEquals(List.of(open(1), new Text("First."), close(1)), stripPositions(segments.get(0).content().parts()));
        assertEquals(List.of(open(2), new Text("Second."), close(2)), stripPositions(segments.get(1).content().parts()));
    }

    @Test
    void breakInsideAPairSplitsThePairAcrossSegments() {
        // Hello <b>world. Next</b> one.  → the pair is split: opening in segment 1, closing in segment 2
        Fragment f = Fragment.of(List.of(new Text("Hello "), open(1), new Text("world. Next"), close(1), new Text(" one.")));
        List<Segment> segments = segmenter.segment(f);
        assertEquals(List.of("Hello world.", "Next one."), segments.stream().map(s -> s.content().plainText()).toList());
        assertEquals(List.of(Code.Kind.OPENING), segments.get(0).content().codes().stream().map(Code::kind).toList());
        assertEquals(List.of(Code.Kind.CLOSING), segments.get(1).content().codes().stream().map(Code::kind).toList());
    }

    @Test
    void codesDoNotHideASentenceEnd() {
        // "<b>Qwen 1.5</b> is good." — the code is invisible to the rules, the decimal still does not break
        Fragment f = Fragment.of(List.of(new Text("It works. "), open(1), new Text("Qwen 1.5"), close(1),
                new Text(" is good.")));
        assertEquals(List.of("It works.", "Qwen 1.5 is good."),
                segmenter.segment(f).stream().map(s -> s.content().plainText()).toList());
    }

    private static List<Part> stripPositions(List<Part> parts) {
        return parts.stream().map(p -> p instanceof Code c ? (Part) new Code(c.id(), c.kind(), c.type(), 0, 0, c.label()) : p)
                .toList();
    }

    // ---- agreement with Okapi's SRXSegmenter -----------------------------------------------------------

    /**
     * Agreement over distinct unit texts; prints every disagreement. {@code agreeing}: our SentenceSplitter
     * gives Okapi's sentences. {@code segmenterExplained}: the segments the Segmenter writes are Okapi's
     * sentences once each letterless piece (a lone "4", "(", a no-break space) is kept with the sentence before
     * it, which is what the Segmenter does on purpose (whitespace ignored in that comparison).
     */
    record Agreement(int texts, int agreeing, int sameOffsets, int segmenterExplained, List<String> disagreements,
                     List<String> unexplained) {
        double rate() {
            return texts == 0 ? 1.0 : (double) agreeing / texts;
        }

        double segmenterRate() {
            return texts == 0 ? 1.0 : (double) segmenterExplained / texts;
        }

        String summary(String what) {
            return String.format("%s: %d of %d distinct unit texts split into sentences as Okapi's SRXSegmenter does"
                            + " (%.2f%%); identical raw break offsets: %d; Segmenter output = Okapi's sentences with"
                            + " letterless pieces kept with the previous sentence: %d (%.2f%%)", what, agreeing, texts,
                    100 * rate(), sameOffsets, segmenterExplained, 100 * segmenterRate());
        }
    }

    private static Agreement compare(Map<String, List<String>> segmentsByText) {
        SentenceComparison cmp = new SentenceComparison();
        int agreeing = 0, sameOffsets = 0, explained = 0;
        List<String> disagreements = new ArrayList<>(), unexplained = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : segmentsByText.entrySet()) {
            String text = e.getKey();
            SentenceComparison.Outcome o = cmp.compare(text);
            if (o.agree()) agreeing++;
            else disagreements.add("  text:  " + text + "\n    ours:  " + o.ours() + "\n    okapi: " + o.okapi());
            if (o.sameOffsets()) sameOffsets++;
            List<String> written = withoutWhitespace(e.getValue());
            if (written.equals(withoutWhitespace(keepLetterlessWithPrevious(o.okapi())))) explained++;
            else unexplained.add("  text:  " + text + "\n    segments: " + e.getValue() + "\n    okapi:    " + o.okapi());
        }
        return new Agreement(segmentsByText.size(), agreeing, sameOffsets, explained, disagreements, unexplained);
    }

    private static List<String> keepLetterlessWithPrevious(List<String> sentences) {
        List<String> merged = new ArrayList<>();
        for (String s : sentences) {
            boolean letterless = s.codePoints().noneMatch(Character::isLetter);
            if (letterless && !merged.isEmpty()) merged.set(merged.size() - 1, merged.get(merged.size() - 1) + s);
            else merged.add(s);
        }
        return merged;
    }

    private static List<String> withoutWhitespace(List<String> texts) {
        return texts.stream().map(t -> t.replaceAll("[\\s\\u00A0]+", "")).toList();
    }

    /** Distinct unit texts of the results, each with the segment texts the Segmenter made of it. */
    private static Map<String, List<String>> unitSegments(List<Exporter.Result> results) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (Exporter.Result r : results) {
            for (TextUnit u : r.extraction().units()) texts.put(u.source().plainText(), Exports.segmentTexts(u));
        }
        return texts;
    }

    @Test
    void seedIsSegmentedExactlyAsOkapiDoes() {
        Agreement a = compare(unitSegments(Exports.export(Exports.SEED)));
        System.out.println(a.summary("seed"));
        assertEquals(a.texts(), a.agreeing(), a.summary("seed") + "\n" + String.join("\n", a.disagreements()));
        assertEquals(a.texts(), a.sameOffsets(), "same raw break offsets on the seed");
        assertEquals(a.texts(), a.segmenterExplained(), "written segments on the seed:\n" + String.join("\n", a.unexplained()));
    }

    @Test
    void corpusPostsAreSegmentedExactlyAsOkapiDoes() throws IOException {
        assertCorpusSplitsAsOkapi("wp");
    }

    @Test
    void corpusPagesAreSegmentedExactlyAsOkapiDoes() throws IOException {
        assertCorpusSplitsAsOkapi("html");
    }

    /** Every unit text of a corpus folder: the fast splitter must not drift from Okapi's rules, however optimised. */
    private static void assertCorpusSplitsAsOkapi(String folder) throws IOException {
        Path dir = Exports.CORPUS.resolve(folder);
        SharedCorpus.assumeCorpus("Okapi agreement on corpus/" + folder);
        List<Exporter.Result> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("expected.json")).sorted().toList()) {
                results.addAll(Exports.export(f));
            }
        }
        Agreement a = compare(unitSegments(results));
        String name = "corpus/" + folder;
        System.out.println(a.summary(name));
        if (!a.disagreements().isEmpty()) {
            System.out.println("sentence splits that differ from Okapi:\n" + String.join("\n", a.disagreements()));
        }
        if (!a.unexplained().isEmpty()) {
            System.out.println("written segments not explained by Okapi's sentences:\n" + String.join("\n", a.unexplained()));
        }
        assertTrue(a.texts() > 500, "the corpus should give many unit texts: " + a.texts());
        assertEquals(a.texts(), a.agreeing(), a.summary(name) + "\n" + String.join("\n", a.disagreements()));
        assertEquals(a.texts(), a.segmenterExplained(), a.summary(name) + "\n" + String.join("\n", a.unexplained()));
    }
}
