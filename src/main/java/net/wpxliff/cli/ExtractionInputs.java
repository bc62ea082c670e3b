package net.wpxliff.cli;

import net.wpxliff.config.ConfigException;
import net.wpxliff.config.TranslationConfig;
import net.wpxliff.input.DocumentReader;
import net.wpxliff.input.InputException;
import net.wpxliff.input.InputFiles;
import net.wpxliff.tm.TmxException;

import java.nio.file.Path;
import java.util.List;

/**
 * What export and analyze both read before extracting: the input files, the {@code --config} and the {@code --tm}
 * memories, each problem an {@link InputException} whose message names the option.
 */
final class ExtractionInputs {
    private ExtractionInputs() {
    }

    /** Post JSON, HTML and WXR files, directories expanded; none found is an error. */
    static List<Path> files(List<Path> inputs) throws InputException {
        List<Path> files = InputFiles.expand(inputs, DocumentReader.EXTENSIONS);
        if (files.isEmpty()) {
            boolean xliff = !InputFiles.expand(inputs, XliffInputs.EXTENSIONS).isEmpty();
            List<Path> others = xliff ? List.of() : InputFiles.leftOut(inputs, DocumentReader.EXTENSIONS, 4);
            throw new InputException("no input files found in " + inputs + " (expected .json post files, .html pages or"
                    + " .xml WordPress export files)" + (xliff ? "; they hold XLIFF files: 'wpxliff merge' reads"
                    + " translated ones back (validate checks them, pseudo fills them for a trial)" : "")
                    + (others.isEmpty() ? "" : "; a folder is read by extension, and it holds "
                    + (others.size() < 4 ? others.toString() : others.subList(0, 3) + " and more")
                    + ": name a file itself to read it whatever its name (its content says what it is)"));
        }
        return files;
    }

    /** The {@code --config} file's rules, or the built-in ones without it. */
    static TranslationConfig config(Path configFile) throws InputException {
        try {
            return configFile == null ? TranslationConfig.BUILT_IN : TranslationConfig.read(configFile);
        } catch (ConfigException e) {
            throw new InputException("--config: " + e.getMessage());
        }
    }

    /** The {@code --tm} memories read and indexed, or null without any. */
    static Memories memories(List<Path> files, String sourceLanguage, String targetLanguage) throws InputException {
        return memories(files, sourceLanguage, targetLanguage, true);
    }

    /** As above; {@code cache}: whether to use and write the cached index beside the memory ({@code --no-tm-cache}). */
    static Memories memories(List<Path> files, String sourceLanguage, String targetLanguage, boolean cache)
            throws InputException {
        if (files == null || files.isEmpty()) return null;
        try {
            return Memories.read(files, sourceLanguage, targetLanguage, cache);
        } catch (TmxException e) {
            throw new InputException("--tm: " + e.getMessage());
        }
    }
}
