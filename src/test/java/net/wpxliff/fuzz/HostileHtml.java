package net.wpxliff.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Seeded hostile HTML for fuzz tests: each piece attacks one thing a well-behaved page never has. */
final class HostileHtml {
    private static final String[] ENTITIES = {"&amp", "&notin;", "&notit;", "&#x110000;", "&#99999999;", "&;", "&#;",
            "&#0;", "&#1;", "&#x1F;", "&#xD800;", "&#xDFFF;", "&#xFFFE;", "&#xFFFF;", "&#128512;", "&nbsp;", "&#8217;",
            "&#x85;", "&#x7F;", "&lt;b&gt;", "&AMP;", "&#65", "&#x;"};
    private static final String[] TAGS = {"p", "span", "a", "strong", "em", "div", "li", "code", "pre", "b", "i", "h2", "td"};

    private HostileHtml() {
    }

    /** A page's bytes: hostile HTML in UTF-8, sometimes with raw binary junk spliced in. */
    static byte[] pageBytes(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = r.nextBoolean() ? "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + text(r) + "</title></head><body>" : "";
        write(out, head);
        int pieces = 3 + r.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            if (r.nextInt(6) == 0) {
                byte[] junk = new byte[1 + r.nextInt(24)];
                r.nextBytes(junk);
                out.writeBytes(junk);
            } else {
                write(out, piece(r));
            }
        }
        if (!head.isEmpty()) write(out, "</body></html>\n");
        return out.toByteArray();
    }

    /** A WordPress post whose fields are hostile HTML; JSON escapes every non-ASCII character (lone surrogates too). */
    static String postJson(Random r, int i) {
        StringBuilder content = new StringBuilder();
        int pieces = 3 + r.nextInt(8);
        for (int p = 0; p < pieces; p++) content.append(piece(r));
        return "{\"id\":" + (1000 + i) + ",\"slug\":\"fuzz-" + i + "\",\"type\":\"post\",\"link\":\"https://example.com/en/fuzz-" + i
                + "/\",\"title\":{\"rendered\":" + json(text(r)) + "},\"content\":{\"rendered\":" + json(content.toString())
                + ",\"protected\":false},\"excerpt\":{\"rendered\":" + json("<p>" + text(r) + "</p>") + ",\"protected\":false}}";
    }

    private static String piece(Random r) {
        String tag = TAGS[r.nextInt(TAGS.length)];
        return switch (r.nextInt(15)) {
            case 0 -> "<p>Plain sentence one. Sentence " + text(r) + " two.</p>\n";
            case 1 -> "<x" + control(r) + "y>Text in an odd " + text(r) + " tag.</x" + control(r) + "y>";
            case 2 -> "<p>Before <b" + control(r) + ">bold " + text(r) + "</b" + control(r) + "> after.</p>";
            case 3 -> "<" + tag + " da" + control(r) + "ta=\"1\" title=\"A" + control(r) + "title words\">Words " + text(r) + " here.</" + tag + ">";
            case 4 -> "<img alt=\"Alt " + control(r) + " text " + text(r) + "\" src=\"/a.png\"><p title=\"" + ENTITIES[r.nextInt(ENTITIES.length)] + " title\">x</p>";
            case 5 -> "<p>" + text(r) + " " + ENTITIES[r.nextInt(ENTITIES.length)] + " words " + ENTITIES[r.nextInt(ENTITIES.length)] + ".</p>";
            case 6 -> nested(r, "div", 5 + r.nextInt(60));
            case 7 -> nested(r, "span", 5 + r.nextInt(60));
            case 8 -> "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Head " + control(r)
                    + " line\",\"na" + control(r) + "me\":\"A name\",\"description\":\"" + jsonEscape(text(r)) + "\"}</script>";
            case 9 -> "<p>Broken <" + tag + ">nesting <em>here " + text(r) + "</" + tag + "> words</em> end.</p></" + tag + ">";
            case 10 -> "<!-- comment " + control(r) + " --><p>After " + text(r) + " a comment.</p><![CDATA[ x ]]>";
            case 11 -> "<p>Lone " + (char) (0xD800 + r.nextInt(0x800)) + " surrogate and " + text(r) + ".</p>";
            case 12 -> "<" + junkName(r) + " " + junkName(r) + "=\"" + text(r) + "\">Junk named " + text(r) + ".</" + junkName(r) + ">";
            case 13 -> "<p>[caption id=\"" + control(r) + "\"]Shortcode " + text(r) + "[/caption] text.</p>";
            // a Verse block's <pre> is translated text whose line feeds are protected line breaks
            default -> "<pre class=\"wp-block-verse\">Line " + text(r) + "\n" + control(r) + " second <em>line</em>\r\nthird</pre>";
        };
    }

    private static String nested(Random r, String tag, int depth) {
        return ("<" + tag + ">").repeat(depth) + "<p>Deep " + text(r) + " text.</p>" + ("</" + tag + ">").repeat(r.nextInt(depth + 1));
    }

    /** Words with, now and then, a character XML cannot carry. */
    private static String text(Random r) {
        StringBuilder s = new StringBuilder();
        int words = 1 + r.nextInt(6);
        for (int i = 0; i < words; i++) {
            if (i > 0) s.append(' ');
            s.append("word").append(r.nextInt(100));
            if (r.nextInt(4) == 0) s.append(control(r));
        }
        return s.toString();
    }

    private static String control(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> "\u0001";
            case 1 -> "\u0011";
            case 2 -> "\u001F";
            case 3 -> "\uFFFE";
            case 4 -> String.valueOf((char) (0xDC00 + r.nextInt(0x400)));
            default -> "\u000B";
        };
    }

    private static String junkName(Random r) {
        StringBuilder s = new StringBuilder("t");
        int n = 1 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            char c = (char) r.nextInt(0x10000);
            if (c > ' ' && c != '>' && c != '/' && c != '=' && c != '<' && c != '"' && c != '\'') s.append(c);
        }
        return s.toString();
    }

    private static String json(String s) {
        return "\"" + jsonEscape(s) + "\"";
    }

    /** JSON string content, every non-ASCII character as a \\u escape. */
    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c > 0x7E) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
