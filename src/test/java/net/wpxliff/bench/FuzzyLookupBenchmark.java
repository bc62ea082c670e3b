package net.wpxliff.bench;

import net.wpxliff.tm.Match;
import net.wpxliff.tm.MatchKind;
import net.wpxliff.tm.MatchResult;
import net.wpxliff.tm.Matcher;
import net.wpxliff.tm.MemoryIndexFile;
import net.wpxliff.tm.Similarity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The lookups of export --tm alone, in this (fresh) JVM: the corpus's sentences against the site memory
 * LeverageBenchmark --site-only wrote (target/leverage-bench/memory-100k-site.tmx and its cached index), one thread,
 * CPU time of that thread: the first (cold) pass, then warm passes; apart, the sentences no identical source
 * answers (the fuzzy search). Prints a digest of every answer (kind, best score, offers' entries and scores) so two
 * builds can be shown to answer alike. Usage: FuzzyLookupBenchmark [corpusDir] [warmPasses]
 */
public final class FuzzyLookupBenchmark {
    private FuzzyLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path site = Path.of("target/leverage-bench/memory-100k-site.tmx").toAbsolutePath();
        if (!Files.isDirectory(corpus) || !Files.exists(site)) {
            System.err.println("needs the corpus (" + corpus + ") and " + site + " (run LeverageBenchmark --site-only first)");
            System.exit(2);
        }
        List<LeverageBenchmark.Sentence> sentences = LeverageBenchmark.corpusSentences(OkapiBaselineMain.corpusFiles(corpus));
        List<Path> memoryFiles = List.of(site);
        Matcher matcher = MemoryIndexFile.read(MemoryIndexFile.pathFor(memoryFiles), MemoryIndexFile.key(memoryFiles, "en", "ko"),
                memoryFiles);
        if (matcher == null) throw new IllegalStateException("no cached index beside " + site + ": run LeverageBenchmark --site-only");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean[] fuzzy = new boolean[sentences.size()];
        long digest = 0;
        long start = threads.getCurrentThreadCpuTime();
        double[] coldByKind = new double[MatchKind.values().length];
        for (int i = 0; i < sentences.size(); i++) {
            long before = threads.getCurrentThreadCpuTime();
            MatchResult result = matcher.match(sentences.get(i).query());
            coldByKind[result.kind().ordinal()] += (threads.getCurrentThreadCpuTime() - before) / 1e9;
            fuzzy[i] = result.kind() == MatchKind.FUZZY || result.kind() == MatchKind.NONE;
            digest = digest * 31 + digest(result);
        }
        double cold = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        int fuzzyCount = 0;
        for (boolean f : fuzzy) if (f) fuzzyCount++;
        double all = Double.MAX_VALUE;
        double search = Double.MAX_VALUE;
        for (int p = 0; p < warm; p++) {
            long t = threads.getCurrentThreadCpuTime();
            for (LeverageBenchmark.Sentence s : sentences) matcher.match(s.query());
            all = Math.min(all, (threads.getCurrentThreadCpuTime() - t) / 1e9);
            t = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < sentences.size(); i++) if (fuzzy[i]) matcher.match(sentences.get(i).query());
            search = Math.min(search, (threads.getCurrentThreadCpuTime() - t) / 1e9);
        }
        System.out.printf(Locale.ROOT, "lookups of %,d sentences (%,d with no identical source): cold pass %.2f s CPU;"
                + " warm (best of %d) %.2f s, of which the %,d without an identical source %.2f s; digest %016x%n",
                sentences.size(), fuzzyCount, cold, warm, all, fuzzyCount, search, digest);
        StringBuilder split = new StringBuilder("cold pass by answer:");
        for (MatchKind kind : MatchKind.values()) split.append(String.format(Locale.ROOT, " %s %.2f s", kind, coldByKind[kind.ordinal()]));
        System.out.println(split);
    }

    private static long digest(MatchResult result) {
        long d = result.kind().ordinal() * 1000L + result.bestScore();
        for (Match m : result.matches()) {
            d = d * 131 + m.score();
            d = d * 131 + m.kind().ordinal();
            d = d * 131 + Similarity.canonical(m.entry().source()).hashCode();
            d = d * 131 + Similarity.canonical(m.entry().target()).hashCode();
            d = d * 131 + m.target().map(Similarity::canonical).orElse("-").hashCode();
        }
        return d;
    }
}
