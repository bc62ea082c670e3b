package net.wpxliff.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.TemplateParts;
import net.wpxliff.output.SafeFileName;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pull --type template-parts}: the block theme's template parts that an editor changed on this site (a header,
 * a footer with the site's own text: {@code "source":"custom"}, kept as {@code wp_template_part} posts), each as served
 * ({@code context=edit}, without {@code _links}, with the REST root it came from as {@code wpxliff_source}) into
 * {@code DIR/template-part-<slug>.json}. Those the theme's files
 * still give are left: their text is the theme's, translated by its language pack on the target site.
 */
public final class TemplatePartPull {
    /** The REST route, and what {@code --type template-parts} names. */
    public static final String ROUTE = "/wp/v2/template-parts";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where one template part went and whether it was written. */
    public record Pulled(Path file, NamedFile.State state) {
    }

    private TemplatePartPull() {
    }

    public static List<Pulled> pull(WpSite site, Map<String, String> parameters, Path dir) throws WpException, IOException {
        Map<String, String> query = new java.util.LinkedHashMap<>(parameters);
        query.put("context", "edit");
        JsonNode parts;
        try {
            WpSite.Response response = site.get(ROUTE, query);
            parts = JSON.readTree(response.body());
            if (parts == null || !parts.isArray()) {
                throw new WpException("GET " + response.uri() + ": the answer is not a list", response.uri(), response.status(), null);
            }
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the theme's template parts",
                    "pull them with an administrator's Application Password, or leave template-parts out of --type");
        }
        List<Pulled> pulled = new ArrayList<>();
        for (JsonNode part : parts) {
            if (!"custom".equals(part.path("source").asText()) || !part.path("id").isTextual() || !part.path("slug").isTextual()) {
                continue;
            }
            ObjectNode copy = ((ObjectNode) part).deepCopy();
            copy.remove("_links");
            copy.put(TemplateParts.SOURCE, site.root().toString()); // push refuses to write it back there
            byte[] bytes = (JSON.writeValueAsString(copy) + "\n").getBytes(StandardCharsets.UTF_8);
            String id = part.path("id").asText();
            NamedFile.Written written = NamedFile.write(dir, TemplateParts.NAME_PREFIX + SafeFileName.clean(part.path("slug").asText()),
                    bytes, before -> samePart(before, id));
            pulled.add(new Pulled(written.file(), written.state()));
        }
        return pulled;
    }

    private static boolean samePart(byte[] bytes, String id) {
        try {
            JsonNode file = JSON.readTree(bytes);
            return file != null && TemplateParts.TYPE.equals(file.path("type").asText()) && id.equals(file.path("id").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
