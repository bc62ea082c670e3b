package net.wpxliff.push;

import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a term's name or description, or the site title or tagline, that push finds on the target site without a
 * push record entry may be replaced by the translation without losing anyone's text: it is empty, the English text
 * exactly (a copy nobody translated), or what WordPress itself wrote there (the default category's name, a site's
 * default tagline, in English or in the target's language). Anything else may be an editor's translation, which
 * without the record cannot be told from a push's ({@link UnrecordedTargets}). Compared as text: WordPress stores
 * these escaped.
 */
final class LosslessReplacement {
    /**
     * The name WordPress gives the default category: English, and the Korean locale's (WordPress's ko_KR language pack:
     * a site installed in Korean has "미분류").
     */
    private static final Set<String> DEFAULT_CATEGORY = Set.of("Uncategorized", "미분류");

    /**
     * The tagline WordPress set on a new site before 6.1 (since, it leaves it empty): "Just another WordPress site",
     * "Just another NETWORK site" on a multisite, and the Korean locale's forms of both.
     */
    private static final Pattern DEFAULT_TAGLINE = Pattern.compile("Just another .{1,200} site|다른 워드프레스 (?:.{1,200} )?사이트");

    private LosslessReplacement() {
    }

    /**
     * Whether replacing a term's field found there loses nothing.
     *
     * @param there  the field as the target holds it
     * @param source the English text of the field, or null when the body does not say (merged before it was written)
     */
    static boolean ofTerm(String taxonomy, String field, String there, String source) {
        if (nothingOf(there, source)) return true;
        return taxonomy.equals("category") && field.equals("name") && DEFAULT_CATEGORY.contains(text(there).strip());
    }

    /**
     * Whether replacing the site's title or tagline ({@code description}) found there loses nothing. A title may also be
     * the English one marked with the target's language ({@code Test Blog (ko)}, {@code Test Blog – Korean}): what the
     * Korean site was named when it was made, before anyone translated it.
     *
     * @param source         the English text, or null when the body does not say
     * @param targetLanguage the target site's language ({@code ko_KR})
     */
    static boolean ofSettings(String field, String there, String source, String targetLanguage) {
        if (nothingOf(there, source)) return true;
        if (field.equals("description")) return DEFAULT_TAGLINE.matcher(text(there).strip()).matches();
        return source != null && field.equals("title") && markedCopy(text(source).strip(), targetLanguage)
                .matcher(text(there).strip()).matches();
    }

    private static boolean nothingOf(String there, String source) {
        return text(there).isBlank() || source != null && text(source).equals(text(there));
    }

    /** The English title followed by a name of the target's language: its code, or its name in English or in itself. */
    private static Pattern markedCopy(String source, String targetLanguage) {
        Locale locale = Locale.forLanguageTag(targetLanguage.replace('_', '-'));
        List<String> labels = new ArrayList<>(List.of(targetLanguage, targetLanguage.replace('_', '-')));
        if (!locale.getLanguage().isEmpty()) {
            labels.add(locale.getLanguage());
            labels.add(locale.getDisplayLanguage(Locale.ENGLISH));
            labels.add(locale.getDisplayLanguage(locale));
        }
        StringBuilder label = new StringBuilder();
        for (String each : labels) {
            if (each.isEmpty()) continue;
            label.append(label.isEmpty() ? "" : "|").append(Pattern.quote(each));
        }
        String name = "(?:" + label + ")";
        return Pattern.compile(Pattern.quote(source) + "(?:\\s*[-–—|:·/]\\s*|\\s+|\\s*(?=[(\\[]))(?:\\(" + name + "\\)|\\["
                + name + "]|" + name + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String text(String html) {
        return Parser.unescapeEntities(html, false);
    }
}
