package net.wpxliff.segment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (Maven's process-classes, see pom.xml): parses Okapi's {@code defaultSegmentation.srx} with
 * Okapi's own {@code SRXDocument} and writes the compiled rules ({@link SrxRules#COMPILED}) into the classes
 * directory, so that a running wpxliff never parses the XML; beside them, ICU4J's sentence terminators
 * ({@link SentenceTerminators}), the rule file ICU4J picks for each locale's sentence iterator
 * ({@link IcuSentenceRules}) and Okapi's word-count break rules, compiled ({@link OkapiWordBreaks}). {@code SrxRulesTest} checks the resource holds
 * exactly what {@code SRXDocument} loads.
 *
 * <p>Usage: {@code SrxRulesCompiler CLASSES_DIR}
 */
public final class SrxRulesCompiler {
    private SrxRulesCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: SrxRulesCompiler CLASSES_DIR");
        Path target = compiledPath(Path.of(args[0]));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            SrxRules.of(SrxRules.okapiDocument()).write(out);
        }
        Files.write(target.resolveSibling(SentenceTerminators.COMPILED), SentenceTerminators.compute().toByteArray());
        Files.write(target.resolveSibling(IcuSentenceRules.COMPILED), IcuSentenceRules.computeResource());
        Files.write(target.resolveSibling(OkapiWordBreaks.COMPILED), OkapiWordBreaks.compile());
    }

    /** Where the compiled rules go under a classes directory: beside {@link SrxRules}. */
    static Path compiledPath(Path classes) {
        return classes.resolve(SrxRules.class.getPackageName().replace('.', '/')).resolve(SrxRules.COMPILED);
    }
}
