package net.wpxliff.tm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test sentences written as HTML: {@code <b>}/{@code <strong>} bold, {@code <i>}/{@code <em>} italic, {@code <a …>} link, {@code <br/>} lb. */
final class TmTexts {
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)([^>]*?)(/?)>");

    private TmTexts() {
    }

    static TmText text(String html) {
        List<TmText.Part> parts = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int nextId = 1;
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) parts.add(new TmText.Plain(html.substring(at, m.start())));
            String type = type(m.group(2));
            if (!m.group(1).isEmpty()) {
                parts.add(new TmText.Tag(TmText.Kind.CLOSE, open.pop(), type, m.group()));
            } else if (!m.group(4).isEmpty()) {
                parts.add(new TmText.Tag(TmText.Kind.STANDALONE, nextId++, type, m.group()));
            } else {
                open.push(nextId);
                parts.add(new TmText.Tag(TmText.Kind.OPEN, nextId++, type, m.group()));
            }
            at = m.end();
        }
        if (at < html.length()) parts.add(new TmText.Plain(html.substring(at)));
        return new TmText(parts);
    }

    static TmEntry entry(String source, String target, String postId, String unitKey, String previous, String next,
                         String created) {
        return new TmEntry(text(source), text(target), "en", "ko", postId, unitKey,
                previous == null ? "" : TmEntry.hash(text(previous)), next == null ? "" : TmEntry.hash(text(next)), created);
    }

    private static String type(String name) {
        return switch (name) {
            case "b", "strong" -> "bold";
            case "i", "em" -> "italic";
            case "a" -> "link";
            case "br" -> "lb";
            default -> "x-" + name;
        };
    }
}
