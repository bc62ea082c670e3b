package net.wpxliff.testing;

import net.wpxliff.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs {@code wpxliff ...} in-process, as a script would, with what it prints captured. */
public final class Cli {
    /** What one command line did. */
    public record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** Runs the command line with System.out and System.err captured (restored afterwards). */
    public static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Runs the command line and asserts its exit code (the message names the command, its stdout and its stderr). */
    public static Run expect(int exitCode, String... args) {
        Run run = run(args);
        assertEquals(exitCode, run.exitCode(), String.join(" ", args) + "\nstdout: " + run.out() + "\nstderr: " + run.err());
        return run;
    }

    /** Runs the command line and asserts it succeeded (exit 0; the message names the command and its stderr). */
    public static Run ok(String... args) {
        Run run = run(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.err());
        return run;
    }

    /**
     * export (in {@code format}, with {@code options}), pseudo and merge of one post, as a user runs them, into
     * {@code NAME-xliff}, {@code NAME-pseudo} and {@code NAME-ko} under {@code dir}; each must succeed. The merge's
     * output folder.
     */
    public static java.nio.file.Path pseudoRoundTrip(java.nio.file.Path dir, java.nio.file.Path post, String format,
                                                     String name, String... options) {
        java.nio.file.Path xliff = dir.resolve(name + "-xliff"), pseudo = dir.resolve(name + "-pseudo"), ko = dir.resolve(name + "-ko");
        java.util.List<String> export = new java.util.ArrayList<>(java.util.List.of("export", "--format", format, "-o", xliff.toString()));
        export.addAll(java.util.List.of(options));
        export.add(post.toString());
        ok(export.toArray(String[]::new));
        ok("pseudo", "-o", pseudo.toString(), xliff.toString());
        ok("merge", "-o", ko.toString(), pseudo.toString());
        return ko;
    }
}
