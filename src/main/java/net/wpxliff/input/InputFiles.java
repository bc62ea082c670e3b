package net.wpxliff.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the files to process, in a stable order. */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * Files as given, and the matching files of directories (recursively, sorted by path; a
     * {@code wpml-config.xml} found there is skipped: it is what {@code --config} reads).
     *
     * @param extensions lower-case extensions to take from directories, without dot
     */
    public static List<Path> expand(List<Path> paths, List<String> extensions) throws InputException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> hasExtension(p, extensions))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new InputException(path + ": cannot list directory (" + e.getMessage() + ")", e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InputException(path + ": no such file or directory");
            }
        }
        return files;
    }

    /**
     * The files of the directories among {@code paths} that {@link #expand} leaves out for their extension (hidden
     * files and {@code wpml-config.xml} not counted), sorted, at most {@code limit}: for an error that found nothing.
     */
    public static List<Path> leftOut(List<Path> paths, List<String> extensions, int limit) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) continue;
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !hidden(p) && !hasExtension(p, extensions))
                        .sorted()
                        .limit(limit - files.size())
                        .forEach(files::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // only for a hint: a folder that cannot be listed was reported by expand
            }
            if (files.size() >= limit) break;
        }
        return files;
    }

    /** The translation settings file ({@code --config}) often sits beside the posts: it is not a document. */
    static final String CONFIG_FILE_NAME = "wpml-config.xml";

    private static boolean hidden(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith(".") || name.equals(CONFIG_FILE_NAME);
    }

    private static boolean hasExtension(Path file, List<String> extensions) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (hidden(file)) return false;
        for (String ext : extensions) if (name.endsWith("." + ext)) return true;
        return false;
    }
}
