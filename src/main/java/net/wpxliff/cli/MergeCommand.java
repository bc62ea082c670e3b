package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.input.InputException;
import net.wpxliff.merge.DeliveryChecks;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.UntranslatedUnits;
import net.wpxliff.output.AtomicFiles;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.output.OutputNames;
import net.wpxliff.push.MergedPost;
import net.wpxliff.output.WriteFailure;
import net.wpxliff.merge.SiteLocale;
import net.wpxliff.merge.SourceTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wpxliff merge}: translated XLIFF back into the target-locale post (HTML and JSON) or page. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Writes the translated post: OUT/<slug>.<target>.html (content), OUT/<slug>.<target>.json"
                + " (the post for the target locale) and OUT/<slug>.<target>.post.json (the body to POST to WordPress,"
                + " which push sends); for HTML pages OUT/<name>.<target>.html. Every unit is checked first; nothing is"
                + " written for a file with problems.")
final class MergeCommand extends FileCommand {
    @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "Translated XLIFF 1.2 or 2.x file(s), or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--allow-missing", description = "Keep the source text for untranslated units (listed) instead of failing.")
    boolean allowMissing;

    @Option(names = "--no-link-rewrite", description = "Keep links, JSON-LD URLs and language as in the source.")
    boolean noLinkRewrite;

    @Option(names = "--tm", paramLabel = "FILE.tmx",
            description = "Add every translated sentence pair of the merged files to this TMX memory (created if needed).")
    Path tm;

    @Mixin
    TrustOptions trustOptions;

    @Mixin
    LocaleOptions localeOptions;

    @Mixin
    DeliveryOptions deliveryOptions;

    @Override
    protected List<Path> inputFiles() throws InputException {
        return XliffInputs.expand(inputs);
    }

    @Override
    protected int run(List<Path> files) {
        if (!outputFolderUsable(output)) return 1;
        OutputNames names = new OutputNames(output, files);
        SourceTrust trust = trustOptions.trustOrReport(err);
        if (trust == null) return 1;
        SiteLocale locale = localeOptions.localeOrReport(err);
        if (locale == null) return 1;
        DeliveryChecks checks = deliveryOptions.checksOrReport(err);
        if (checks == null) return 1;
        if (tm != null && !MemoryOutput.usable(tm, "--tm", err)) return 1;
        int[] failed = {0};
        Map<String, String> mergedPosts = new HashMap<>(); // a source post → the first output naming its translation
        Unexpected unexpected = unexpected();
        DocumentMerger.Options options = new DocumentMerger.Options(allowMissing, !noLinkRewrite, locale);
        Instant now = Instant.now();
        MemoryOutput memory = tm == null ? null : new MemoryOutput(tm, () -> new Merger(options, trust), now, jobs);
        InOrder.checkEach(files, jobs, options, trust, checks, memory != null, unexpected, outcome -> {
            Path file = outcome.path();
            for (String warning : outcome.warnings()) err.println("warning: " + file + ": " + warning);
            if (!outcome.ok()) {
                err.println("error: " + file + ": " + outcome.problems().size() + " problem(s), nothing written:");
                ProblemLines.print(err, file, outcome.problems());
                failed[0]++;
                return;
            }
            try {
                for (int i = 0; i < outcome.results().size(); i++) {
                    UntranslatedUnits untranslated = i < outcome.untranslated().size() ? outcome.untranslated().get(i) : null;
                    String said = untranslated == null || untranslated.isEmpty() ? null
                            : "warning: " + file + ": " + untranslated.message();
                    write(outcome.results().get(i), said, names, mergedPosts, out, err);
                }
                if (memory != null) memory.collect(outcome, unexpected); // only what was merged and written
            } catch (IOException e) {
                err.println("error: " + file + ": cannot write output: " + WriteFailure.describe(e));
                failed[0]++;
            } catch (RuntimeException e) {
                err.println("error: " + file + ": " + unexpected.report(e));
                failed[0]++;
            }
        });
        if (failed[0] > 0) err.printf("%d of %d files failed%n", failed[0], files.size());
        boolean memoryOk = memory == null || memory.write(now, out, err).ok();
        return failed[0] == 0 && memoryOk ? 0 : 1;
    }

    /**
     * Writes one merged document and says so, with every warning it has, counted in its summary line (QA: the
     * untranslated and missing units' warnings were printed but not counted).
     *
     * @param untranslated the file's warning line about units still identical to their source, or null
     */
    private static void write(DocumentMerger.Result result, String untranslated, OutputNames names,
                              Map<String, String> mergedPosts, PrintWriter out, PrintWriter err) throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (DocumentMerger.Output output : result.outputs()) {
            files.put(names.next(result.document().name(), output.suffix()), output.content());
        }
        AtomicFiles.writeAll(files); // the post's HTML and JSON together, or neither
        List<Path> written = new ArrayList<>(files.keySet());
        SourceDocument doc = result.document();
        List<String> warnings = new ArrayList<>();
        if (untranslated != null) warnings.add(untranslated);
        for (String warning : result.warnings()) warnings.add("warning: " + doc.name() + ": " + warning);
        if (doc.postId() != null && !written.isEmpty()) {
            // two returned files of one post (two versions, or a post whose slug changed): both are written; push
            // publishes the one made from the newer version (NewestTranslations)
            String site = doc.guid() != null ? doc.guid() : doc.link() != null ? doc.link() : "";
            String origin = MergedPost.origin(site); // as push tells sites apart
            String key = doc.kind() + "\u0000" + doc.postId() + "\u0000" + (origin == null ? site : origin);
            String before = mergedPosts.putIfAbsent(key, written.get(0).toString());
            if (before != null) {
                warnings.add("warning: " + doc.name() + ": translates the same post (id " + doc.postId() + ") as " + before
                        + ", merged before in this run: both written; push publishes the one made from the newer version"
                        + " of the post and names the other");
            }
        }
        if (!result.missingUnits().isEmpty()) {
            warnings.add("warning: " + doc.name() + ": source text kept for untranslated units "
                    + String.join(", ", result.missingUnits()));
        }
        out.printf("%s: %d units merged, %d missing, %d warnings -> %s%n", doc.name(),
                result.units() - result.missingUnits().size(), result.missingUnits().size(), warnings.size(),
                String.join(", ", written.stream().map(Path::toString).toList()));
        for (String note : doc.notes()) out.println("note: " + doc.name() + ": " + note);
        for (String warning : warnings) err.println(warning);
    }
}
