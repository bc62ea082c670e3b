package net.wpxliff.bench;

import net.wpxliff.Exporter;
import net.wpxliff.Merger;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.XliffFormat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Dev probe: export and merge time of one generated shape at a size. Args: shape size [format]. */
public final class ScalingProbe {
    public static void main(String[] args) throws Exception {
        String shape = args[0];
        int n = Integer.parseInt(args[1]);
        XliffFormat format = args.length > 2 && args[2].equals("2") ? XliffFormat.XLIFF2 : XliffFormat.XLIFF12;
        String json = switch (shape) {
            case "blocks" -> GeneratedPosts.blocks(n);
            case "size" -> GeneratedPosts.ofSize(n * 1_000_000L);
            case "huge" -> GeneratedPosts.hugeParagraph(n);
            case "deep" -> GeneratedPosts.deepNesting(n);
            case "deepinline" -> GeneratedPosts.deepInline(n, 5000);
            case "siblings" -> GeneratedPosts.manySiblings(n);
            case "codes" -> GeneratedPosts.manyCodes(n);
            case "jsonld" -> GeneratedPosts.manyJsonLdStrings(n);
            default -> throw new IllegalArgumentException(shape);
        };
        Path dir = Files.createTempDirectory("probe");
        Path in = dir.resolve("post.json");
        Files.writeString(in, json, StandardCharsets.UTF_8);
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, true), format);
        Merger merger = new Merger(new DocumentMerger.Options(false, true));
        for (int i = 0; i < Integer.getInteger("reps", 2); i++) {
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = cpu.getCurrentThreadCpuTime();
            Exporter.Result r = exporter.export(in).get(0);
            long t1 = cpu.getCurrentThreadCpuTime();
            Path xlf = dir.resolve("post.xlf");
            Files.writeString(xlf, r.xliff(), StandardCharsets.UTF_8);
            long t2 = cpu.getCurrentThreadCpuTime();
            Merger.FileOutcome outcome = merger.check(xlf);
            long t3 = cpu.getCurrentThreadCpuTime();
            if (!outcome.ok()) throw new IllegalStateException(outcome.problems().toString());
            System.out.printf(Locale.ROOT, "%s %d: %.1f MB json, %d units, export cpu %.2f s, merge cpu %.2f s%n", shape, n,
                    json.length() / 1e6, r.extraction().units().size(), (t1 - t0) / 1e9, (t3 - t2) / 1e9);
        }
    }
}
