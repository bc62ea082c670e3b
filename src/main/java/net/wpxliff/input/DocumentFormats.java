package net.wpxliff.input;

import java.util.List;

/** Every document format, looked up by the name recorded in a document or a signed payload. */
public final class DocumentFormats {
    private static final List<DocumentFormat> ALL = List.of(RenderedPostFormat.INSTANCE, HtmlPageFormat.INSTANCE,
            RawPostFormat.INSTANCE, SiteSettingsFormat.INSTANCE, MenuFormat.INSTANCE, WidgetsFormat.INSTANCE,
            TermsFormat.INSTANCE);

    private DocumentFormats() {
    }

    public static DocumentFormat of(SourceDocument.Kind kind) {
        for (DocumentFormat format : ALL) if (format.kind() == kind) return format;
        throw new IllegalStateException("no document format for " + kind);
    }

    /** The format a payload's {@code kind} names, or null when none does. */
    public static DocumentFormat named(String kind) {
        for (DocumentFormat format : ALL) if (format.kind().name().equals(kind)) return format;
        return null;
    }
}
