package net.wpxliff.align;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.wpxliff.input.SourceDocument;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A post (or site-wide document) read for alignment, with the file it came from and, for a theme template or part, its
 * saved copy's post id ({@code wp_id}, 0 otherwise), read once: the push record names a template's translation by that
 * id, as its {@code id} is the theme's name for it ({@code twentytwentythree//footer}) (QA: a footer edited on the
 * Korean site could not be aligned with --record).
 */
public record PostFile(Path file, SourceDocument document, long savedCopyId) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static PostFile of(Path file, SourceDocument document) {
        return new PostFile(file, document, savedCopyId(document));
    }

    private static long savedCopyId(SourceDocument document) {
        if (document.postId() == null || !document.postId().contains("//")) return 0;
        try {
            return JSON.readTree(document.text()).path("wp_id").asLong(0);
        } catch (IOException e) {
            return 0; // read as a post before: not expected; then it is simply not this one
        }
    }
}
