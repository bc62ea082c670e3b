package net.wpxliff.input;

/**
 * A block theme's template parts as a site keeps them once an editor changed them (a header, a footer: the post type
 * {@code wp_template_part}, {@code GET /wp/v2/template-parts}, ids such as {@code twentytwentythree//footer}). They are
 * read as any post with raw fields; only their name ({@code template-part-footer}, apart from a post of that slug) and
 * the body merge writes for them ({@code .template-part.json}: push saves them by their id, not as posts) differ.
 */
public final class TemplateParts {
    /** Their post type. */
    public static final String TYPE = "wp_template_part";
    /** What a template part's document name starts with. */
    public static final String NAME_PREFIX = "template-part-";
    /** The member pull adds: the REST root the part came from (push never writes it back to that site). */
    public static final String SOURCE = "wpxliff_source";
    /** What the body merge writes for one ends with after the target suffix: {@code template-part-footer.ko.template-part.json}. */
    public static final String BODY_SUFFIX = ".template-part.json";

    private TemplateParts() {
    }

    /** Whether the document is a template part. */
    public static boolean is(SourceDocument document) {
        return document.name().startsWith(NAME_PREFIX) && document.text().contains("\"type\":\"" + TYPE + "\"");
    }
}
