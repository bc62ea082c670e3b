package net.wpxliff.extract;

import org.jsoup.nodes.Element;

/**
 * A {@code <pre>} that holds words, not code: the Verse block's ({@code <pre class="wp-block-verse">}, a poem), the
 * Preformatted block's ({@code <pre class="wp-block-preformatted">}), and one its author marks with HTML's own
 * {@code translate="yes"} (a poem in classic content). Its text is translated like any other, with each line feed a
 * protected line break, as WordPress shows it; other {@code <pre>} (the Code block's, classic content's, most often
 * code) stay protected. Merge's tree check compares their text only where it is protected.
 */
public final class PreformattedProse {
    private PreformattedProse() {
    }

    public static boolean is(Element el) {
        return el.normalName().equals("pre") && (el.hasClass("wp-block-verse") || el.hasClass("wp-block-preformatted")
                || el.attr("translate").trim().equalsIgnoreCase("yes"));
    }

    /** True when {@code el} or an element around it is such a {@code <pre>}. */
    static boolean within(Element el) {
        for (Element e = el; e != null; e = e.parent()) {
            if (e.normalName().equals("pre")) return is(e);
        }
        return false;
    }
}
