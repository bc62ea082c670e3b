package net.wpxliff.bench;

import java.io.IOException;
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
 * One post in a fresh JVM, as a user runs it: wall time of whole processes, each case run {@code runs} times, the
 * cases interleaved round by round so that a change in the machine's load touches them alike. Cases:
 * {@code java -version} (the floor every figure is compared with); README's command, the launcher
 * {@code ./wpxliff} (with its JVM options: the script says which), for {@code --version}, {@code --help},
 * {@code export} of {@code seeds/} (into a temporary directory with {@code -o}) and {@code merge} of that export
 * pseudo-translated; the same export and merge as plain {@code java -jar target/wpxliff.jar} (no JVM options);
 * and Okapi's Tikal-equivalent export and merge of the same post ({@link OkapiOnePostMain}). With
 * {@code /usr/bin/time} present, the CPU time (user + system, all threads) of each process is shown too.
 *
 * <p>Usage (from the project directory, test classpath; scripts/benchmark.sh runs it):
 * {@code StartupBenchmark [runs] [jar] [baseline]} (defaults 10, target/wpxliff.jar; {@code jar} is what the
 * {@code java -jar} rows run, while the launcher always runs the project's own target/wpxliff.jar). A baseline (an
 * earlier build) runs its {@code --version}, {@code --help}, export and merge in the same rounds, so the two builds
 * are compared under the same load: a jar by plain {@code java -jar}, or a launcher as
 * {@code scripts/launcher-for.sh} makes one (its own jar and an archive dumped for it; an archive only serves the
 * jar path it was dumped for, so one merely copied beside a jar would be silently ignored).
 */
public final class StartupBenchmark {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** One command measured: its label and the arguments after {@code java}, or the whole command line. */
    private record Case(String label, List<String> args, boolean wholeCommand) {
        Case(String label, List<String> args) {
            this(label, args, false);
        }

        /** A command run as it is, not by {@code java}: the launcher. */
        static Case command(String label, List<String> command) {
            return new Case(label, command, true);
        }
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        BenchArgs arguments = new BenchArgs(args);
        int runs = arguments.number(0, 10);
        String jar = arguments.text(1, "target/wpxliff.jar");
        if (!Files.isRegularFile(Path.of(jar))) throw new IllegalStateException(jar + " not found: run mvn -DskipTests package");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Path seed = firstSeed();
        Path tmp = Files.createTempDirectory("wpxliff-startup");
        String loadBefore = loadAverage();

        // the inputs merge reads, made once: README's export, pseudo-translated; Okapi's export of the same post
        run(tmp, List.of(java, "-jar", jar, "export", "-o", tmp.resolve("exported").toString()));
        run(tmp, List.of(java, "-jar", jar, "pseudo", tmp.resolve("exported").toString(), "-o", tmp.resolve("translated").toString()));
        List<String> okapi = List.of("-cp", classPath, OkapiOnePostMain.class.getName());
        run(tmp, concat(List.of(java), okapi, List.of("export", seed.toString(), tmp.resolve("okapi-xliff").toString())));

