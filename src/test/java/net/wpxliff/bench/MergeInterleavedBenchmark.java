package net.wpxliff.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Corpus merge of two builds in one JVM, passes interleaved (A, B, A, B, …), each build in a class loader of its
 * own: on a shared machine only a ratio measured this way is worth reporting. Prints each build's median wall and
 * CPU time per pass and the ratios.
 *
 * <p>Usage: {@code MergeInterleavedBenchmark corpus passes classpathA classpathB} (class paths as for {@code java
 * -cp}; this class's own test-classes folder is put in front of each).
 */
public final class MergeInterleavedBenchmark {
    public static void main(String[] args) throws Exception {
        BenchArgs arguments = new BenchArgs(args);
        Path corpus = arguments.corpus(0);
        int passes = arguments.number(1, 10);
        URL testClasses = MergeInterleavedBenchmark.class.getProtectionDomain().getCodeSource().getLocation();
        Object[] builds = {load(testClasses, args[2], corpus), load(testClasses, args[3], corpus)};
        List<List<long[]>> times = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = -3; round < passes; round++) {
            for (int b = 0; b < 2; b++) {
                Thread.currentThread().setContextClassLoader(builds[b].getClass().getClassLoader());
                long[] t = (long[]) builds[b].getClass().getMethod("pass").invoke(builds[b]);
                if (round >= 0) times.get(b).add(t);
            }
        }
        System.out.printf(Locale.ROOT, "load average %.2f at the end; %d passes each after 3 warm-up, interleaved%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), passes);
        double[][] medians = new double[2][3];
        for (int b = 0; b < 2; b++) {
            int files = (int) builds[b].getClass().getMethod("files").invoke(builds[b]);
            for (int k = 0; k < 3; k++) {
                final int kk = k;
                long[] v = times.get(b).stream().mapToLong(t -> t[kk]).sorted().toArray();
                medians[b][k] = v[v.length / 2] / 1e6;
            }
            System.out.printf(Locale.ROOT, "build %s: %d files, median wall %7.1f ms (%6.1f files/s), cpu %7.1f ms (%6.1f files/s),"
                    + " allocated %.1f MB%n", b == 0 ? "A" : "B", files, medians[b][0], files / medians[b][0] * 1000,
                    medians[b][1], files / medians[b][1] * 1000, medians[b][2]);
        }
        System.out.printf(Locale.ROOT, "B is %.2fx faster than A (wall), %.2fx (cpu); allocates %.2fx as much%n",
                medians[0][0] / medians[1][0], medians[0][1] / medians[1][1], medians[1][2] / medians[0][2]);
    }

    private static Object load(URL testClasses, String classpath, Path corpus) throws Exception {
        List<URL> urls = new ArrayList<>(List.of(testClasses));
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) urls.add(Path.of(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        return loader.loadClass("net.wpxliff.bench.MergePasses").getConstructor(Path.class).newInstance(corpus);
    }
}
