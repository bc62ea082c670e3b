package net.wpxliff.xliff2;

import net.wpxliff.merge.RoundTrip;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SharedCorpus;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 4: the round trips hold for XLIFF 2.1 exactly as for 1.2 ({@link RoundTrip}, the checks of
 * {@code CorpusRoundTripTest}), over the seed, our post with a pair across sentences, and every file of the
 * conformance corpus (the corpus part is left out, with a message, when it is not beside the project):
 * <ul>
 * <li>identity: {@code export --format xliff2 --copy-source}, merged without link rewriting, gives every field
 * (and the written page or post JSON) byte for byte;</li>
 * <li>pseudo: {@code wpxliff pseudo} on the 2.1 file writes 2.1 (valid for the XLIFF 2 schemas), which merges
 * with no new HTML parse errors, the same element tree and no source sentence left.</li>
 * </ul>
 */
class Xliff2RoundTripTest {
    @TempDir
    static Path work;

    private static RoundTrip roundTrip;

    @TestFactory
    Stream<DynamicNode> seedAndEveryCorpusFileRoundTripInXliff21() {
        List<Path> files = new ArrayList<>(List.of(Exports.SEED, Xliff2ExportTest.BOLD_ACROSS_SENTENCES));
        boolean corpus = SharedCorpus.present();
        if (corpus) files.addAll(Exports.corpusFiles(false));
        roundTrip = new RoundTrip(XliffFormat.XLIFF2, work, files,
                file -> file.startsWith(Exports.CORPUS) ? Exports.corpusName(file) : file.getFileName().toString());
        // without the corpus: the seed and our fixture round-trip, and one skipped test (failed under CI) says so
        return corpus ? roundTrip.tests() : Stream.concat(roundTrip.tests(), SharedCorpus.missing("corpus round trip (XLIFF 2.1)"));
    }

    @AfterAll
    static void summary() {
        if (roundTrip != null && roundTrip.ran()) System.out.println(roundTrip.summary("Xliff2RoundTripTest (XLIFF 2.1)"));
        roundTrip = null;
    }
}
