package net.wpxliff.testing;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;
import net.wpxliff.segment.SentenceSplitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Our {@link SentenceSplitter} next to Okapi's own {@code SRXSegmenter}, both with Okapi's
 * {@code defaultSegmentation.srx} for one language (English unless told), on plain text. Sentences are compared as translators see
 * them: trimmed, whitespace-only pieces dropped (Okapi's default SRX trims leading and trailing whitespace).
 */
public final class SentenceComparison {
    private final SentenceSplitter ours;
    private final ISegmenter okapi;
    /** Time spent in each splitter so far. */
    public long oursNanos;
    public long okapiNanos;

    public SentenceComparison() {
        this("en");
    }

    /** @param language a BCP 47 code such as {@code de}; it selects the rules in both splitters alike */
    public SentenceComparison(String language) {
        ours = SentenceSplitter.okapiDefault(language);
        SRXDocument doc = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            doc.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        okapi = doc.compileLanguageRules(LocaleId.fromBCP47(language), null);
    }

    /** Both segmentations of one text. */
    public record Outcome(List<String> ours, List<String> okapi, boolean sameOffsets) {
        public boolean agree() {
            return ours.equals(okapi);
        }
    }

    /**
     * Segments a text both ways. Sentences are cut at the break offsets, trimmed, and empty pieces dropped.
     * {@code sameOffsets} is stricter: the raw break offsets are identical too. Okapi also lists the end of
     * the text as a split position when the text ends with a sentence; we do not (a break is strictly inside
     * the text), so that one is ignored.
     */
    public Outcome compare(String text) {
        long t0 = System.nanoTime();
        int[] ourBreaks = ours.breaks(text);
        long t1 = System.nanoTime();
        okapi.computeSegments(text);
        oursNanos += t1 - t0;
        okapiNanos += System.nanoTime() - t1;
        int[] okapiBreaks = okapi.getSplitPositions().stream().mapToInt(Integer::intValue)
                .filter(p -> p > 0 && p < text.length()).toArray();
        List<String> okapiSentences = new ArrayList<>();
        for (Range r : okapi.getRanges()) add(okapiSentences, text.substring(r.start, r.end));
        return new Outcome(cut(text, ourBreaks), okapiSentences, Arrays.equals(ourBreaks, okapiBreaks));
    }

    /** Okapi's sentences of a text. */
    public List<String> okapi(String text) {
        return compare(text).okapi();
    }

    private static List<String> cut(String text, int[] breaks) {
        List<String> sentences = new ArrayList<>();
        int from = 0;
        for (int b : breaks) {
            add(sentences, text.substring(from, b));
            from = b;
        }
        add(sentences, text.substring(from));
        return sentences;
    }

    private static void add(List<String> sentences, String piece) {
        String s = piece.strip();
        if (!s.isEmpty()) sentences.add(s);
    }
}
