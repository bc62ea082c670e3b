package net.wpxliff.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Narrows a terms file pull wrote ({@code terms-category.json}) to one test's own terms and the default category: the
 * test sites are shared by every test of a run, and the terms other tests made there (the Korean ones by hand, under
 * the English slugs) are, to a push without their record, a Korean editor's text it must not replace.
 */
public final class PulledTerms {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PulledTerms() {
    }

    /** Keeps the terms whose slug ends with the test's unique suffix, and the default category ({@code uncategorized}). */
    public static void keepOnly(Path termsFile, String suffix) throws IOException {
        ObjectNode file = (ObjectNode) JSON.readTree(termsFile.toFile());
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode term : file.path("terms")) {
            String slug = term.path("slug").asText();
            if (slug.endsWith(suffix) || slug.equals("uncategorized")) kept.add(term);
        }
        file.set("terms", kept);
        JSON.writerWithDefaultPrettyPrinter().writeValue(termsFile.toFile(), file);
    }
}
