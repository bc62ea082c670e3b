package net.wpxliff.cli;

import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.InputFiles;

import java.nio.file.Path;
import java.util.List;

/** The XLIFF files named on a command line (files as given; .xlf/.xliff files from directories). */
final class XliffInputs {
    static final List<String> EXTENSIONS = List.of("xlf", "xliff");

    private XliffInputs() {
    }

    static List<Path> expand(List<Path> inputs) throws InputException {
        List<Path> files = InputFiles.expand(inputs, EXTENSIONS);
        if (files.isEmpty()) {
            boolean posts = !InputFiles.expand(inputs, DocumentReader.EXTENSIONS).isEmpty();
            throw new InputException("no .xlf or .xliff files in " + inputs + (posts ? "; they hold posts or pages to"
                    + " translate: 'wpxliff export' makes the XLIFF for them" : ""));
        }
        return files;
    }
}
