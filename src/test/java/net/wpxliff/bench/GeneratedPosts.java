package net.wpxliff.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Large WordPress posts made up for the scaling benchmark: the markup a real post has (paragraphs with
 * bold text and links, headings, lists, figures with alt text, quotations, a JSON-LD block), repeated
 * until the post has the size asked for, plus shapes that stress one dimension each (one huge paragraph,
 * deep nesting, many siblings in one element, many codes in one sentence, many JSON-LD strings).
 */
public final class GeneratedPosts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedPosts() {
    }

    /** A post whose content has {@code blocks} blocks of varied markup (about 250 bytes each). */
    public static String blocks(int blocks) {
        StringBuilder html = new StringBuilder(blocks * 260);
        for (int i = 0; i < blocks; i++) block(html, i);
        html.append(jsonLd(3));
        return post("generated-" + blocks, html);
    }

    /** A post of about {@code bytes} bytes of JSON made of varied blocks. */
    public static String ofSize(long bytes) {
        StringBuilder html = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, bytes + 4096));
        int i = 0;
        // JSON escaping makes the file about 3% larger than the HTML
        while (html.length() * 1.03 < bytes) block(html, i++);
        return post("generated-size", html);
    }

    /** One paragraph of {@code sentences} sentences, each with a bold phrase and a link. */
    public static String hugeParagraph(int sentences) {
        StringBuilder html = new StringBuilder("<p>");
        for (int i = 0; i < sentences; i++) {
            html.append("Sentence ").append(i).append(" has <strong>bold words</strong> and <a href=\"/en/p").append(i)
                    .append("/\">a link</a> in it. ");
        }
        return post("huge-paragraph", html.append("</p>"));
    }

    /** Sections nested {@code depth} deep, each with a sentence of its own. */
    public static String deepNesting(int depth) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < depth; i++) html.append("<div class=\"s\"><p>Level ").append(i).append(" text.</p>");
        html.append("</div>".repeat(depth));
        return post("deep-nesting", html);
    }

    /** {@code blocks} blocks inside inline elements nested {@code depth} deep (page-builder markup at its worst). */
    public static String deepInline(int depth, int blocks) {
        StringBuilder html = new StringBuilder("<span class=\"w\">".repeat(depth));
        for (int i = 0; i < blocks; i++) block(html, i);
        return post("deep-inline", html.append("</span>".repeat(depth)));
    }

    /** One list with {@code items} items (all siblings of one element). */
    public static String manySiblings(int items) {
        StringBuilder html = new StringBuilder("<ul>");
        for (int i = 0; i < items; i++) html.append("<li>Item ").append(i).append(" of the list.</li>");
        return post("many-siblings", html.append("</ul>"));
    }

    /** One sentence with {@code codes} inline codes. */
    public static String manyCodes(int codes) {
        StringBuilder html = new StringBuilder("<p>Here");
        for (int i = 0; i < codes; i++) html.append(i % 2 == 0 ? " <em>word</em>" : " a<br>b");
        return post("many-codes", html.append(" end.</p>"));
    }

    /** A JSON-LD block with {@code strings} translatable strings. */
    public static String manyJsonLdStrings(int strings) {
        return post("many-json-ld", new StringBuilder("<p>Intro text.</p>").append(jsonLd(strings)));
    }

    private static void block(StringBuilder html, int i) {
        switch (i % 6) {
            case 0, 3 -> html.append("<p>Paragraph ").append(i).append(" says <strong>something bold</strong> about")
                    .append(" <a href=\"https://example.com/en/topic-").append(i).append("/\">a topic</a>. It has a")
                    .append(" second sentence, too; Dr. Smith agrees.</p>\n");
            case 1 -> html.append("<h2 id=\"h").append(i).append("\">Heading number ").append(i).append("</h2>\n");
            case 2 -> html.append("<ul><li>First point ").append(i).append(".</li><li>Second <em>point</em>.</li></ul>\n");
            case 4 -> html.append("<figure class=\"wp-block-image\"><img src=\"/img/").append(i)
                    .append(".png\" alt=\"Picture of item ").append(i).append("\"><figcaption>Caption ").append(i)
                    .append("</figcaption></figure>\n");
            default -> html.append("<blockquote><p>Quoted words number ").append(i).append(".</p></blockquote>\n");
        }
    }

    private static String jsonLd(int strings) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "FAQPage");
        Object[] questions = new Object[strings];
        for (int i = 0; i < strings; i++) {
            questions[i] = Map.of("@type", "Question", "name", "Question number " + i + "?");
        }
        data.put("mainEntity", questions);
        try {
            return "<script type=\"application/ld+json\">" + JSON.writeValueAsString(data) + "</script>\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String post(String slug, CharSequence content) {
        ObjectNode post = JSON.createObjectNode();
        post.put("id", 1000 + Math.abs(slug.hashCode() % 1000));
        post.put("date", "2026-01-01T00:00:00");
        post.putObject("guid").put("rendered", "https://example.com/en/?p=1");
        post.put("slug", slug);
        post.put("status", "publish");
        post.put("type", "post");
        post.put("link", "https://example.com/en/" + slug + "/");
        post.putObject("title").put("rendered", "Generated post " + slug);
        post.putObject("content").put("rendered", content.toString()).put("protected", false);
        post.putObject("excerpt").put("rendered", "<p>An excerpt.</p>\n").put("protected", false);
        try {
            return JSON.writeValueAsString(post);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
