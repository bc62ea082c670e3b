package net.wpxliff.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a reader never sees half of one: each goes to a temporary file beside its target
 * (created and registered for removal before its first byte, see {@link TempFiles}), and only when all of a
 * group are written are they renamed into place. A group is committed last file first, so that a reader
 * who finds the first file new (a post's {@code .html}) finds the others new too (its {@code .json}); if a
 * rename fails, the files already replaced get their previous content back. A failure leaves no temporary
 * file and no changed target behind.
 */
public final class AtomicFiles {
    /** The two disk operations a write depends on; tests inject failures here. */
    interface Disk {
        void write(Path temp, byte[] content) throws IOException;

        void move(Path from, Path to) throws IOException;
    }

    static final Disk REAL = new Disk() {
        @Override
        public void write(Path temp, byte[] content) throws IOException {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    LinkOption.NOFOLLOW_LINKS)) {
                out.write(content);
            }
        }

        @Override
        public void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    };

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /** The content of a file written as a stream (a large file never held in memory whole). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes one file from a stream, the same way: all of it appears at once, or (on any error) nothing changes. */
    public static void write(Path target, Content content) throws IOException {
        writeAllStreamed(Map.of(target, content));
    }

    /**
     * Writes every file of the group from its stream, the same way: all of them appear, or (on any error) none changes.
     * For groups too big to hold in memory.
     */
    public static void writeAllStreamed(Map<Path, Content> files) throws IOException {
        Map<Path, TempWriter> writers = new LinkedHashMap<>();
        files.forEach((target, content) -> writers.put(target, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
                content.writeTo(out);
            }
        }));
        write(writers, REAL);
    }

    /**
     * A new empty file of this run's own beside {@code target}, for data too big to keep in memory until it is written:
     * named and tidied as the temporary files are (hidden; removed at exit, or by a later run if this one is killed).
     * Remove it with {@link #discard} once done.
     */
    public static Path scratch(Path target) throws IOException {
        return TempFiles.create(target);
    }

    /** Removes a file {@link #scratch} made. */
    public static void discard(Path scratch) {
        TempFiles.delete(scratch);
    }

    /** Writes one temporary file. */
    private interface TempWriter {
        void write(Path temp) throws IOException;
    }

    /** Writes every file of the group, or (on any error while writing or renaming) none of them. */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        writeAll(files, REAL);
    }

    static void writeAll(Map<Path, byte[]> files, Disk disk) throws IOException {
        Map<Path, TempWriter> writers = new LinkedHashMap<>();
        files.forEach((target, content) -> writers.put(target, temp -> disk.write(temp, content)));
        write(writers, disk);
    }

    private static void write(Map<Path, TempWriter> files, Disk disk) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        List<Path> backups = new ArrayList<>();
        Path current = null;
        try {
            for (Map.Entry<Path, TempWriter> file : files.entrySet()) {
                current = file.getKey();
                // Not Files.createTempFile: it makes owner-only files, and a web server must read these.
                Path temp = TempFiles.create(file.getKey());
                temps.put(file.getKey(), temp);
                file.getValue().write(temp);
            }
            current = null;
            commit(temps, disk, backups);
        } catch (FileSystemException e) {
            throw namingTheTarget(e, temps, current);
        } finally {
            for (Path temp : temps.values()) TempFiles.delete(temp); // gone after a rename; left over after a failure
            for (Path backup : backups) TempFiles.delete(backup);
        }
    }

    /**
     * The failure as said of the file being written, not of this run's hidden temporary file beside it (QA: "Is a
     * directory (…/.my-post.ko.post.json.wpxliff-8099-3.tmp)" when a folder stood where the file goes).
     *
     * @param current the file whose temporary file was being made or written, or null while renaming
     */
    private static FileSystemException namingTheTarget(FileSystemException e, Map<Path, Path> temps, Path current) {
        Path target = current;
        for (Map.Entry<Path, Path> t : temps.entrySet()) {
            if (e.getFile() != null && t.getValue().toString().equals(e.getFile())) target = t.getKey();
        }
        if (target == null || target.toString().equals(e.getFile())) return e;
        String reason = Files.isDirectory(target) ? "a folder stands where the file goes"
                : e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
        FileSystemException named = new FileSystemException(target.toString(), null, reason);
        named.initCause(e);
        return named;
    }

    /** Renames the temporary files into place, last first; on a failure puts back what was replaced. */
    private static void commit(Map<Path, Path> temps, Disk disk, List<Path> backups) throws IOException {
        List<Path> targets = new ArrayList<>(temps.keySet());
        List<Runnable> undo = new ArrayList<>();
        try {
            for (int i = targets.size() - 1; i >= 0; i--) {
                Path target = targets.get(i);
                Path temp = temps.get(target);
                if (i == 0) { // the last rename: nothing after it can fail
                    disk.move(temp, target);
                    TempFiles.committed(temp);
                    break;
                }
                Path previous = keepPrevious(target, backups);
                disk.move(temp, target);
                TempFiles.committed(temp);
                undo.add(() -> restore(target, previous, disk));
            }
        } catch (IOException | RuntimeException e) {
            for (int i = undo.size() - 1; i >= 0; i--) {
                try {
                    undo.get(i).run();
                } catch (RuntimeException restoreFailure) {
                    e.addSuppressed(restoreFailure);
                }
            }
            throw e;
        }
    }

    /**
     * A second name for the target's current content (a hard link, else a copy), so that it can be put
     * back; null when there is no such target yet.
     */
    private static Path keepPrevious(Path target, List<Path> backups) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return null;
        Path backup = TempFiles.reserve(target);
        backups.add(backup);
        try {
            Files.createLink(backup, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
        }
        return backup;
    }

    private static void restore(Path target, Path previous, Disk disk) {
        try {
            if (previous == null) Files.deleteIfExists(target);
            else disk.move(previous, target);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not restore " + target + " (" + e.getMessage()
                    + "): it may hold the new content while the other files of its group hold the old", e);
        }
    }
}
