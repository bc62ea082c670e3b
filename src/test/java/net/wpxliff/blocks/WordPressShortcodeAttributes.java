package net.wpxliff.blocks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A shortcode's attributes read as WordPress's shortcode_parse_atts() reads them: what a merged value must survive. */
final class WordPressShortcodeAttributes {
    /** WordPress's shortcode_parse_atts() pattern. */
    private static final Pattern PATTERN = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"(?:\\s|$)|([\\w-]+)\\s*=\\s*'([^']*)'"
            + "(?:\\s|$)|([\\w-]+)\\s*=\\s*([^\\s'\"]+)(?:\\s|$)|\"([^\"]*)\"(?:\\s|$)|'([^']*)'(?:\\s|$)|(\\S+)(?:\\s|$)");

    private WordPressShortcodeAttributes() {
    }

    /** The named attributes of a shortcode's attribute text, lower-cased names, in order (it maps NBSP and ZWSP to spaces first, as WordPress does). */
    static Map<String, String> of(String text) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher m = PATTERN.matcher(text.replace('\u00a0', ' ').replace('\u200b', ' '));
        while (m.find()) {
            if (m.group(1) != null) found.put(m.group(1).toLowerCase(), m.group(2));
            else if (m.group(3) != null) found.put(m.group(3).toLowerCase(), m.group(4));
            else if (m.group(5) != null) found.put(m.group(5).toLowerCase(), m.group(6));
        }
        return found;
    }
}
