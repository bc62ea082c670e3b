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
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A unit is looked up once until its file is written: a file written a second time (its text asked for, then streamed)
 * takes the first writing's answers instead of asking the memory again. (Export used to render a file again when its
 * name was taken; it now names each file before writing it.)
 */
class PreparedLeverageTest {
    @Test
    void answersAreKeptUntilTheFileIsWritten(@TempDir Path dir) throws Exception {
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
        Leverage.Unit first = leverage.of(extraction.document(), unit); // the worker renders the file
        leverage.prepare(extraction);                                  // and prepares the rest
        assertSame(first, leverage.of(extraction.document(), unit), "written again: same answer");
        for (TextUnit other : extraction.units()) {
            Leverage.Unit prepared = leverage.of(extraction.document(), other);
            assertSame(prepared, leverage.of(extraction.document(), other), "prepared once");
        }
        leverage.release(extraction); // written: forgotten, so a run keeps no more than the files in flight
        Leverage.Unit again = leverage.of(extraction.document(), unit);
        assertNotSame(first, again);
        assertEquals(first.state(), again.state(), "the same answer, looked up anew");
        assertEquals(first.target().size(), again.target().size());
        assertEquals(1, asked.get(), "the memories are asked for once");
        assertTrue(first.inContext(), "the seed's units are context matches of the memory made from it");
    }
}
