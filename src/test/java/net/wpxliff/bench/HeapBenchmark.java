package net.wpxliff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The smallest heap one big post exports and merges in, through the CLI ({@code net.wpxliff.cli.Main}) in
 * JVMs of their own with the JVM's default collector, as a user runs it. For each size (a post made by
 * {@link GeneratedPosts#ofSize}), it exports once with a large heap to make the returned file (targets
 * copied from the source), then searches in 16 MB steps (or -Dwpxliff.bench.heapStepMb) for the smallest {@code -Xmx} with which
 * {@code export} and {@code merge} each succeed, and prints it as MB of heap per MB of post, with the wall
 * time at that heap and at twice it. Time per MB at the sizes says whether the work is linear.
 *
 * <p>Usage: {@code HeapBenchmark [MB ...]} (default 4 16). A run that takes more than {@link #TIMEOUT_FACTOR}
 * times the ample-heap time counts as failed (a collector thrashing at its limit is not a usable heap).
 */
public final class HeapBenchmark {
    /** Search step; -Dwpxliff.bench.heapStepMb=8 for a finer answer (twice the runs). */
    private static final int STEP_MB = Integer.getInteger("wpxliff.bench.heapStepMb", 16);
    private static final int TIMEOUT_FACTOR = 10;
    private static final int AMPLE_MB_PER_MB = 200;
    private static final String KEY = "heap-benchmark-key-".repeat(4);

    private record Run(boolean ok, double seconds) {
    }

    private record Smallest(String command, int heapMb, double seconds, double secondsAtTwice) {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) sizes.add(Integer.parseInt(arg));
        if (sizes.isEmpty()) sizes = List.of(4, 16);
        List<String> lines = new ArrayList<>();
        for (int mb : sizes) {
            Path dir = Files.createTempDirectory("wpxliff-heap");
            try {
                lines.addAll(measure(mb, dir));
            } finally {
                deleteTree(dir);
            }
        }
        System.out.println();
        System.out.println("Smallest heap (-Xmx, " + STEP_MB + " MB steps, default collector) for one generated post through the CLI:");
        lines.forEach(System.out::println);
    }

    private static List<String> measure(int mb, Path dir) throws IOException, InterruptedException {
        Path post = dir.resolve("post.json");
        Files.writeString(post, GeneratedPosts.ofSize(mb * 1_000_000L), StandardCharsets.UTF_8);
        double postMb = Files.size(post) / 1e6;
        int ample = AMPLE_MB_PER_MB * mb;
        Path xliffDir = dir.resolve("xliff");
        Run first = run(ample, 0, "export", post.toString(), "-o", xliffDir.toString(), "--copy-source");
        if (!first.ok) throw new IllegalStateException("export of the " + mb + " MB post failed with -Xmx" + ample + "m");
        Path xliff;
        try (Stream<Path> files = Files.list(xliffDir)) {
            xliff = files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow();
        }
        System.out.printf(Locale.ROOT, "%d MB post: %.1f MB JSON, XLIFF %.1f MB%n", mb, postMb, Files.size(xliff) / 1e6);
        List<String> exportArgs = List.of("export", post.toString(), "-o", dir.resolve("x").toString(), "--copy-source");
        List<String> mergeArgs = List.of("merge", xliff.toString(), "-o", dir.resolve("m").toString());
        List<String> lines = new ArrayList<>();
        for (List<String> command : List.of(exportArgs, mergeArgs)) {
            Smallest s = smallest(command, ample);
            lines.add(String.format(Locale.ROOT, "%2d MB post %-6s: -Xmx%dm = %5.1f MB heap per MB of post | %6.1f s there"
                            + " (%5.2f s/MB) | %6.1f s (%5.2f s/MB) with -Xmx%dm", mb, s.command, s.heapMb, s.heapMb / postMb,
                    s.seconds, s.seconds / postMb, s.secondsAtTwice, s.secondsAtTwice / postMb, 2 * s.heapMb));
            System.out.println(lines.get(lines.size() - 1));
        }
        return lines;
    }

    /** Binary search over STEP_MB steps: the ample heap works, find the smallest that does. */
    private static Smallest smallest(List<String> command, int ampleMb) throws IOException, InterruptedException {
        Run ample = run(ampleMb, 0, command.toArray(String[]::new));
        if (!ample.ok) throw new IllegalStateException(command.get(0) + " failed with -Xmx" + ampleMb + "m");
        long timeout = Math.max(60, (long) (ample.seconds * TIMEOUT_FACTOR));
        int bad = 0; // in steps: known to fail (0 = not tried, one step less than the least heap tried)
        int good = ampleMb / STEP_MB;
        Run atGood = ample;
        while (good - bad > 1) {
            int middle = (good + bad) / 2;
            Run r = run(middle * STEP_MB, timeout, command.toArray(String[]::new));
            System.out.printf(Locale.ROOT, "  %s -Xmx%dm: %s (%.1f s)%n", command.get(0), middle * STEP_MB, r.ok ? "ok" : "failed", r.seconds);
            if (r.ok) {
                good = middle;
                atGood = r;
            } else {
                bad = middle;
            }
        }
        Run twice = run(2 * good * STEP_MB, timeout, command.toArray(String[]::new));
        return new Smallest(command.get(0), good * STEP_MB, atGood.seconds, twice.seconds);
    }

    /** Runs the CLI in a JVM of its own; ok when it exits 0 within the timeout (0: none). */
    private static Run run(int heapMb, long timeoutSeconds, String... cliArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"), "net.wpxliff.cli.Main"));
        command.addAll(List.of(cliArgs));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("WPXLIFF_KEY", KEY); // export signs and merge verifies with it, not the user's key
        Process process = builder.start();
        long start = System.nanoTime();
        boolean finished = timeoutSeconds == 0 ? process.waitFor() >= Integer.MIN_VALUE
                : process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            process.destroyForcibly().waitFor();
            return new Run(false, seconds);
        }
        return new Run(process.exitValue() == 0, seconds);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
