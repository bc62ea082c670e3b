package net.wpxliff.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses WordPress embeds from editor text: its {@code autoembed} filter, which runs on every post's content
 * (classic and block), replaces a URL alone on its own line with the provider's player or quote. Such a URL is the
 * embed, not text: translated, it would embed something else or nothing, so it is a protected code.
 */
final class EmbedLines {
    /** WordPress's pattern ({@code WP_Embed::autoembed}): a line holding one http(s) URL and white space. */
    private static final Pattern URL_LINE = Pattern.compile("(?im)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

    private EmbedLines() {
    }

    /**
     * The URLs alone on their line in {@code [from, to)} of {@code source}, as {@code {start, end}} offsets in the
     * source; a line must start and end there in the whole source, not just in the range.
     */
    static List<int[]> in(String source, int from, int to) {
        String range = source.substring(from, to);
        if (!mayHold(range)) return List.of();
        List<int[]> found = new ArrayList<>();
        Matcher m = URL_LINE.matcher(range);
        while (m.find()) {
            if (m.start() == 0 && !lineStartsAt(source, from)) continue;
            if (m.end() == range.length() && !lineEndsAt(source, to)) continue;
            found.add(new int[]{from + m.start(1), from + m.end(1)});
        }
        return found;
    }

    /** A quick test before the pattern: most text holds no address at all. */
    static boolean mayHold(String text) {
        return text.contains("://");
    }

    private static boolean lineStartsAt(String source, int at) {
        return at == 0 || source.charAt(at - 1) == '\n' || source.charAt(at - 1) == '\r';
    }

    private static boolean lineEndsAt(String source, int at) {
        return at == source.length() || source.charAt(at) == '\n' || source.charAt(at) == '\r';
    }
}
