package net.wpxliff.merge;

import java.util.List;

/** The files merge writes for one document, and what the user should know about them. */
public record MergedOutputs(List<DocumentMerger.Output> files, List<String> warnings) {
    public MergedOutputs {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }

    public static MergedOutputs of(List<DocumentMerger.Output> files) {
        return new MergedOutputs(files, List.of());
    }
}
