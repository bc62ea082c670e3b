package net.wpxliff.bench;

import net.wpxliff.Exporter;
import net.wpxliff.cli.Main;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.tm.ExportLeverage;
import net.wpxliff.tm.MatchKind;
import net.wpxliff.tm.MatchQuery;
import net.wpxliff.tm.Matcher;
import net.wpxliff.tm.MemoryIndexFile;
import net.wpxliff.tm.SentencePairs;
import net.wpxliff.tm.TmEntry;
import net.wpxliff.tm.TmText;
import net.wpxliff.tm.TmxReader;
import net.wpxliff.tm.TmxWriter;
import net.wpxliff.tm.TranslationMemory;
import net.wpxliff.unit.Segment;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.XliffFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Issue 10's bar for leverage: with a memory of 100,000 segments, {@code export --tm} adds under 20% to the export
 * time of the corpus and stays under 1 GB.
 *
 * <p>The memory is made from the corpus itself (fixed seed): of the corpus's sentences, 45% are in it in their own
 * context (same post, unit key and neighbours: context matches), 10% from another post (exact matches), 30% only as
 * a variant with one word replaced, dropped or two words swapped (fuzzy matches), 15% not at all; the rest, up to
 * 100,000 units, are corpus sentences with one to four edits and sentences built on corpus sentences with a third
 * to two thirds of their words replaced by corpus words (drawn by their corpus frequency), so common words have long
 * posting lists and many candidates score near the fuzzy bar. Targets are a pseudo-translation (letters to Hangul).
 *
 * <p>Then, in this JVM (warmed up): the TMX read and the index built, timed apart; the corpus's sentences looked up
 * (counts by kind, lookups/s); corpus export (the CLI's {@link Exporter}) without and with the memory, passes
 * alternating, medians. Then the user's view: {@code wpxliff export CORPUS -o DIR} without and with {@code --tm},
 * each in a fresh JVM with {@code -Xmx1g} and the launcher's JIT and collector options (JVM start, reading the TMX and
 * indexing included), alternating, medians of wall and process CPU time, and the peak heap and resident memory of the
 * {@code --tm} runs, the most heap any GC left in use (the live set at its peak), and one {@code --tm} run in a 400 MB
 * heap.
 *
 * <p>That memory is a stress case (every corpus sentence has about ten near-variants). The same measurements follow on
 * a realistic one, a site's own memory ({@link #siteMemory}): the corpus's earlier translations, most in context,
 * some edited since, and other posts' sentences made of corpus words but no variants of corpus sentences.
 *
 * <p>Usage: {@code LeverageBenchmark [corpusDir] [cliRuns] [jobs]} (defaults ../shared/corpus, 5, 2).
 */
public final class LeverageBenchmark {
    static final int UNITS = 100_000;
    private static final long SEED = 20261130L;

