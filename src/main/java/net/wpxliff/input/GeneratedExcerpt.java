package net.wpxliff.input;

import org.jsoup.parser.Parser;

import java.util.regex.Pattern;

/**
 * Tells an excerpt WordPress generated from the content from one an author wrote. A generated excerpt is
 * not translated: WordPress makes it again from the Korean content when the translated post is saved, so
 * exporting it would only count and pay the content's first words twice.
 * <p>
 * With {@code context=edit} the post says it directly: an empty {@code excerpt.raw} means the author wrote
 * none. A public ({@code context=view}) post has only {@code excerpt.rendered}, so the rule follows what
 * WordPress does when it makes one ({@code wp_trim_excerpt}): it takes the content, strips its tags (with
 * the text of {@code script} and {@code style}) and shortcodes, keeps the first words (55 by default,
 * split on spaces, tabs and line breaks) and, when it cut some, appends the "more" text ({@code  [&hellip;]}
 * by default; themes often use {@code &hellip;} and a "Continue reading" link of class {@code more-link}).
 * The rendered excerpt is then generated when, without that ending, it is the content's words: with an
 * ending (WordPress cut the content), its words appear in the content in order, mostly one after the other
 * (see {@link #wordsInOrder}); without one, it is all of the content's text. Both texts are compared the
 * same way: script, style, comments and tags removed without adding space (as WordPress strips them),
 * entities decoded, runs of whitespace made one space. An excerpt an author wrote differs from the content
 * and stays a unit; so does an excerpt the rendered JSON cannot decide (a short excerpt of a block post
 * that skips blocks WordPress leaves out of excerpts looks like an author's first sentence): counted twice,
 * never lost.
 */
final class GeneratedExcerpt {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>", FLAGS);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A theme's "Continue reading" link at the end of the excerpt's last paragraph. */
    private static final Pattern MORE_LINK = Pattern.compile(
            "<a\\b[^>]*\\bclass\\s*=\\s*[\"'][^\"']*\\bmore-link\\b[^>]*>.*?</a>\\s*(</p>\\s*)?$", FLAGS);
    /** WordPress's default ending ({@code  [&hellip;]}, decoded) and the usual variants, in visible text. */
    private static final Pattern MORE_TEXT = Pattern.compile("\\s*(\\[(\u2026|\\.\\.\\.)\\]|\u2026|\\.\\.\\.)$");

    private GeneratedExcerpt() {
    }

    /**
     * @param rendered    {@code excerpt.rendered}
     * @param raw         {@code excerpt.raw}, or null when the post has none (public JSON)
     * @param contentHtml {@code content.rendered}, or null
     * @return true when WordPress made the excerpt from the content
     */
    public static boolean isGenerated(String rendered, String raw, String contentHtml) {
        if (raw != null) return raw.isEmpty();
        if (rendered == null || contentHtml == null) return false;
        String withoutLink = MORE_LINK.matcher(rendered).replaceFirst("");
        String shown = visibleText(withoutLink);
        String excerpt = MORE_TEXT.matcher(shown).replaceFirst("");
        if (excerpt.isEmpty()) return false;
        String content = visibleText(contentHtml);
        boolean cut = !excerpt.equals(shown) || !withoutLink.equals(rendered);
        // no "more" ending: WordPress cut nothing, so the excerpt is all of the content's text
        if (!cut) return excerpt.equals(content);
        return wordsInOrder(excerpt.split(" "), content.replace(" ", ""));
    }

    /**
     * Whether the content holds the excerpt's words in order, mostly one after the other. Not only a
     * prefix: WordPress renders the excerpt's blocks on their own, so the words of two blocks may be apart
     * in one text and joined in the other (spaces are ignored), and it leaves out the blocks it does not
     * show in excerpts (lists, code, covers, archives, ...), whose words the excerpt skips. A skip is
     * allowed for at most one word in three (the corpus needs up to 16 in 55): a summary an author wrote
     * whose words happen to appear in the content skips nearly every time.
     */
    private static boolean wordsInOrder(String[] excerptWords, String contentWithoutSpaces) {
        int cursor = 0;
        int skips = 0;
        for (String word : excerptWords) {
            int at = contentWithoutSpaces.indexOf(word, cursor);
            if (at < 0) return false;
            if (at != cursor) skips++;
            cursor = at + word.length();
        }
        return skips * 3 <= excerptWords.length;
    }

    /** The text a reader sees, compared the way WordPress's word trimming sees it. */
    static String visibleText(String html) {
        // (each step only where it can change something: the content of every public post passes here)
        String text = mayHoldScriptOrStyle(html) ? SCRIPT_OR_STYLE.matcher(html).replaceAll("") : html;
        if (text.contains("<!--")) text = COMMENT.matcher(text).replaceAll("");
        text = withoutTags(text);
        if (text.indexOf('&') >= 0) text = Parser.unescapeEntities(text, false);
        return spacesCollapsed(text).strip();
    }

    /**
     * False when no {@code <} is followed by {@code script} or {@code style} in any case: {@link #SCRIPT_OR_STYLE}
     * cannot match (a first letter {@code s} alone says little: {@code <strong>}, {@code <span>}).
     */
    private static boolean mayHoldScriptOrStyle(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            if ((html.charAt(i + 1) | 0x20) == 's' && (html.regionMatches(true, i + 1, "script", 0, 6)
                    || html.regionMatches(true, i + 1, "style", 0, 5))) {
                return true;
            }
        }
        return false;
    }

    /** Every match of {@code <[^>]*>} removed: each {@code <} through the next {@code >}. */
    static String withoutTags(String text) {
        int open = text.indexOf('<');
        if (open < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf('>', open + 1);
            if (close < 0) break; // no tag can end: the rest stays as it is
            out.append(text, from, open);
            from = close + 1;
            open = text.indexOf('<', from);
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Each run of whitespace ({@code \\s}: space, tab, line breaks, form feed) and no-break spaces made one space. */
    static String spacesCollapsed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '\u00A0';
            if (!space) out.append(c);
            else if (!inRun) out.append(' ');
            inRun = space;
        }
        return out.toString();
    }
}
