package net.wpxliff.input;

/**
 * The start of the ids of a field's units: the key itself for the post's own fields ({@code title}); for a meta
 * field {@code meta.} and its name (a string of an array: {@code .n} after it); for a term's name {@code term.},
 * the taxonomy and the slug ({@code term.category.news}); for the featured image's texts {@code media.featured.} and
 * the text ({@code media.featured.alt_text}); for a footnote {@code footnote.} and its id; for a menu item's, widget's or taxonomy term's text the key with dots ({@code widget.text-2.title}). Characters an XLIFF 2 id (an XML name token) cannot hold
 * are written {@code :hex:}, so that every field keeps ids of its own.
 */
public final class FieldIds {
    private FieldIds() {
    }

    public static String unitIdPrefix(String fieldKey) {
        MetaFields.Key meta = MetaFields.Key.of(fieldKey);
        if (meta != null) return "meta." + idSafe(meta.name()) + (meta.index() >= 0 ? "." + (meta.index() + 1) : "");
        TermFields.Key term = TermFields.Key.of(fieldKey);
        if (term != null) return "term." + idSafe(term.taxonomy()) + "." + idSafe(term.slug());
        if (FeaturedImageFields.is(fieldKey)) return FeaturedImageFields.unitIdPrefix(fieldKey);
        if (FootnoteFields.is(fieldKey)) return FootnoteFields.unitIdPrefix(fieldKey);
        if (MenuFormat.is(fieldKey) || WidgetsFormat.is(fieldKey) || TermsFormat.is(fieldKey)) return fieldKey.replace('/', '.');
        return fieldKey;
    }

    private static String idSafe(String text) {
        StringBuilder id = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')) id.appendCodePoint(c);
            else id.append(':').append(Integer.toHexString(c)).append(':');
        });
        return id.toString();
    }
}
