package net.wpxliff.extract;

import java.util.Set;

/**
 * One shortcode tag of editor text, as WordPress's shortcode grammar reads it: {@code [name attrs]},
 * {@code [name attrs /]}, {@code [/name]}, or escaped, {@code [[name]]} (shown as the literal {@code [name]}).
 * An opening tag encloses content when a {@code [/name]} follows (the first one, as WordPress's pattern takes).
 *
 * @param name    the tag name as written
 * @param closing {@code [/name]}
 * @param selfClosing {@code [name /]}
 * @param escaped {@code [[…]]}: text, not a shortcode
 */
record Shortcode(String name, boolean closing, boolean selfClosing, boolean escaped) {

    /** What translators may change in and around a shortcode. */
    enum Role {
        /** {@code [caption]}, {@code [wp_caption]}: the tags and the (linked) image are protected, the caption text is not. */
        CAPTION,
        /** Media and embeds: the tags and everything they enclose (a URL, fallback markup) are one protected code. */
        WHOLE,
        /** Any other shortcode: the tags are protected (paired codes around what they enclose), the text is translated. */
        TAGS
    }

    private static final Set<String> CAPTIONS = Set.of("caption", "wp_caption");
    private static final Set<String> WHOLE = Set.of("embed", "video", "audio", "playlist", "gallery");

    /** Reads a tag matched by the scanner ({@code raw} starts with {@code [} and ends with {@code ]}), or null. */
    static Shortcode parse(String raw) {
        if (raw.length() < 3 || raw.charAt(0) != '[' || raw.charAt(raw.length() - 1) != ']') return null;
        boolean escaped = raw.startsWith("[[") && raw.endsWith("]]");
        int i = escaped ? 2 : 1;
        boolean closing = i < raw.length() && raw.charAt(i) == '/';
        if (closing) i++;
        int nameStart = i;
        while (i < raw.length() && (Character.isLetterOrDigit(raw.charAt(i)) || raw.charAt(i) == '_' || raw.charAt(i) == '-')) i++;
        if (i == nameStart) return null;
        String inner = raw.substring(0, raw.length() - (escaped ? 2 : 1));
        boolean selfClosing = !closing && inner.endsWith("/");
        return new Shortcode(raw.substring(nameStart, i), closing, selfClosing, escaped);
    }

    /** True for a tag that may enclose content: an opening tag, not escaped, not self-closing. */
    boolean opens() {
        return !closing && !selfClosing && !escaped;
    }

    /** True for a closing tag with nothing but its name ({@code [/name]}), the only form that ends an enclosure. */
    boolean isExactClosing(String raw) {
        return closing && !escaped && raw.equals("[/" + name + "]");
    }

    Role role() {
        // names are case-sensitive in WordPress: [Gallery] is not [gallery]
        if (CAPTIONS.contains(name)) return Role.CAPTION;
        return WHOLE.contains(name) ? Role.WHOLE : Role.TAGS;
    }

    /** A short hint for translators: the tag without its attributes. */
    String label() {
        String tag = (closing ? "/" : "") + name + (selfClosing ? " /" : "");
        return escaped ? "[[" + tag + "]]" : "[" + tag + "]";
    }
}
