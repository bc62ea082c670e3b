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
 * {@code defaultSegmentation.srx} for English, on plain text. Sentences are compared as translators see
 * them: trimmed, whitespace-only pieces dropped (Okapi's default SRX trims leading and trailing whitespace).
 */
public final class SentenceComparison {
    private final SentenceSplitter ours = SentenceSplitter.okapiDefault("en");
    private final ISegmenter okapi;

    public SentenceComparison() {
        SRXDocument doc = new SRXDocument();
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            doc.loadRules(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        okapi = doc.compileLanguageRules(LocaleId.ENGLISH, null);
    }

    /** Our sentences of a text: cut at our breaks, trimmed, empty pieces dropped. */
    public List<String> ours(String text) {
        int[] breaks = ours.breaks(text);
        List<String> sentences = new ArrayList<>();
        int from = 0;
        for (int b : breaks) {
            add(sentences, text.substring(from, b));
            from = b;
        }
        add(sentences, text.substring(from));
        return sentences;
    }

    /** Okapi's sentences of a text: its segment ranges, trimmed, empty pieces dropped. */
    public List<String> okapi(String text) {
        okapi.computeSegments(text);
        List<String> sentences = new ArrayList<>();
        for (Range r : okapi.getRanges()) add(sentences, text.substring(r.start, r.end));
        return sentences;
    }

    /** True when the raw break offsets are the same too (stricter than comparing sentences). */
    public boolean sameOffsets(String text) {
        okapi.computeSegments(text);
        int[] theirs = okapi.getSplitPositions().stream().mapToInt(Integer::intValue).toArray();
        return Arrays.equals(ours.breaks(text), theirs);
    }

    private static void add(List<String> sentences, String piece) {
        String s = piece.strip();
        if (!s.isEmpty()) sentences.add(s);
    }
}
