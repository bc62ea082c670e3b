package net.wpxliff.wp;

import net.wpxliff.testing.TestWordPress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void fromTheEnvironmentOrNone() throws Exception {
        assertNull(Credentials.resolve(null, Map.of()));
        Credentials c = Credentials.resolve(null, Map.of("WPXLIFF_USER", "editor", "WPXLIFF_APP_PASSWORD", "abcd efgh"));
        assertEquals("editor", c.user());
        assertEquals("Credentials[user=editor]", c.toString());
        WpException half = assertThrows(WpException.class, () -> Credentials.resolve(null, Map.of("WPXLIFF_USER", "editor")));
        assertTrue(half.getMessage().contains("WPXLIFF_APP_PASSWORD is not set"), half.getMessage());
    }

    @Test
    void fromAPrivateFile() throws Exception {
        Path file = dir.resolve("site.auth");
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, List.of("# the shop", "user = editor", "", "password = abcd efgh ijkl"));
        Credentials c = Credentials.resolve(file, Map.of("WPXLIFF_USER", "other", "WPXLIFF_APP_PASSWORD", "x"));
        assertEquals("editor", c.user(), "--auth-file comes before the environment");
        assertFalse(c.toString().contains("abcd"));
    }

    @Test
    void aFileOthersCanReadIsRefused() throws Exception {
        Path file = TestWordPress.authFile(dir.resolve("open.auth"), "editor", "abcd efgh");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        WpException e = assertThrows(WpException.class, () -> Credentials.resolve(file));
        assertTrue(e.getMessage().contains("chmod 600 " + file), e.getMessage());
    }

    @Test
    void aBadLineIsNamedButNotQuoted() throws Exception {
        Path file = TestWordPress.authFile(dir.resolve("bad.auth"), "editor", "abcd efgh");
        Files.write(file, List.of("user=editor", "abcd efgh ijkl"));
        WpException e = assertThrows(WpException.class, () -> Credentials.resolve(file));
        assertTrue(e.getMessage().contains(file + ":2:"), e.getMessage());
        assertFalse(e.getMessage().contains("abcd"), e.getMessage());
        Files.write(file, List.of("user=editor"));
        assertTrue(assertThrows(WpException.class, () -> Credentials.resolve(file)).getMessage().contains("password= line"));
        assertTrue(assertThrows(WpException.class, () -> Credentials.resolve(dir.resolve("none")))
                .getMessage().contains("no such file"));
    }
}
