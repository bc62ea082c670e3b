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
        // the message is made on demand from the problems (getMessage): a big file's are many, and kept once
        this.file = file;
        this.problems = List.copyOf(Problem.collapsed(problems));
    }

    /** Every problem, one line each, as {@link Problem#format} writes it. */
    @Override
    public String getMessage() {
        return problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n"));
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}
