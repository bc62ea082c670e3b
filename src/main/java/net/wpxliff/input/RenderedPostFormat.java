package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.PostJsonWriter;
import net.wpxliff.unit.LoneSurrogates;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A post or page as the WordPress REST API serves it publicly ({@code context=view}): its fields are the
 * rendered {@code title}, {@code excerpt} and {@code content}; merge writes the translated content as HTML
 * and the post JSON with those fields (and its link) replaced, everything else byte for byte.
 */
public final class RenderedPostFormat implements DocumentFormat {
    public static final RenderedPostFormat INSTANCE = new RenderedPostFormat();

    private final PostJsonReader reader = new PostJsonReader();

    private RenderedPostFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_POST;
    }

    /** The posts of a JSON text (a post object, or an array of them) read in {@code charset}, after a mark when {@code bom}. */
    public List<SourceDocument> read(Path file, String text, Charset charset, boolean bom) throws InputException {
        return reader.read(file, text, charset, bom);
    }

    @Override
    public SourceDocument restore(EmbeddedDocument embedded) throws InputException {
        List<SourceDocument> posts;
        try {
            // written back in the bytes it was read in
            posts = read(embedded.path(), embedded.text(), embedded.charset(), embedded.bom());
        } catch (InputException e) {
            throw new InputException("the embedded source cannot be read (" + e.getMessage() + ")", e);
        }
        if (posts.size() != 1) {
            throw new InputException("the embedded source holds " + posts.size() + " posts, expected one");
        }
        SourceDocument post = posts.get(0);
        return new SourceDocument(post.origin(), post.kind(), embedded.outputName(), post.text(), post.charset(),
                post.bom(), post.postId(), post.link(), post.guid(), post.fields(), post.notes());
    }

    @Override
    public String fieldNote(Field field) {
        return switch (field.key()) {
            case "title" -> "post title";
            case "excerpt" -> "post excerpt";
            default -> "post content";
        };
    }

    @Override
    public boolean wholePage() {
        return false;
    }

    @Override
    public boolean identifiedById() {
        return true;
    }

    @Override
    public String category() {
        return "wordpress-post";
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public String describe(SourceDocument document) {
        return "WordPress post " + (document.postId() == null ? document.name() : document.postId())
                + " (" + document.name() + ")";
    }

    /** The translated content as an HTML page (always UTF-8), and the post JSON in the post's own encoding. */
    @Override
    public List<DocumentMerger.Output> outputs(SourceDocument document, Map<String, String> merged, String suffix,
                                               String targetLink) {
        List<DocumentMerger.Output> outputs = new ArrayList<>();
        String content = merged.get("content");
        // HTML has no way to write half a surrogate pair (a reference to one is a parse error): U+FFFD, as browsers show it
        if (content != null) {
            outputs.add(new DocumentMerger.Output(suffix + ".html",
                    LoneSurrogates.replaced(content).getBytes(StandardCharsets.UTF_8)));
        }
        outputs.add(new DocumentMerger.Output(suffix + ".json",
                document.encode(PostJsonWriter.write(document, merged, targetLink))));
        return outputs;
    }
}
