package net.wpxliff.extract;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a shortcode from ordinary text in square brackets. Writers bracket words all the time ({@code [sic]},
 * {@code [citation needed]}, {@code The [Republican] President}); protecting those left them in English. WordPress
 * itself expands only registered names, which an export cannot know, so a bracketed run is a shortcode when it has
 * the shape shortcodes have by WordPress's and plugins' conventions:
 * <ul>
 *   <li>a core shortcode name ({@code caption}, {@code wp_caption}, {@code gallery}, {@code embed}, {@code audio},
 *       {@code video}, {@code playlist});</li>
 *   <li>an attribute with {@code =} ({@code [button url="…"]});</li>
 *   <li>a lowercase name with {@code -}, {@code _} or a digit ({@code [vc_row]}, {@code [contact-form-7 404]}), or any
 *       name with {@code _} ({@code [Sassy_Social_Share]}, {@code [RICH_REVIEWS_FORM]});</li>
 *   <li>the self-closing form ({@code [Foo /]});</li>
 *   <li>an opening tag whose closing tag {@code [/name]} is in the same text, or a closing tag whose opening tag is;</li>
 *   <li>a single lowercase or all-capitals word and nothing else ({@code [toc]}, {@code [TOC]}), unless it is one of
 *       the words editors bracket ({@code [sic]}, {@code [laughter]}).</li>
 * </ul>
 * Anything else (a capitalized word, several words without {@code =}) is text. Rendered HTML is read by the same
 * rules: a shortcode left there was not expanded (its plugin is off), and protecting what looks like one keeps it
 * intact should the plugin come back; the same rules on both sides also keep a raw unit and the rendered text made
 * from it alike for merge.
 *
 * <p>One instance reads one text (a post field): whether a tag's closing tag is in the same text is a fact about the
 * whole field, found once per field rather than once per bracketed run.
 */
final class ShortcodeShape {
    /** Core shortcodes: {@code [caption]} and its old name, media and embeds (names are case-sensitive). */
    private static final Set<String> CORE = Set.of("caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist");
    /** Editorial insertions written as one lowercase word in brackets: text, not a shortcode without attributes. */
    private static final Set<String> EDITORIAL = Set.of("sic", "ibid", "sp", "sics", "edit", "edited", "update", "updated",
            "note", "laughs", "laughter", "applause", "inaudible", "unintelligible", "crosstalk", "redacted", "sighs",
            "silence", "music", "pause");
    private static final Pattern LOWERCASE_WORD = Pattern.compile("[a-z]+");
    /** An all-capitals tag ({@code [TOC]}): plugins name shortcodes so; prose capitalizes only a word's first letter. */
    private static final Pattern UPPERCASE_WORD = Pattern.compile("[A-Z]{2,}");
    private static final Pattern CODED_NAME = Pattern.compile("[a-z0-9_-]*[0-9_-][a-z0-9_-]*");
    /** An attribute as WordPress's {@code shortcode_parse_atts} reads one: a name, {@code =}, a value. */
    private static final Pattern ATTRIBUTE = Pattern.compile("[\\w-]+\\s*=");

    /** The whole text the tags are in, where a tag's opening or closing tag may be. */
    private final String text;
    /** The names of the closing tags ({@code [/name]}) in the text, or null until needed. */
    private Set<String> closingNames;

    private ShortcodeShape(String text) {
        this.text = text;
    }

    /** The shapes of the bracketed runs in {@code text}, the whole text they are in (a post field). */
    static ShortcodeShape in(String text) {
        return new ShortcodeShape(text);
    }

    /** @param tag a bracketed run of the text the scanner matched ({@code [name …]}, {@code [/name]}, {@code [[name]]}) */
    boolean isShortcode(String tag) {
        Shortcode parsed = Shortcode.parse(tag);
        if (parsed == null) return false;
        String name = parsed.name();
        if (CORE.contains(name) || CODED_NAME.matcher(name).matches() || name.indexOf('_') >= 0) return true;
        if (parsed.selfClosing()) return true; // [name /] is shortcode syntax, never prose
        String attributes = attributes(tag, parsed);
        if (ATTRIBUTE.matcher(attributes).find()) return true;
        if (parsed.closing() ? opensIn(name) : closingNames().contains(name)) return true;
        return !parsed.closing() && attributes.isBlank() && (LOWERCASE_WORD.matcher(name).matches()
                || UPPERCASE_WORD.matcher(name).matches()) && !EDITORIAL.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The names of the closing tags in the text, found in one pass when first needed: a search of the whole text per
     * bracketed run was a few per cent of merge.
     */
    private Set<String> closingNames() {
        if (closingNames != null) return closingNames;
        Set<String> names = new HashSet<>();
        for (int at = text.indexOf("[/"); at >= 0; at = text.indexOf("[/", at + 2)) {
            int end = text.indexOf(']', at + 2);
            if (end > at + 2 && end - at < 200) names.add(text.substring(at + 2, end));
        }
        return closingNames = names;
    }

    /** What follows the name inside the brackets, without a self-closing slash. */
    private static String attributes(String tag, Shortcode parsed) {
        int brackets = parsed.escaped() ? 2 : 1;
        int from = brackets + (parsed.closing() ? 1 : 0) + parsed.name().length();
        String rest = tag.substring(Math.min(from, tag.length() - brackets), tag.length() - brackets);
        return parsed.selfClosing() ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** True when {@code [name} followed by a space, {@code ]} or {@code /} is in the text. */
    private boolean opensIn(String name) {
        String opening = "[" + name;
        for (int at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
            int after = at + opening.length();
            if (after < text.length() && (Character.isWhitespace(text.charAt(after)) || text.charAt(after) == ']'
                    || text.charAt(after) == '/')) return true;
        }
        return false;
    }
}
