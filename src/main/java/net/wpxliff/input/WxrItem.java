package net.wpxliff.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

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
 * @param title   {@code title}
 * @param content {@code content:encoded}
 * @param excerpt {@code excerpt:encoded}
 */
public record WxrItem(int number, int line, String id, String slug, String link, String type, String status,
                      String title, String content, String excerpt) {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The item as the REST API's {@code context=edit} post JSON, the form the post reader takes:
     * {@code {"id":N,"slug":…,"link":…,"type":…,"status":…,"title":{"raw":…},"content":{"raw":…},"excerpt":{"raw":…}}}.
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
            writeRaw(json, "title", title);
            writeRaw(json, "content", content);
            if (excerpt != null && !excerpt.isEmpty()) writeRaw(json, "excerpt", excerpt);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
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
