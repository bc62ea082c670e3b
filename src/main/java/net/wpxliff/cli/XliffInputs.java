package net.wpxliff.cli;

import net.wpxliff.input.InputException;
import net.wpxliff.input.InputFiles;

import java.nio.file.Path;
import java.util.List;

/** The XLIFF files named on a command line (files as given; .xlf/.xliff files from directories). */
final class XliffInputs {
    private XliffInputs() {
    }

    static List<Path> expand(List<Path> inputs) throws InputException {
        List<Path> files = InputFiles.expand(inputs, List.of("xlf", "xliff"));
        if (files.isEmpty()) throw new InputException("no .xlf or .xliff files in " + inputs);
        return files;
    }
}