    /** One corpus sentence in its place. */
    record Sentence(TmText text, String postId, String unitKey, String previousHash, String nextHash) {
        MatchQuery query() {
            return new MatchQuery(text, postId, unitKey, previousHash, nextHash);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cli")) {
            cliPass(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        // --files CORPUS: the corpus files the CLI runs export, one per line (for scripts/leverage-side-by-side.sh).
        if (args.length > 0 && args[0].equals("--files")) {
            for (Path file : OkapiBaselineMain.corpusFiles(new BenchArgs(Arrays.copyOfRange(args, 1, args.length)).corpus(0))) {
                System.out.println(file);
            }
            return;
        }
        // --site-only: only the realistic memory (the one the bar refers to), without the stress memory's figures.
        boolean siteOnly = args.length > 0 && args[0].equals("--site-only");
        if (siteOnly) args = Arrays.copyOfRange(args, 1, args.length);
        BenchArgs arguments = new BenchArgs(args);
        Path corpus = arguments.corpus(0);
        int cliRuns = arguments.number(1, 5); // single runs drift by ±10% on the 2-core VM: see README
        int jobs = arguments.number(2, 2);
        List<Path> files = OkapiBaselineMain.corpusFiles(corpus); // the 349 posts and pages, as Benchmark
        Path work = Files.createDirectories(Path.of("target/leverage-bench").toAbsolutePath());
        Path tmx = work.resolve("memory-100k.tmx");

        long t0 = System.nanoTime();
        List<Sentence> sentences = corpusSentences(files);
        TranslationMemory memory;
        if (!siteOnly) {
            memory = memory(sentences, UNITS, SEED);
            Files.write(tmx, TmxWriter.write(memory, "20261130T000000Z"));
            System.out.printf(Locale.ROOT, "memory: %,d units (%,d entries with their contexts), TMX %.1f MB, made in %.1f s;"
                            + " corpus: %d files, %,d sentences with letters%n", memory.size(), memory.entries().size(),
                    Files.size(tmx) / 1e6, (System.nanoTime() - t0) / 1e9, files.size(), sentences.size());
            memory = null;

            inProcess(files, tmx, sentences);
            cli(files, tmx, work, cliRuns, jobs);
        }

        // The realistic memory (a site's own TM); the figures README quotes for the bar.
        Path site = work.resolve("memory-100k-site.tmx");
        t0 = System.nanoTime();
        memory = siteMemory(sentences, UNITS, SEED);
        Files.write(site, TmxWriter.write(memory, "20261130T000000Z"));
        System.out.printf(Locale.ROOT, "%nsite memory: %,d units (%,d entries with their contexts), TMX %.1f MB, made in %.1f s:"
                        + " the corpus's own translations (60%% in context, 15%% edited once) and sentences of other posts"
                        + " drawn from corpus words%n", memory.size(), memory.entries().size(), Files.size(site) / 1e6,
                (System.nanoTime() - t0) / 1e9);
        memory = null;
        inProcess(files, site, sentences);
        cli(files, site, work, cliRuns, jobs);
    }

    /**
     * A site's memory as it grows in use: of the corpus's sentences, 60% in their own context (translated before,
     * unchanged), 15% as a variant with one edit in the same post (the sentence was edited since), 25% not at all (new);
     * the rest, up to {@code units}, sentences of other posts: as many words as a corpus sentence, drawn from the
     * corpus's words by their frequency, so they share the vocabulary but are not variants of corpus sentences.
     */
    static TranslationMemory siteMemory(List<Sentence> sentences, int units, long seed) {
        Random random = new Random(seed + 1);
        TranslationMemory memory = new TranslationMemory();
        String created = "2026-01-01T00:00:00Z";
        List<String> words = Variants.words(sentences);
        for (Sentence s : sentences) {
            double r = random.nextDouble();
            if (r < 0.60) {
                memory.add(entry(s.text(), s.postId(), s.unitKey(), s.previousHash(), s.nextHash(), created));
            } else if (r < 0.75) {
                memory.add(entry(Variants.edited(s.text(), 1, random, words), s.postId(), s.unitKey(), s.previousHash(),
                        s.nextHash(), created));
            }
        }
        int attempts = 0;
        while (memory.size() < units && attempts++ < units * 10) {
            String[] template = sentences.get(random.nextInt(sentences.size())).text().plainText().trim().split("\\s+");
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < Math.max(3, template.length); i++) {
                String word = words.get(random.nextInt(words.size()));
                if (i > 0) sentence.append(' ');
                sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
            sentence.append('.');
            memory.add(entry(new TmText(List.of(new TmText.Plain(sentence.toString()))), "site:" + random.nextInt(5000),
                    "content/p[" + (1 + random.nextInt(20)) + "]", "", "", created));
        }
        return memory;
    }

    /** Every sentence with letters of every corpus document, in its place, as export asks the memory about it. */
    static List<Sentence> corpusSentences(List<Path> files) throws InputException {
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, false));
        List<Sentence> sentences = new ArrayList<>();
        for (Path file : files) {
            for (Exporter.Result result : exporter.export(file)) {
                Extraction extraction = result.extraction();
                SourceDocument document = extraction.document();
                String postId = document.postId() != null ? document.postId() : "page:" + document.name();
                for (TextUnit unit : extraction.units()) {
                    List<Segment> segments = unit.segments().isEmpty() ? List.of(new Segment(1, unit.source(), ""))
                            : unit.segments();
                    List<TmText> texts = SentencePairs.sourceSentences(document, unit);
                    for (int i = 0; i < segments.size(); i++) {
                        if (!segments.get(i).content().hasTranslatableText()) continue;
                        sentences.add(new Sentence(texts.get(i), postId, unit.resname() == null ? "" : unit.resname(),
                                TmEntry.hash(i > 0 ? texts.get(i - 1) : null),
                                TmEntry.hash(i + 1 < texts.size() ? texts.get(i + 1) : null)));
                    }
                }
            }
        }
        return sentences;
    }

