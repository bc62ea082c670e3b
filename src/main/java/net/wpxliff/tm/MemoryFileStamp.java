package net.wpxliff.tm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * What a cached index ({@link MemoryIndexFile}) records of one memory file, to tell later whether the file is still
 * the one it was built from without reading it: its name, size, modification time and, where the file system has
 * them (Linux, macOS: the {@code unix} attribute view), its status-change time (ctime) and identity (device and
 * inode). No write keeps the ctime (a program can set the modification time back, not the ctime), and a file replaced
 * (a copy, an atomic rename) is another inode, so with these a 54 MB memory is checked in microseconds instead of
 * being read and checksummed in every run.
 *
 * <p>Time stamps tick coarsely (a few milliseconds, a second or two on some file systems), so a write in the same
 * tick as the last one, after the stamp was taken, could leave every field as it was: git's "racily clean" files.
 * A file changed less than {@link #RECENT_MILLIS} before its stamp is taken (or that has no ctime or identity here,
 * or a ctime in the future) is therefore stamped with the CRC-32C of its content too, and a stamp that has one is
 * only ever accepted after the file's content is checksummed again. A memory that a script writes ({@code merge
 * --tm}) and reads at once ({@code export --tm}) keeps the cost of a checksum per run, as before, until its index is
 * rebuilt; nothing is ever taken for unchanged on time stamps alone within that window.
 *
 * @param name        the file's name (not its folder: a memory moved with its index stays usable)
 * @param size        bytes
 * @param modified    modification time, nanoseconds since the epoch (as precise as the file system keeps it)
 * @param changed     status-change time (ctime), nanoseconds since the epoch, or {@link #NONE}
 * @param identity    the file system's key for the file (device and inode), or empty when it has none
 * @param checksum    CRC-32C of the content, or {@link #NO_CHECKSUM}
 */
record MemoryFileStamp(String name, long size, long modified, long changed, String identity, long checksum) {
    /** No ctime known. */
    public static final long NONE = Long.MIN_VALUE;
    /** No checksum taken (a CRC-32C is never negative). */
    public static final long NO_CHECKSUM = -1;
    /** How long after its last change a file is checksummed as well as stamped. */
    static final long RECENT_MILLIS = 10_000;

    public MemoryFileStamp {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
    }

    /** The file's stamp now: its checksum too when it changed recently or its file system lacks ctime or identity. */
    public static MemoryFileStamp of(Path file) throws IOException {
        return of(file, System.currentTimeMillis());
    }

    /** As {@link #of(Path)}, with the time taken as now (tests make a file look old or new with it). */
    static MemoryFileStamp of(Path file, long nowMillis) throws IOException {
        // Size and times before the checksum: a file changed while checksummed then no longer matches its stamp.
        Map<String, Object> unix = unixAttributes(file);
        long size;
        long modified;
        long changed = NONE;
        String identity = "";
        if (unix != null) {
            size = (Long) unix.get("size");
            modified = nanos((FileTime) unix.get("lastModifiedTime"));
            changed = nanos((FileTime) unix.get("ctime"));
            identity = "dev=" + unix.get("dev") + ",ino=" + unix.get("ino");
        } else {
            size = Files.size(file);
            modified = nanos(Files.getLastModifiedTime(file));
        }
        long nowNanos = TimeUnit.MILLISECONDS.toNanos(nowMillis);
        boolean recent = changed == NONE || changed > nowNanos - TimeUnit.MILLISECONDS.toNanos(RECENT_MILLIS)
                || modified > nowNanos - TimeUnit.MILLISECONDS.toNanos(RECENT_MILLIS);
        long checksum = recent || identity.isEmpty() ? checksum(file) : NO_CHECKSUM;
        return new MemoryFileStamp(String.valueOf(file.getFileName()), size, modified, changed, identity, checksum);
    }

    /**
     * Whether {@code file}, whose stamp now is {@code now}, is still the file this stamp was taken of: the same name,
     * size, times and identity and, when this stamp has a checksum, the same content (checksummed again unless
     * {@code now} has one already).
     */
    public boolean describes(Path file, MemoryFileStamp now) throws IOException {
        if (!name.equals(now.name) || size != now.size || modified != now.modified || changed != now.changed
                || !identity.equals(now.identity)) {
            return false;
        }
        if (checksum == NO_CHECKSUM) return true;
        return checksum == (now.checksum != NO_CHECKSUM ? now.checksum : checksum(file));
    }

    /** Size, modification time, ctime, device and inode in one call; null where there is no {@code unix} view. */
    private static Map<String, Object> unixAttributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null; // Windows, or another file system without it: the checksum decides
        }
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    /** CRC-32C of the file's content (the JVM computes it with the processor's CRC instruction, even uncompiled). */
    static long checksum(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CRC32C crc = new CRC32C();
            ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
            while (channel.read(buffer.clear()) > 0) crc.update(buffer.flip());
            return crc.getValue();
        }
    }

    // equals and hashCode written out: a record's generated ones are bootstrapped through method handles, which in a
    // fresh JVM spins classes and heats the JIT for one comparison per run (see MemoryIndexFile.Key)
    @Override
    public boolean equals(Object other) {
        return other instanceof MemoryFileStamp s && name.equals(s.name) && size == s.size && modified == s.modified
                && changed == s.changed && identity.equals(s.identity) && checksum == s.checksum;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, size, modified, changed, identity, checksum);
    }
}