        String launcher = Path.of("wpxliff").toAbsolutePath().toString();
        List<Case> cases = new ArrayList<>(List.of(
                new Case("java -version", List.of("-version")),
                Case.command("./wpxliff --version", List.of(launcher, "--version")),
                Case.command("./wpxliff --help", List.of(launcher, "--help")),
                Case.command("./wpxliff export", List.of(launcher, "export", "-o", "OUT")),
                Case.command("./wpxliff merge", List.of(launcher, "merge", tmp.resolve("translated").toString(), "-o", "OUT")),
                new Case("java -jar … export", List.of("-jar", jar, "export", "-o", "OUT")),
                new Case("java -jar … merge", List.of("-jar", jar, "merge", tmp.resolve("translated").toString(), "-o", "OUT")),
                new Case("Okapi export (tikal -x -seg)", concat(okapi, List.of("export", seed.toString(), "OUT"))),
                new Case("Okapi merge (tikal -m)", concat(okapi, List.of("merge", seed.toString(),
                        tmp.resolve("okapi-xliff").toString(), "OUT")))));
        if (args.length > 2) {
            String baseline = args[2];
            // a jar runs by plain java -jar; anything else is a launcher (scripts/launcher-for.sh)
            boolean jarBaseline = baseline.endsWith(".jar");
            List<String> prefix = jarBaseline ? List.of(java, "-jar", baseline) : List.of(baseline);
            run(tmp, concat(prefix, List.of("export", "-o", tmp.resolve("baseline-exported").toString())));
            run(tmp, concat(prefix, List.of("pseudo", tmp.resolve("baseline-exported").toString(), "-o",
                    tmp.resolve("baseline-translated").toString())));
            String label = jarBaseline ? "baseline " : "baseline launcher ";
            List<List<String>> commands = List.of(List.of("--version"), List.of("--help"), List.of("export", "-o", "OUT"),
                    List.of("merge", tmp.resolve("baseline-translated").toString(), "-o", "OUT"));
            for (List<String> command : commands) {
                String name = label + command.get(0);
                cases.add(jarBaseline ? new Case(name, concat(prefix.subList(1, prefix.size()), command))
                        : Case.command(name, concat(prefix, command)));
            }
        }
        Map<Case, long[]> wall = new LinkedHashMap<>();
        Map<Case, double[]> cpu = new LinkedHashMap<>();
        for (Case c : cases) {
            wall.put(c, new long[runs]);
            cpu.put(c, new double[runs]);
        }
        for (int round = 0; round < runs; round++) {
            for (Case c : cases) {
                Path out = tmp.resolve("out-" + round + "-" + cases.indexOf(c));
                List<String> command = new ArrayList<>(c.wholeCommand() ? List.of() : List.of(java));
                for (String arg : c.args()) command.add(arg.equals("OUT") ? out.toString() : arg);
                Timing timing = run(tmp, command);
                wall.get(c)[round] = timing.wallNanos();
                cpu.get(c)[round] = timing.cpuSeconds();
            }
            System.err.printf(Locale.ROOT, "round %d of %d done%n", round + 1, runs);
        }

        double floor = median(wall.get(cases.get(0))) / 1e9;
        System.out.printf(Locale.ROOT, "%nOne post in a fresh JVM (%s, %d runs each, interleaved; load average before: %s, after: %s)%n",
                seed.getFileName(), runs, loadBefore, loadAverage());
        System.out.printf(Locale.ROOT, "%-30s %8s %8s %8s %10s %9s%n", "case", "median", "min", "max", "÷ java -v", "cpu med");
        for (Case c : cases) {
            long[] w = wall.get(c);
            double median = median(w) / 1e9;
            double medianCpu = median(cpu.get(c));
            System.out.printf(Locale.ROOT, "%-30s %7.3fs %7.3fs %7.3fs %9.1fx %s%n", c.label(), median,
                    Arrays.stream(w).min().orElse(0) / 1e9, Arrays.stream(w).max().orElse(0) / 1e9, median / floor,
                    Double.isNaN(medianCpu) ? "        -" : String.format(Locale.ROOT, "%8.3fs", medianCpu));
        }
    }

    /** A finished process: its wall time, and its CPU time in seconds (NaN without /usr/bin/time). */
    private record Timing(long wallNanos, double cpuSeconds) {
    }

    /** Runs a command in the working directory (the project's) and fails unless it exits 0. */
    private static Timing run(Path tmp, List<String> command) throws IOException, InterruptedException {
        Path times = tmp.resolve("time.txt");
        List<String> full = new ArrayList<>();
        boolean timed = Files.isExecutable(TIME);
        if (timed) full.addAll(List.of(TIME.toString(), "-o", times.toString(), "-f", "%U %S"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // a fixed key: export and merge never read or create the user's ~/.config/wpxliff/key
        builder.environment().put("WPXLIFF_KEY", "startup-benchmark-key-startup-benchmark-key");
        // the launcher runs this JDK (the build's, whose archive it can use) with its own options only
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("WPXLIFF_JAVA_OPTS");
        long t0 = System.nanoTime();
        Process process = builder.start();
        int code = process.waitFor();
        long nanos = System.nanoTime() - t0;
        if (code != 0) throw new IllegalStateException("exit " + code + ": " + String.join(" ", command));
        double cpuSeconds = Double.NaN;
        if (timed) {
            String[] f = Files.readString(times).trim().split("\\s+");
            cpuSeconds = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
        }
        return new Timing(nanos, cpuSeconds);
    }

    private static Path firstSeed() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            return seeds.filter(p -> p.toString().endsWith(".json")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed post in seeds/"));
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) all.addAll(part);
        return all;
    }
}