    /** The memory described in the class comment: {@code units} distinct source and target pairs. */
    static TranslationMemory memory(List<Sentence> sentences, int units, long seed) {
        Random random = new Random(seed);
        TranslationMemory memory = new TranslationMemory();
        String created = "2026-01-01T00:00:00Z";
        for (Sentence s : sentences) {
            double r = random.nextDouble();
            if (r < 0.45) {
                memory.add(entry(s.text(), s.postId(), s.unitKey(), s.previousHash(), s.nextHash(), created));
            } else if (r < 0.55) {
                memory.add(entry(s.text(), "bench:" + random.nextInt(1000), "content/p[1]", "", "", created));
            } else if (r < 0.85) {
                memory.add(entry(Variants.edited(s.text(), 1, random, Variants.words(sentences)), "bench:" + random.nextInt(1000),
                        "content/p[2]", "", "", created));
            }
        }
        List<String> words = Variants.words(sentences);
        int attempts = 0;
        while (memory.size() < units && attempts++ < units * 10) {
            TmText template = sentences.get(random.nextInt(sentences.size())).text();
            TmText source = random.nextBoolean() ? Variants.edited(template, 1 + random.nextInt(4), random, words)
                    : Variants.replaced(template, 0.33 + random.nextDouble() / 3, random, words);
            memory.add(entry(source, "bench:" + random.nextInt(1000), "content/p[" + (1 + random.nextInt(20)) + "]", "", "",
                    created));
        }
        return memory;
    }

    private static TmEntry entry(TmText source, String postId, String unitKey, String previous, String next, String created) {
        return new TmEntry(source, Variants.pseudo(source), "en", "ko", postId, unitKey, previous, next, created);
    }

    /** Reading, indexing and lookups timed apart, then warmed-up export passes without and with the memory. */
    private static void inProcess(List<Path> files, Path tmx, List<Sentence> sentences) throws Exception {
        long start = System.nanoTime();
        List<TmEntry> entries = TmxReader.read(tmx).entries();
        long read = System.nanoTime();
        Matcher matcher = Matcher.forLanguages(entries, "en", "ko");
        long indexed = System.nanoTime();
        System.gc();
        long heap = usedHeap();
        Map<MatchKind, Integer> kinds = new java.util.EnumMap<>(MatchKind.class);
        long lookups = System.nanoTime();
        for (Sentence s : sentences) kinds.merge(matcher.match(s.query()).kind(), 1, Integer::sum);
        long looked = System.nanoTime();
        System.out.printf(Locale.ROOT, "in this JVM (cold): TMX read %.2f s, index %.2f s (heap in use after GC %d MB);"
                        + " %,d lookups %.2f s (%,.0f/s)%n", (read - start) / 1e9, (indexed - read) / 1e9, heap >> 20,
                sentences.size(), (looked - lookups) / 1e9, sentences.size() / ((looked - lookups) / 1e9));
        // What every export after the first reads instead: the index cached beside the TMX (export writes it).
        List<Path> memoryFiles = List.of(tmx);
        MemoryIndexFile.Key key = MemoryIndexFile.key(memoryFiles, "en", "ko");
        MemoryIndexFile.write(MemoryIndexFile.pathFor(memoryFiles), key, matcher);
        long cacheStart = System.nanoTime();
        MemoryIndexFile.Key again = MemoryIndexFile.key(memoryFiles, "en", "ko");
        long keyed = System.nanoTime();
        Matcher cached = MemoryIndexFile.read(MemoryIndexFile.pathFor(memoryFiles), again, memoryFiles);
        long cacheRead = System.nanoTime();
        if (cached == null || cached.size() != matcher.size()) throw new IllegalStateException("the cached index did not load");
        System.out.printf(Locale.ROOT, "cached index %s: %.1f MB; checking the TMX against its key %.2f s, reading it %.2f s%n",
                MemoryIndexFile.pathFor(memoryFiles).getFileName(), Files.size(MemoryIndexFile.pathFor(memoryFiles)) / 1e6,
                (keyed - cacheStart) / 1e9, (cacheRead - keyed) / 1e9);
        cached = null;
        System.out.printf(Locale.ROOT, "matches: context %,d, exact %,d, fuzzy %,d, none %,d (of %,d sentences)%n",
                kinds.getOrDefault(MatchKind.CONTEXT, 0), kinds.getOrDefault(MatchKind.EXACT, 0),
                kinds.getOrDefault(MatchKind.FUZZY, 0), kinds.getOrDefault(MatchKind.NONE, 0), sentences.size());

        IdentityHashMap<TmEntry, String> origins = new IdentityHashMap<>();
        for (TmEntry e : entries) origins.put(e, tmx.getFileName().toString());
        ExportLeverage leverage = new ExportLeverage(matcher, origins, tmx.getFileName().toString());
        ExportOptions options = new ExportOptions("en", "ko", true, false);
        Exporter plain = new Exporter(options, XliffFormat.XLIFF12, false);
        Exporter leveraged = new Exporter(options, XliffFormat.XLIFF12, false,
                net.wpxliff.trust.SigningKey.resolve(null, true), leverage);
        int passes = 5;
        long[] without = new long[passes + 2];
        long[] with = new long[passes + 2];
        for (int p = 0; p < passes + 2; p++) { // two warm-up rounds first
            without[p] = exportAll(plain, files);
            with[p] = exportAll(leveraged, files);
        }
        double w0 = median(Arrays.copyOfRange(without, 2, passes + 2)) / 1e9;
        double w1 = median(Arrays.copyOfRange(with, 2, passes + 2)) / 1e9;
        System.out.printf(Locale.ROOT, "in this JVM (warm, median of %d): corpus export %.3f s without, %.3f s with the"
                + " index (lookups only, no reading) %+.1f%%%n", passes, w0, w1, 100 * (w1 - w0) / w0);
    }

