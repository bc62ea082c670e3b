package net.wpxliff.trust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the signing key comes from, how it is created, and which key files are refused. Never the real home. */
class SigningKeyTest {
    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void exportCreatesTheDefaultKeyOnceUnderXdgConfigHomeOwnerOnly(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString());
        SigningKey created = SigningKey.resolve(null, env, dir.resolve("home").toString(), true);
        Path file = dir.resolve("config/wpxliff/key");
        assertTrue(Files.isRegularFile(file));
        assertFalse(Files.exists(dir.resolve("home")), "the home directory is not used when XDG_CONFIG_HOME is set");
        if (posix(dir)) assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(created.id(), SigningKey.resolve(null, env, "unused", false).id(), "the same key on the next run");
        assertTrue(Files.readString(file).strip().matches("[0-9a-f]{64}"), "32 random bytes, hex");
    }

    @Test
    void withoutXdgConfigHomeTheKeyIsUnderDotConfig(@TempDir Path dir) throws Exception {
        SigningKey.resolve(null, Map.of(), dir.toString(), true);
        assertTrue(Files.isRegularFile(dir.resolve(".config/wpxliff/key")));
    }

    @Test
    void verifyingCommandsDoNotCreateAKey(@TempDir Path dir) {
        KeyException e = assertThrows(KeyException.class, () -> SigningKey.resolve(null, Map.of(), dir.toString(), false));
        assertTrue(e.getMessage().contains("--key-file"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(".config")));
    }

    @Test
    void keyFileOptionComesFirstThenTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("k");
        Files.writeString(file, "k".repeat(40) + "\n");
        if (posix(dir)) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of(SigningKey.ENV, "e".repeat(40), "XDG_CONFIG_HOME", dir.toString());
        assertEquals(SigningKey.of("k".repeat(40), "x").id(), SigningKey.resolve(file, env, "unused", true).id());
        assertEquals(SigningKey.of("e".repeat(40), "x").id(), SigningKey.resolve(null, env, "unused", true).id());
        assertFalse(Files.exists(dir.resolve("wpxliff")), "no default key created when one is given");
    }

    @Test
    void shortKeysAndSharedKeyFilesAreRefused(@TempDir Path dir) throws Exception {
        assertThrows(KeyException.class, () -> SigningKey.of("short", "test"));
        // the advice fits where the key came from (QA: a short WPXLIFF_KEY was told to delete "the file")
        KeyException fromEnv = assertThrows(KeyException.class, () -> SigningKey.resolve(null,
                Map.of(SigningKey.ENV, "short"), dir.toString(), false));
        assertTrue(fromEnv.getMessage().contains("environment variable WPXLIFF_KEY: the key is 5 characters long")
                && fromEnv.getMessage().contains("unset it") && !fromEnv.getMessage().contains("delete the file"),
                fromEnv.getMessage());
        if (!posix(dir)) return;
        Path file = dir.resolve("k");
        Files.writeString(file, "k".repeat(40), StandardCharsets.UTF_8);
        for (String mode : List.of("rw-r-----", "rw----r--", "rw--w----")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
            KeyException e = assertThrows(KeyException.class, () -> SigningKey.resolve(file, Map.of(), "unused", false));
            assertTrue(e.getMessage().contains("chmod 600 " + file), e.getMessage());
        }
    }

    @Test
    void runsRacingToCreateTheKeyAllGetTheSameOne(@TempDir Path dir) throws Exception {
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.toString());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 16; i++) ids.add(pool.submit(() -> SigningKey.resolve(null, env, "unused", true).id()));
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) distinct.add(id.get());
            assertEquals(1, distinct.size(), "one key: " + distinct);
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir.resolve("wpxliff"))) {
            assertEquals(List.of("key"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }
    }

    @Test
    void signaturesNameTheirKeyAndCoverEveryByte() throws Exception {
        SigningKey a = SigningKey.of("a".repeat(40), "a"), b = SigningKey.of("b".repeat(40), "b");
        byte[] payload = "payload".getBytes(StandardCharsets.UTF_8);
        PayloadSignature signature = PayloadSignature.parse(PayloadSignature.sign(payload, a).toString());
        assertEquals(a.id(), signature.keyId());
        assertNotEquals(a.id(), b.id());
        assertTrue(signature.verifies(payload, a));
        assertFalse(signature.verifies(payload, b));
        assertFalse(signature.verifies("payloaD".getBytes(StandardCharsets.UTF_8), a));
        assertTrue(signature.toString().matches("[A-Za-z0-9.:_-]+"), "an xsd:NMTOKEN, as XLIFF 1.2 types crc");
        assertEquals(null, PayloadSignature.parse("0".repeat(64)), "a format-1 SHA-256 is not a signature");
    }
}
