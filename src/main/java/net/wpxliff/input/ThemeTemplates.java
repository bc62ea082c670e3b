package net.wpxliff.input;

import java.nio.file.Path;

/**
 * A block theme's templates and template parts as a site keeps them once an editor changed them in the site editor
 * (a footer's own copyright line, a 404 page's text): posts of type {@code wp_template_part} or {@code wp_template}
 * ({@code /wp/v2/template-parts}, {@code /wp/v2/templates}, ids such as {@code twentytwentythree//footer}). They are read
 * as any post with raw fields; only their name ({@code template-part-footer}, {@code template-404}: apart from a post of
 * that slug), their title (it names them in the site editor only: no unit) and the body merge writes for them
 * ({@code .template-part.json}, {@code .template.json}: push saves them by their id, never as posts) differ.
 */
public enum ThemeTemplates {
    PART("wp_template_part", "/wp/v2/template-parts", "template-part-", ".template-part.json", "template part"),
    TEMPLATE("wp_template", "/wp/v2/templates", "template-", ".template.json", "template");

    /** The member pull adds: the REST root it came from (push never writes it back to that site). */
    public static final String SOURCE = "wpxliff_source";

    private final String type;
    private final String route;
    private final String namePrefix;
    private final String bodySuffix;
    private final String what;

    ThemeTemplates(String type, String route, String namePrefix, String bodySuffix, String what) {
        this.type = type;
        this.route = route;
        this.namePrefix = namePrefix;
        this.bodySuffix = bodySuffix;
        this.what = what;
    }

    /** Their post type ({@code wp_template_part}). */
    public String type() {
        return type;
    }

    /** Their REST collection route, and what {@code pull --type} names ({@code template-parts}). */
    public String route() {
        return route;
    }

    /** What a document name starts with ({@code template-part-}). */
    public String namePrefix() {
        return namePrefix;
    }

    /** What merge's body for one ends with after the target suffix ({@code .template-part.json}). */
    public String bodySuffix() {
        return bodySuffix;
    }

    /** One in words ({@code template part}). */
    public String what() {
        return what;
    }

    /** The kind of this post type, or null for any other. */
    public static ThemeTemplates ofType(String type) {
        for (ThemeTemplates kind : values()) if (kind.type.equals(type)) return kind;
        return null;
    }

    /** The kind of this REST route, or null for any other. */
    public static ThemeTemplates ofRoute(String route) {
        for (ThemeTemplates kind : values()) if (kind.route.equals(route)) return kind;
        return null;
    }

    /** The kind of the document, or null when it is no template or part. */
    public static ThemeTemplates of(SourceDocument document) {
        // the name first: only a document named as one (template-part-footer) is worth a look at its type
        boolean named = false;
        for (ThemeTemplates kind : values()) named |= document.name().startsWith(kind.namePrefix);
        if (!named) return null;
        // its top-level type as the post reader read it, however the JSON is formatted (a pretty-printed copy too)
        ThemeTemplates kind = ofType(TopLevelMember.string(document.text(), "type"));
        return kind != null && document.name().startsWith(kind.namePrefix) ? kind : null;
    }

    /** The kind whose merged body this file's name is, or null. */
    public static ThemeTemplates ofBody(Path file) {
        String name = file.getFileName().toString();
        for (ThemeTemplates kind : values()) if (name.endsWith(kind.bodySuffix)) return kind;
        return null;
    }
}
