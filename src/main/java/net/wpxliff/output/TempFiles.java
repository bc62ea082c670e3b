package net.wpxliff.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and tidies wpxliff's temporary files. A temporary file is named after its target, this
 * process's id and a counter ({@code .post.ko.html.wpxliff-4711-3.tmp}): hidden, unique, and recognisable
 * as ours. A process killed between creating one and renaming it (kill -9, power cut) leaves it behind; the
 * next run that writes into that folder removes every such file whose process is no longer alive, and
 * nothing else. Files of a live process (another run writing there now) are left alone. Thread-safe.
 */
final class TempFiles {
    /** Our own temporary names only: hidden, the marker, a pid, a counter. */
    private static final Pattern OURS = Pattern.compile("^\\..*\\.wpxliff-(\\d{1,19})-\\d{1,19}\\.tmp$", Pattern.DOTALL);
    /** Enough of the target's name to tell what a leftover was, short enough to stay under the 255-byte limit. */
    private static final int NAME_CHARS = 48;
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();
    /** Temporary files that exist now, removed on a normal JVM exit (Ctrl-C, SIGTERM) too. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TempFiles::deleteQuietly), "wpxliff-temp-cleanup"));
    }

    private TempFiles() {
    }

    /**
     * Creates an empty temporary file beside {@code target} and registers it for removal, before any byte
     * is written; removes stale ones of dead processes from that folder first (once per folder and run).
     */
    static Path create(Path target) throws IOException {
        Path temp = reserve(target);
        try {
            Files.createFile(temp); // fails if it exists: never write through someone else's file or link
        } catch (IOException | RuntimeException e) {
            LIVE.remove(temp);
            throw e;
        }
        return temp;
    }

    /**
     * A new temporary name beside {@code target}, registered for removal but not created (for a hard link
     * or a copy); its folder is created and tidied as for {@link #create}.
     */
    static Path reserve(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (SWEPT.add(dir)) sweep(dir);
        String name = target.getFileName().toString();
        if (name.length() > NAME_CHARS) {
            int end = Character.isHighSurrogate(name.charAt(NAME_CHARS - 1)) ? NAME_CHARS - 1 : NAME_CHARS;
            name = name.substring(0, end);
        }
        Path temp = dir.resolve("." + name + ".wpxliff-" + PID + "-" + COUNTER.incrementAndGet() + ".tmp");
        LIVE.add(temp);
        return temp;
    }

    /** Deletes a temporary file (if still there) and forgets it; false when it could not be deleted. */
    static boolean delete(Path temp) {
        boolean deleted = deleteQuietly(temp);
        LIVE.remove(temp);
        return deleted;
    }

    /** Forgets a temporary file that was renamed into place. */
    static void committed(Path temp) {
        LIVE.remove(temp);
    }

    /** Removes the temporary files that processes no longer alive left in {@code dir}; returns how many. */
    static int sweep(Path dir) {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path entry : entries) {
                long pid = ownerPid(entry.getFileName().toString());
                if (pid < 0) continue;
                // our own id: a leftover of an earlier process that had it (ids repeat, in containers often) unless live here
                boolean inUse = pid == PID ? LIVE.contains(entry) : alive(pid);
                if (inUse || !Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (deleteQuietly(entry)) removed++;
            }
        } catch (IOException | RuntimeException e) {
            // tidying is best effort: a folder we cannot list will fail the write itself, with a clear message
        }
        return removed;
    }

    /** The process id in one of our temporary names, or -1 when the name is not ours. */
    static long ownerPid(String fileName) {
        Matcher m = OURS.matcher(fileName);
        if (!m.matches()) return -1;
        try {
            return Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
