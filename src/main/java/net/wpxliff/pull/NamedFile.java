package net.wpxliff.pull;

import net.wpxliff.output.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * Writes one thing pull fetched that is not a post (the site's settings, a menu, a template part) into the pull folder
 * under its name ({@code settings.json}), or the next free one ({@code settings-2.json}) when a file of that name holds
 * something else: a file is replaced only when it holds the same thing, and only when its bytes differ.
 */
public final class NamedFile {
    /** What became of the file. */
    public enum State { NEW, CHANGED, UNCHANGED }

    /** Where it went and whether it was written. */
    record Written(Path file, State state) {
    }

    private NamedFile() {
    }

    /**
     * @param base  the name without {@code .json}
     * @param holds whether an existing file's bytes are the same thing (an earlier pull of it)
     */
    static Written write(Path dir, String base, byte[] bytes, Predicate<byte[]> holds) throws IOException {
        for (int n = 1; n <= 100; n++) {
            Path file = dir.resolve(base + (n == 1 ? "" : "-" + n) + ".json");
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir);
                AtomicFiles.write(file, bytes);
                return new Written(file, State.NEW);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > 64L * 1024 * 1024) continue;
            byte[] before = Files.readAllBytes(file);
            if (!holds.test(before)) continue;
            if (Arrays.equals(before, bytes)) return new Written(file, State.UNCHANGED);
            AtomicFiles.write(file, bytes);
            return new Written(file, State.CHANGED);
        }
        throw new IOException("no free file name for " + base + " in " + dir + " (" + base + ".json to " + base
                + "-100.json are taken)");
    }
}
