package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergedOutputs;
import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.PostBody;
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
 * rendered {@code title}, {@code excerpt} and {@code content}; merge writes the translated content as HTML,
 * the post JSON with those fields (and its link) replaced and its {@code id} recorded as {@code translation_of},
 * everything else byte for byte, and the body to POST to WordPress ({@link PostBody}).
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

    /**
     * The posts of a JSON text (a post object, or an array of them) read in {@code charset}, after a mark when
     * {@code bom}, from their rendered fields (raw ones or not).
     */
    public List<SourceDocument> read(Path file, String text, Charset charset, boolean bom) throws InputException {
        return reader.read(file, text, charset, bom, PostJsonReader.Fields.RENDERED);
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
        MetaFields.Key meta = MetaFields.Key.of(field.key());
        if (meta != null) return MetaFields.note(meta);
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
    public boolean hasPostMeta() {
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

    /**
     * The translated content as an HTML page (always UTF-8), the post JSON in the post's own encoding, and the
     * body to POST to WordPress.
     */
    @Override
    public MergedOutputs outputs(OutputContext context) {
        SourceDocument document = context.document();
        List<DocumentMerger.Output> outputs = new ArrayList<>();
        contentPage(context.suffix(), context.merged().get("content"), outputs);
        outputs.add(new DocumentMerger.Output(context.suffix() + ".json",
                document.encode(PostJsonWriter.write(document, context.merged(), context.targetLink()))));
        outputs.add(postBody(context.suffix(), document, context.merged()));
        return MergedOutputs.of(outputs);
    }

    /** The {@code .html} of a post: its translated content, when it has content. */
    static void contentPage(String suffix, String content, List<DocumentMerger.Output> outputs) {
        // HTML has no way to write half a surrogate pair (a reference to one is a parse error): U+FFFD, as browsers show it
        if (content != null) {
            outputs.add(new DocumentMerger.Output(suffix + ".html",
                    LoneSurrogates.replaced(content).getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The {@code .post.json}: what to POST to {@code /wp/v2/posts} (or {@code /pages}) to publish the translation. */
    static DocumentMerger.Output postBody(String suffix, SourceDocument document, Map<String, String> merged) {
        return new DocumentMerger.Output(suffix + ".post.json", PostBody.write(document, merged));
    }
}
