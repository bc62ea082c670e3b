package net.wpxliff.push;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The block widgets WordPress puts in a new site's sidebars (a search box, "Recent Posts", "Recent Comments", "Archives",
 * "Categories": {@code wp_install_defaults}), as a site made in English or in Korean holds them (WordPress's ko_KR
 * language pack gives the headings). Nobody wrote them: a Korean site's copy stands for the English site's same default
 * (translated in place, not doubled), and without a push record they are no editor's widgets to keep push out.
 */
final class DefaultWidgets {
    /** Each default's content by name, with {@code %s} for its heading. */
    private static final Map<String, String> CONTENTS = Map.of(
            "search", "<!-- wp:search /-->",
            "Recent Posts", group("%s", "<!-- wp:latest-posts /-->"),
            "Recent Comments", group("%s", "<!-- wp:latest-comments {\"displayAvatar\":false,\"displayDate\":false,"
                    + "\"displayExcerpt\":false} /-->"),
            "Archives", group("%s", "<!-- wp:archives /-->"),
            "Categories", group("%s", "<!-- wp:categories /-->"));

    /** The headings in the Korean locale. */
    private static final Map<String, String> KOREAN = Map.of("Recent Posts", "최근 글", "Recent Comments", "최근 댓글",
            "Archives", "글목록", "Categories", "카테고리");

    /** Every default's content, in English and in Korean, to its name. */
    private static final Map<String, String> KNOWN = new LinkedHashMap<>();

    static {
        CONTENTS.forEach((name, content) -> {
            KNOWN.put(String.format(content, name), name);
            KNOWN.put(String.format(content, KOREAN.getOrDefault(name, name)), name);
        });
    }

    private DefaultWidgets() {
    }

    private static String group(String heading, String block) {
        return "<!-- wp:group --><div class=\"wp-block-group\"><!-- wp:heading --><h2>" + heading + "</h2><!-- /wp:heading -->"
                + block + "</div><!-- /wp:group -->";
    }

    /** Which default a block widget's settings ({@code instance.raw}) are, in either language; null when none. */
    static String which(JsonNode settings) {
        JsonNode content = settings.path("content");
        return content.isTextual() && settings.size() == 1 ? KNOWN.get(content.asText()) : null;
    }

    /** Whether both settings are the same default, whatever language each is in. */
    static boolean same(JsonNode a, JsonNode b) {
        String which = which(a);
        return which != null && which.equals(which(b));
    }
}
