package net.wpxliff.bench;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.xliff.ExportOptions;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Merge alone over the corpus, as {@link Benchmark} times it (exports with targets = sources, read back from disk,
 * every check): one build's side of {@link MergeInterleavedBenchmark}, loaded once per build in a class loader of
 * its own, so it uses only the public API every build has.
 */
public final class MergePasses {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final Merger merger = new Merger(new DocumentMerger.Options(false, true));
    private final List<Path> xliff = new ArrayList<>();

    /** Exports every corpus file this build handles into a temporary folder. */
    public MergePasses(Path corpus) throws Exception {
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, true));
        Path dir = Files.createTempDirectory("wpxliff-merge-bench");
        for (Path file : OkapiBaselineMain.corpusFiles(corpus)) {
            try {
                for (Exporter.Result result : exporter.export(file)) {
                    Path xlf = dir.resolve(xliff.size() + ".xlf");
                    Files.writeString(xlf, result.xliff(), StandardCharsets.UTF_8);
                    xliff.add(xlf);
                }
            } catch (Exception e) {
                // files this build cannot export are left out of its passes
            }
        }
    }

    public int files() {
        return xliff.size();
    }

    /**
     * One merge pass over every file; returns {wall, cpu} nanoseconds of this thread and the bytes it allocated (steady
     * under load, unlike times: a second measure of work done).
     */
    public long[] pass() {
        long a0 = allocated();
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (Path xlf : xliff) {
            if (!merger.check(xlf).ok()) throw new IllegalStateException("merge failed: " + xlf);
        }
        return new long[]{System.nanoTime() - t0, CPU.getCurrentThreadCpuTime() - c0, allocated() - a0};
    }

    private static long allocated() {
        return CPU instanceof com.sun.management.ThreadMXBean bean ? bean.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Only this build: {@code MergePasses corpus passes} (for profiling). */
    public static void main(String[] args) throws Exception {
        MergePasses passes = new MergePasses(new BenchArgs(args).corpus(0));
        int n = new BenchArgs(args).number(1, 20);
        for (int i = 0; i < n; i++) {
            long[] t = passes.pass();
            System.out.printf("pass %2d: %d files, wall %6.0f ms, cpu %6.0f ms%n", i, passes.files(), t[0] / 1e6, t[1] / 1e6);
        }
    }
}
