package net.wpxliff.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an input file into {@link SourceDocument}s: a WordPress REST post object (one document), an
 * array of them (one document each), an HTML page, or a WordPress export file (WXR, {@code .xml}: one
 * document per post and page, each read as its post JSON). Recognises the file's {@link DocumentFormat} (by
 * name, then by content) and hands it to that format, which keeps each document's exact text.
 */
public final class DocumentReader {
    /** Larger inputs are refused: no real post or page comes near, and it keeps hostile input bounded. */
    public static final long MAX_INPUT_BYTES = 64L * 1024 * 1024;
    /** The extensions of the files read from a directory: post JSON, HTML pages and WordPress export files. */
    public static final List<String> EXTENSIONS = List.of("json", "html", "htm", "xhtml", "phtml", "xml");

    /**
     * What one input file held: its documents, and what the reader tells about the file as a whole (a WXR
     * file's summary: how many items of other types it skipped).
     */
    public record FileDocuments(List<SourceDocument> documents, List<String> notes) {
        public FileDocuments {
            documents = List.copyOf(documents);
            notes = List.copyOf(notes);
        }
    }

    /** Posts with raw fields ({@code context=edit}) are {@link RawPostFormat}'s, others {@link RenderedPostFormat}'s. */
    private final PostJsonReader posts = new PostJsonReader();
    private final HtmlPageFormat pages = HtmlPageFormat.INSTANCE;
    private final WxrDocuments exports = new WxrDocuments(this::readPostJson);

    /** Reads one file. HTML is recognised by extension ({@code .html}, {@code .htm}, ...), JSON by content. */
    public List<SourceDocument> read(Path file) throws InputException {
        return readFile(file).documents();
    }

    /**
     * Reads one file with what the reader tells about it. A {@code .xml} file is a WordPress export (WXR),
     * streamed, or refused, never read as HTML; a file of another name is one when its root says so.
     */
    public FileDocuments readFile(Path file) throws InputException {
        if (WxrReader.isXmlName(file)) return exports.read(file);
        byte[] bytes = readBytes(file);
        if (!isHtmlName(file) && WxrReader.looksLikeWxr(new String(bytes, 0, Math.min(bytes.length, 16384),
                StandardCharsets.ISO_8859_1))) {
            return exports.read(file, new ByteArrayInputStream(bytes));
        }
        List<SourceDocument> documents = read(file, bytes);
        // an empty array (a REST search or page past the last) is not an error, but a run that writes nothing says why
        return new FileDocuments(documents, documents.isEmpty() ? List.of("no posts or pages in it (an empty JSON array)") : List.of());
    }

    /** The post JSON of a WXR item, read exactly as a {@code .json} file holding it would be (whatever format that finds). */
    private List<SourceDocument> readPostJson(Path file, String json) throws InputException {
        return read(file, json.getBytes(StandardCharsets.UTF_8));
    }

    private List<SourceDocument> read(Path file, byte[] bytes) throws InputException {
        if (isHtmlName(file)) return List.of(pages.read(file, bytes));
        JsonBytes.Decoded json;
        try {
            json = JsonBytes.decode(bytes);
        } catch (JsonBytes.Malformed e) {
            // not valid text in its encoding: an HTML page (any legacy encoding) or a damaged post
            String trimmed = new String(bytes, e.charset).replaceFirst("^\uFEFF", "").stripLeading();
            if (trimmed.startsWith("<")) return List.of(pages.read(file, bytes));
            if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) throw notADocument(file);
            throw new InputException(file + ": " + e.getMessage() + ": a WordPress post is always valid "
                    + e.charset.name() + " (WordPress never sends anything else), so this file was damaged or"
                    + " re-saved in another encoding; download the post again from the REST API", e);
        }
        String text = json.text();
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            // the post reader tells a site-wide file pull marks ({"wpxliff":"menu",…}) by its members, in the same pass
            return posts.read(file, text, json.charset(), json.bom(), PostJsonReader.Fields.AUTO);
        }
        if (trimmed.startsWith("<")) return List.of(pages.read(file, bytes));
        if (JsonBytes.looksLikeWideWithoutMark(bytes)) {
            throw new InputException(file + ": looks like UTF-16 or UTF-32 without a byte order mark; save it as"
                    + " UTF-8 (as WordPress sends it), or with a byte order mark");
        }
        throw notADocument(file);
    }

    private static InputException notADocument(Path file) {
        return new InputException(file + ": not a WordPress post JSON (object or array) nor an HTML file;"
                + " pass a /wp/v2/posts/ID JSON file, a .html file, or a directory of them");
    }

    public static boolean isHtmlName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || name.endsWith(".phtml");
    }

    private static byte[] readBytes(Path file) throws InputException {
        try {
            long size = Files.size(file);
            if (size > MAX_INPUT_BYTES) {
                throw new InputException(file + ": " + size + " bytes is over the " + MAX_INPUT_BYTES
                        + "-byte input limit; split the export into smaller files");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + ReadFailure.reason(e) + ")", e);
        }
    }
}
