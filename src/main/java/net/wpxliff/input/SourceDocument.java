package net.wpxliff.input;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/**
 * One document to localize: a WordPress post (or page) object, or an HTML file. {@link #text()} is the
 * document exactly as read (for posts: the JSON text of the post object), which export embeds in the
 * XLIFF and merge rewrites; {@link #fields()} are the pieces of HTML inside it.
 *
 * @param origin   where it came from, for messages (a path, or a path and array index)
 * @param kind     post or HTML page: the stable name of its {@link #format()}
 * @param name     output base name: the post slug, or the HTML file name without extension
 * @param text     the document text (no byte order mark)
 * @param charset  the encoding the document was read with and is written back in
 * @param bom      true when the file started with a byte order mark
 * @param postId   the post id, or null for pages
 * @param link     the post's {@code link} (or {@code guid}), or null
 * @param guid     the post's {@code guid.rendered}, or null
 * @param fields   the HTML fields to localize, in document order
 * @param notes    what the reader decided for the user to know (an excerpt WordPress generated, left out)
 */
public record SourceDocument(String origin, Kind kind, String name, String text, Charset charset, boolean bom,
                             String postId, String link, String guid, List<Field> fields, List<String> notes) {

    /**
     * What sort of input a document came from: the stable name of its format, recorded in signed payloads
     * (never rename one): a post's rendered fields, a post's raw fields ({@code context=edit}), an HTML page, a
     * site's settings ({@code /wp/v2/settings}: its title and tagline), a classic navigation menu, a classic theme's
     * sidebar widgets, a taxonomy's terms.
     */
    /**
     * What a document's post id may be: a post's number, or a theme template's or part's {@code theme//slug} (export
     * refuses any other, and merge refuses an embedded source holding one).
     */
    public static final java.util.regex.Pattern POST_ID =
            java.util.regex.Pattern.compile("[0-9]{1,20}|[A-Za-z0-9_.-]{1,100}//[A-Za-z0-9_-]{1,100}");

    public enum Kind { WP_POST, HTML_PAGE, WP_POST_RAW, WP_SETTINGS, WP_MENU, WP_WIDGETS, WP_TERMS }

    public SourceDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        fields = List.copyOf(fields);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A document with nothing to note. */
    public SourceDocument(String origin, Kind kind, String name, String text, Charset charset, boolean bom,
                          String postId, String link, String guid, List<Field> fields) {
        this(origin, kind, name, text, charset, bom, postId, link, guid, fields, List.of());
    }

    /** How this document is read, restored and written back. */
    public DocumentFormat format() {
        return DocumentFormats.of(kind);
    }

    /** The bytes of {@code text} in this document's encoding, after its byte order mark when it had one. */
    public byte[] encode(String text) {
        byte[] body = text.getBytes(charset);
        if (!bom) return body;
        byte[] mark = "\uFEFF".getBytes(charset);
        byte[] out = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, out, 0, mark.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /** This document with these fields after its own (fields a configuration adds: custom fields, term names). */
    public SourceDocument withMoreFields(List<Field> more) {
        List<Field> all = new java.util.ArrayList<>(fields);
        all.addAll(more);
        return new SourceDocument(origin, kind, name, text, charset, bom, postId, link, guid, all, notes);
    }

    public Field field(String key) {
        for (Field f : fields) if (f.key().equals(key)) return f;
        return null;
    }
}
