package net.wpxliff;

import net.wpxliff.input.InputException;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.OkapiXliff;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Okapi's XLIFF filter (what Okapi-based CAT tools and tikal use) reads our XLIFF back: same units, same ids
 * and resnames, the same text per unit and per sentence. Run on the seed and on every fixture.
 */
class OkapiReadBackTest {

    static Stream<Path> inputs() {
        return Stream.of(Exports.SEED, Exports.fixture("features.html"), Exports.fixture("two-posts.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void okapiReadsTheSameUnitsIdsAndTexts(Path input) {
        for (Exporter.Result result : Exports.export(input)) {
            String what = input.getFileName() + " / " + result.document().name();
            List<TextUnit> ours = result.extraction().units();
            List<OkapiXliff.Unit> theirs = OkapiXliff.read(result.xliff(), "en", "ko");
            assertFalse(ours.isEmpty(), what + ": no units");
            assertEquals(ours.size(), theirs.size(), what + ": number of text units");
            for (int i = 0; i < ours.size(); i++) {
                TextUnit u = ours.get(i);
                OkapiXliff.Unit o = theirs.get(i);
                assertEquals(u.id(), o.id(), what + ": id of unit " + (i + 1));
                assertEquals(u.resname(), o.resname(), what + ": resname of " + u.id());
                assertEquals(u.source().plainText(), o.sourceText(), what + ": text of " + u.id());
                assertEquals(Exports.segmentTexts(u), o.sourceSegments(), what + ": sentences of " + u.id());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void okapiReadsCopiedTargetsAsTheSourceText(Path input) throws InputException {
        Exporter exporter = new Exporter(new ExportOptions("en", "ko", true, true));
        for (Exporter.Result result : exporter.export(input)) {
            List<OkapiXliff.Unit> theirs = OkapiXliff.read(result.xliff(), "en", "ko");
            List<String> expected = new ArrayList<>(), targets = new ArrayList<>();
            for (TextUnit u : result.extraction().units()) expected.add(u.source().plainText());
            for (OkapiXliff.Unit o : theirs) targets.add(o.targetText());
            assertEquals(expected, targets, input.getFileName() + ": --copy-source targets as Okapi reads them");
        }
    }
}
