package net.wpxliff.cli;

import net.wpxliff.Exporter;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.output.AtomicFiles;
import net.wpxliff.output.OutputNames;
import net.wpxliff.output.WriteFailure;
import net.wpxliff.trust.KeyException;
import net.wpxliff.trust.SigningKey;
import net.wpxliff.xliff.XliffFormat;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.tm.AnalysisTable;
import net.wpxliff.tm.DocumentSentences;
import net.wpxliff.tm.JobAnalysis;
import net.wpxliff.tm.PreparedLeverage;
import net.wpxliff.tm.SentenceAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code wpxliff export}: posts and pages to XLIFF, one file per post. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes one XLIFF per post or page: OUT/<slug>.<target>.xlf.")
final class ExportCommand extends FileCommand {
    @Parameters(paramLabel = "INPUT", arity = "0..*", defaultValue = "seeds",
            description = "WordPress REST post JSON (object or array), .html file, WordPress export file (WXR .xml), or"
                    + " directory of them (default: ${DEFAULT-VALUE}).")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    LanguagePair languages;

    @Option(names = "--no-segment", description = "Do not split units into sentences.")
    boolean noSegment;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "xliff12",
            description = "xliff12 (XLIFF 1.2, default) or xliff2 (XLIFF 2.1).", converter = FormatConverter.class)
    XliffFormat format;

    @Option(names = "--word-count", description = "Record source word counts (Okapi's word counter) per unit and per file.")
    boolean wordCount;

    @Option(names = "--copy-source", description = "Pre-fill every target with its source (for tools that translate in place).")
    boolean copySource;

    @Option(names = "--key-file", paramLabel = "FILE", description = "Key that signs the embedded source (default:"
            + " WPXLIFF_KEY, else $XDG_CONFIG_HOME/wpxliff/key or ~/.config/wpxliff/key, created on first use).")
    Path keyFile;

    @Option(names = "--config", paramLabel = "FILE", description = "wpml-config.xml naming the blocks and block"
            + " attributes to translate (custom blocks; translate=\"0\" blocks left out), on top of the built-in"
            + " core-block list; recorded in each XLIFF so that merge extracts the same units.")
    Path configFile;

    @Option(names = "--tm", paramLabel = "FILE.tmx", description = "Translation memory (TMX) to pre-fill targets from"
            + " (repeatable): context and exact matches fill a unit's target when every sentence has one,"
            + " fuzzy matches (75+) are offered as <alt-trans> (XLIFF 2.1: <mtc:matches>).")
    List<Path> memories;

    @Option(names = "--no-tm-cache", description = "Neither read nor write the index cached beside the first --tm"
            + " memory (FILE.tmx.idx): read and index the TMX every time.")
    boolean noTmCache;

    @Option(names = "--analysis", description = "After writing the XLIFF, print the analysis (words and segments per file"
            + " and in total by band: context, 100%%, repetitions, fuzzy bands, no match), as `wpxliff analyze` does.")
    boolean analysis;

    /** XLIFF files written so far and their words (the --word-count total line). */
    private long wordsWritten;
    private int documentsWritten;

    /** The {@code --tm} memories loading (null without them), from the start of the run. */
    private MemoryLoad memory;

    @Override
    protected void starting() {
        // The memories load in the background while the inputs are listed and the first files are read and
        // extracted; nothing is written before they loaded (a broken memory fails the run as before, with no output).
        memory = MemoryLoad.start(memories, languages.source, languages.target, !noTmCache);
    }

    @Override
    protected List<Path> inputFiles() throws InputException {
        return ExtractionInputs.files(inputs);
    }

    @Override
    protected int run(List<Path> files) {
        if (!outputFolderUsable(output)) return 1;
        TranslationConfig config;
        try {
            config = ExtractionInputs.config(configFile);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        ExportOptions options = new ExportOptions(languages.source, languages.target, !noSegment, copySource, config);
        SigningKey key;
        try {
            key = SigningKey.resolve(keyFile, true);
        } catch (KeyException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        PreparedLeverage exportLeverage = memory == null ? null : new PreparedLeverage(() -> memory.get().leverage(), analysis);
        SentenceAnalyzer analyzer;
        try {
            analyzer = analysis ? new SentenceAnalyzer(memory == null ? null : memory.await().matcher(), languages.source) : null;
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        JobAnalysis job = new JobAnalysis();
        // An exporter holds compiled sentence rules that are not thread-safe: one per worker thread.
        ThreadLocal<Exporter> exporters = ThreadLocal.withInitial(() -> new Exporter(options, format, wordCount, key, exportLeverage));
        OutputNames names = new OutputNames(output, files);
        int[] failed = {0};
        Unexpected unexpected = unexpected();
        InputException[] memoryFailed = {null};
        InOrder.run(files, jobs, (file, turn) -> {
            Exporter exporter = exporters.get();
            DocumentReader.FileDocuments read = exporter.read(file);
            // Names are claimed in input order (name, name-2, ... whatever -j) once a file is read, before its
            // documents are exported: each XLIFF records its name in its signed embedded source.
            List<OutputNames.Choice> choices = turn.take(() -> choose(names, read.documents()));
            List<Exporter.Result> results = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) results.add(exporter.export(read.documents().get(i), choices.get(i).name()));
            return Exported.of(new Exporter.FileResult(results, read.notes()), choices, exportLeverage, memory, analyzer);
        }, done -> {
            if (memory != null && memoryFailed[0] == null) memoryFailed[0] = memory.failure();
            if (memoryFailed[0] != null) return; // reported once, below; nothing is written
            try {
                if (done.failure() != null) throw done.failure();
                List<Exporter.Result> results = done.result().file().results();
                for (int i = 0; i < results.size(); i++) {
                    write(results.get(i), done.result().outputs().get(i).path(), done.input());
                    if (analyzer != null) job.add(done.result().sentences().get(i));
                }
                for (String note : done.result().file().notes()) out.printf("%s: %s%n", done.input(), note);
            } catch (InputException e) {
                err.println("error: " + e.getMessage());
                failed[0]++;
            } catch (IOException e) {
                err.println("error: " + done.input() + ": cannot write output: " + WriteFailure.describe(e));
                failed[0]++;
            } catch (Exception e) {
                err.println("error: " + done.input() + ": " + unexpected.report(e));
                failed[0]++;
            } catch (InternalError e) { // a large post's XLIFF is streamed here, with its leverage: see MappedIndexFault
                if (!MappedIndexFault.is(e)) throw e;
                err.println("error: " + MappedIndexFault.explained(done.input(), e).getMessage());
                failed[0]++;
            } finally {
                // what a streamed file's writer did not take of its prepared answers: none, unless its writing failed
                if (exportLeverage != null && done.result() != null) {
                    for (Exporter.Result r : done.result().file().results()) {
                        if (r.streamed()) exportLeverage.discard(r.extraction());
                    }
                }
            }
        });
        if (memoryFailed[0] != null) {
            err.println("error: " + memoryFailed[0].getMessage());
            return 1;
        }
        if (wordCount) out.printf("total: %d %s, %d words%n", documentsWritten, documentsWritten == 1 ? "file" : "files", wordsWritten);
        if (analyzer != null) {
            out.println();
            out.print(AnalysisTable.format(job.files(), job.total()));
            out.flush();
        }
        if (failed[0] > 0) err.printf("%d of %d input files failed%n", failed[0], files.size());
        return failed[0] == 0 ? 0 : 1;
    }

    /** Each document's output: OUT/name.ko.xlf, or name-2... when the run already gave that name. */
    private List<OutputNames.Choice> choose(OutputNames names, List<SourceDocument> documents) throws IOException {
        List<OutputNames.Choice> choices = new ArrayList<>();
        for (SourceDocument document : documents) choices.add(names.choose(document.name(), "." + languages.target + ".xlf"));
        return choices;
    }

    /**
     * One input file's export, where each document's XLIFF goes, and its documents' sentences for the analysis
     * (null without --analysis).
     */
    private record Exported(Exporter.FileResult file, List<OutputNames.Choice> outputs, List<DocumentSentences> sentences) {
        static Exported of(Exporter.FileResult file, List<OutputNames.Choice> outputs, PreparedLeverage leverage,
                           MemoryLoad memory, SentenceAnalyzer analyzer) {
            if (leverage != null && memory.failure() == null) {
                // a large post's XLIFF is streamed later by the writing thread: its lookups are made now, on this worker
                // (a small post's were made as its XLIFF was written, above)
                for (Exporter.Result r : file.results()) if (r.streamed()) leverage.prepare(r.extraction());
            }
            return new Exported(file, outputs, analyzer == null ? null
                    : file.results().stream().map(r -> analyzer.of(r.extraction(),
                            unit -> leverage == null ? null : leverage.lookups(unit))).toList());
        }
    }

    private void write(Exporter.Result result, Path target, Path input) throws IOException, InputException {
        try {
            // a small post's XLIFF is already bytes; a large one's is streamed, never held whole
            if (result.streamed()) AtomicFiles.write(target, result::writeXliff);
            else AtomicFiles.write(target, result.utf8());
        } catch (Exporter.TooLarge e) {
            throw new InputException(input + ": " + e.getMessage());
        }
        documentsWritten++;
        if (result.words() != null) wordsWritten += result.words().total();
        int segments = result.extraction().units().stream().mapToInt(u -> u.segments().size()).sum();
        out.printf("%s: %d units, %d segments%s%s -> %s%n", result.document().origin(),
                result.extraction().units().size(), segments,
                result.words() == null ? "" : ", " + result.words().total() + " words",
                result.document().notes().stream().map(note -> "; " + note).collect(Collectors.joining()), target);
        for (String warning : result.extraction().warnings()) {
            err.println("warning: " + result.document().origin() + ": " + warning);
        }
    }

    /** Accepts the names users type: xliff12, 1.2, xliff2, 2.1. */
    static final class FormatConverter implements CommandLine.ITypeConverter<XliffFormat> {
        @Override
        public XliffFormat convert(String value) {
            return switch (value.toLowerCase(java.util.Locale.ROOT).replace("-", "")) {
                case "xliff12", "xliff1.2", "1.2", "12" -> XliffFormat.XLIFF12;
                case "xliff2", "xliff21", "xliff2.1", "2", "2.1", "xliff20", "2.0" -> XliffFormat.XLIFF2;
                default -> throw new CommandLine.TypeConversionException("unknown format '" + value + "': use xliff12 or xliff2");
            };
        }
    }
}
