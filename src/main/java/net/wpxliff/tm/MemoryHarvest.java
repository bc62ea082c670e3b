package net.wpxliff.tm;

import net.wpxliff.Merger;
import net.wpxliff.merge.MergeException;
import net.wpxliff.merge.UnitTranslations;
import net.wpxliff.segment.Segmenter;
import net.wpxliff.segment.SentenceSplitter;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence pairs of a returned XLIFF file that merge accepted: each {@code <file>}'s embedded source (opened
 * with the merger's trust rules) extracted and split into sentences exactly as export did, its units' translations
 * as merge resolves them, then {@link SentencePairs}. Call it only for a file whose merge succeeded. Not thread-safe.
 */
public final class MemoryHarvest {
    private final Merger merger;
    private final Map<String, Segmenter> segmenters = new HashMap<>();

    public MemoryHarvest(Merger merger) {
        this.merger = merger;
    }

    public SentencePairs.Pairs pairs(Path xliff, String created) throws XliffException, MergeException {
        List<Merger.Merged> merged = new ArrayList<>();
        for (ReturnedFile file : XliffFiles.read(xliff)) {
            EmbeddedSource embedded = merger.open(file).source();
            merged.add(new Merger.Merged(file, embedded, merger.extract(file, embedded)));
        }
        return pairs(merged, created);
    }

    /**
     * The pairs of files merge already read and extracted ({@link Merger.FileOutcome#merged()}): nothing is read or
     * extracted again. Merge extracts without splitting sentences; the units are split here as export split them
     * (the same segmenter on the same unit source, so the same sentences as {@link Merger#extract}).
     */
    public SentencePairs.Pairs pairs(List<Merger.Merged> merged, String created) {
        List<TmEntry> entries = new ArrayList<>();
        int skipped = 0;
        int whole = 0;
        int guessed = 0;
        for (Merger.Merged m : merged) {
            EmbeddedSource embedded = m.source();
            Segmenter segmenter = segmenters.computeIfAbsent(embedded.segmented() ? embedded.sourceLanguage() : "",
                    k -> new Segmenter(k.isEmpty() ? null : SentenceSplitter.okapiDefault(k)));
            SentencePairs.Pairs pairs = SentencePairs.of(m.extraction().document(),
                    UnitTranslations.of(m.file(), m.extraction(), segmenter), segmenter, embedded.sourceLanguage(),
                    embedded.targetLanguage(), created);
            entries.addAll(pairs.entries());
            skipped += pairs.skipped();
            whole += pairs.whole();
            guessed += pairs.guessed();
        }
        return new SentencePairs.Pairs(entries, skipped, whole, guessed);
    }
}
