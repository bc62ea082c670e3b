package net.wpxliff.cli;

import net.wpxliff.Analyzer;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.input.InputException;
import net.wpxliff.tm.AnalysisJson;
import net.wpxliff.tm.AnalysisTable;
import net.wpxliff.tm.DocumentSentences;
import net.wpxliff.tm.JobAnalysis;
import net.wpxliff.xliff.ExportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code wpxliff analyze}: what export would give a translator, counted the way a CAT tool's analysis counts it,
 * without writing anything. Inputs, extraction and sentences are export's (same options), so the numbers are those of
 * {@code export --analysis}.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Counts words (Okapi's word counter) and segments per file and in total by band: context, 100%%,"
                + " repetitions, 95-99%%, 85-94%%, 75-84%%, 50-74%%, no match. Reads what export reads; writes nothing.")
final class AnalyzeCommand extends FileCommand {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "WordPress REST post JSON (object or array), .html file, WordPress export file (WXR .xml), or"
                    + " directory of them.")
    List<Path> inputs;

    @Option(names = "--tm", paramLabel = "FILE.tmx", description = "Translation memory (TMX) to match against"
            + " (repeatable). Without one, every sentence is \"no match\" or a repetition.")
    List<Path> memories;

    @Option(names = "--no-tm-cache", description = "Neither read nor write the index cached beside the first --tm"
            + " memory (FILE.tmx.idx): read and index the TMX every time.")
    boolean noTmCache;

    @Option(names = "--json", description = "Print the analysis as JSON.")
    boolean json;

    @Mixin
    LanguagePair languages;

    @Option(names = "--no-segment", description = "Do not split units into sentences (as export --no-segment).")
    boolean noSegment;

    @Option(names = "--config", paramLabel = "FILE", description = "wpml-config.xml, as for export.")
    Path configFile;

    @Override
    protected List<Path> inputFiles() throws InputException {
        return ExtractionInputs.files(inputs);
    }

    @Override
    protected int run(List<Path> files) {
        TranslationConfig config;
        Memories memory;
        try {
            config = ExtractionInputs.config(configFile);
            memory = ExtractionInputs.memories(memories, languages.source, languages.target, !noTmCache);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        ExportOptions options = new ExportOptions(languages.source, languages.target, !noSegment, false, config);
        var matcher = memory == null ? null : memory.matcher();
        // An analyzer holds compiled sentence rules that are not thread-safe: one per worker thread.
        ThreadLocal<Analyzer> analyzers = ThreadLocal.withInitial(() -> new Analyzer(options, matcher));
        JobAnalysis job = new JobAnalysis();
        int[] failed = {0};
        Unexpected unexpected = unexpected();
        InOrder.run(files, jobs, file -> analyzers.get().analyzeFile(file), done -> {
            try {
                if (done.failure() != null) throw done.failure();
                for (DocumentSentences document : done.result().documents()) job.add(document);
                for (String note : done.result().notes()) err.printf("note: %s: %s%n", done.input(), note);
            } catch (InputException e) {
                err.println("error: " + e.getMessage());
                failed[0]++;
            } catch (Exception e) {
                err.println("error: " + done.input() + ": " + unexpected.report(e));
                failed[0]++;
            }
        });
        if (json) {
            out.println(AnalysisJson.format(memory == null ? List.of() : memory.names(), job.files(), job.total()));
        } else {
            out.print(AnalysisTable.format(job.files(), job.total()));
            out.flush();
        }
        if (failed[0] > 0) err.printf("%d of %d input files failed%n", failed[0], files.size());
        return failed[0] == 0 ? 0 : 1;
    }
}
