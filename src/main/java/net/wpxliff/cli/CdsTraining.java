package net.wpxliff.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The training run of {@code mvn package} (see pom.xml, execution {@code cds-class-list}): one JVM that runs the
 * commands a user runs most on a folder of posts — export, pseudo-translation, validate, merge into a translation
 * memory, export with that memory, then export an edited copy with it (its sentences fuzzy matches) — so that the
 * class list it leaves ({@code -XX:DumpLoadedClassList}), and the AppCDS archive the build makes from it, hold the
 * classes of all of them. Key: {@code WPXLIFF_KEY}, which the build sets to a throw-away one.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=L -cp target/wpxliff.jar net.wpxliff.cli.CdsTraining INPUT WORK_DIR}
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: CdsTraining INPUT WORK_DIR");
        Path work = Path.of(args[1]);
        deleteTree(work); // an earlier build's memory would make this merge add nothing ("0 new"): a different class list
        String exported = work.resolve("export").toString(), translated = work.resolve("pseudo").toString();
        String memory = work.resolve("memory.tmx").toString();
        String edited = edited(Path.of(args[0]), work.resolve("edited")).toString();
        for (String[] command : new String[][]{{"export", args[0], "-o", exported}, {"pseudo", exported, "-o", translated},
                {"validate", translated}, {"merge", translated, "--tm", memory, "-o", work.resolve("merged").toString()},
                {"export", args[0], "--tm", memory, "-o", work.resolve("leveraged").toString()},
                {"export", edited, "--tm", memory, "-o", work.resolve("fuzzy").toString()}}) {
            int code = Main.run(command);
            if (code != 0) throw new IllegalStateException("training run failed: wpxliff " + String.join(" ", command) + ": exit " + code);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }

    /**
     * The input's posts with "the" made "a" throughout (a plain replacement, harmless to JSON and HTML), in a folder
     * of their own: sentences close to the memory's but not equal, which the memory's fuzzy search answers.
     */
    private static Path edited(Path input, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.isDirectory(input) ? Files.list(input) : Stream.of(input)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String post = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(file.getFileName()), post.replace(" the ", " a "), StandardCharsets.UTF_8);
            }
        }
        return folder;
    }
}