    private static long exportAll(Exporter exporter, List<Path> files) throws InputException {
        long start = System.nanoTime();
        long bytes = 0; // the files as export writes them (UTF-8), not decoded again into Strings
        for (Path file : files) {
            for (Exporter.Result r : exporter.export(file)) bytes += r.utf8() != null ? r.utf8().length : r.xliff().length();
        }
        if (bytes == 0) throw new IllegalStateException("nothing exported");
        return System.nanoTime() - start;
    }

    /** The CLI in fresh JVMs, alternating without and with {@code --tm}. */
    private static void cli(List<Path> files, Path tmx, Path work, int runs, int jobs) throws Exception {
        if (runs == 0) return;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<double[]> without = new ArrayList<>();
        List<double[]> with = new ArrayList<>();
        // The memory was just written: the first --tm run reads the TMX and caches its index beside it (tmx.idx);
        // the timed runs below read that cache, as every export after the first does while the memory is unchanged.
        Files.deleteIfExists(Path.of(tmx + ".idx"));
        double[] first = cliRun(java, classpath, "-Xmx1g", files, tmx, work, jobs);
        System.out.printf(Locale.ROOT, "  first --tm run (reads the TMX, writes %s.idx): wall %.2f s, cpu %.2f s, peak RSS %.0f MB%n",
                tmx.getFileName(), first[0], first[1], first[4]);
        for (int run = 0; run < runs; run++) {
            for (boolean tm : new boolean[] {false, true}) {
                double[] figures = cliRun(java, classpath, "-Xmx1g", files, tm ? tmx : null, work, jobs);
                double wall = figures[0];
                (tm ? with : without).add(figures);
                System.out.printf(Locale.ROOT, "  run %d %-9s wall %.2f s, cpu %.2f s, peak heap %.0f MB, heap after GC %.0f MB,"
                        + " peak RSS %.0f MB, most in use after a GC %.0f MB%n", run + 1, tm ? "--tm" : "plain", wall,
                        figures[1], figures[2], figures[3], figures[4], figures[5]);
            }
        }
        double w0 = median(without, 0), w1 = median(with, 0), c0 = median(without, 1), c1 = median(with, 1);
        System.out.printf(Locale.ROOT, "CLI export of the corpus, fresh JVM -Xmx1g (C1, serial GC) -j %d, median of %d: wall %.2f s without,"
                        + " %.2f s with --tm (%+.1f%%); process cpu %.2f s, %.2f s (%+.1f%%); --tm peak heap %.0f MB, peak RSS %.0f MB;"
                        + " most in use after a GC %.0f MB%n",
                jobs, runs, w0, w1, 100 * (w1 - w0) / w0, c0, c1, 100 * (c1 - c0) / c0,
                with.stream().mapToDouble(f -> f[2]).max().orElse(0), with.stream().mapToDouble(f -> f[4]).max().orElse(0),
                with.stream().mapToDouble(f -> f[5]).max().orElse(0));
        // Each run's pair on its own: this VM's speed drifts within a sitting, which moves both of a pair alike.
        printRatios("paired (each run's --tm against the plain run before it)", with, without, false);
        // The VM's speed also drifts from run to run, in one direction for minutes: against the plain run before it, a
        // --tm run takes that drift as its own cost (or gain). Against the mean of the plain runs on both sides (one more
        // plain run closes the series), a steady drift cancels out.
        without.add(cliRun(java, classpath, "-Xmx1g", files, null, work, jobs));
        printRatios("bracketed (each run's --tm against the mean of the plain runs before and after it)", with, without, true);
        // The heap export --tm needs: a run in a heap well under the bar's 1 GB.
        double[] small = cliRun(java, classpath, "-Xmx" + SMALL_HEAP, files, tmx, work, jobs);
        System.out.printf(Locale.ROOT, "CLI export --tm in -Xmx%s: wall %.2f s, cpu %.2f s, peak RSS %.0f MB, most in use"
                + " after a GC %.0f MB%n", SMALL_HEAP, small[0], small[1], small[4], small[5]);
    }

