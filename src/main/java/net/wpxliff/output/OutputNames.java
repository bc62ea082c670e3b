package net.wpxliff.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses output paths for one run: {@code DIR/<name><suffix>}, the name made safe first ({@link SafeFileName}:
 * names come from posts and returned files, which are untrusted), made unique within the run ({@code name-2},
 * ...) when two documents share a name, never the path of an input file, and always inside {@code DIR}.
 */
public final class OutputNames {
    private final Path dir;
    private final Path root;
    private final Set<Path> used = new HashSet<>();
    private final Set<Path> inputs = new HashSet<>();

    /**
     * A chosen output.
     *
     * @param name the base name used (what export records in the file for merge to use again)
     * @param path {@code DIR/<name><suffix>}
     */
    public record Choice(String name, Path path) {
    }

    public OutputNames(Path dir, List<Path> inputFiles) {
        this.dir = dir;
        this.root = dir.toAbsolutePath().normalize();
        for (Path input : inputFiles) inputs.add(canonical(input));
    }

    public Path next(String name, String suffix) throws IOException {
        return choose(name, suffix).path();
    }

    /** The next free safe name for {@code name}; refuses (IOException) a path that would leave the directory. */
    public Choice choose(String name, String suffix) throws IOException {
        String base = SafeFileName.clean(name);
        String chosen = base;
        Path candidate = inside(chosen + suffix, name);
        for (int n = 2; used.contains(canonical(candidate)) || inputs.contains(canonical(candidate)); n++) {
            chosen = base + "-" + n;
            candidate = inside(chosen + suffix, name);
        }
        used.add(canonical(candidate));
        return new Choice(chosen, candidate);
    }

    /** The final check, whatever cleaning did: the file lies directly in the output directory. */
    private Path inside(String fileName, String original) throws IOException {
        Path candidate = dir.resolve(fileName);
        Path absolute = candidate.toAbsolutePath().normalize();
        // one name, no folders: a separator in a suffix ("a/../b") would otherwise pass once normalized
        if (!root.equals(absolute.getParent()) || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
            throw new IOException("the output name \"" + original.replaceAll("\\p{Cntrl}", "?") + "\" would be written outside "
                    + dir + "; refused");
        }
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
