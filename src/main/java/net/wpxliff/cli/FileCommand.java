package net.wpxliff.cli;

import net.wpxliff.input.InputException;
import net.wpxliff.output.WriteFailure;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Option;

/**
 * A command over input files: expands the paths given, reports an input error the same way for every
 * command, and prints through UTF-8 writers (Korean in messages must not depend on the platform).
 */
abstract class FileCommand implements Callable<Integer> {
    protected final PrintWriter out = TerminalWriter.on(System.out);
    protected final PrintWriter err = TerminalWriter.on(System.err);

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files processed at once (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @picocli.CommandLine.ParentCommand
    Main main;

    /** How this run reports an exception no check expected (stack trace only with --debug). */
    protected Unexpected unexpected() {
        return new Unexpected(err, main != null && main.debug);
    }

    @Override
    public final Integer call() {
        starting();
        List<Path> files;
        try {
            files = inputFiles();
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        return run(files);
    }

    /**
     * Work that needs only the options, begun before the inputs are listed and checked (export starts loading its
     * memories: listing a site's posts takes tens of milliseconds that the load can use).
     */
    protected void starting() {
    }

    /** The files to work on; throws with a message naming what is wrong when there are none. */
    protected abstract List<Path> inputFiles() throws InputException;

    /**
     * Whether files can be written into the output folder, as far as can be told before any work; prints why not. A
     * file where the folder should be would otherwise fail every input, one line each.
     */
    protected boolean outputFolderUsable(Path output) {
        String problem = WriteFailure.folderProblem(output);
        if (problem == null) return true;
        err.println("error: -o: " + output + ": " + problem + ": name a folder you can write with -o");
        return false;
    }

    /** Works on the files and returns the exit code: 0 when every file succeeded, else 1. */
    protected abstract int run(List<Path> files);
}
