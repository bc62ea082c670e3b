package net.wpxliff.extract;

import org.jsoup.nodes.Element;

/**
 * A {@code <pre>} the block editor writes for words, not code: the Verse block ({@code <pre class="wp-block-verse">},
 * a poem) and the Preformatted block ({@code <pre class="wp-block-preformatted">}). Its text is translated like any
 * other, with each line feed a protected line break, as WordPress shows it; other {@code <pre>} (the Code block's,
 * classic content's) stay protected. Merge's tree check compares their text only where it is protected.
 */
public final class PreformattedProse {
    private PreformattedProse() {
    }

    public static boolean is(Element el) {
        return el.normalName().equals("pre") && (el.hasClass("wp-block-verse") || el.hasClass("wp-block-preformatted"));
    }

    /** True when {@code el} or an element around it is such a {@code <pre>}. */
    static boolean within(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) return is(e);
        }
        return false;
    }
}
