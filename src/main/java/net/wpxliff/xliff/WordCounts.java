package net.wpxliff.xliff;

import net.wpxliff.extract.Extraction;
import net.wpxliff.segment.WordCount;
import net.wpxliff.unit.TextUnit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Source words per unit and in all, as the writers record them ({@code export --word-count}). */
public record WordCounts(Map<String, Long> perUnit, long total) {

    public static WordCounts of(Extraction extraction, WordCount counter) {
        Map<String, Long> perUnit = new LinkedHashMap<>();
        long total = 0;
        for (TextUnit unit : extraction.units()) {
            long words = counter.of(unit.source());
            perUnit.put(unit.id(), words);
            total += words;
        }
        return new WordCounts(Map.copyOf(perUnit), total);
    }

    public long of(TextUnit unit) {
        return perUnit.getOrDefault(unit.id(), 0L);
    }
}
