package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.PostBody;
import net.wpxliff.unit.LoneSurrogates;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the two WordPress REST post formats share (public rendered JSON, and {@code context=edit} JSON read from
 * its raw fields): the post JSON reader, the fields' notes, how a document is named and found, and the
 * {@code .html} and {@code .post.json} merge writes. The formats differ in which fields they read and what
 * their {@code .json} holds.
 */
abstract sealed class PostJsonFormat implements DocumentFormat permits RawPostFormat, RenderedPostFormat {
    final PostJsonReader reader = new PostJsonReader();

    /**
     * The one post of a text export embedded (or read again), read with {@code which} fields in the bytes it
     * was read in, under {@code name}.
     */
    final SourceDocument single(Path path, String text, Charset charset, boolean bom, PostJsonReader.Fields which,
                                String name) throws InputException {
        List<SourceDocument> posts;
        try {
            posts = reader.read(path, text, charset, bom, which);
        } catch (InputException e) {
            throw new InputException("the embedded source cannot be read (" + e.getMessage() + ")", e);
        }
        if (posts.size() != 1) {
            throw new InputException("the embedded source holds " + posts.size() + " posts, expected one");
        }
        SourceDocument post = posts.get(0);
        return new SourceDocument(post.origin(), post.kind(), name, post.text(), post.charset(), post.bom(),
                post.postId(), post.link(), post.guid(), post.fields(), post.notes());
    }

    @Override
    public final String fieldNote(Field field) {
        MetaFields.Key meta = MetaFields.Key.of(field.key());
        if (meta != null) return MetaFields.note(meta);
        TermFields.Key term = TermFields.Key.of(field.key());
        if (term != null) return TermFields.note(term);
        if (FeaturedImageFields.is(field.key())) return FeaturedImageFields.note(field.key());
        if (FootnoteFields.is(field.key())) return FootnoteFields.note();
        return switch (field.key()) {
            case "title" -> "post title";
            case "excerpt" -> "post excerpt";
            default -> "post content";
        };
    }

    @Override
    public final boolean wholePage() {
        return false;
    }

    @Override
    public final boolean identifiedById() {
        return true;
    }

    @Override
    public final boolean hasPostMeta() {
        return true;
    }

    @Override
    public final String category() {
        return "wordpress-post";
    }

    @Override
    public final String extension() {
        return ".json";
    }

    @Override
    public final String describe(SourceDocument document) {
        return "WordPress post " + (document.postId() == null ? document.name() : document.postId())
                + " (" + document.name() + ")";
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
        // a template or part is saved by its id (push's own path), never created as a post
        ThemeTemplates template = ThemeTemplates.of(document);
        String body = template != null ? template.bodySuffix() : ".post.json";
        return new DocumentMerger.Output(suffix + body, PostBody.write(document, merged));
    }
}
