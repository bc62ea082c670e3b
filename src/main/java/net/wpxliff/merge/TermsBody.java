package net.wpxliff.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SourceDocument;
import net.wpxliff.input.TermsFormat;
import net.wpxliff.unit.LoneSurrogates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What push needs to make or update a taxonomy's translated terms ({@code terms-category.ko.terms.json}): the source
 * site, the taxonomy and its route, and per term its source {@code id}, {@code slug} and {@code parent} (a source id;
 * none for a flat taxonomy's, such as tags),
 * its translated {@code name} and {@code description}, and the source's text of those the translation changed
 * ({@code source_text}: push sends none of it, but a term it finds there without a push record may be replaced when it
 * still holds the English text, which nobody translated). UTF-8, indented.
 */
public final class TermsBody {
    /** What the body's file name ends with after the target suffix: {@code terms-category.ko.terms.json}. */
    public static final String SUFFIX = ".terms.json";
    /** The member of a term (and of a settings body) holding the source's text of the fields the translation changed. */
    public static final String SOURCE_TEXT = "source_text";
    private static final ObjectMapper JSON = new ObjectMapper();

    private TermsBody() {
    }

    public static byte[] write(OutputContext context) {
        SourceDocument terms = context.document();
        try {
            JsonNode file = JSON.readTree(terms.text());
            ObjectNode body = JSON.createObjectNode();
            for (String member : new String[]{"source", "taxonomy", "route"}) body.put(member, file.path(member).asText(""));
            ArrayNode list = body.putArray("terms");
            for (JsonNode term : file.path("terms")) {
                ObjectNode out = list.addObject();
                // a flat taxonomy's terms (tags) have no parent, and WordPress refuses one for them
                for (String member : new String[]{"id", "slug", "parent"}) if (term.has(member)) out.set(member, term.get(member));
                String key = TermsFormat.KEY_PREFIX + term.path("id").asText() + "/";
                ObjectNode sourceText = JSON.createObjectNode();
                for (String text : new String[]{"name", "description"}) {
                    String source = term.path(text).asText("");
                    // WordPress refuses half a surrogate pair: U+FFFD, as in a post's body
                    String translated = LoneSurrogates.replaced(context.merged().getOrDefault(key + text, source));
                    out.put(text, translated);
                    if (!translated.equals(source)) sourceText.put(text, source);
                }
                if (!sourceText.isEmpty()) out.set(SOURCE_TEXT, sourceText);
            }
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(terms.origin() + ": the terms file was read before and is JSON", e);
        }
    }
}
