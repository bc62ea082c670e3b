package net.wpxliff.cli;

import net.wpxliff.tm.ExportLeverage;
import net.wpxliff.tm.Matcher;
import net.wpxliff.tm.TmEntry;
import net.wpxliff.tm.TmxException;
import net.wpxliff.tm.TmxReader;
import net.wpxliff.xliff.Leverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The memories of {@code --tm}, read and indexed once per run: one matcher over every memory's entries for the
 * language pair, each entry knowing the file it came from. Export's leverage and the analysis share it.
 */
record Memories(Matcher matcher, IdentityHashMap<TmEntry, String> origins, List<Path> files) {

    static Memories read(List<Path> files, String sourceLanguage, String targetLanguage) throws TmxException {
        List<TmEntry> entries = new ArrayList<>();
        IdentityHashMap<TmEntry, String> origins = new IdentityHashMap<>();
        for (Path file : files) {
            for (TmEntry entry : TmxReader.read(file).entries()) {
                entries.add(entry);
                origins.put(entry, String.valueOf(file.getFileName()));
            }
        }
        return new Memories(Matcher.forLanguages(entries, sourceLanguage, targetLanguage), origins, List.copyOf(files));
    }

    /** Export's use of the memories: pre-filled targets and fuzzy offers. */
    Leverage leverage() {
        return new ExportLeverage(matcher, origins, String.valueOf(files.get(0).getFileName()));
    }

    /** The memories as the analysis names them: each path as given. */
    List<String> names() {
        return files.stream().map(Path::toString).toList();
    }
}
