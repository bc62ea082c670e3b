package net.wpxliff.tm;

import java.util.List;

/**
 * One document's sentences as the analysis sees them, before repetitions are known (they depend on the job's
 * order): each sentence's source, what the memories offer it and its words. Made on any thread
 * ({@link SentenceAnalyzer}), counted in job order ({@link JobAnalysis}).
 *
 * @param file the document's name in the report (its origin: the input path, plus the item for a WordPress export)
 */
public record DocumentSentences(String file, List<Sentence> sentences) {
    public DocumentSentences {
        sentences = List.copyOf(sentences);
    }

    /**
     * @param source    the sentence as a memory sees it (its text and codes decide repetitions)
     * @param kind      its best match's kind ({@link MatchKind#NONE} without memories)
     * @param bestScore its best similarity score, down to {@link Matcher#ANALYSIS_MINIMUM} (0 below)
     * @param words     its words, as Okapi's word counter counts them
     */
    public record Sentence(TmText source, MatchKind kind, int bestScore, long words) {
    }
}
