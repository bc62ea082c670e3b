package net.wpxliff.tm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis as JSON ({@code analyze --json}), members always present and in this order:
 *
 * <pre>
 * {
 *   "version" : 1,
 *   "memories" : [ "m.tmx" ],
 *   "bands" : [ "context", "exact", "repetitions", "fuzzy95to99", "fuzzy85to94", "fuzzy75to84", "fuzzy50to74", "noMatch" ],
 *   "files" : [ { "file" : "seeds/post.json",
 *                 "words" : { "context" : 250, "exact" : 0, …, "noMatch" : 251, "total" : 530 },
 *                 "segments" : { "context" : 30, …, "total" : 56 } } ],
 *   "total" : { "words" : { … }, "segments" : { … } }
 * }
 * </pre>
 *
 * Files are in job order; {@code bands} lists the keys in the table's order (context, 100%, repetitions, 95–99,
 * 85–94, 75–84, 50–74, no match).
 */
public final class AnalysisJson {
    /** Raised when a member is added or one changes meaning. */
    public static final int VERSION = 1;

    private AnalysisJson() {
    }

    /** The key of a band in the JSON (a name scripts can use as is). */
    public static String key(Band band) {
        return switch (band) {
            case CONTEXT -> "context";
            case EXACT -> "exact";
            case REPETITION -> "repetitions";
            case FUZZY_95_99 -> "fuzzy95to99";
            case FUZZY_85_94 -> "fuzzy85to94";
            case FUZZY_75_84 -> "fuzzy75to84";
            case FUZZY_50_74 -> "fuzzy50to74";
            case NO_MATCH -> "noMatch";
        };
    }

    public static String format(List<String> memories, List<JobAnalysis.Row> files, JobAnalysis.Row total) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("version", VERSION);
        report.put("memories", List.copyOf(memories));
        List<String> bands = new ArrayList<>();
        for (Band band : Band.values()) bands.add(key(band));
        report.put("bands", bands);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JobAnalysis.Row row : files) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", row.file());
            counts(row, file);
            rows.add(file);
        }
        report.put("files", rows);
        Map<String, Object> all = new LinkedHashMap<>();
        counts(total, all);
        report.put("total", all);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(JobAnalysis.Row row, Map<String, Object> into) {
        Map<String, Long> words = new LinkedHashMap<>();
        Map<String, Long> segments = new LinkedHashMap<>();
        for (Band band : Band.values()) {
            words.put(key(band), row.band(band).words());
            segments.put(key(band), row.band(band).segments());
        }
        words.put("total", row.total().words());
        segments.put("total", row.total().segments());
        into.put("words", words);
        into.put("segments", segments);
    }
}
