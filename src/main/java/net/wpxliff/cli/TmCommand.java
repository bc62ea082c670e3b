package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.input.InputException;
import net.wpxliff.merge.DeliveryChecks;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.SiteLocale;
import net.wpxliff.merge.SourceTrust;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code wpxliff tm}: translation memory commands. */
@Command(name = "tm", mixinStandardHelpOptions = true, description = "Translation memory (TMX 1.4b) commands.",
        subcommands = {TmCommand.Import.class, TmAlignCommand.class})
final class TmCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: import or align");
    }

    /** {@code wpxliff tm import}: a memory from files already translated. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds every translated sentence pair of translated XLIFF files to a TMX memory (created if"
                    + " needed). Each file is checked as validate checks it; a file that fails is reported and left out"
                    + " (exit 1 at the end).")
    static final class Import implements Callable<Integer> {
        // not a FileCommand: picocli would inject this command's parent (tm, not Main) into FileCommand's field
        private final PrintWriter out = TerminalWriter.on(System.out);
        private final PrintWriter err = TerminalWriter.on(System.err);

        @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files checked at once (default: the number of processors).")
        int jobs = Runtime.getRuntime().availableProcessors();

        @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "Translated XLIFF 1.2 or 2.x file(s), or directories of them.")
        List<Path> inputs;

        @Option(names = {"--tm", "-o", "--output"}, paramLabel = "FILE.tmx", required = true, description = "The memory to add to.")
        Path tm;

        @Option(names = "--allow-missing", description = "Accept files with untranslated units (their translated sentences are added).")
        boolean allowMissing;

        @Mixin
        TrustOptions trustOptions;

        @Mixin
        LocaleOptions localeOptions;

        @CommandLine.ParentCommand
        TmCommand parent;

        private Unexpected unexpected() {
            return new Unexpected(err, parent != null && parent.spec.parent() != null
                    && parent.spec.parent().userObject() instanceof Main m && m.debug);
        }

        @Override
        public Integer call() {
            List<Path> files;
            try {
                files = XliffInputs.expand(inputs);
            } catch (InputException e) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            SourceTrust trust = trustOptions.trustOrReport(err);
            if (trust == null) return 1;
            SiteLocale locale = localeOptions.localeOrReport(err);
            if (locale == null) return 1;
            if (!MemoryOutput.usable(tm, "-o", err)) return 1;
            DocumentMerger.Options options = new DocumentMerger.Options(allowMissing, true, locale);
            Instant now = Instant.now();
            MemoryOutput memory = new MemoryOutput(tm, () -> new Merger(options, trust), now, jobs);
            Unexpected unexpected = unexpected();
            int[] failed = {0};
            InOrder.checkEach(files, jobs, options, trust, DeliveryChecks.NONE, true, unexpected, outcome -> {
                Path file = outcome.path();
                for (String warning : outcome.warnings()) err.println("warning: " + file + ": " + warning);
                if (!outcome.ok()) {
                    err.println("error: " + file + ": " + outcome.problems().size() + " problem(s), not added to the memory:");
                    ProblemLines.print(err, file, outcome.problems());
                    failed[0]++;
                    return;
                }
                memory.collect(outcome, unexpected);
            });
            MemoryOutput.Outcome written = memory.write(now, out, err);
            failed[0] += written.failedFiles();
            if (failed[0] > 0) err.printf("%d of %d files failed%n", failed[0], files.size());
            return failed[0] == 0 && written.written() ? 0 : 1;
        }
    }
}
