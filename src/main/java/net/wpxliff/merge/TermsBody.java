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
 * its translated {@code name} and {@code description}. UTF-8, indented.
 */
public final class TermsBody {
    /** What the body's file name ends with after the target suffix: {@code terms-category.ko.terms.json}. */
    public static final String SUFFIX = ".terms.json";
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
                for (String text : new String[]{"name", "description"}) {
                    String source = term.path(text).asText("");
                    // WordPress refuses half a surrogate pair: U+FFFD, as in a post's body
                    out.put(text, LoneSurrogates.replaced(context.merged().getOrDefault(key + text, source)));
                }
            }
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(terms.origin() + ": the terms file was read before and is JSON", e);
        }
    }
}
