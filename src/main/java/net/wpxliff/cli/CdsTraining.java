package net.wpxliff.cli;

import java.nio.file.Path;

/**
 * The training run of {@code mvn package} (see pom.xml, execution {@code cds-class-list}): one JVM that runs the
 * commands a user runs most on a folder of posts — export, pseudo-translation, validate, merge into a translation
 * memory, export with that memory — so that the class list it leaves ({@code -XX:DumpLoadedClassList}), and the
 * AppCDS archive the build makes from it, hold the classes of all of them. Key: {@code WPXLIFF_KEY}, which the
 * build sets to a throw-away one.
 *
 * <p>Usage: {@code java -XX:DumpLoadedClassList=L -cp target/wpxliff.jar net.wpxliff.cli.CdsTraining INPUT WORK_DIR}
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    public static void main(String[] args) {
        if (args.length != 2) throw new IllegalArgumentException("usage: CdsTraining INPUT WORK_DIR");
        Path work = Path.of(args[1]);
        String exported = work.resolve("export").toString(), translated = work.resolve("pseudo").toString();
        String memory = work.resolve("memory.tmx").toString();
        for (String[] command : new String[][]{{"export", args[0], "-o", exported}, {"pseudo", exported, "-o", translated},
                {"validate", translated}, {"merge", translated, "--tm", memory, "-o", work.resolve("merged").toString()},
                {"export", args[0], "--tm", memory, "-o", work.resolve("leveraged").toString()}}) {
            int code = Main.run(command);
            if (code != 0) throw new IllegalStateException("training run failed: wpxliff " + String.join(" ", command) + ": exit " + code);
        }
    }
}
