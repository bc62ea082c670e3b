package net.wpxliff.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import net.wpxliff.Merger;
import net.wpxliff.input.InputException;
import net.wpxliff.merge.DeliveryChecks;
import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.UntranslatedUnits;
import net.wpxliff.merge.Problem;
import net.wpxliff.merge.SiteLocale;
import net.wpxliff.merge.SourceTrust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code wpxliff validate}: every check merge runs, on returned files, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks returned XLIFF files as merge would (schema, ids, codes, embedded source, missing"
                + " targets, resulting HTML) and prints every problem with file, line, unit and a fix. Writes"
                + " nothing. Exit 0 when every file would merge.")
final class ValidateCommand extends FileCommand {
    @Parameters(paramLabel = "XLIFF", arity = "1..*", description = "XLIFF 1.2 or 2.x file(s), or directories of them.")
    List<Path> inputs;

    @Option(names = "--allow-missing", description = "Accept untranslated units, as merge --allow-missing does.")
    boolean allowMissing;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

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
        SourceTrust trust = trustOptions.trustOrReport(err);
        if (trust == null) return 1;
        SiteLocale locale = localeOptions.localeOrReport(err);
        if (locale == null) return 1;
        DeliveryChecks checks = deliveryOptions.checksOrReport(err);
        if (checks == null) return 1;
        List<Merger.FileOutcome> outcomes = new ArrayList<>();
        InOrder.checkEach(files, jobs, new DocumentMerger.Options(allowMissing, true, locale), trust, checks, unexpected(),
                outcomes::add);
        for (Merger.FileOutcome outcome : outcomes) {
            for (String warning : outcome.warnings()) err.println("warning: " + outcome.path() + ": " + warning);
        }
        boolean ok = outcomes.stream().allMatch(Merger.FileOutcome::ok);
        if (json) out.println(toJson(outcomes, ok));
        else printText(outcomes, out);
        return ok ? 0 : 1;
    }

    private static void printText(List<Merger.FileOutcome> outcomes, PrintWriter out) {
        for (Merger.FileOutcome outcome : outcomes) {
            if (outcome.ok()) {
                int units = outcome.results().stream().mapToInt(DocumentMerger.Result::units).sum();
                out.println(outcome.path() + ": ok (" + units + " units would merge)");
                for (DocumentMerger.Result result : outcome.results()) {
                    for (String note : result.document().notes()) out.println("  note: " + note);
                    // what merge would warn about this document (markup typed as text, a moved charset declaration, ...)
                    for (String warning : result.warnings()) out.println("  warning: " + warning);
                }
                // part of the report (stdout), like the notes: the file would merge, but may publish English
                for (UntranslatedUnits untranslated : outcome.untranslated()) {
                    if (!untranslated.isEmpty()) out.println("  warning: " + untranslated.message());
                }
                continue;
            }
            out.println(outcome.path() + ": " + outcome.problems().size() + " problem(s)");
            ProblemLines.print(out, outcome.path(), outcome.problems());
        }
    }

    private static String toJson(List<Merger.FileOutcome> outcomes, boolean ok) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (Merger.FileOutcome outcome : outcomes) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", outcome.path().toString());
            file.put("ok", outcome.ok());
            file.put("units", outcome.results().stream().mapToInt(DocumentMerger.Result::units).sum());
            List<Map<String, Object>> problems = new ArrayList<>();
            for (Problem problem : outcome.problems()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("line", problem.line() > 0 ? problem.line() : null);
                p.put("unit", problem.unitId());
                p.put("message", problem.message());
                problems.add(p);
            }
            file.put("problems", problems);
            List<String> warnings = new ArrayList<>(outcome.warnings());
            for (DocumentMerger.Result result : outcome.results()) warnings.addAll(result.warnings());
            file.put("warnings", warnings);
            // units with text whose target equals the source (also counted when --require-translated refused them)
            file.put("textUnits", outcome.untranslated().stream().mapToInt(UntranslatedUnits::textUnits).sum());
            file.put("untranslated", outcome.untranslated().stream().mapToInt(u -> u.ids().size()).sum());
            file.put("untranslatedUnits", outcome.untranslated().stream().flatMap(u -> u.ids().stream()).toList());
            file.put("notes", outcome.results().stream().flatMap(r -> r.document().notes().stream()).toList());
            files.add(file);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("ok", ok);
        report.put("files", files);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
