package net.wpxliff.cli;

import net.wpxliff.merge.Problem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints a file's problems, one indented line each, up to {@value #SHOWN}: a file exported without targets and never
 * translated has a problem per unit, and a long post has thousands; the first ones say what is wrong, and
 * {@code validate --json} lists them all.
 */
final class ProblemLines {
    static final int SHOWN = 50;

    private ProblemLines() {
    }

    static void print(PrintWriter writer, Path file, List<Problem> problems) {
        for (int i = 0; i < Math.min(SHOWN, problems.size()); i++) writer.println("  " + problems.get(i).format(file));
        if (problems.size() > SHOWN) {
            writer.println("  … and " + (problems.size() - SHOWN) + " more problem(s) in this file: `wpxliff validate"
                    + " --json " + file + "` lists them all");
        }
    }
}
