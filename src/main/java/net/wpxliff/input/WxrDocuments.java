package net.wpxliff.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The posts and pages of a WordPress export file as documents. Each item becomes the REST API's
 * {@code context=edit} post JSON ({@link WxrItem#postJson()}), which the post JSON reader reads like any
 * post file: the document export embeds in the XLIFF is that JSON, so merge restores it the way it restores
 * any post, and nothing downstream knows it came from a WXR file.
 */
final class WxrDocuments {
    /** The post JSON reader the items are handed to: the same one {@code .json} files go to. */
    interface PostJson {
        List<SourceDocument> read(Path file, String json) throws InputException;
    }

    private final PostJson posts;
    private final long maxChars;

    WxrDocuments(PostJson posts) {
        this(posts, DocumentReader.MAX_INPUT_BYTES);
    }

    /** @param maxChars the most the posts and pages of one file may hold together (their JSON), and any one text */
    WxrDocuments(PostJson posts, long maxChars) {
        this.posts = posts;
        this.maxChars = maxChars;
    }

    /** Streams the file (no size limit: only its posts and pages are kept, at most {@link DocumentReader#MAX_INPUT_BYTES} of them). */
    DocumentReader.FileDocuments read(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + ReadFailure.reason(e) + ")", e);
        }
    }

    DocumentReader.FileDocuments read(Path file, InputStream in) throws InputException {
        List<SourceDocument> documents = new ArrayList<>();
        long[] kept = {0};
        WxrReader.Summary summary = WxrReader.read(file, in, maxChars, item -> {
            String json = item.postJson();
            kept[0] += json.length();
            if (kept[0] > maxChars) {
                throw new InputException(file + ": item " + item.number() + " (line " + item.line() + "): the posts and"
                        + " pages up to here hold over " + maxChars + " characters, more than one"
                        + " input may hold; export fewer at once (Tools → Export can export by category, author or date"
                        + " range) and export each file");
            }
            documents.add(document(file, item, json));
        });
        return new DocumentReader.FileDocuments(documents, List.of(summary.describe()));
    }

    private SourceDocument document(Path file, WxrItem item, String json) throws InputException {
        String origin = file + " item " + item.number();
        List<SourceDocument> read;
        try {
            read = posts.read(file, json);
        } catch (InputException e) {
            String message = e.getMessage().startsWith(file + ": ") ? e.getMessage().substring(file.toString().length() + 2)
                    : e.getMessage();
            throw new InputException(origin + " (line " + item.line() + ", post " + item.id() + "): " + message, e);
        }
        if (read.size() != 1) throw new IllegalStateException("one post JSON object gave " + read.size() + " documents");
        SourceDocument post = read.get(0);
        // a post without slug or id (an item of a hand-made or old export) is named after its place in the file
        String name = (item.slug() == null || item.slug().isBlank()) && (item.id() == null || item.id().isBlank())
                ? baseName(file) + "-item-" + item.number() : post.name();
        return new SourceDocument(origin, post.kind(), name, post.text(), post.charset(), post.bom(), post.postId(),
                post.link(), post.guid(), post.fields(), post.notes());
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
