package net.wpxliff.input;

import net.wpxliff.merge.DocumentMerger;
import net.wpxliff.merge.MergedOutputs;
import net.wpxliff.merge.OutputContext;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** A whole HTML page ({@code .html}), in its own encoding: one field, {@code html}, the page itself. */
final class HtmlPageFormat implements DocumentFormat {
    public static final HtmlPageFormat INSTANCE = new HtmlPageFormat();

    private HtmlPageFormat() {
    }

    @Override
    public SourceDocument.Kind kind() {
        return SourceDocument.Kind.HTML_PAGE;
    }

    /**
     * Reads a page in the encoding its bytes declare; refuses one that could not be written back byte for byte, and one
     * in UTF-16 without a byte order mark, which no reader can tell.
     */
    public SourceDocument read(Path file, byte[] bytes) throws InputException {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes);
        String wide = decoded.bom() ? null : HtmlDecoder.unmarkedUtf16(bytes);
        if (wide != null) {
            throw new InputException(file + ": the page looks like " + wide + " without a byte order mark (every second"
                    + " byte is zero): no browser can tell that encoding without one, as HTML finds a <meta charset> only"
                    + " in bytes read one to a character, and read otherwise it is garbage; save the page as UTF-8, or as "
                    + wide + " with a byte order mark");
        }
        int lossy = HtmlDecoder.firstLossyByte(bytes, decoded);
        if (lossy >= 0) {
            throw new InputException(file + ": byte " + lossy + " (0x" + String.format("%02X", bytes[lossy] & 0xFF)
                    + ") is not a character in " + decoded.charset().name() + ", so the page could not be written back"
                    + " byte for byte; fix or remove it, or save the page as UTF-8");
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        return page(file.toString(), name, decoded.text(), decoded.charset(), decoded.bom());
    }

    @Override
    public SourceDocument restore(EmbeddedDocument embedded) {
        // outputs are named as export named them (its recorded name), never by the order files are read in
        return page(embedded.origin(), embedded.outputName(), embedded.text(), embedded.charset(), embedded.bom());
    }

    private SourceDocument page(String origin, String name, String text, Charset charset, boolean bom) {
        return new SourceDocument(origin, kind(), name, text, charset, bom, null, null, null,
                List.of(new Field("html", text, -1, -1)));
    }

    @Override
    public String fieldNote(Field field) {
        return "page";
    }

    @Override
    public boolean wholePage() {
        return true;
    }

    @Override
    public boolean identifiedById() {
        return false;
    }

    @Override
    public String category() {
        return "html-page";
    }

    @Override
    public String extension() {
        return ".html";
    }

    @Override
    public String describe(SourceDocument document) {
        return "HTML page " + document.name();
    }

    /** The translated page, in the page's own encoding (and byte order mark). */
    @Override
    public MergedOutputs outputs(OutputContext context) {
        return MergedOutputs.of(List.of(new DocumentMerger.Output(context.suffix() + ".html",
                context.document().encode(context.merged().get("html")))));
    }
}
