package net.wpxliff.cli;

import java.nio.file.Path;

/**
 * The training run of {@code mvn package -Pcds} (see pom.xml): one JVM that exports a folder of posts, pseudo-
 * translates the export and merges it, so that the AppCDS archive it leaves ({@code -XX:ArchiveClassesAtExit})
 * holds the classes of both a one-post export and a one-post merge. Key:
 * {@code WPXLIFF_KEY}, which the build sets to a throw-away one.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=A.jsa -cp target/wpxliff.jar net.wpxliff.cli.CdsTraining INPUT WORK_DIR}
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 2) throw new IllegalArgumentException("usage: CdsTraining INPUT WORK_DIR");
        Path work = Path.of(args[1]);
        String exported = work.resolve("export").toString(), translated = work.resolve("pseudo").toString();
        for (String[] command : new String[][]{{"export", args[0], "-o", exported}, {"pseudo", exported, "-o", translated},
                {"merge", translated, "-o", work.resolve("merged").toString()}}) {
            int code = Main.run(command);
            if (code != 0) throw new IllegalStateException("training run failed: wpxliff " + String.join(" ", command) + ": exit " + code);
        }
    }
}
