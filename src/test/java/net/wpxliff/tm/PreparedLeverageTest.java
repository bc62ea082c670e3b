package net.wpxliff.tm;

import net.wpxliff.Exporter;
import net.wpxliff.extract.Extraction;
import net.wpxliff.testing.Exports;
import net.wpxliff.testing.SeedMemory;
import net.wpxliff.unit.TextUnit;
import net.wpxliff.xliff.ExportOptions;
import net.wpxliff.xliff.Leverage;
import net.wpxliff.xliff.XliffFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A prepared answer is taken once, by the writer that streams its file; nothing else is kept: a unit asked for without
 * a prepared answer is looked up then, and what a failed writing left is discarded.
 */
class PreparedLeverageTest {
    @Test
    void preparedAnswersAreTakenOnceAndNothingElseIsKept(@TempDir Path dir) throws Exception {
        Path memory = SeedMemory.build(dir);
        Matcher matcher = Matcher.forLanguages(TmxReader.read(memory).entries(), "en", "ko");
        AtomicInteger asked = new AtomicInteger();
        PreparedLeverage leverage = new PreparedLeverage(() -> {
            asked.incrementAndGet();
            return new ExportLeverage(matcher, "m.tmx");
        }, false);
        Extraction extraction = new Exporter(new ExportOptions("en", "ko", true, false), XliffFormat.XLIFF12, false)
                .export(Exports.SEED).get(0).extraction();
        TextUnit unit = extraction.units().stream().filter(u -> u.segments().size() > 1).findFirst().orElseThrow();

        // a small document: looked up as its XLIFF is written, nothing kept
        Leverage.Unit written = leverage.of(extraction.document(), unit);
        Leverage.Unit askedAgain = leverage.of(extraction.document(), unit);
        assertNotSame(written, askedAgain, "not kept: asked again, looked up again");
        assertEquals(written.state(), askedAgain.state(), "the same answer");
        assertEquals(written.target().size(), askedAgain.target().size());

        // a large document: prepared by its worker, each answer taken once by the thread that streams it
        leverage.prepare(extraction);
        assertEquals(extraction.units().size(), leverage.waiting());
        Map<TextUnit, Leverage.Unit> taken = new IdentityHashMap<>();
        for (TextUnit each : extraction.units()) taken.put(each, leverage.of(extraction.document(), each));
        assertEquals(0, leverage.waiting(), "every answer taken, nothing kept");
        Leverage.Unit preparedForUnit = taken.get(unit);
        assertEquals(written.state(), preparedForUnit.state());
        for (TextUnit each : extraction.units()) {
            assertNotSame(taken.get(each), leverage.of(extraction.document(), each), "taken: gone from the map");
        }

        // a streaming that failed midway: what it did not take is discarded
        leverage.prepare(extraction);
        Leverage.Unit takenBeforeFailure = leverage.of(extraction.document(), unit);
        assertEquals(extraction.units().size() - 1, leverage.waiting());
        leverage.discard(extraction);
        assertEquals(0, leverage.waiting(), "the rest discarded");
        assertNotSame(takenBeforeFailure, leverage.of(extraction.document(), unit));
        assertEquals(1, asked.get(), "the memories are asked for once");
        assertTrue(written.inContext(), "the seed's units are context matches of the memory made from it");
    }
}
