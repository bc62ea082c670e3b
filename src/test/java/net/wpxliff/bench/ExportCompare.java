package net.wpxliff.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Batch export of two builds in one JVM, each in a class loader of its own, passes interleaved (A, B, A, B…) so
 * that both see the same load: the CPU time of this thread per corpus pass, the median ratio, and a check that
 * both builds write the same XLIFF for every file (export must stay byte-identical). Not a test.
 *
 * <p>Usage: {@code ExportCompare BASELINE [corpusDir] [warmupPasses] [timedPasses]}, BASELINE a build's classes
 * directory or jar (e.g. {@code target/classes} copied before a change); the other build is this class path's.
 * With {@code --only-current} as BASELINE it runs the current build alone (for a profiler);
 * {@code -Dwpxliff.compare.current=DIR} takes another build as the current one (DIR = BASELINE: the harness's own bias).
 */
public final class ExportCompare {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One build's {@code Exporter}, called by reflection. */
    private static final class Build {
        private final Object exporter;
        private final Method export;
        private final Method xliff;

        Build(ClassLoader loader) throws Exception {
            Class<?> options = loader.loadClass("net.wpxliff.xliff.ExportOptions");
            Constructor<?> make = options.getConstructor(String.class, String.class, boolean.class, boolean.class);
            Class<?> exporterClass = loader.loadClass("net.wpxliff.Exporter");
            exporter = exporterClass.getConstructor(options).newInstance(make.newInstance("en", "ko", true, true));
            export = exporterClass.getMethod("export", Path.class);
            xliff = loader.loadClass("net.wpxliff.Exporter$Result").getMethod("xliff");
        }

        List<String> export(Path file) throws Exception {
            List<String> texts = new ArrayList<>();
            for (Object result : (List<?>) export.invoke(exporter, file)) texts.add((String) xliff.invoke(result));
            return texts;
        }

        long pass(List<Path> files) throws Exception {
            long c0 = CPU.getCurrentThreadCpuTime();
            for (Path file : files) export.invoke(exporter, file);
            return CPU.getCurrentThreadCpuTime() - c0;
        }
    }

    public static void main(String[] args) throws Exception {
        BenchArgs.quietOkapi();
        BenchArgs arguments = new BenchArgs(args);
        boolean onlyCurrent = arguments.text(0, "").equals("--only-current");
        Path corpus = arguments.corpus(1);
        int warmup = arguments.number(2, 3);
        int timed = arguments.number(3, 9);

        String currentClasses = System.getProperty("wpxliff.compare.current"); // another build as "current" (an A/A check)
        Build current = new Build(new URLClassLoader(classPath(currentClasses == null ? null : Path.of(currentClasses)),
                ClassLoader.getPlatformClassLoader()));
        Build baseline = onlyCurrent ? null
                : new Build(new URLClassLoader(classPath(Path.of(args[0])), ClassLoader.getPlatformClassLoader()));

        // Okapi's files (the benchmark's basis): those it extracts; and both builds must write the same bytes.
        OkapiBaseline okapi = new OkapiBaseline();
        List<Path> files = new ArrayList<>();
        int differing = 0;
        for (Path file : OkapiBaselineMain.corpusFiles(corpus)) {
            try {
                okapi.extract(OkapiBaseline.load(file));
                List<String> ours = current.export(file);
                files.add(file);
                if (baseline != null && !ours.equals(baseline.export(file))) {
                    differing++;
                    System.out.println("DIFFERENT XLIFF: " + corpus.relativize(file));
                }
            } catch (Exception e) {
                // left out, as Benchmark does
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %d with different XLIFF%n", files.size(), differing);

        long[] a = new long[timed], b = new long[timed];
        double[] ratio = new double[timed];
        for (int pass = 1 - warmup; pass <= timed; pass++) {
            long base = baseline == null ? 0 : baseline.pass(files);
            long now = current.pass(files);
            if (pass > 0) {
                a[pass - 1] = base;
                b[pass - 1] = now;
                ratio[pass - 1] = (double) base / now;
            }
            System.out.printf(Locale.ROOT, "pass %2d: baseline %6.0f ms cpu, current %6.0f ms cpu%n", pass, base / 1e6, now / 1e6);
        }
        System.out.printf(Locale.ROOT, "median cpu per pass: baseline %.0f ms, current %.0f ms (%.1f files/s); "
                        + "median of paired ratios baseline/current %.3f; load average %.1f%n",
                median(a) / 1e6, median(b) / 1e6, files.size() / (median(b) / 1e9), median(ratio),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static URL[] classPath(Path replacingClasses) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith("test-classes")) continue;
            Path path = Path.of(entry);
            if (replacingClasses != null && path.endsWith(Path.of("target", "classes"))) path = replacingClasses;
            urls.add(path.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