    /**
     * Each --tm run's wall and process CPU time as a ratio to its plain run (the one before it, or with {@code bracketed}
     * the mean of the ones before and after it): median, least and most.
     */
    private static void printRatios(String label, List<double[]> with, List<double[]> without, boolean bracketed) {
        int runs = with.size();
        double[][] ratios = new double[2][runs]; // wall, cpu
        for (int figure = 0; figure < 2; figure++) {
            for (int run = 0; run < runs; run++) {
                double plain = bracketed ? (without.get(run)[figure] + without.get(run + 1)[figure]) / 2 : without.get(run)[figure];
                ratios[figure][run] = with.get(run)[figure] / plain;
            }
            Arrays.sort(ratios[figure]);
        }
        System.out.printf(Locale.ROOT, "  %s: wall %+.1f%% median (%+.1f%% to %+.1f%%), process cpu %+.1f%% median (%+.1f%% to"
                        + " %+.1f%%)%n", label,
                100 * (medianOfSorted(ratios[0]) - 1), 100 * (ratios[0][0] - 1), 100 * (ratios[0][runs - 1] - 1),
                100 * (medianOfSorted(ratios[1]) - 1), 100 * (ratios[1][0] - 1), 100 * (ratios[1][runs - 1] - 1));
    }

    /** The heap of the extra {@code --tm} run that shows what leverage needs. */
    private static final String SMALL_HEAP = "400m";

