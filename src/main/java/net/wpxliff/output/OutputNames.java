package net.wpxliff.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses output paths for one run: {@code DIR/<name>.<lang>.<ext>}, made unique within the run
 * ({@code name-2}, ...) when two inputs share a slug, and never the path of an input file.
 */
public final class OutputNames {
    private final Path dir;
    private final Set<Path> used = new HashSet<>();
    private final Set<Path> inputs = new HashSet<>();

    public OutputNames(Path dir, List<Path> inputFiles) {
        this.dir = dir;
        for (Path input : inputFiles) inputs.add(canonical(input));
    }

    public Path next(String name, String suffix) {
        Path candidate = dir.resolve(name + suffix);
        for (int n = 2; used.contains(canonical(candidate)) || inputs.contains(canonical(candidate)); n++) {
            candidate = dir.resolve(name + "-" + n + suffix);
        }
        used.add(canonical(candidate));
        return candidate;
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
