package net.wpxliff.pull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One post as WordPress served it.
 *
 * @param id          the post's id
 * @param type        its post type ({@code post}, {@code page}, ...; empty when the JSON has none)
 * @param slug        its slug as served (non-ASCII slugs percent-encoded)
 * @param modifiedGmt its {@code modified_gmt}, or null
 * @param raw         whether it carries raw fields ({@code context=edit})
 * @param json        the post object's exact bytes (UTF-8), or null when they are kept on disk ({@code stored}): read
 *                    them with {@link #bytes()}
 * @param embedded    whether it carries what its links embed ({@code _embedded}: its terms and featured image, which
 *                    push needs to find them on the target site), or has no such link
 * @param listed      whether it is only a listing's entry (id, type, slug, date): never written
 * @param stored      the file holding its bytes while the pull plans ({@link PostSpill}), or null when they are in memory
 */
public record PulledPost(long id, String type, String slug, String modifiedGmt, boolean raw, byte[] json,
                         boolean embedded, boolean listed, Path stored) {
    /** A whole post. */
    public PulledPost(long id, String type, String slug, String modifiedGmt, boolean raw, byte[] json, boolean embedded) {
        this(id, type, slug, modifiedGmt, raw, json, embedded, false, null);
    }

    /**
     * This post as a listing gave it ({@code _fields}, no text fields): in the form the whole post would have
     * ({@code raw} with {@code context=edit}, its terms embedded), to compare with the folder's copy; its bytes are
     * never written.
     */
    public PulledPost listedAs(boolean raw) {
        return new PulledPost(id, type, slug, modifiedGmt, raw, json, true, true, null);
    }

    /** The same post with its bytes in {@code file} instead of in memory. */
    PulledPost storedIn(Path file) {
        return new PulledPost(id, type, slug, modifiedGmt, raw, null, embedded, listed, file);
    }

    /** The post object's exact bytes, from memory or from the file that keeps them. */
    public byte[] bytes() throws IOException {
        return stored == null ? json : Files.readAllBytes(stored);
    }

    /** Writes the post object's exact bytes. */
    void writeTo(OutputStream out) throws IOException {
        if (stored == null) out.write(json);
        else Files.copy(stored, out);
    }

    /**
     * The same post in the same form, not modified since: no need to write it again. A copy pulled before pull
     * embedded terms is not in the same form: fetched again once, so that push can find its terms.
     */
    boolean unchangedFrom(PulledPost existing) {
        return existing != null && existing.id == id && existing.type.equals(type) && existing.raw == raw
                && existing.embedded == embedded && modifiedGmt != null && modifiedGmt.equals(existing.modifiedGmt);
    }
}
