package net.wpxliff.tm;

import net.wpxliff.extract.Extraction;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.segment.WordCount;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Asks the memories about every sentence of an extracted document, as {@code export --tm} asks them
 * ({@link ExportLeverage}: post id, unit key, the sentences before and after it in its unit), but with the analysis's
 * lower minimum ({@link Matcher#analyze}), and counts each sentence's words with Okapi's word counter. The sentences
 * are export's: the units' segments, or the whole unit when it was not split. A sentence without letters is counted
 * but never looked up (no memory holds one, and export keeps its source). A unit export pre-fills whole (a translation
 * the memory keeps whole) is one segment in context, as export writes it. Thread-safe.
 */
public final class SentenceAnalyzer {
    private final Matcher memory;
    private final WordCount words;

    /** @param memory the memories' matcher, or null for none (every sentence is then "no match" or a repetition) */
    public SentenceAnalyzer(Matcher memory, String sourceLanguage) {
        this.memory = memory;
        this.words = new WordCount(sourceLanguage);
    }

    public DocumentSentences of(Extraction extraction) {
        return of(extraction, unit -> null);
    }

    /**
     * As {@link #of(Extraction)}, taking export's lookups where they already decide the band: a context or 100% match,
     * or a best score of at least {@link Matcher#FUZZY_MINIMUM} (which a lookup down to {@link Matcher#ANALYSIS_MINIMUM}
     * finds the same, as both searches find every entry at or above their minimum). Only the other sentences are
     * asked again down to {@link Matcher#ANALYSIS_MINIMUM}.
     *
     * @param exported each unit's lookups from {@link ExportLeverage#of(SourceDocument, TextUnit, MatchResult[])}, or
     *                 null for a unit without them
     */
    public DocumentSentences of(Extraction extraction, Function<TextUnit, MatchResult[]> exported) {
        SourceDocument document = extraction.document();
        String postId = document.postId() != null ? document.postId() : "page:" + document.name();
        List<DocumentSentences.Sentence> found = new ArrayList<>();
        for (TextUnit unit : extraction.units()) {
            List<Segment> segments = unit.segments().isEmpty() ? List.of(new Segment(1, unit.source(), "")) : unit.segments();
            List<TmText> sentences = SentencePairs.sourceSentences(document, unit);
            MatchResult[] known = memory == null ? null : exported.apply(unit);
            MatchResult[] results = new MatchResult[segments.size()];
            boolean[] asked = new boolean[segments.size()];
            for (int i = 0; i < segments.size(); i++) {
                if (memory == null || !segments.get(i).content().hasTranslatableText()) continue;
                asked[i] = true;
                MatchResult export = known != null && i < known.length ? known[i] : null;
                results[i] = export != null && (export.kind().prefills()
                        || export.bestScore() >= Matcher.FUZZY_MINIMUM) ? export : memory.analyze(MatchQuery.of(sentences.get(i), postId, unit.resname(),
                        i > 0 ? sentences.get(i - 1) : null, i + 1 < sentences.size() ? sentences.get(i + 1) : null));
            }
            // A translation the memory keeps whole: the unit is one segment in context, as export writes and pre-fills it
            TmText unitSource = memory != null && segments.size() > 1 ? SentencePairs.unitSource(document, unit) : null;
            boolean whole = unitSource != null && (known == null
                    ? ExportLeverage.wholeMatch(memory, unitSource, postId, unit.resname(), results, asked) != null
                    : filledWhole(known, asked, unitSource));
            if (whole) {
                long unitWords = 0;
                for (Segment segment : segments) unitWords += words.of(segment.content());
                found.add(new DocumentSentences.Sentence(unitSource, MatchKind.CONTEXT, 100, unitWords));
                continue;
            }
            for (int i = 0; i < segments.size(); i++) {
                MatchKind kind = results[i] == null ? MatchKind.NONE : results[i].kind();
                int bestScore = results[i] == null ? 0 : results[i].bestScore();
                found.add(new DocumentSentences.Sentence(sentences.get(i), kind, bestScore,
                        words.of(segments.get(i).content())));
            }
        }
        return new DocumentSentences(document.origin(), found);
    }

    /** Whether export pre-filled the unit whole: its sentences' lookups are the context match of the unit's whole source. */
    private static boolean filledWhole(MatchResult[] known, boolean[] asked, TmText unitSource) {
        for (int i = 0; i < known.length; i++) {
            if (!asked[i]) continue;
            MatchResult r = known[i];
            return r != null && r.kind() == MatchKind.CONTEXT && !r.matches().isEmpty()
                    && r.matches().get(0).entry().source().plainText().equals(unitSource.plainText());
        }
        return false;
    }
}
