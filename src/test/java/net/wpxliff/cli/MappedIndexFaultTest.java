package net.wpxliff.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A mapped file truncated by another program while a run reads it: the read fails with the JVM's InternalError,
 * which becomes that input's explained error; the other inputs go on, and other internal errors are not hidden.
 */
class MappedIndexFaultTest {
    @Test
    void aReadOfATruncatedMappingIsThatInputsExplainedError(@TempDir Path dir) throws IOException {
        // Linux lets a mapped file be truncated (Windows refuses), which is the case this guards against
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "truncating a mapped file is a Linux case");
        Path file = dir.resolve("m.tmx.idx");
        Files.write(file, new byte[1 << 22]);
        ByteBuffer mapped;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
        try (FileChannel writer = FileChannel.open(file, StandardOpenOption.WRITE)) {
            writer.truncate(4096);
        }

        List<String> seen = new ArrayList<>();
        InOrder.run(List.of("a.json", "b.json", "c.json"), 2, input -> {
            if (!input.equals("b.json")) return "exported";
            long sum = 0;
            for (int i = 0; i < mapped.limit(); i += 4096) sum += mapped.get(i); // past the end of the file now
            return "read " + sum;
        }, done -> seen.add(done.failure() == null ? done.input() + ": " + done.result() : done.failure().getMessage()));

        assertEquals("a.json: exported", seen.get(0));
        assertTrue(seen.get(1).startsWith("b.json: the translation memory's cached index (the .idx file beside the first"
                + " --tm memory) changed on disk while this run read it"), seen.get(1));
        assertTrue(seen.get(1).endsWith("run the command again (or with --no-tm-cache)"), seen.get(1));
        assertEquals("c.json: exported", seen.get(2));
    }

    @Test
    void otherInternalErrorsAreNotTakenForIt() {
        assertTrue(MappedIndexFault.is(new InternalError("a fault occurred in a recent unsafe memory access operation in"
                + " compiled Java code")));
        assertFalse(MappedIndexFault.is(new InternalError("unexpected class file version")));
        assertFalse(MappedIndexFault.is(new InternalError()));
    }
}
