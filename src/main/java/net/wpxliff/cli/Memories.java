package net.wpxliff.cli;

import net.wpxliff.tm.ExportLeverage;
import net.wpxliff.tm.Matcher;
import net.wpxliff.tm.MemoryIndexFile;
import net.wpxliff.tm.TmEntry;
import net.wpxliff.tm.TmxException;
import net.wpxliff.tm.TmxReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The memories of {@code --tm}, read and indexed once per run: one matcher over every memory's entries for the
 * language pair, each entry knowing the file it came from. Export's leverage and the analysis share it. The built
 * matcher is cached beside the first memory ({@link MemoryIndexFile}) and taken from there while the memories are
 * unchanged.
 */
record Memories(Matcher matcher, List<Path> files) {

    /** @param cache whether to use and write the cached index ({@code --no-tm-cache} turns it off) */
    static Memories read(List<Path> files, String sourceLanguage, String targetLanguage, boolean cache)
            throws TmxException {
        Path cached = MemoryIndexFile.pathFor(files);
        MemoryIndexFile.Key key = null;
        if (cache) {
            try {
                key = MemoryIndexFile.key(files, sourceLanguage, targetLanguage);
            } catch (IOException e) {
                key = null; // unreadable: the TMX reader below names the problem
            }
        }
        Matcher matcher = key == null ? null : MemoryIndexFile.read(cached, key, files);
        if (matcher == null) {
            List<TmEntry> entries = new ArrayList<>();
            List<String> origins = new ArrayList<>();
            for (Path file : files) {
                for (TmEntry entry : TmxReader.read(file).entries()) {
                    entries.add(entry);
                    origins.add(String.valueOf(file.getFileName()));
                }
            }
            matcher = Matcher.forLanguages(entries, origins, sourceLanguage, targetLanguage);
            if (key != null) MemoryIndexFile.write(cached, key, matcher);
        }
        return new Memories(matcher, List.copyOf(files));
    }

    /** Export's use of the memories: pre-filled targets and fuzzy offers. */
    ExportLeverage leverage() {
        return new ExportLeverage(matcher, String.valueOf(files.get(0).getFileName()));
    }

    /** The memories as the analysis names them: each path as given. */
    List<String> names() {
        return files.stream().map(Path::toString).toList();
    }
}
