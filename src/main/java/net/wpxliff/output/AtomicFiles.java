package net.wpxliff.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes files so that a reader never sees half of one: each goes to a temporary file beside its target,
 * and only when all of a group are written are they renamed into place. A failure leaves no partial
 * output behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        writeAll(Map.of(target, content));
    }

    /** Writes every file of the group, or (on any error while writing) none of them. */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path dir = file.getKey().toAbsolutePath().getParent();
                Files.createDirectories(dir);
                // Not Files.createTempFile: it makes owner-only files, and a web server must read these.
                Path temp = dir.resolve("." + file.getKey().getFileName() + "." + ProcessHandle.current().pid()
                        + "-" + temps.size() + ".tmp");
                Files.deleteIfExists(temp); // left by a crashed run of a process with the same id
                Files.write(temp, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                temps.put(file.getKey(), temp);
            }
            for (Map.Entry<Path, Path> move : temps.entrySet()) rename(move.getValue(), move.getKey());
        } finally {
            for (Path temp : temps.values()) deleteQuietly(temp); // gone after a rename; left over after a failure
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // best effort: the original error matters more, and the name starts with a dot
        }
    }

    private static void rename(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
