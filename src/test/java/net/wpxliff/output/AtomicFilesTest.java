package net.wpxliff.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** QA: the error named this run's hidden temporary file ("Is a directory (….wpxliff-8099-3.tmp)"), not the file. */
    @Test
    void aFolderWhereAFileGoesIsNamedAsTheFile(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("post.ko.html"), json = Files.createDirectories(dir.resolve("post.ko.json"));
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class, () -> AtomicFiles.writeAll(
                new java.util.LinkedHashMap<>(Map.of(html, "<p>a</p>".getBytes(StandardCharsets.UTF_8),
                        json, "{}".getBytes(StandardCharsets.UTF_8)))));
        assertEquals(json.toString(), e.getFile());
        assertEquals("a folder stands where the file goes", e.getReason());
        assertFalse(Files.exists(html), "nothing of the group written");
        try (var files = Files.list(dir)) {
            assertEquals(List.of(json), files.toList(), "no temporary file left");
        }
    }

    @Test
    void aWriteFailingHalfWayThroughTheFirstFileLeavesNoTempAndNoChangedTarget(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> pair = oldPairReplacedByNew(dir);

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeAll(pair, new FailingDisk(1, -1)));

        assertEquals("No space left on device", e.getMessage());
        assertOldPairUntouched(dir);
    }

    @Test
    void aWriteFailingHalfWayThroughTheSecondFileLeavesNoTempAndNoChangedTarget(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> pair = oldPairReplacedByNew(dir);

        assertThrows(IOException.class, () -> AtomicFiles.writeAll(pair, new FailingDisk(2, -1)));

        assertOldPairUntouched(dir);
    }

    @Test
    void aFailingFirstRenameChangesNothing(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> pair = oldPairReplacedByNew(dir);

        assertThrows(IOException.class, () -> AtomicFiles.writeAll(pair, new FailingDisk(-1, 1)));

        assertOldPairUntouched(dir);
    }

    @Test
    void aFailingSecondRenamePutsTheFirstRenamedFileBack(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> pair = oldPairReplacedByNew(dir);
        FailingDisk disk = new FailingDisk(-1, 2);

        assertThrows(IOException.class, () -> AtomicFiles.writeAll(pair, disk));

        assertEquals(List.of("post.ko.json", "post.ko.html", "post.ko.json"), disk.movedTo, "json in, html fails, json back");
        assertOldPairUntouched(dir);
    }

    @Test
    void aFailingSecondRenameOfANewPairLeavesNeitherFile(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> pair = new LinkedHashMap<>();
        pair.put(dir.resolve("post.ko.html"), bytes("new html"));
        pair.put(dir.resolve("post.ko.json"), bytes("new json"));

        assertThrows(IOException.class, () -> AtomicFiles.writeAll(pair, new FailingDisk(-1, 2)));

        assertEquals(Set.of(), names(dir), "no json without its html, no temporary file");
    }

    @Test
    void theFirstFileOfAGroupIsRenamedLastSoANewHtmlMeansANewJson(@TempDir Path dir) throws IOException {
        Map<Path, byte[]> pair = oldPairReplacedByNew(dir);
        FailingDisk disk = new FailingDisk(-1, -1);

        AtomicFiles.writeAll(pair, disk);

        assertEquals(List.of("post.ko.json", "post.ko.html"), disk.movedTo);
        assertEquals("new html", Files.readString(dir.resolve("post.ko.html")));
        assertEquals("new json", Files.readString(dir.resolve("post.ko.json")));
        assertEquals(Set.of("post.ko.html", "post.ko.json"), names(dir), "no temporary file or backup is left");
    }

    @Test
    void staleTempsOfADeadProcessAreRemovedByTheNextWriteThoseOfALiveOneAreNot(@TempDir Path dir) throws Exception {
        long dead = deadPid();
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Files.writeString(dir.resolve(".post.ko.html.wpxliff-" + dead + "-1.tmp"), "half a file");
        Files.writeString(dir.resolve(".post.ko.json.wpxliff-" + dead + "-2.tmp"), "half a file");
        Files.writeString(dir.resolve(".other.ko.html.wpxliff-" + live + "-1.tmp"), "being written by another run");
        Files.writeString(dir.resolve(".notes.tmp"), "not ours");
        Files.writeString(dir.resolve(".post.ko.html.12345-0.tmp"), "not our pattern");

        AtomicFiles.write(dir.resolve("post.ko.html"), bytes("new"));

        assertEquals(Set.of("post.ko.html", ".other.ko.html.wpxliff-" + live + "-1.tmp", ".notes.tmp",
                ".post.ko.html.12345-0.tmp"), names(dir));
    }

    @Test
    void aStaleTempCarryingThisProcesssIdIsALeftoverOfAnEarlierProcess(@TempDir Path dir) throws IOException {
        long self = ProcessHandle.current().pid();
        Files.writeString(dir.resolve(".post.ko.html.wpxliff-" + self + "-999999.tmp"), "left by an earlier process with this id");

        assertEquals(1, TempFiles.sweep(dir));
        assertEquals(Set.of(), names(dir));
    }

    @Test
    void onlyOurOwnTempNamesAreRecognised() {
        assertEquals(4711, TempFiles.ownerPid(".post.ko.html.wpxliff-4711-3.tmp"));
        assertEquals(-1, TempFiles.ownerPid("post.ko.html.wpxliff-4711-3.tmp"), "not hidden");
        assertEquals(-1, TempFiles.ownerPid(".post.ko.html.4711-3.tmp"));
        assertEquals(-1, TempFiles.ownerPid(".post.ko.html.wpxliff-4711-3.tmp.bak"));
        assertEquals(-1, TempFiles.ownerPid(".post.ko.html.wpxliff-x-3.tmp"));
    }

    /** A pid that was alive a moment ago and no longer is. */
    private static long deadPid() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long pid = process.pid();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        return pid;
    }

    /** post.ko.html and post.ko.json with old content, and a group that would replace both. */
    private static Map<Path, byte[]> oldPairReplacedByNew(Path dir) throws IOException {
        Files.writeString(dir.resolve("post.ko.html"), "old html");
        Files.writeString(dir.resolve("post.ko.json"), "old json");
        Map<Path, byte[]> pair = new LinkedHashMap<>();
        pair.put(dir.resolve("post.ko.html"), bytes("new html"));
        pair.put(dir.resolve("post.ko.json"), bytes("new json"));
        return pair;
    }

    private static void assertOldPairUntouched(Path dir) throws IOException {
        assertEquals("old html", Files.readString(dir.resolve("post.ko.html")));
        assertEquals("old json", Files.readString(dir.resolve("post.ko.json")));
        assertEquals(Set.of("post.ko.html", "post.ko.json"), names(dir), "no temporary file or backup is left");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The real disk, except that the n-th write stops half way with "disk full" and the n-th rename fails
     * (-1: never); records the target name of every rename.
     */
    private static final class FailingDisk implements AtomicFiles.Disk {
        private final int failingWrite;
        private final int failingMove;
        private int writes;
        private int moves;
        final List<String> movedTo = new ArrayList<>();

        FailingDisk(int failingWrite, int failingMove) {
            this.failingWrite = failingWrite;
            this.failingMove = failingMove;
        }

        @Override
        public void write(Path temp, byte[] content) throws IOException {
            if (++writes == failingWrite) {
                Files.write(temp, Arrays.copyOf(content, content.length / 2));
                throw new IOException("No space left on device");
            }
            AtomicFiles.REAL.write(temp, content);
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            movedTo.add(to.getFileName().toString());
            if (++moves == failingMove) throw new IOException("rename failed");
            AtomicFiles.REAL.move(from, to);
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
