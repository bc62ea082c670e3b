package net.wpxliff.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names from untrusted data become one safe, visible file name directly inside the output directory. */
class SafeFileNameTest {
    @Test
    void dotsSeparatorsAndControlsNeverReachAFileName() {
        assertEquals("_hidden", SafeFileName.clean(".hidden"));
        assertEquals("_", SafeFileName.clean("."));
        assertEquals("__", SafeFileName.clean(".."));
        assertEquals("__-..-x", SafeFileName.clean("../../x"));
        assertEquals("__-..-x", SafeFileName.clean("..-..-x"), "as DocumentReader already writes that slug");
        assertEquals("-etc-passwd", SafeFileName.clean("/etc/passwd"));
        assertEquals("C--Windows-x", SafeFileName.clean("C:\\Windows\\x"));
        assertEquals("a-b-c-d", SafeFileName.clean("a\u0000b\u0011c\u202Ed"), "NUL, controls, bidi overrides");
        assertEquals("untitled", SafeFileName.clean(""));
        assertEquals("untitled", SafeFileName.clean(null));
        assertEquals("한국어-슬러그", SafeFileName.clean("한국어-슬러그"), "letters of any script stay");
        assertEquals("same-2", SafeFileName.clean("same-2"));
    }

    @Test
    void windowsDeviceNamesAreNeverUsed() {
        for (String device : List.of("CON", "con", "Nul", "AUX", "prn", "COM1", "lpt9", "con.txt", "NUL ")) {
            assertTrue(SafeFileName.clean(device).startsWith("_"), device + " -> " + SafeFileName.clean(device));
        }
        assertEquals("console", SafeFileName.clean("console"));
        assertEquals("com10", SafeFileName.clean("com10"));
    }

    @Test
    void longNamesFitAFileSystemWithTheirSuffix() {
        String korean = "가".repeat(200);
        String clean = SafeFileName.clean(korean);
        assertTrue(clean.getBytes(StandardCharsets.UTF_8).length <= SafeFileName.MAX_BYTES, clean);
        assertTrue(korean.startsWith(clean));
    }

    @Test
    void everyChosenPathLiesDirectlyInTheOutputDirectory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("a/b/out");
        OutputNames names = new OutputNames(out, List.of());
        for (String hostile : List.of("../x", "../../../../x", "/tmp/abs", "..", ".", "", "a/../../b", "\u0000", "C:\\x")) {
            Path chosen = names.next(hostile, ".ko.html");
            assertEquals(out.toAbsolutePath().normalize(), chosen.toAbsolutePath().normalize().getParent(), hostile + " -> " + chosen);
            assertFalse(chosen.getFileName().toString().startsWith("."), chosen.toString());
        }
    }

    @Test
    void sameNamesGetNumberedInTheOrderAsked(@TempDir Path dir) throws Exception {
        OutputNames names = new OutputNames(dir, List.of());
        assertEquals(new OutputNames.Choice("same", dir.resolve("same.ko.xlf")), names.choose("same", ".ko.xlf"));
        assertEquals(new OutputNames.Choice("same-2", dir.resolve("same-2.ko.xlf")), names.choose("same", ".ko.xlf"));
        assertEquals("_hidden", names.choose(".hidden", ".ko.xlf").name());
    }
}
