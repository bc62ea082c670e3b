package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergedOutputs;
import net.wpxliff.merge.OutputContext;
import net.wpxliff.merge.PostJsonWriter;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What the formats of the site-wide files pull writes share (the settings, a classic menu, the sidebar widgets: one JSON
 * file each, not a post): export reads the file's strings as fields; merge writes the file back with those strings
 * translated ({@code menu-main.ko.json}) and the body push sends ({@code menu-main.ko.menu.json}), which each format
 * makes its own way.
 */
public abstract class SiteJsonFormat implements DocumentFormat {
    /**
     * The member that marks pull's own files ({@code "wpxliff":"menu"}): how they are told from posts. It is found
     * wherever it stands in the top-level object and however the file is formatted (a copy pretty-printed by an
     * editor is the same file), by the post reader as it reads the top-level members anyway.
     */
    public static final String MARK_KEY = "wpxliff";
    /** The formats whose files pull marks, which the reader recognises by their mark alone. */
    static final List<SiteJsonFormat> MARKED = List.of(MenuFormat.INSTANCE, WidgetsFormat.INSTANCE, TermsFormat.INSTANCE);

    /** The value of the mark this format's files hold, or null when they have none (the settings: as served). */
    String markValue() {
        return null;
    }

    /** The marked format whose mark has this value, or null. */
    static SiteJsonFormat marked(String markValue) {
        for (SiteJsonFormat format : MARKED) if (format.markValue().equals(markValue)) return format;
        return null;
    }

    /** The mark values there are, for a message ({@code menu, widgets, terms}). */
    static String markValues() {
        return String.join(", ", MARKED.stream().map(SiteJsonFormat::markValue).toList());
    }

    /** The document of a file's text, exactly as export reads it. */
    abstract SourceDocument read(Path file, String text, Charset charset, boolean bom) throws InputException;

    /** What the body's file name ends with after the target suffix ({@code .menu.json}). */
    abstract String bodySuffix();

    /** The body push sends, from the merged strings in the context. */
    abstract byte[] body(OutputContext context);

    @Override
    public final SourceDocument restore(EmbeddedDocument embedded) throws InputException {
        SourceDocument read;
        try {
            read = read(embedded.path(), embedded.text(), embedded.charset(), embedded.bom());
        } catch (InputException e) {
            throw new InputException("the embedded source cannot be read (" + e.getMessage() + ")", e);
        }
        return new SourceDocument(read.origin(), read.kind(), embedded.outputName(), read.text(), read.charset(),
                read.bom(), null, read.link(), null, read.fields());
    }

    @Override
    public final String extension() {
        return ".json";
    }

    /** The file with the translated strings, and the body push sends. */
    @Override
    public final MergedOutputs outputs(OutputContext context) {
        SourceDocument document = context.document();
        return MergedOutputs.of(List.of(
                new DocumentMerger.Output(context.suffix() + ".json",
                        document.encode(PostJsonWriter.write(document, context.merged(), null))),
                new DocumentMerger.Output(context.suffix() + bodySuffix(), body(context))));
    }
}
