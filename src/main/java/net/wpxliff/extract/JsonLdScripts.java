package net.wpxliff.extract;

import org.jsoup.nodes.Element;

import java.util.Locale;

/** Which elements are JSON-LD blocks: extraction reads their strings, merge localizes them and checks the rest. */
public final class JsonLdScripts {
    private JsonLdScripts() {
    }

    public static boolean is(Element el) {
        return el.normalName().equals("script")
                && el.attr("type").trim().toLowerCase(Locale.ROOT).equals("application/ld+json");
    }
}
