package net.wpxliff.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.SiteJsonFormat;
import net.wpxliff.input.TermsFormat;
import net.wpxliff.output.SafeFileName;
import net.wpxliff.wp.RestPages;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code pull --type categories} (or {@code tags}, or a custom taxonomy's REST base): every term of the taxonomy, empty
 * ones too, into {@code DIR/terms-<taxonomy>.json}: {@code {"wpxliff":"terms","source":REST root,"home":…,"taxonomy":…,
 * "route":…,"terms":[{"id","name","slug","description","parent"}]}}, what the archive pages show of each term (its
 * name and description) and what places it (its slug and parent). A file there that holds something else is never
 * replaced: the next free name is used.
 */
public final class TermPull {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] KEPT = {"id", "name", "slug", "description", "parent"};

    /** Where the terms went, whether they were written, and how many there are; no file (null) for a taxonomy without terms. */
    public record Pulled(Path file, NamedFile.State state, int terms) {
    }

    private TermPull() {
    }

    public static Pulled pull(WpSite site, String taxonomy, String route, Map<String, String> parameters, Path dir)
            throws WpException, IOException {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("hide_empty", "false");
        query.put("orderby", "id");
        if (site.authenticated()) query.put("context", "edit");
        ObjectNode file = JSON.createObjectNode();
        file.put(SiteJsonFormat.MARK_KEY, TermsFormat.MARK_VALUE);
        file.put("source", site.root().toString());
        if (site.home() != null) file.put("home", site.home());
        file.put("taxonomy", taxonomy);
        file.put("route", route);
        ArrayNode terms = file.putArray("terms");
        for (JsonNode term : RestPages.all(site, route, query)) {
            if (!term.path("id").canConvertToLong() || !term.path("slug").isTextual()) continue;
            ObjectNode kept = terms.addObject();
            for (String member : KEPT) if (term.has(member)) kept.set(member, term.get(member));
        }
        if (terms.isEmpty()) return new Pulled(null, null, 0); // nothing to translate: no file
        byte[] bytes = (JSON.writeValueAsString(file) + "\n").getBytes(StandardCharsets.UTF_8);
        NamedFile.Written written = NamedFile.write(dir, TermsFormat.NAME_PREFIX + SafeFileName.clean(taxonomy), bytes,
                before -> holdsTaxonomy(before, taxonomy));
        return new Pulled(written.file(), written.state(), terms.size());
    }

    /** Whether the bytes are a terms file of this taxonomy. */
    private static boolean holdsTaxonomy(byte[] bytes, String taxonomy) {
        try {
            JsonNode file = JSON.readTree(bytes);
            return file != null && TermsFormat.MARK_VALUE.equals(file.path(SiteJsonFormat.MARK_KEY).asText())
                    && taxonomy.equals(file.path("taxonomy").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
