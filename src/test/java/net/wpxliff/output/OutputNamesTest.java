package net.wpxliff.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every output path is one file name directly inside the output folder, whatever the name and suffix hold. */
class OutputNamesTest {
    @Test
    void namesAreCleanedAndNumbered(@TempDir Path dir) throws IOException {
        OutputNames names = new OutputNames(dir, List.of());
        assertEquals(dir.resolve("my-post.ko.html"), names.next("my-post", ".ko.html"));
        assertEquals(dir.resolve("my-post-2.ko.html"), names.next("my-post", ".ko.html"));
        assertEquals(dir.resolve("__-etc-passwd.ko.html"), names.next("../etc/passwd", ".ko.html"));
    }

    @Test
    void aSuffixHoldingAFolderIsRefusedEvenWhenItWouldNormalizeInside(@TempDir Path dir) {
        OutputNames names = new OutputNames(dir, List.of());
        // "post.x/../.evil.html" normalizes to a file in dir, but names a folder on the way
        assertThrows(IOException.class, () -> names.next("post", ".x/../.evil.html"));
        assertThrows(IOException.class, () -> names.next("post", ".x\\..\\evil.html"));
        assertThrows(IOException.class, () -> names.next("post", "/../../evil.html"));
    }
}
