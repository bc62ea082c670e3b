package net.wpxliff.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A returned file that fails the integrity checks; carries every problem found, not just the first. */
public class MergeException extends Exception {
    private final transient Path file;
    private final List<Problem> problems;

    /** @param problems every problem found; a repeated one is kept once ({@link Problem#collapsed}) */
    public MergeException(Path file, List<Problem> problems) {
        super(Problem.collapsed(problems).stream().map(p -> p.format(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(Problem.collapsed(problems));
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
