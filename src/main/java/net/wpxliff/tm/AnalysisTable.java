package net.wpxliff.tm;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis as a plain-text table: two lines per document (words, then segments) and two for the total, a column
 * per {@link Band} and one for all bands, numbers right-aligned, columns separated by two spaces, lines ending in
 * {@code \n}.
 *
 * <pre>
 * file             count     context  100%  repetitions  95-99%  85-94%  75-84%  50-74%  no match  total
 * seeds/post.json  words         250     0           14       0      15       0       0       251    530
 *                  segments       30     0            3       0       1       0       0        22     56
 * total            words         250 ...
 * </pre>
 */
public final class AnalysisTable {
    private AnalysisTable() {
    }

    public static String format(List<JobAnalysis.Row> files, JobAnalysis.Row total) {
        List<String[]> lines = new ArrayList<>();
        Band[] bands = Band.values();
        String[] header = new String[bands.length + 3];
        header[0] = "file";
        header[1] = "count";
        for (int b = 0; b < bands.length; b++) header[b + 2] = bands[b].label();
        header[bands.length + 2] = "total";
        lines.add(header);
        List<JobAnalysis.Row> rows = new ArrayList<>(files);
        rows.add(total);
        for (JobAnalysis.Row row : rows) {
            lines.add(line(row.file(), "words", row, bands, true));
            lines.add(line("", "segments", row, bands, false));
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int c = 0; c < line.length; c++) widths[c] = Math.max(widths[c], line[c].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                if (c > 0) text.append("  ");
                String padding = " ".repeat(widths[c] - line[c].length());
                if (c < 2) text.append(line[c]).append(padding); // names left-aligned, numbers right-aligned
                else text.append(padding).append(line[c]);
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String[] line(String file, String count, JobAnalysis.Row row, Band[] bands, boolean words) {
        String[] line = new String[bands.length + 3];
        line[0] = file;
        line[1] = count;
        for (int b = 0; b < bands.length; b++) line[b + 2] = Long.toString(value(row.band(bands[b]), words));
        line[bands.length + 2] = Long.toString(value(row.total(), words));
        return line;
    }

    private static long value(JobAnalysis.Tally tally, boolean words) {
        return words ? tally.words() : tally.segments();
    }
}
