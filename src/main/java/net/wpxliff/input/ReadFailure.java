package net.wpxliff.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Words a failed read for the user: the JDK's file exceptions often say no more than the path the message already
 * names ({@code m.tmx: cannot read the memory (m.tmx)}).
 */
public final class ReadFailure {
    private ReadFailure() {
    }

    /** Why the file could not be read, for a message that names the file already. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "no permission to read it";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason(); // "Is a directory"
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
