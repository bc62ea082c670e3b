package net.wpxliff.bench;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.input.InputException;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.xliff.ExportOptions;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Export and merge of one large generated post (see {@link GeneratedPosts}), timed as the corpus
 * benchmark times them (export: read + extract + segment + write; merge: every check on the XLIFF read
 * from disk), so that its MB/s (HTML bytes of the post's fields) can be set beside the corpus rate: with
 * linear extraction and merge a long post runs at about the rate of short ones.
 */
final class GeneratedPostBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private record Rates(double exportWall, double exportCpu, double mergeWall, double mergeCpu) {
    }

    private final Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, true));
    private final Merger merger = new Merger(new DocumentMerger.Options(false, true));

    /**
     * Times {@code passes} exports and merges of the post and prints one line each (medians).
     *
     * @param corpusMBs the corpus rates (export wall, export cpu, merge wall, merge cpu) to compare with, or null
     */
    void run(String label, String json, int passes, double[] corpusMBs) throws IOException, InputException {
        Path dir = Files.createTempDirectory("wpxliff-bench-generated");
        try {
            Path post = dir.resolve("post.json");
            Files.writeString(post, json, StandardCharsets.UTF_8);
            Path xlf = dir.resolve("post.ko.xlf");
            long[][] times = new long[4][passes];
            long htmlBytes = 0;
            for (int pass = 0; pass < passes; pass++) {
                long c0 = CPU.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                Exporter.Result result = exporter.export(post).get(0);
                // a large post's XLIFF is written as it goes to its file, so the file is part of export's time
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlf), 1 << 16)) {
                    result.writeXliff(out);
                }
                times[0][pass] = System.nanoTime() - t0;
                times[1][pass] = CPU.getCurrentThreadCpuTime() - c0;
                htmlBytes = result.document().fields().stream()
                        .mapToLong(f -> f.html().getBytes(StandardCharsets.UTF_8).length).sum();
                result = null; // let the collector have the export before merge builds its own
                c0 = CPU.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                Merger.FileOutcome outcome = merger.check(xlf);
                times[2][pass] = System.nanoTime() - t0;
                times[3][pass] = CPU.getCurrentThreadCpuTime() - c0;
                if (!outcome.ok()) throw new IllegalStateException(label + ": merge failed: " + outcome.problems());
            }
            double mb = htmlBytes / 1e6;
            Rates rates = new Rates(mb / median(times[0]), mb / median(times[1]), mb / median(times[2]), mb / median(times[3]));
            System.out.printf(Locale.ROOT, "%s: %.1f MB JSON, %.1f MB HTML, XLIFF %.1f MB; medians of %d; heap max %d MB, peak used %d MB%n",
                    label, json.getBytes(StandardCharsets.UTF_8).length / 1e6, mb, Files.size(xlf) / 1e6, passes,
                    Runtime.getRuntime().maxMemory() >> 20, peakHeapUsed() >> 20);
            line(label, "export", "wall", median(times[0]), rates.exportWall, corpusMBs == null ? 0 : corpusMBs[0]);
            line(label, "export", "cpu ", median(times[1]), rates.exportCpu, corpusMBs == null ? 0 : corpusMBs[1]);
            line(label, "merge ", "wall", median(times[2]), rates.mergeWall, corpusMBs == null ? 0 : corpusMBs[2]);
            line(label, "merge ", "cpu ", median(times[3]), rates.mergeCpu, corpusMBs == null ? 0 : corpusMBs[3]);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void line(String label, String what, String clock, double seconds, double mbs, double corpus) {
        System.out.printf(Locale.ROOT, "%s %s %s: wpxliff %7.2f s %6.2f MB/s%s%n", label, what, clock, seconds, mbs,
                corpus > 0 ? String.format(Locale.ROOT, " | corpus %6.2f MB/s | ratio %4.2fx", corpus, corpus / mbs) : "");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }

    private static long peakHeapUsed() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak;
    }
}
