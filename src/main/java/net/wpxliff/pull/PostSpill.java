package net.wpxliff.pull;

import net.wpxliff.output.AtomicFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the whole posts a pull fetched on disk until it writes them: a first pull of a big site asks for every post
 * whole, and plans all their file names before it writes any (names depend on every slug), so holding their bytes
 * (raw and rendered fields, embedded terms: often 20–100 KB a post) would need memory in proportion to the site. Each
 * post goes to a hidden temporary file in the output folder as it arrives; only its id, type, slug and date stay in
 * memory. The files are removed on {@link #close} (and at exit, or by a later run if this one is killed).
 */
public final class PostSpill implements AutoCloseable {
    private final Path folder;
    private final List<Path> files = new CopyOnWriteArrayList<>();

    /** @param folder the pull's output folder (made if needed): its disk will hold the posts anyway */
    public PostSpill(Path folder) {
        this.folder = folder;
    }

    /** The post with its bytes moved to a file of this spill. */
    PulledPost keep(PulledPost post) throws IOException {
        if (post.stored() != null || post.listed()) return post;
        Path file = AtomicFiles.scratch(folder.resolve("pulled-" + post.id() + ".json"));
        files.add(file);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                LinkOption.NOFOLLOW_LINKS)) {
            out.write(post.json());
        }
        return post.storedIn(file);
    }

    @Override
    public void close() {
        for (Path file : files) AtomicFiles.discard(file);
        files.clear();
    }
}