    /**
     * One {@code export} of the corpus in a fresh JVM ({@code --tm tmx} unless null): wall, cpu, peak heap, heap after
     * the final GC, peak RSS (MB), most heap in use after any GC (MB).
     */
    private static double[] cliRun(String java, String classpath, String heap, List<Path> files, Path tmx, Path work,
                                   int jobs) throws Exception {
        boolean tm = tmx != null;
        Path out = work.resolve(tm ? "out-tm" : "out-plain");
        deleteTree(out);
        Path report = work.resolve("report.txt");
        // the JIT and collector README's ./wpxliff launcher picks (its class-data archive belongs to the jar, not to this
        // class path): C2 and G1 would make both runs slower, and --tm's share of them different from what users see
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classpath,
                LeverageBenchmark.class.getName(), "--cli", report.toString(),
                "export", "-o", out.toString(), "-j", String.valueOf(jobs)));
        for (Path file : files) command.add(file.toString());
        if (tm) command.addAll(List.of("--tm", tmx.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (exit != 0) throw new IllegalStateException("export " + (tm ? "--tm " : "") + "in " + heap + " exited " + exit);
        String[] fields = Files.readString(report).trim().split(" ");
        return new double[] {wall, Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                Double.parseDouble(fields[2]), Double.parseDouble(fields[3]), Double.parseDouble(fields[4])};
    }

    /**
     * One CLI run in this (fresh) JVM, its output discarded; writes "cpuSeconds peakHeapMB heapAfterGcMB peakRssMB maxAfterAnyGcMB"
     * to the report file. Peak heap: the sum of each heap pool's peak (an upper bound of the heap ever in use).
     */
    private static void cliPass(String[] args) throws IOException {
        Path report = Path.of(args[0]);
        long[] maxAfterGc = new long[1]; // the most heap any collection left in use: the run's live set at its peak
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> !e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                && !e.getKey().contains("Compressed"))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                synchronized (maxAfterGc) {
                    maxAfterGc[0] = Math.max(maxAfterGc[0], used);
                }
            }, notification -> notification.getType().equals(
                    com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
        }
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        int exit = Main.run(Arrays.copyOfRange(args, 1, args.length));
        System.setOut(stdout);
        double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        long live;
        synchronized (maxAfterGc) {
            live = maxAfterGc[0]; // before the System.gc() below, which only measures what is left at the end
        }
        System.gc();
        Files.writeString(report, String.format(Locale.ROOT, "%.3f %.1f %.1f %.1f %.1f%n", cpu, peak / 1048576.0,
                usedHeap() / 1048576.0, peakRss() / 1024.0, live / 1048576.0));
        System.exit(exit);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Peak resident set (VmHWM, kB) on Linux, else 0. */
    private static long peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double median(long[] values) {
        return medianOfSorted(Arrays.stream(values).asDoubleStream().sorted().toArray());
    }

    private static double median(List<double[]> runs, int field) {
        return medianOfSorted(runs.stream().mapToDouble(f -> f[field]).sorted().toArray());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Sentence variants and the pseudo-translation, on a sentence's plain text (its codes kept as they are). */
    static final class Variants {
        private static List<String> cachedWords;
        private static List<Sentence> cachedFor;

        private Variants() {
        }

        /** Every word of the corpus sentences, once per occurrence (so a draw follows corpus frequency). */
        static synchronized List<String> words(List<Sentence> sentences) {
            if (cachedFor != sentences) {
                List<String> words = new ArrayList<>();
                for (Sentence s : sentences) {
                    for (String w : s.text().plainText().split("\\s+")) if (w.chars().anyMatch(Character::isLetter)) words.add(w);
                }
                cachedWords = words;
                cachedFor = sentences;
            }
            return cachedWords;
        }

        /** The sentence with {@code edits} edits of its words: one replaced, dropped, or two neighbours swapped. */
        static TmText edited(TmText sentence, int edits, Random random, List<String> words) {
            List<TmText.Part> parts = new ArrayList<>(sentence.parts());
            for (int e = 0; e < edits; e++) {
                int at = longestPlain(parts);
                if (at < 0) break;
                List<String> tokens = new ArrayList<>(Arrays.asList(((TmText.Plain) parts.get(at)).text().split(" ", -1)));
                int i = random.nextInt(tokens.size());
                switch (random.nextInt(3)) {
                    case 0 -> tokens.set(i, words.get(random.nextInt(words.size())));
                    case 1 -> {
                        if (tokens.size() > 1) tokens.remove(i);
                        else tokens.set(i, words.get(random.nextInt(words.size())));
                    }
                    default -> {
                        if (i + 1 < tokens.size()) {
                            String t = tokens.get(i);
                            tokens.set(i, tokens.get(i + 1));
                            tokens.set(i + 1, t);
                        } else {
                            tokens.add(words.get(random.nextInt(words.size())));
                        }
                    }
                }
                parts.set(at, new TmText.Plain(String.join(" ", tokens)));
            }
            return new TmText(parts);
        }

        /** The sentence with about {@code share} of its words replaced by corpus words. */
        static TmText replaced(TmText sentence, double share, Random random, List<String> words) {
            List<TmText.Part> parts = new ArrayList<>();
            for (TmText.Part part : sentence.parts()) {
                if (!(part instanceof TmText.Plain plain)) {
                    parts.add(part);
                    continue;
                }
                String[] tokens = plain.text().split(" ", -1);
                for (int i = 0; i < tokens.length; i++) {
                    if (!tokens[i].isEmpty() && random.nextDouble() < share) tokens[i] = words.get(random.nextInt(words.size()));
                }
                parts.add(new TmText.Plain(String.join(" ", tokens)));
            }
            return new TmText(parts);
        }

        private static int longestPlain(List<TmText.Part> parts) {
            int best = -1;
            int length = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i) instanceof TmText.Plain p && p.text().length() > length) {
                    best = i;
                    length = p.text().length();
                }
            }
            return best;
        }

        /** Letters to Hangul syllables (deterministic, about as long as the source), codes kept. */
        static TmText pseudo(TmText sentence) {
            List<TmText.Part> parts = new ArrayList<>();
            for (TmText.Part part : sentence.parts()) {
                if (!(part instanceof TmText.Plain plain)) {
                    parts.add(part);
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                plain.text().codePoints().forEach(c -> sb.appendCodePoint(
                        Character.isLetter(c) ? 0xAC00 + (c * 37) % 11172 : c));
                parts.add(new TmText.Plain(sb.toString()));
            }
            return new TmText(parts);
        }
    }

    private LeverageBenchmark() {
    }
}
