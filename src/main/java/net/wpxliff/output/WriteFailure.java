package net.wpxliff.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Words a failed write for the user: the JDK's file exceptions often say no more than a path
 * ({@code cannot write output (/tmp/out)}), which leaves the user to guess what went wrong.
 */
public final class WriteFailure {
    private WriteFailure() {
    }

    /** What went wrong and what to do, for a message of the form {@code cannot write output: ...} about {@code -o}. */
    public static String describe(IOException e) {
        if (isFileInTheWay(e)) return reason(e) + ": name a folder with -o";
        if (e instanceof AccessDeniedException) return reason(e) + ": name a folder you can write with -o";
        return reason(e);
    }

    /** What went wrong, for any file written ({@code ... is a file, not a folder}, {@code No space left on device}). */
    public static String reason(IOException e) {
        if (isFileInTheWay(e)) return ((FileSystemException) e).getFile() + " is a file, not a folder";
        if (e instanceof AccessDeniedException denied) return "no permission to write " + denied.getFile();
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // e.g. "No space left on device", "Read-only file system"
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Why files cannot be written into {@code folder} (made if missing), as far as can be told before writing: a file
     * where it or a folder above it should be, or a folder without write permission; null when nothing stands in the way.
     */
    public static String folderProblem(Path folder) {
        for (Path f = folder.toAbsolutePath(); f != null; f = f.getParent()) {
            if (!Files.exists(f)) continue; // made when the first file is written
            if (!Files.isDirectory(f)) return f + " is a file, not a folder";
            return Files.isWritable(f) ? null : "no permission to write in " + f;
        }
        return null;
    }

    /** Creating a folder (or one inside it) met a file of that name. */
    private static boolean isFileInTheWay(IOException e) {
        return e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException;
    }
}
