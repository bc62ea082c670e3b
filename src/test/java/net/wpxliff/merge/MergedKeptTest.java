package net.wpxliff.merge;

import net.wpxliff.Merger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static net.wpxliff.merge.MergeSupport.SEED;
import static net.wpxliff.merge.MergeSupport.STRICT;
import static net.wpxliff.merge.MergeSupport.exportOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain merge keeps nothing of a file once it is merged; only a merger made for the memory's harvest
 * ({@code merge --tm}, {@code tm import}) hands over what it read and extracted, with the same results.
 */
class MergedKeptTest {
    @Test
    void onlyAMergerForTheMemoryKeepsWhatItReadAndExtracted(@TempDir Path dir) throws IOException {
        Path xliff = dir.resolve("seed.ko.xlf");
        Files.writeString(xliff, exportOne(SEED, true).xliff(), StandardCharsets.UTF_8);

        Merger.FileOutcome plain = new Merger(STRICT, SourceTrust.standard(), DeliveryChecks.NONE).check(xliff);
        Merger.FileOutcome kept = new Merger(STRICT, SourceTrust.standard(), DeliveryChecks.NONE, true).check(xliff);

        assertTrue(plain.ok() && kept.ok(), plain.problems() + " " + kept.problems());
        assertTrue(plain.merged().isEmpty(), "a plain merge holds no file's units and extraction");
        assertEquals(1, kept.merged().size());
        Merger.Merged merged = kept.merged().get(0);
        assertEquals(plain.results().get(0).units(), merged.extraction().units().size());
        assertTrue(merged.extraction().parsedFields().isEmpty(), "the parsed HTML is not kept");
        assertEquals(merged.extraction().units().size(), merged.file().units().size());
        for (int i = 0; i < plain.results().get(0).outputs().size(); i++) {
            assertEquals(new String(plain.results().get(0).outputs().get(i).content(), StandardCharsets.UTF_8),
                    new String(kept.results().get(0).outputs().get(i).content(), StandardCharsets.UTF_8));
        }
    }
}
