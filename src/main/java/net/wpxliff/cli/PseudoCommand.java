package net.wpxliff.cli;

import net.wpxliff.Merger;
import net.wpxliff.extract.Extraction;
import net.wpxliff.input.InputException;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergeException;
import net.wpxliff.output.AtomicFiles;
import net.wpxliff.output.OutputNames;
import net.wpxliff.output.WriteFailure;
import net.wpxliff.pseudo.PseudoTranslator;
import net.wpxliff.xliff.EmbeddedSource;
import net.wpxliff.xliff.ReturnedFile;
import net.wpxliff.xliff.SealedSource;
import net.wpxliff.merge.SourceTrust;
import net.wpxliff.xliff.Targets;
import net.wpxliff.xliff.XliffWriter;
import net.wpxliff.xliff.XliffException;
import net.wpxliff.xliff.XliffFiles;
import net.wpxliff.xliff.ExportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** {@code wpxliff pseudo}: fills every target with a Korean-looking pseudo-translation, to try layouts and the round trip. */
@Command(name = "pseudo", mixinStandardHelpOptions = true,
        description = "Writes OUT/<slug>.<target>.xlf with every target pseudo-translated (Hangul, longer than the"
                + " source, codes kept), marked state-qualifier=\"x-pseudo-translation\".")
final class PseudoCommand extends FileCommand {
    @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "XLIFF file(s) exported by wpxliff, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out/pseudo", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    TrustOptions trustOptions;

    @Override
    protected List<Path> inputFiles() throws InputException {
        return XliffInputs.expand(inputs);
    }

    @Override
    protected int run(List<Path> files) {
        if (!outputFolderUsable(output)) return 1;
        SourceTrust trust = trustOptions.trustOrReport(err);
        if (trust == null) return 1;
        Merger merger = new Merger(new DocumentMerger.Options(false, false), trust);
        PseudoTranslator pseudo = new PseudoTranslator();
        OutputNames names = new OutputNames(output, files);
        int failed = 0;
        for (Path file : files) {
            try {
                for (ReturnedFile returned : XliffFiles.read(file)) {
                    SourceTrust.Opened opened = merger.open(returned);
                    if (opened.warning() != null) err.println("warning: " + file + ": " + opened.warning());
                    EmbeddedSource embedded = opened.source();
                    Extraction extraction = merger.extract(returned, embedded);
                    // the exported language, whatever region the CAT tool wrote (ExportedLanguages refused another one)
                    String target = embedded.targetLanguage();
                    XliffWriter writer = returned.format().writer(new ExportOptions(embedded.sourceLanguage(),
                            target, embedded.segmented(), false), Targets.pseudo(pseudo::translate));
                    Path path = names.next(embedded.outputName(), "." + target + ".xlf");
                    // the payload and its signature exactly as they came: the output verifies as the input did
                    SealedSource sealed = new SealedSource(returned.payload().strip(), returned.payloadChecksum());
                    AtomicFiles.write(path, writer.write(extraction, null, sealed).getBytes(StandardCharsets.UTF_8));
                    out.printf("%s: %d units pseudo-translated -> %s%n", extraction.document().name(),
                            extraction.units().size(), path);
                }
            } catch (XliffException e) {
                err.println("error: " + file + (e.line() > 0 ? ":" + e.line() : "") + ": " + e.getMessage());
                failed++;
            } catch (MergeException e) {
                err.println("error: " + file + ": " + e.problems().size() + " problem(s):");
                ProblemLines.print(err, file, e.problems());
                failed++;
            } catch (IOException e) {
                err.println("error: " + file + ": cannot write output: " + WriteFailure.describe(e));
                failed++;
            } catch (RuntimeException | StackOverflowError e) {
                err.println("error: " + file + ": " + unexpected().report(e));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
