package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergedOutputs;
import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.PostJsonWriter;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A post or page as the WordPress REST API serves it publicly ({@code context=view}): its fields are the
 * rendered {@code title}, {@code excerpt} and {@code content}; merge writes the translated content as HTML,
 * the post JSON with those fields (and its link) replaced and its {@code id} recorded as {@code translation_of},
 * everything else byte for byte, and the body to POST to WordPress ({@link PostBody}).
 */
public final class RenderedPostFormat extends PostJsonFormat {
    public static final RenderedPostFormat INSTANCE = new RenderedPostFormat();

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
        return single(embedded.path(), embedded.text(), embedded.charset(), embedded.bom(), PostJsonReader.Fields.RENDERED,
                embedded.outputName());
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
}
