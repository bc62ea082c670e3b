package net.wpxliff.bench;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.xliff.ExportOptions;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * wpxliff against Okapi on the whole corpus, in one JVM: export (ours: read + extract + segment + write
 * XLIFF; Okapi: HtmlFilter + SRX + XLIFFWriter) and merge (ours: read XLIFF + schema check + every unit
 * check + render + tree check; Okapi: XLIFFFilter + HtmlFilter + SkeletonMergerWriter), on the files
 * both handle. Prints files/s, MB/s (HTML bytes, as Okapi's baseline counts them) and the ratios, for
 * wall time and this thread's CPU time (steadier on a shared machine).
 *
 * <p>Then the same for generated posts of 10,000 and 100,000 blocks (one long post each), beside the
 * corpus rate: extraction and merge are linear, so a long post should run at about the same MB/s.
 *
 * <p>Usage: {@code Benchmark [corpusDir] [warmupPasses] [timedPasses]} (defaults ../shared/corpus, 6, 9: batch
 * throughput is what a long job settles at, and after two warm-up passes the JIT is still compiling both tools'
 * paths, so their passes still vary by up to 2x and the median measures the compile schedule rather than the code);
 * {@code Benchmark --generated-mb N} times one generated post of N MB alone (scripts/benchmark.sh runs it
 * in a JVM of its own, with the larger heap it needs).
 */
public final class Benchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Corpus passes of both tools before timing, and timed (see the class comment). */
    static final int WARMUP_PASSES = 6;
    static final int TIMED_PASSES = 9;

    private record Timing(long wall, long cpu) {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs.quietOkapi();
        if (args.length == 2 && args[0].equals("--generated-mb")) {
            int mb = Integer.parseInt(args[1]);
            GeneratedPostBenchmark generated = new GeneratedPostBenchmark();
            generated.run("warm-up 10k blocks", GeneratedPosts.blocks(10_000), 2, null);
            generated.run(mb + " MB post", GeneratedPosts.ofSize(mb * 1_000_000L), 1, null);
            return;
        }
        BenchArgs arguments = new BenchArgs(args);
        Path corpus = arguments.corpus(0);
        int warmup = arguments.number(1, WARMUP_PASSES);
        int timed = arguments.number(2, TIMED_PASSES);

        OkapiBaseline okapi = new OkapiBaseline();
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, true));
        Merger merger = new Merger(new DocumentMerger.Options(false, true));

        // Files both tools handle (Okapi 1.47 crashes on <audio>); their HTML bytes are the MB/s basis.
        List<Path> files = new ArrayList<>();
        List<OkapiBaseline.Source> sources = new ArrayList<>();
        List<OkapiBaseline.Extracted> okapiXliff = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : OkapiBaselineMain.corpusFiles(corpus)) {
            try {
                OkapiBaseline.Source source = OkapiBaseline.load(file);
                OkapiBaseline.Extracted extracted = okapi.extract(source);
                okapi.merge(extracted);
                exporter.export(file);
                files.add(file);
                sources.add(source);
                okapiXliff.add(extracted);
            } catch (IOException | RuntimeException | net.wpxliff.input.InputException e) {
                skipped.add(corpus.relativize(file) + " (" + e.getClass().getSimpleName() + ")");
            }
        }
        long bytes = sources.stream().mapToLong(OkapiBaseline.Source::htmlBytes).sum();

        // Our merge reads returned files from disk, as the CLI does: export them once (targets = sources).
        Path xliffDir = Files.createTempDirectory("wpxliff-bench");
        List<Path> ourXliff = new ArrayList<>();
        for (Path file : files) {
            for (Exporter.Result result : exporter.export(file)) {
                Path xlf = xliffDir.resolve(ourXliff.size() + ".xlf");
                Files.writeString(xlf, result.xliff(), StandardCharsets.UTF_8);
                ourXliff.add(xlf);
            }
        }

        Timing[] ourExport = new Timing[timed], okapiExport = new Timing[timed];
        Timing[] ourMerge = new Timing[timed], okapiMerge = new Timing[timed];
        for (int pass = 1 - warmup; pass <= timed; pass++) {
            Timing a = time(() -> {
                for (Path file : files) exporter.export(file);
            });
            Timing b = time(() -> {
                for (OkapiBaseline.Source source : sources) okapi.extract(source);
            });
            Timing c = time(() -> {
                for (Path xlf : ourXliff) {
                    if (!merger.check(xlf).ok()) throw new IllegalStateException("merge failed: " + xlf);
                }
            });
            Timing d = time(() -> {
                for (OkapiBaseline.Extracted x : okapiXliff) okapi.merge(x);
            });
            System.out.printf(Locale.ROOT, "pass %2d%s: export ours %6.0f ms, Okapi %6.0f ms | merge ours %6.0f ms, Okapi %6.0f ms%n",
                    pass, pass <= 0 ? " (warm-up)" : "", a.wall / 1e6, b.wall / 1e6, c.wall / 1e6, d.wall / 1e6);
            if (pass > 0) {
                ourExport[pass - 1] = a;
                okapiExport[pass - 1] = b;
                ourMerge[pass - 1] = c;
                okapiMerge[pass - 1] = d;
            }
        }

        System.out.printf(Locale.ROOT, "%n%d files (%.2f MB of HTML) that both tools handle; %d left out: %s%n",
                files.size(), bytes / 1e6, skipped.size(), skipped);
        System.out.printf(Locale.ROOT, "%d cores, %s %s, load average %.1f at the end; medians of %d passes after %d warm-up%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                timed, warmup);
        report("export", ourExport, okapiExport, files.size(), bytes);
        report("merge ", ourMerge, okapiMerge, files.size(), bytes);

        double mb = bytes / 1e6;
        double[] corpusRates = {mb / (median(ourExport, false) / 1e9), mb / (median(ourExport, true) / 1e9),
                mb / (median(ourMerge, false) / 1e9), mb / (median(ourMerge, true) / 1e9)};
        System.out.println();
        GeneratedPostBenchmark generated = new GeneratedPostBenchmark();
        generated.run("10k blocks ", GeneratedPosts.blocks(10_000), 3, corpusRates);
        generated.run("100k blocks", GeneratedPosts.blocks(100_000), 1, corpusRates);
    }

    private static void report(String what, Timing[] ours, Timing[] theirs, int files, long bytes) {
        for (boolean cpu : new boolean[]{false, true}) {
            double a = median(ours, cpu) / 1e9, b = median(theirs, cpu) / 1e9;
            System.out.printf(Locale.ROOT, "%s %s: wpxliff %7.1f files/s %6.2f MB/s | Okapi %7.1f files/s %6.2f MB/s | ratio %5.1fx%n",
                    what, cpu ? "cpu " : "wall", files / a, bytes / 1e6 / a, files / b, bytes / 1e6 / b, b / a);
        }
    }

    private static double median(Timing[] timings, boolean cpu) {
        long[] values = Arrays.stream(timings).mapToLong(t -> cpu ? t.cpu : t.wall).sorted().toArray();
        return values[values.length / 2];
    }

    private interface Work {
        void run() throws Exception;
    }

    private static Timing time(Work work) throws Exception {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.run();
        return new Timing(System.nanoTime() - t0, CPU.getCurrentThreadCpuTime() - c0);
    }
}
