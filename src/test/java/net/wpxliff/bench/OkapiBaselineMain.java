package net.wpxliff.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Okapi throughput over the whole corpus, extract and merge timed separately.
 *
 * <p>Usage: {@code OkapiBaselineMain [corpusDir] [warmupPasses] [timedPasses]}
 * (defaults: ../shared/corpus, 2, 3). Files are read and WP JSON parsed before
 * timing, so the figures are Okapi's work only; MB/s counts the HTML bytes
 * processed (raw file bytes for HTML, UTF-8 bytes of the rendered fields for JSON),
 * for merge too. A first untimed pass finds the files Okapi fails on; those are
 * counted and listed, never fatal, and left out of the timed passes.
 *
 * <p>Run from the project directory:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/test-classes:$(cat target/test-cp.txt) net.wpxliff.bench.OkapiBaselineMain
 * </pre>
 */
public final class OkapiBaselineMain {

    public static void main(String[] args) throws IOException {
        BenchArgs.quietOkapi();
        BenchArgs arguments = new BenchArgs(args);
        Path corpus = arguments.corpus(0);
        int warmup = arguments.number(1, 2);
        int timed = arguments.number(2, 3);

        Map<Path, String> failures = new LinkedHashMap<>();
        List<OkapiBaseline.Source> sources = new ArrayList<>();
        for (Path p : corpusFiles(corpus)) {
            try {
                sources.add(OkapiBaseline.load(p));
            } catch (IOException | RuntimeException e) {
                failures.put(p, "load: " + e);
            }
        }

        OkapiBaseline okapi = new OkapiBaseline();
        // First pass (untimed) finds the files Okapi fails on; passes then run on the rest.
        List<OkapiBaseline.Extracted> extracted = new ArrayList<>();
        for (OkapiBaseline.Source s : sources) {
            String stage = "extract";
            try {
                OkapiBaseline.Extracted x = okapi.extract(s);
                stage = "merge";
                okapi.merge(x);
                extracted.add(x);
            } catch (RuntimeException e) {
                failures.put(s.path(), stage + ": " + describe(e));
            }
        }
        List<OkapiBaseline.Source> ok = extracted.stream().map(OkapiBaseline.Extracted::source).toList();
        long bytes = ok.stream().mapToLong(OkapiBaseline.Source::htmlBytes).sum();
        int units = extracted.stream().mapToInt(OkapiBaseline.Extracted::textUnits).sum();
        int segs = extracted.stream().mapToInt(OkapiBaseline.Extracted::segments).sum();

        // Wall time, and this thread's CPU time: the latter is what to compare when other
        // processes share the (2-core) machine. Okapi runs on this one thread.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] ext = new long[timed];
        long[] mrg = new long[timed];
        long[] extCpu = new long[timed];
        long[] mrgCpu = new long[timed];
        for (int pass = 1 - warmup; pass <= timed; pass++) { // passes <= 0 are warm-up
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            List<OkapiBaseline.Extracted> xs = new ArrayList<>(ok.size());
            for (OkapiBaseline.Source s : ok) {
                xs.add(okapi.extract(s));
            }
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            long chars = 0; // keeps the merge output alive
            for (OkapiBaseline.Extracted x : xs) {
                for (String html : okapi.merge(x)) {
                    chars += html.length();
                }
            }
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            if (pass > 0) {
                ext[pass - 1] = t1 - t0;
                mrg[pass - 1] = t2 - t1;
                extCpu[pass - 1] = c1 - c0;
                mrgCpu[pass - 1] = c2 - c1;
            }
            System.out.printf(Locale.ROOT,
                    "pass %2d%s: extract %7.1f ms (cpu %7.1f), merge %7.1f ms (cpu %7.1f), %d chars out%n",
                    pass, pass <= 0 ? " (warm-up)" : "", (t1 - t0) / 1e6, (c1 - c0) / 1e6,
                    (t2 - t1) / 1e6, (c2 - c1) / 1e6, chars);
        }

        System.out.printf(Locale.ROOT, "%nOkapi 1.47.0 baseline, corpus %s%n", corpus);
        System.out.printf(Locale.ROOT, "files ok: %d (%d HTML documents, %.2f MB HTML, %d text units, %d segments)%n",
                ok.size(), ok.stream().mapToInt(s -> s.documents().size()).sum(), bytes / 1e6, units, segs);
        report("extract wall", ext, ok.size(), bytes);
        report("extract cpu ", extCpu, ok.size(), bytes);
        report("merge   wall", mrg, ok.size(), bytes);
        report("merge   cpu ", mrgCpu, ok.size(), bytes);
        System.out.printf("failures: %d%n", failures.size());
        failures.forEach((p, why) -> System.out.printf("  %s: %s%n", corpus.relativize(p), why));
    }

    /** The exception and where it was thrown (the JIT drops both after a few identical throws). */
    private static String describe(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return e + (st.length > 0 ? " at " + st[0] : "");
    }

    private static void report(String what, long[] nanos, int files, long bytes) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e9;
        double best = sorted[0] / 1e9;
        System.out.printf(Locale.ROOT,
                "%s median %.3f s: %8.1f files/s %6.2f MB/s | best %.3f s: %8.1f files/s %6.2f MB/s%n",
                what, median, files / median, bytes / 1e6 / median, best, files / best, bytes / 1e6 / best);
    }

    /** Every .json under wp/ (*.edit.json included) and every .html, .htm, .phtml under html/, sorted. */
    static List<Path> corpusFiles(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>(walk(corpus.resolve("wp"), ".json"));
        files.addAll(walk(corpus.resolve("html"), ".html", ".htm", ".phtml"));
        return files;
    }

    private static List<Path> walk(Path dir, String... extensions) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> Arrays.stream(extensions).anyMatch(
                            e -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(e)))
                    .sorted()
                    .toList();
        }
    }
}
