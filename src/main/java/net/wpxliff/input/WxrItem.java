package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One post or page of a WordPress export file (an {@code <item>}), with its fields as WordPress stored them:
 * {@code content:encoded} is the raw content, blocks and all, as {@code content.raw} of {@code context=edit}.
 * A field the item does not have is null, but for the content, which is then empty.
 *
 * @param number  the item's position among all {@code <item>}s of the file, from 1 (for messages)
 * @param line    the line its {@code <item>} starts on
 * @param id      {@code wp:post_id}
 * @param slug    {@code wp:post_name} (percent-encoded when not ASCII, as WordPress stores it)
 * @param link    {@code link}
 * @param type    {@code wp:post_type}: {@code post} or {@code page}
 * @param status  {@code wp:status}
 * @param password {@code wp:post_password}: the post is shown only to who types it; null or empty for none
 * @param title   {@code title}
 * @param content {@code content:encoded}
 * @param excerpt {@code excerpt:encoded}
 * @param terms   the item's {@code <category domain="…" nicename="…">} terms, in file order
 * @param footnotes its {@code footnotes} post meta (WordPress 6.3's Footnotes block: a JSON text), or null
 */
public record WxrItem(int number, int line, String id, String slug, String link, String type, String status,
                      String password, String title, String content, String excerpt, List<Term> terms, String footnotes) {
    /** A term the item is filed under: taxonomy ({@code domain}), slug ({@code nicename}) and name, as WordPress stores them. */
    public record Term(String taxonomy, String slug, String name) {
    }

    public WxrItem {
        terms = List.copyOf(terms);
    }


    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The item as the REST API's {@code context=edit} post JSON, the form the post reader takes:
     * {@code {"id":N,"slug":…,"link":…,"type":…,"status":…,"password":…,"title":{"raw":…},"content":{"raw":…},"excerpt":{"raw":…},
     * "meta":{"footnotes":…},"_embedded":{"wp:term":[[{"name":…,"slug":…,"taxonomy":…}]]}}} (the footnotes and the
     * terms only when it has some).
     * Always the same text for the same item (fixed order, no indentation), so the document merge reads back
     * from the XLIFF and the one {@code --source} reads from the export file are equal byte for byte. An empty
     * excerpt is left out: WordPress generates one from the content.
     */
    public String postJson() {
        StringWriter out = new StringWriter(64 + length(title) + length(content) + length(excerpt));
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            if (id != null) {
                if (id.matches("[0-9]{1,18}")) json.writeNumberField("id", Long.parseLong(id));
                else json.writeStringField("id", id);
            }
            if (slug != null) json.writeStringField("slug", slug);
            if (link != null) json.writeStringField("link", link);
            if (type != null) json.writeStringField("type", type);
            if (status != null) json.writeStringField("status", status);
            // as context=edit gives it: a new translation is made protected by the same password (MergedPost.COPIED)
            if (password != null && !password.isEmpty()) json.writeStringField("password", password);
            writeRaw(json, "title", title);
            writeRaw(json, "content", content);
            if (excerpt != null && !excerpt.isEmpty()) writeRaw(json, "excerpt", excerpt);
            if (footnotes != null) {
                json.writeObjectFieldStart("meta");
                json.writeStringField(FootnoteFields.META_KEY, footnotes);
                json.writeEndObject();
            }
            if (!terms.isEmpty()) writeTerms(json);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The terms as the REST API embeds them ({@code "_embedded":{"wp:term":[[…],[…]]}}, a list per taxonomy in the
     * order they first appear), so that term names can be translated and push finds the terms by slug as for a
     * pulled post.
     */
    private void writeTerms(JsonGenerator json) throws IOException {
        Map<String, List<Term>> byTaxonomy = new LinkedHashMap<>();
        for (Term term : terms) byTaxonomy.computeIfAbsent(term.taxonomy(), t -> new ArrayList<>()).add(term);
        json.writeObjectFieldStart("_embedded");
        json.writeArrayFieldStart("wp:term");
        for (List<Term> taxonomy : byTaxonomy.values()) {
            json.writeStartArray();
            for (Term term : taxonomy) {
                json.writeStartObject();
                json.writeStringField("name", term.name());
                json.writeStringField("slug", term.slug());
                json.writeStringField("taxonomy", term.taxonomy());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRaw(JsonGenerator json, String field, String raw) throws IOException {
        if (raw == null) return;
        json.writeObjectFieldStart(field);
        json.writeStringField("raw", raw);
        json.writeEndObject();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
