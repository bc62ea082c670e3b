package net.wpxliff.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.wpxliff.input.ThemeTemplates;
import net.wpxliff.output.SafeFileName;
import net.wpxliff.wp.WpException;
import net.wpxliff.wp.WpSite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pull --type template-parts} and {@code --type templates}: the block theme's template parts and templates
 * that an editor changed on this site ({@code "source":"custom"}, kept as posts: a footer with the site's own text, a
 * 404 page's message), each as served ({@code context=edit}, without {@code _links}, with the REST root it came from
 * as {@code wpxliff_source}) into {@code DIR/template-part-<slug>.json} or {@code DIR/template-<slug>.json}. Those the
 * theme's files still give are left: their text is the theme's, translated by its language pack on the target site.
 */
public final class ThemeTemplatePull {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where one went and whether it was written. */
    public record Pulled(Path file, NamedFile.State state) {
    }

    private ThemeTemplatePull() {
    }

    public static List<Pulled> pull(WpSite site, ThemeTemplates kind, Map<String, String> parameters, Path dir)
            throws WpException, IOException {
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("context", "edit");
        JsonNode all;
        try {
            WpSite.Response response = site.get(kind.route(), query);
            all = response.json();
            if (!all.isArray()) {
                throw new WpException("GET " + response.uri() + ": the answer is not a list", response.uri(), response.status(), null);
            }
        } catch (WpException e) {
            throw WpException.administratorsOnly(e, "GET", "the theme's " + kind.what() + "s", "pull them with an"
                    + " administrator's Application Password, or leave " + kind.route().substring("/wp/v2/".length())
                    + " out of --type");
        }
        List<Pulled> pulled = new ArrayList<>();
        for (JsonNode template : all) {
            if (!"custom".equals(template.path("source").asText()) || !template.path("id").isTextual()
                    || !template.path("slug").isTextual()) {
                continue;
            }
            ObjectNode copy = ((ObjectNode) template).deepCopy();
            copy.remove("_links");
            copy.put(ThemeTemplates.SOURCE, site.root().toString()); // push refuses to write it back there
            byte[] bytes = (JSON.writeValueAsString(copy) + "\n").getBytes(StandardCharsets.UTF_8);
            String id = template.path("id").asText();
            NamedFile.Written written = NamedFile.write(dir, kind.namePrefix() + SafeFileName.clean(template.path("slug").asText()),
                    bytes, before -> same(before, kind, id));
            pulled.add(new Pulled(written.file(), written.state()));
        }
        return pulled;
    }

    private static boolean same(byte[] bytes, ThemeTemplates kind, String id) {
        try {
            JsonNode file = JSON.readTree(bytes);
            return file != null && kind.type().equals(file.path("type").asText()) && id.equals(file.path("id").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
