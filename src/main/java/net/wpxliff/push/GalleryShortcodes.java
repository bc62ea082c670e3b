package net.wpxliff.push;

import net.wpxliff.blocks.SourceRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code [gallery]} shortcodes of raw content, read as WordPress's {@code get_shortcode_regex} and
 * {@code shortcode_parse_atts} read them: a gallery names its images by media library id ({@code ids="769,767"}, or
 * {@code include=}), ids of the source site, or (without either) shows the images attached to its post. WordPress
 * expands them when it renders, so rendered content has none.
 */
final class GalleryShortcodes {
    /** {@code [gallery …]}, not {@code [[gallery …]]} (escaped: shown as text); group 1 the attributes. */
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\[(\\[?)gallery(?![\\w-])([^\\]/]*(?:/(?!\\])[^\\]/]*)*?)(?:/\\]|\\])(\\]?)");
    /** One attribute as {@code shortcode_parse_atts} reads it: name="v", name='v', name=v, or a bare value. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([\\w-]+)\\s*=\\s*\"([^\"]*)\"(?:\\s|$)|([\\w-]+)\\s*=\\s*'([^']*)'(?:\\s|$)|([\\w-]+)\\s*=\\s*([^\\s'\"]+)(?:\\s|$)"
                    + "|\"[^\"]*\"(?:\\s|$)|'[^']*'(?:\\s|$)|\\S+(?:\\s|$)");
    private static final Pattern ID_LIST = Pattern.compile("\\s*\\d{1,18}\\s*(,\\s*\\d{1,18}\\s*)*");

    private GalleryShortcodes() {
    }

    /**
     * A gallery's list of ids.
     *
     * @param value where the list is (inside its quotes), the part a rewrite replaces
     * @param ids   the ids in order; empty when the value is not a plain list of ids (then it cannot be mapped)
     */
    record IdList(SourceRange value, List<Long> ids) {
    }

    /**
     * @param lists     the id lists, in document order
     * @param attached  how many galleries name no image: they show the images attached to the post
     */
    record Found(List<IdList> lists, int attached) {
    }

    static Found in(String content) {
        List<IdList> lists = new ArrayList<>();
        int attached = 0;
        if (!content.contains("[gallery")) return new Found(lists, 0);
        Matcher shortcode = SHORTCODE.matcher(content);
        while (shortcode.find()) {
            if (shortcode.group(1).equals("[") && shortcode.group(3).equals("]")) continue; // [[gallery]]: text
            String attributes = shortcode.group(2);
            int offset = shortcode.start(2);
            List<IdList> own = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(attributes.replace('\u00a0', ' ')); // WordPress reads NBSP as space
            while (attribute.find()) {
                for (int group = 1; group <= 5; group += 2) {
                    String name = attribute.group(group);
                    if (name == null) continue;
                    name = name.toLowerCase(Locale.ROOT);
                    if (!name.equals("ids") && !name.equals("include")) continue;
                    int start = offset + attribute.start(group + 1), end = offset + attribute.end(group + 1);
                    own.add(new IdList(new SourceRange(start, end), ids(content.substring(start, end))));
                }
            }
            if (own.isEmpty()) attached++;
            lists.addAll(own);
        }
        return new Found(lists, attached);
    }

    /** The ids of a plain list ({@code 769, 767}), or none when it is anything else. */
    private static List<Long> ids(String value) {
        if (!ID_LIST.matcher(value).matches()) return List.of();
        List<Long> ids = new ArrayList<>();
        for (String id : value.split(",")) ids.add(Long.parseLong(id.strip()));
        return ids;
    }

    /** The content with each list replaced by its new ids ({@code lists} in document order), comma-separated. */
    static String rewrite(String content, List<IdList> lists, List<List<Long>> replacements) {
        StringBuilder out = new StringBuilder(content.length());
        int copied = 0;
        for (int i = 0; i < lists.size(); i++) {
            SourceRange value = lists.get(i).value();
            out.append(content, copied, value.start());
            List<Long> ids = replacements.get(i);
            for (int k = 0; k < ids.size(); k++) out.append(k == 0 ? "" : ",").append(ids.get(k));
            copied = value.end();
        }
        return out.append(content, copied, content.length()).toString();
    }
}
