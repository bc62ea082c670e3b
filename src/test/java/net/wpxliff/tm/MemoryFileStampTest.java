package net.wpxliff.tm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * When a cached index may be taken for a memory file without reading it ({@link MemoryFileStamp}): a file changed
 * long enough ago is stamped without a checksum and recognised by its times and identity; one changed just now is
 * checksummed, and its stamp then always checks the content again, so an edit in the same tick of the clock (every
 * field as it was) is still seen. "Now" is moved forward to make a file look old.
 */
class MemoryFileStampTest {
    private static final long HOUR = 3_600_000;

    @Test
    void anOldFileIsRecognisedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path tmx = Files.writeString(dir.resolve("m.tmx"), "<tmx>one</tmx>");
        assumeUnixAttributes(tmx);
        MemoryFileStamp old = stampLater(tmx);
        assertEquals(MemoryFileStamp.NO_CHECKSUM, old.checksum(), "nothing read");
        assertEquals("m.tmx", old.name());
        assertEquals(14, old.size());
        assertTrue(old.describes(tmx, stampLater(tmx)));
    }

    @Test
    void aFileChangedJustNowIsCheckedByItsContent(@TempDir Path dir) throws Exception {
        Path tmx = Files.writeString(dir.resolve("m.tmx"), "<tmx>one</tmx>");
        MemoryFileStamp fresh = MemoryFileStamp.of(tmx);
        assertEquals(MemoryFileStamp.checksum(tmx), fresh.checksum());
        // Later the file looks old and every field is as it was: the stamp still asks for the content.
        MemoryFileStamp laterSameFields = withoutChecksum(fresh);
        assertTrue(fresh.describes(tmx, laterSameFields));
        // The racily clean edit: same size, and (as a coarse clock may leave them) the same times and identity.
        Files.writeString(tmx, "<tmx>two</tmx>");
        assertFalse(fresh.describes(tmx, laterSameFields), "an edit in the same tick is seen by the checksum");
    }

    @Test
    void anEditThatPutsTheModificationTimeBackIsSeenByTheCtime(@TempDir Path dir) throws Exception {
        Path tmx = Files.writeString(dir.resolve("m.tmx"), "<tmx>one</tmx>");
        assumeUnixAttributes(tmx);
        MemoryFileStamp old = stampLater(tmx);
        FileTime modified = Files.getLastModifiedTime(tmx);
        Object ctime = Files.getAttribute(tmx, "unix:ctime");
        for (int tries = 0; tries < 300 && ctime.equals(Files.getAttribute(tmx, "unix:ctime")); tries++) {
            Thread.sleep(10); // the next tick of the file system's clock
            Files.writeString(tmx, "<tmx>two</tmx>");
        }
        Files.setLastModifiedTime(tmx, modified);
        MemoryFileStamp now = stampLater(tmx);
        assertEquals(old.size(), now.size());
        assertEquals(old.modified(), now.modified());
        assertFalse(old.describes(tmx, now));
    }

    @Test
    void aReplacedOrCopiedFileIsAnotherFile(@TempDir Path dir) throws Exception {
        Path tmx = Files.writeString(dir.resolve("m.tmx"), "<tmx>one</tmx>");
        assumeUnixAttributes(tmx);
        FileTime modified = Files.getLastModifiedTime(tmx);
        MemoryFileStamp old = stampLater(tmx);

        // A copy elsewhere with its modification time (cp -p): the same name and size, another inode.
        Path copy = Files.copy(tmx, Files.createDirectory(dir.resolve("copy")).resolve("m.tmx"));
        Files.setLastModifiedTime(copy, modified);
        MemoryFileStamp copied = stampLater(copy);
        assertNotEquals(old.identity(), copied.identity());
        assertFalse(old.describes(copy, copied));

        // An atomic replace (a tool's temporary file renamed over it), time set back: another inode too.
        Path temp = Files.writeString(dir.resolve(".m.tmx.tmp"), "<tmx>two</tmx>");
        Files.setLastModifiedTime(temp, modified);
        Files.move(temp, tmx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        MemoryFileStamp replaced = stampLater(tmx);
        assertFalse(old.describes(tmx, replaced));
    }

    @Test
    void aCachedIndexIsTakenOnlyForTheFileItWasBuiltFrom(@TempDir Path dir) throws Exception {
        Path tmx = Files.writeString(dir.resolve("m.tmx"), "<tmx>one</tmx>");
        List<Path> memories = List.of(tmx);
        Matcher matcher = new Matcher(List.of(new TmEntry(new TmText(List.of(new TmText.Plain("Hello."))),
                new TmText(List.of(new TmText.Plain("안녕하세요."))), "en", "ko",
                "7", "p[1]", "", "", null)));
        Path index = MemoryIndexFile.pathFor(memories);
        assertTrue(MemoryIndexFile.write(index, MemoryIndexFile.key(memories, "en", "ko"), matcher));
        assertEquals(1, MemoryIndexFile.read(index, MemoryIndexFile.key(memories, "en", "ko"), memories).size());
        Files.writeString(tmx, "<tmx>two</tmx>"); // just written, same size: the key taken now has a checksum
        assertEquals(null, MemoryIndexFile.read(index, MemoryIndexFile.key(memories, "en", "ko"), memories));
    }

    /** The file's stamp as a run an hour from now takes it (the file then looks old). */
    private static MemoryFileStamp stampLater(Path file) throws Exception {
        return MemoryFileStamp.of(file, System.currentTimeMillis() + HOUR);
    }

    private static MemoryFileStamp withoutChecksum(MemoryFileStamp stamp) {
        return new MemoryFileStamp(stamp.name(), stamp.size(), stamp.modified(), stamp.changed(), stamp.identity(),
                MemoryFileStamp.NO_CHECKSUM);
    }

    private static void assumeUnixAttributes(Path file) throws Exception {
        boolean unix = file.getFileSystem().supportedFileAttributeViews().contains("unix");
        assumeTrue(unix, "this file system has no unix attribute view (ctime, inode): stamps always hold a checksum");
    }
}
