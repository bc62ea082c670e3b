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
public final class RawPostFormat extends PostJsonFormat {
    public static final RawPostFormat INSTANCE = new RawPostFormat();

    private RawPostFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.WP_POST_RAW;
    }

    @Override
    public SourceDocument restore(EmbeddedDocument embedded) throws InputException {
        return single(embedded.path(), embedded.text(), embedded.charset(), embedded.bom(), PostJsonReader.Fields.RAW,
                embedded.outputName());
    }

    /**
     * The same post read from its rendered fields ({@code WP_POST}, spans in the same text): what merge fills
     * from the translations of the raw fields. Its excerpt is left out when WordPress generated it, as in the
     * raw post; it may have no field at all (a post with raw fields only).
     */
    public SourceDocument renderedView(SourceDocument raw) throws InputException {
        return single(path(raw.origin()), raw.text(), raw.charset(), raw.bom(), PostJsonReader.Fields.RENDERED_OF_RAW,
                raw.name());
    }

    private static Path path(String origin) {
        try {
            return Path.of(origin);
        } catch (InvalidPathException e) {
            return Path.of("post");
        }
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
        contentPage(context.suffix(), filled.fields().get("content"), outputs);
        String json = PostJsonWriter.write(post.text(), List.of(new PostJsonWriter.FieldValues(post, context.merged()),
                new PostJsonWriter.FieldValues(rendered, filled.fields())), context.targetLink());
        outputs.add(new DocumentMerger.Output(context.suffix() + ".json", post.encode(json)));
        outputs.add(postBody(context.suffix(), post, context.merged()));
        return new MergedOutputs(outputs, filled.warnings());
    }
}
