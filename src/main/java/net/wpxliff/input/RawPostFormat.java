package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergeException;
import net.wpxliff.merge.MergedOutputs;
import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.PostJsonWriter;
import net.wpxliff.merge.Problem;
import net.wpxliff.merge.RenderedFill;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A post or page with its raw fields, as the REST API gives it to an editor ({@code context=edit}): its fields
 * are the raw {@code title} (HTML), {@code excerpt} and {@code content} (what editors and the REST API write:
 * Gutenberg blocks, blank-line paragraphs, shortcodes), so that the translation goes back into WordPress as
 * its own editor would have saved it. The same post's rendered fields are filled from the raw translations
 * ({@link RenderedFill}). Merge writes the translated rendered content as HTML, the post JSON with the raw and
 * the rendered fields (and its link) replaced and its {@code id} recorded as {@code translation_of}, and the
 * body to POST to WordPress, with the raw fields.
 */
public final class RawPostFormat implements DocumentFormat {
    public static final RawPostFormat INSTANCE = new RawPostFormat();

    private final PostJsonReader reader = new PostJsonReader();

    private RawPostFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_POST_RAW;
    }

    @Override
    public SourceDocument restore(EmbeddedDocument embedded) throws InputException {
        return single(reader, embedded.path(), embedded.text(), embedded, PostJsonReader.Fields.RAW, embedded.outputName());
    }

    /**
     * The same post read from its rendered fields ({@code WP_POST}, spans in the same text): what merge fills
     * from the translations of the raw fields. Its excerpt is left out when WordPress generated it, as in the
     * raw post; it may have no field at all (a post with raw fields only).
     */
    public SourceDocument renderedView(SourceDocument raw) throws InputException {
        EmbeddedDocument same = new EmbeddedDocument(path(raw.origin()), raw.origin(), raw.name(), raw.text(),
                raw.charset(), raw.bom());
        return single(reader, same.path(), raw.text(), same, PostJsonReader.Fields.RENDERED_OF_RAW, raw.name());
    }

    /** The one post of an embedded text, with the origin and name recorded for it. */
    private static SourceDocument single(PostJsonReader reader, Path path, String text, EmbeddedDocument embedded,
                                         PostJsonReader.Fields which, String name) throws InputException {
        List<SourceDocument> posts;
        try {
            // written back in the bytes it was read in
            posts = reader.read(path, text, embedded.charset(), embedded.bom(), which);
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

    private static Path path(String origin) {
        try {
            return Path.of(origin);
        } catch (InvalidPathException e) {
            return Path.of("post");
        }
    }

    @Override
    public String fieldNote(Field field) {
        return RenderedPostFormat.INSTANCE.fieldNote(field);
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
        return RenderedPostFormat.INSTANCE.category();
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public String describe(SourceDocument document) {
        return RenderedPostFormat.INSTANCE.describe(document);
    }

    /**
     * The filled rendered content as an HTML page, the post JSON with both the raw and the rendered fields
     * translated, and the body to POST to WordPress (raw fields).
     */
    @Override
    public MergedOutputs outputs(OutputContext context) throws MergeException {
        SourceDocument post = context.document();
        SourceDocument rendered;
        try {
            rendered = renderedView(post);
        } catch (InputException e) {
            throw new MergeException(context.file(), List.of(new Problem(null, -1, e.getMessage())));
        }
        RenderedFill.Filled filled = new RenderedFill(context.options(), context.sourceLanguage(),
                context.targetLanguage(), context.extractor()).fill(rendered, context.translations());
        List<DocumentMerger.Output> outputs = new ArrayList<>();
        RenderedPostFormat.contentPage(context.suffix(), filled.fields().get("content"), outputs);
        String json = PostJsonWriter.write(post.text(), List.of(new PostJsonWriter.FieldValues(post, context.merged()),
                new PostJsonWriter.FieldValues(rendered, filled.fields())), context.targetLink());
        outputs.add(new DocumentMerger.Output(context.suffix() + ".json", post.encode(json)));
        outputs.add(RenderedPostFormat.postBody(context.suffix(), post, context.merged()));
        return new MergedOutputs(outputs, filled.warnings());
    }
}
