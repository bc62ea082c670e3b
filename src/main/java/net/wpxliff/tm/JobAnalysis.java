package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of a job, fed document by document in job order (input files as given, a folder's files sorted by
 * path, a file's documents in order): each sentence counts in one {@link Band}. A sentence met earlier in the job
 * (same text and codes, whitespace collapsed) is a repetition unless the memories have a context or 100% match for
 * it; its first occurrence counts in its own band, as Trados and memoQ count repetitions. Not thread-safe.
 */
public final class JobAnalysis {
    private final Repetitions repetitions = new Repetitions();
    private final List<Row> files = new ArrayList<>();

    /** Segments and words in one band. */
    public record Tally(long segments, long words) {
        static final Tally ZERO = new Tally(0, 0);

        Tally plus(Tally other) {
            return new Tally(segments + other.segments, words + other.words);
        }
    }

    /** One line of the report: a document's (or the job's) tallies, every band present, in {@link Band} order. */
    public record Row(String file, Map<Band, Tally> bands) {
        public Row {
            EnumMap<Band, Tally> all = new EnumMap<>(Band.class);
            for (Band band : Band.values()) all.put(band, bands.getOrDefault(band, Tally.ZERO));
            bands = java.util.Collections.unmodifiableMap(all);
        }

        public Tally band(Band band) {
            return bands.get(band);
        }

        /** All bands together. */
        public Tally total() {
            return bands.values().stream().reduce(Tally.ZERO, Tally::plus);
        }
    }

    /** Counts the next document of the job. */
    public Row add(DocumentSentences document) {
        Map<Band, Tally> bands = new EnumMap<>(Band.class);
        for (DocumentSentences.Sentence sentence : document.sentences()) {
            boolean repeated = repetitions.repeated(sentence.source());
            Band band = new MatchResult(sentence.kind(), sentence.bestScore(), List.of()).band(repeated);
            bands.merge(band, new Tally(1, sentence.words()), Tally::plus);
        }
        Row row = new Row(document.file(), bands);
        files.add(row);
        return row;
    }

    /** The documents counted so far, in job order. */
    public List<Row> files() {
        return List.copyOf(files);
    }

    /** Every document together, named "total". */
    public Row total() {
        Map<Band, Tally> bands = new EnumMap<>(Band.class);
        for (Row row : files) row.bands().forEach((band, tally) -> bands.merge(band, tally, Tally::plus));
        return new Row("total", bands);
    }
}
