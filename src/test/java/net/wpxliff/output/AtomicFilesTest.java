package net.wpxliff.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @Test
    void writesTheContentAndReplacesAnOlderFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("post.ko.html");
        Files.writeString(target, "old");
        AtomicFiles.write(target, "새 내용".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("새 내용".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(Set.of("post.ko.html"), names(dir), "no temporary file is left");
    }

    @Test
    void outputGetsTheUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        Path ours = dir.resolve("post.ko.html");
        AtomicFiles.write(ours, "x".getBytes(StandardCharsets.UTF_8));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        assertEquals(expected, Files.getPosixFilePermissions(ours), "same permissions as any file written here");
    }

    @Test
    void aGroupThatFailsLeavesNoneOfItsFiles(@TempDir Path dir) throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "a file where a directory is needed");
        Map<Path, byte[]> group = new LinkedHashMap<>();
        group.put(dir.resolve("post.ko.html"), "html".getBytes(StandardCharsets.UTF_8));
        group.put(blocker.resolve("post.ko.json"), "json".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> AtomicFiles.writeAll(group));
        assertFalse(Files.exists(dir.resolve("post.ko.html")), "the first file of the group is not written either");
        assertEquals(Set.of("not-a-dir"), names(dir), "no temporary file is left");
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
