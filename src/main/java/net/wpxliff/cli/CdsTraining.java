package net.wpxliff.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of {@code mvn package} (see pom.xml, execution {@code cds-class-list}): one JVM that runs the
 * commands a user runs most, on each kind of input (a rendered post, an editor's raw post with blocks, an HTML page):
 * export, pseudo-translation, validate, merge into a translation memory, export with that memory (with its analysis
 * and word counts), export of an edited copy with it (fuzzy matches), the same round in XLIFF 2.1,
 * {@code tm import} and {@code tm align} (the merged posts standing for the published ones). The class list it leaves ({@code -XX:DumpLoadedClassList}), and the AppCDS archive the build
 * makes from it, then hold the classes of all of them: a class missing from the archive is read from the jar and
 * verified in every run that needs it (a raw post's first export took 0.54 s instead of 0.41 s when only rendered
 * posts were trained). Key: {@code WPXLIFF_KEY}, which the build sets to a throw-away one.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=L -cp target/wpxliff.jar net.wpxliff.cli.CdsTraining WORK_DIR INPUT...}
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) throw new IllegalArgumentException("usage: CdsTraining WORK_DIR INPUT...");
        Path work = Path.of(args[0]);
        // An earlier build's memory would make this merge add nothing ("0 new"): a different class list. Only what
        // this run makes is removed, never the folder itself or anything else in it.
        for (String made : MADE) deleteTree(work.resolve(made));
        List<String> inputs = List.of(args).subList(1, args.length);
        String memory = work.resolve("memory.tmx").toString();
        String edited = edited(inputs, work.resolve("edited")).toString();
        run(concat(List.of("export", "-o", dir(work, "export")), inputs));
        run("pseudo", dir(work, "export"), "-o", dir(work, "pseudo"));
        run("validate", dir(work, "pseudo"));
        run("merge", dir(work, "pseudo"), "--tm", memory, "-o", dir(work, "merged"));
        run(concat(List.of("export", "--tm", memory, "--analysis", "--word-count", "-o", dir(work, "leveraged")), inputs));
        run("export", edited, "--tm", memory, "-o", dir(work, "fuzzy"));
        run(concat(List.of("export", "--format", "xliff2", "-o", dir(work, "export2")), inputs));
        run("pseudo", dir(work, "export2"), "-o", dir(work, "pseudo2"));
        run("merge", dir(work, "pseudo2"), "-o", dir(work, "merged2"));
        run("tm", "import", "-o", work.resolve("imported.tmx").toString(), dir(work, "pseudo2"));
        // the merged posts stand for the published translations
        List<String> published = new ArrayList<>();
        try (Stream<Path> merged = Files.list(work.resolve("merged"))) {
            merged.map(Path::toString).filter(name -> name.endsWith(".ko.json")).sorted()
                    .forEach(file -> published.addAll(List.of("--translations", file)));
        }
        run(concat(concat(List.of("tm", "align", "--no-record"), inputs), concat(List.of("--tm",
                work.resolve("aligned.tmx").toString()), published)));
    }

    /** What a training run makes in its work folder. */
    private static final List<String> MADE = List.of("export", "pseudo", "merged", "leveraged", "edited", "fuzzy",
            "export2", "pseudo2", "merged2", "memory.tmx", "memory.tmx.idx", "imported.tmx", "aligned.tmx");

    private static void run(String... command) {
        int code = Main.run(command);
        if (code != 0) throw new IllegalStateException("training run failed: wpxliff " + String.join(" ", command) + ": exit " + code);
    }

    private static void run(List<String> command) {
        run(command.toArray(String[]::new));
    }

    private static List<String> concat(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static String dir(Path work, String name) {
        return work.resolve(name).toString();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }

    /**
     * The inputs' posts and pages (files, or the files of a folder) with "the" made "a" throughout (a plain
     * replacement, harmless to JSON and HTML), in a folder of their own: sentences close to the memory's but not
     * equal, which the memory's fuzzy search answers.
     */
    private static Path edited(List<String> inputs, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String input : inputs) {
            Path path = Path.of(input);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.list(path) : Stream.of(path)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(folder.resolve(file.getFileName()), text.replace(" the ", " a "), StandardCharsets.UTF_8);
                }
            }
        }
        return folder;
    }
}
